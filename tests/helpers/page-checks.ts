/**
 * Checks run on a page in Debian's Chromium (scripts/lib/browser.ts) by the
 * browser quality gates: axe-core, keyboard focus, and a watch on CSP
 * violations and requests. Each is also run over the broken fixture site, to
 * prove it reports the faults it exists for.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A word the site's search finds many results for. */
export const SEARCH_WORD = 'virtual';

/**
 * Puts a page in its fullest state: where its main content has a search box
 * (the search page), searches for SEARCH_WORD so the results are on the page.
 */
export async function exercise(page: Page): Promise<void> {
	const box = page.locator('main input[type="search"], main input[type="text"], main input:not([type])').first();
	if ((await box.count()) === 0 || !(await box.isVisible())) return;
	await box.fill(SEARCH_WORD);
	await box.press('Enter');
	await page.waitForLoadState('networkidle');
	// Pagefind renders results after its index loads; give it a moment beyond network idle.
	await page.waitForTimeout(500);
}

export interface AxeViolation {
	id: string;
	impact: string;
	help: string;
	targets: string[];
}

/**
 * Runs axe-core with the WCAG A and AA tags. The source is evaluated through
 * the DevTools protocol, which the page's Content-Security-Policy does not
 * govern, so the policy stays on while axe runs.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
	await page.evaluate(AXE_SOURCE);
	const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };
	const results = await page.evaluate(
		(opts) =>
			(window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<AxeResults> } }).axe.run(document, opts),
		options,
	);
	return results.violations.map((v) => ({
		id: v.id,
		impact: v.impact ?? 'unknown',
		help: v.help,
		targets: v.nodes.map((n) => n.target.join(' ')),
	}));
}

export function formatViolations(violations: readonly AxeViolation[]): string {
	return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`).join('\n');
}

/** An interactive element as the keyboard check reports it. */
interface Focusable {
	index: number;
	label: string;
}

export interface KeyboardReport {
	/** Interactive elements on the page (visible, enabled, not tabindex="-1"). */
	interactive: number;
	/** Those Tab never reached. */
	unreachable: string[];
	/** Those that showed no visible change when focused. */
	invisibleFocus: string[];
	/** The Tab order, for the message. */
	order: string[];
}

/**
 * Tabs through the whole page. Every interactive element must be reached, and
 * show a visible focus indicator: a computed style that changes on focus
 * (outline, box-shadow, background, colour, border, underline, also on
 * ::before and ::after), or else pixels that change around the element.
 */
export async function checkKeyboard(page: Page): Promise<KeyboardReport> {
	const interactive: Focusable[] = await page.evaluate(() => {
		const selector = [
			'a[href]',
			'area[href]',
			'button',
			'input:not([type="hidden"])',
			'select',
			'textarea',
			'summary',
			'iframe',
			'audio[controls]',
			'video[controls]',
			'[contenteditable=""]',
			'[contenteditable="true"]',
			'[tabindex]',
		].join(',');
		const out: { index: number; label: string }[] = [];
		(document.activeElement as HTMLElement | null)?.blur();
		document.querySelectorAll<HTMLElement>(selector).forEach((el) => {
			const tabindex = el.getAttribute('tabindex');
			const native =
				!el.matches('[tabindex]') || el.matches('a[href],area[href],button,input,select,textarea,summary,iframe');
			if (!native && (tabindex === null || Number(tabindex) < 0)) return;
			if ((el as HTMLButtonElement).disabled || el.closest('[inert]')) return;
			if (!el.checkVisibility({ visibilityProperty: true }) || el.getClientRects().length === 0) return;
			const index = out.length;
			el.dataset.kbdIndex = String(index);
			const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
			const id = el.id ? `#${el.id}` : '';
			const cls = el.classList[0] ? `.${el.classList[0]}` : '';
			out.push({
				index,
				label: `<${el.tagName.toLowerCase()}${id}${cls}${tabindex !== null ? ` tabindex="${tabindex}"` : ''}> "${text}"`,
			});
		});
		return out;
	});

	// In the page, once: how each element looks unfocused. The styles that can show focus are
	// read from the element and its ::before and ::after; a transparent or zero-width outline
	// (NHS.UK's fallback for Windows high-contrast mode) shows nothing and counts as none.
	await page.evaluate(() => {
		const props = [
			'outline-style',
			'outline-width',
			'outline-color',
			'outline-offset',
			'box-shadow',
			'background-color',
			'color',
			'border-color',
			'text-decoration-line',
			'text-decoration-thickness',
		];
		const styleOf = (el: Element) =>
			[null, '::before', '::after']
				.map((pseudo) => {
					const s = getComputedStyle(el, pseudo);
					const noOutline =
						s.outlineStyle === 'none' ||
						s.outlineWidth === '0px' ||
						/rgba\(0, 0, 0, 0\)|transparent/.test(s.outlineColor);
					return props
						.map((p) => (p.startsWith('outline') && noOutline ? `${p}:none` : `${p}:${s.getPropertyValue(p)}`))
						.join(';');
				})
				.join('|');
		const baseline = new Map<string, string>();
		document
			.querySelectorAll<HTMLElement>('[data-kbd-index]')
			.forEach((el) => baseline.set(el.dataset.kbdIndex ?? '', styleOf(el)));
		// Each focus the keyboard moves is logged as it happens, so the Tabs are pressed in runs
		// with one read of the log per run, not one per Tab.
		const log: { active: string; changed: boolean }[] = [];
		(window as unknown as { __kbdLog: typeof log }).__kbdLog = log;
		const record = (el: HTMLElement | null) => {
			if (!el || el === document.body) return log.push({ active: 'body', changed: false });
			const index = el.dataset.kbdIndex;
			if (index === undefined) return log.push({ active: `other: <${el.tagName.toLowerCase()}>`, changed: false });
			return log.push({ active: index, changed: styleOf(el) !== baseline.get(index) });
		};
		document.addEventListener('focusin', (e) => record(e.target as HTMLElement | null));
		// Tab from the last element leaves the page (the browser's own controls): focus goes back to the body.
		document.addEventListener('focusout', (e) => {
			if (e.relatedTarget === null) queueMicrotask(() => document.activeElement === document.body && record(null));
		});
	});
	/** Presses Tab `n` times, then reads the focuses logged since the last read. */
	let read = 0;
	const tabs = async (n: number) => {
		for (let i = 0; i < n; i++) await page.keyboard.press('Tab');
		const entries = await page.evaluate(
			(from) => (window as unknown as { __kbdLog: { active: string; changed: boolean }[] }).__kbdLog.slice(from),
			read,
		);
		read += entries.length;
		return entries;
	};

	const visited: number[] = [];
	const order: string[] = [];
	const invisible: string[] = [];
	const byIndex = new Map(interactive.map((f) => [f.index, f]));

	const clipOf = (index: number) =>
		page.evaluate((i) => {
			const r = document.querySelector(`[data-kbd-index="${i}"]`)?.getBoundingClientRect();
			return (
				r && {
					x: Math.max(0, r.x - 8 + window.scrollX),
					y: Math.max(0, r.y - 8 + window.scrollY),
					width: r.width + 16,
					height: r.height + 16,
				}
			);
		}, index);

	// Tab through in runs of RUN presses; stop once focus has left the page twice or come back to an element.
	const RUN = 20;
	const presses = interactive.length * 2 + 10;
	const unchanged: { index: number; label: string }[] = [];
	let bodyVisits = 0;
	let done = false;
	for (let pressed = 0; pressed < presses && !done; pressed += RUN) {
		for (const { active, changed } of await tabs(Math.min(RUN, presses - pressed))) {
			if (active === 'body') {
				if (++bodyVisits > 1) done = true;
				if (done) break;
				continue;
			}
			if (!/^\d+$/.test(active)) {
				order.push(active);
				continue;
			}
			const index = Number(active);
			if (visited.includes(index)) {
				done = true;
				break;
			}
			visited.push(index);
			const label = byIndex.get(index)?.label ?? active;
			order.push(label);
			if (!changed) unchanged.push({ index, label });
		}
	}
	// No style change found: compare pixels around the element, focused (from the keyboard's last
	// focus, so :focus-visible applies) and not.
	for (const { index, label } of unchanged) {
		await page.evaluate((i) => document.querySelector<HTMLElement>(`[data-kbd-index="${i}"]`)?.focus(), index);
		const clip = await clipOf(index);
		if (!clip || clip.width <= 16 || clip.height <= 16) {
			invisible.push(label);
			continue;
		}
		const focused = await page.screenshot({ clip, fullPage: true });
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		const blurred = await page.screenshot({ clip, fullPage: true });
		if (focused.equals(blurred)) invisible.push(label);
	}

	return {
		interactive: interactive.length,
		unreachable: interactive.filter((f) => !visited.includes(f.index)).map((f) => f.label),
		invisibleFocus: invisible,
		order,
	};
}

export interface PageWatch {
	/** CSP violations reported in the page (securitypolicyviolation events) and in the console. */
	cspViolations: () => Promise<string[]>;
	/** Requests to any origin other than the site's own. */
	otherOrigins: string[];
	/** Requests to the site that failed or answered 4xx/5xx. */
	failed: string[];
	/** Console errors and uncaught exceptions. */
	errors: string[];
}

/** The pages watchPage has given its init script, which each new document of the page runs. */
const WATCHED = new WeakSet<Page>();

/**
 * Starts watching a page before it loads: every request, every console error,
 * and every securitypolicyviolation event (a listener added before the page's
 * own scripts, through the DevTools protocol, so the policy does not block it).
 */
export async function watchPage(page: Page, siteOrigin: string): Promise<PageWatch> {
	const watch = { otherOrigins: [] as string[], failed: [] as string[], errors: [] as string[] };
	// A page is reused from test to test (tests/helpers/session.ts) and an init script cannot be taken off it.
	if (!WATCHED.has(page)) {
		WATCHED.add(page);
		await page.addInitScript(() => {
			const w = window as unknown as { __cspViolations: string[] };
			w.__cspViolations = [];
			document.addEventListener('securitypolicyviolation', (e) => {
				w.__cspViolations.push(
					`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}${e.sample ? ` "${e.sample}"` : ''} at ${e.sourceFile}:${e.lineNumber}`,
				);
			});
		});
	}
	page.on('request', (request) => {
		const url = request.url();
		if (/^(data|blob|about):/.test(url)) return;
		if (new URL(url).origin !== siteOrigin) watch.otherOrigins.push(`${request.resourceType()} ${url}`);
	});
	page.on('requestfailed', (request) => {
		if (request.url().startsWith(siteOrigin))
			watch.failed.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
	});
	page.on('response', (response) => {
		if (response.url().startsWith(siteOrigin) && response.status() >= 400)
			watch.failed.push(`${response.url()}: HTTP ${response.status()}`);
	});
	page.on('console', (message) => {
		if (message.type() === 'error') watch.errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => watch.errors.push(`uncaught: ${error.message}`));
	return {
		...watch,
		cspViolations: async () => {
			const events = await page.evaluate(
				() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
			);
			const logged = watch.errors.filter((e) => /Content Security Policy/i.test(e));
			return [...events, ...logged];
		},
	};
}
