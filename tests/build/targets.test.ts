/**
 * Targets and progress in the built site: a page per target with its
 * computed status, the targets list with the rule in plain English, and the
 * statuses on the home and priority pages.
 */
import { describe, expect, it } from 'vitest';
import { STATUS_LABELS, STATUS_RULES } from '../../src/lib/model/status.ts';
import { targetProgress } from '../../src/lib/model/progress.ts';
import { loadDatasets, loadPriorityIds, loadTargets } from '../helpers/data.ts';
import { listFiles } from '../../scripts/lib/project-copy.ts';
import { page, text } from '../helpers/dist.ts';
import { SITE_DIST } from '../helpers/site.ts';

const PRIORITY_IDS = loadPriorityIds();

const targets = loadTargets();
const datasets = loadDatasets();
const files = listFiles(SITE_DIST);

describe('/targets/', () => {
	const doc = page(SITE_DIST, '/targets/');

	it('lists every target with a link, its deadline and its computed status', () => {
		for (const t of targets) {
			const row = doc.querySelector(`tr[data-target="${t.id}"]`);
			expect(row, t.id).not.toBeNull();
			expect(row?.querySelector(`a[href="/targets/${t.id}/"]`), t.id).not.toBeNull();
			const status = targetProgress(t, datasets).status.status;
			expect(row?.getAttribute('data-status'), t.id).toBe(status);
			expect(text(row?.querySelector('.nhsuk-tag')), t.id).toBe(`Status: ${STATUS_LABELS[status].text}`);
		}
	});

	it('writes the status rules in plain English', () => {
		const rules = text(doc.querySelector('.app-status-rules'));
		for (const { rule } of STATUS_RULES) expect(rules).toContain(rule);
	});
});

describe('a page per target', () => {
	it('exists for every target, with its headline, status and sources', () => {
		for (const t of targets) {
			expect(files, t.id).toContain(`targets/${t.id}/index.html`);
			const doc = page(SITE_DIST, `/targets/${t.id}/`);
			expect(text(doc.querySelector('main h1'))).toBe(t.headline);
			expect(text(doc.querySelector('.app-target-status .nhsuk-tag'))).toBe(
				`Status: ${STATUS_LABELS[targetProgress(t, datasets).status.status].text}`,
			);
			expect(doc.querySelectorAll('main .app-sources li').length, t.id).toBeGreaterThan(0);
		}
	});

	it('shows the December 2023 virtual ward figure: 11,805 beds, 23.0 per 100,000 adults, and the ambition missed', () => {
		const main = text(page(SITE_DIST, '/targets/vw-40-50-per-100k/').querySelector('main'));
		expect(main).toContain(
			'11,805 beds, 23.0 per 100,000 adults aged 16 and over registered with a GP in December 2023: below the 40-50 ambition; the deadline was missed.',
		);
	});

	it('links a replaced target to its successor, and the successor back', () => {
		const old = page(SITE_DIST, '/targets/epr-100-mar-2025/');
		expect(text(old.querySelector('.app-successor'))).toContain('Replaced by a later target');
		expect(old.querySelector('.app-successor a[href="/targets/epr-100-mar-2026/"]')).not.toBeNull();
		expect(
			page(SITE_DIST, '/targets/epr-100-mar-2026/').querySelector('main a[href="/targets/epr-100-mar-2025/"]'),
		).not.toBeNull();
		const ambition = page(SITE_DIST, '/targets/vw-40-50-per-100k/');
		expect(ambition.querySelector('.app-successor a[href="/targets/vw-10000-beds/"]')).not.toBeNull();
		expect(
			page(SITE_DIST, '/targets/vw-10000-beds/').querySelector('main a[href="/targets/vw-40-50-per-100k/"]'),
		).not.toBeNull();
	});
});

describe('statuses elsewhere', () => {
	it('shows the headline target status on the home page and every target status on priority pages', () => {
		const home = page(SITE_DIST, '/');
		expect(text(home.querySelector('main'))).toMatch(
			/40 to 50 virtual ward beds per 100,000 population\s*Deadline\s*December 2023(As reported in [^]*?)?Status\s*Status: Missed/,
		);
		for (const id of PRIORITY_IDS) {
			const doc = page(SITE_DIST, `/${id}/`);
			for (const t of targets.filter((x) => x.priority === id)) {
				const link = doc.querySelector(`main .nhsuk-summary-list__key a[href="/targets/${t.id}/"]`);
				expect(link, `${id}: ${t.id}`).not.toBeNull();
				const row = link?.closest('.nhsuk-summary-list__row');
				expect(text(row?.querySelector('.nhsuk-tag')), t.id).toBe(
					`Status: ${STATUS_LABELS[targetProgress(t, datasets).status.status].text}`,
				);
			}
		}
	});

	it('adds Targets and Data to the header navigation', () => {
		const nav = page(SITE_DIST, '/targets/').querySelector('.nhsuk-header__navigation');
		expect(nav?.querySelector('a[href="/targets/"]')?.getAttribute('aria-current')).toBe('page');
		expect(nav?.querySelector('a[href="/data/"]')).not.toBeNull();
	});
});
