/**
 * The built site has every page the foundation promises, each with its title,
 * review dates and sources, and together the pages carry the facts of
 * DESIGN.md ("The facts the site must carry").
 */
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/project-copy.ts';
import { page, text } from '../helpers/dist.ts';
import { SITE_DIST } from '../helpers/site.ts';
import { loadPriorityIds } from '../helpers/data.ts';

const PRIORITY_IDS = loadPriorityIds();

const files = listFiles(SITE_DIST);
const guidancePaths = files
	.filter((f) => /^[a-z-]+\/[a-z0-9-]+\/index\.html$/.test(f))
	.filter((f) => (PRIORITY_IDS as readonly string[]).includes(f.split('/')[0] ?? ''))
	.map((f) => `/${f.replace(/index\.html$/, '')}`);

describe('pages', () => {
	it('has the home page, a page per priority, a 404 page and at least 12 guidance pages', () => {
		expect(files).toContain('index.html');
		expect(files).toContain('404.html');
		for (const id of PRIORITY_IDS) expect(files).toContain(`${id}/index.html`);
		expect(guidancePaths.length).toBeGreaterThanOrEqual(12);
		for (const id of PRIORITY_IDS) {
			expect(guidancePaths.filter((p) => p.startsWith(`/${id}/`)).length, id).toBeGreaterThanOrEqual(3);
		}
	});

	it('shows each priority on the home page with its headline target and deadline', () => {
		const home = page(SITE_DIST, '/');
		const cards = home.querySelectorAll('.nhsuk-card');
		expect(cards).toHaveLength(PRIORITY_IDS.length);
		const all = text(home.querySelector('main'));
		expect(all).toMatch(/40 to 50 virtual ward beds per 100,000 population\s*Deadline\s*December 2023/);
		expect(all).toMatch(/A core level of digitisation in every service\s*Deadline\s*March 2025/);
		expect(all).toMatch(/Costed three-year digital investment plans\s*Deadline\s*June 2022/);
	});

	it('links every priority page to its guidance pages, and each guidance page has a title, audience, sources and review dates', () => {
		for (const id of PRIORITY_IDS) {
			const overview = page(SITE_DIST, `/${id}/`);
			const links = overview.querySelectorAll('main .nhsuk-card__link').map((a) => a.getAttribute('href'));
			expect(links.length, id).toBeGreaterThanOrEqual(3);
			for (const href of links) expect(guidancePaths).toContain(href);
		}
		for (const path of guidancePaths) {
			const doc = page(SITE_DIST, path);
			const h1 = text(doc.querySelector('main h1'));
			expect(h1.length, path).toBeGreaterThan(3);
			expect(text(doc.querySelector('title'))).toBe(`${h1} - Planning guidance portal`);
			expect(doc.querySelectorAll('main .app-sources li').length, path).toBeGreaterThan(0);
			expect(text(doc.querySelector('.app-review-date')), path).toMatch(
				/Page last reviewed: \d{1,2} [A-Z][a-z]+ \d{4} Next review due: \d{1,2} [A-Z][a-z]+ \d{4}/,
			);
			expect(doc.querySelectorAll('.app-audience .nhsuk-tag').length, path).toBeGreaterThan(0);
			expect(doc.querySelector('.nhsuk-breadcrumb'), path).not.toBeNull();
		}
	});

	it('uses the NHS.UK frontend page furniture and needs no JavaScript', () => {
		for (const path of ['/', `/${PRIORITY_IDS[0]}/`, ...guidancePaths]) {
			const doc = page(SITE_DIST, path);
			expect(doc.querySelector('a.nhsuk-skip-link[href="#maincontent"]'), path).not.toBeNull();
			expect(doc.querySelector('header.nhsuk-header'), path).not.toBeNull();
			expect(doc.querySelector('footer.nhsuk-footer'), path).not.toBeNull();
			expect(doc.querySelector('main#maincontent'), path).not.toBeNull();
			expect(doc.querySelector('link[rel="stylesheet"]'), path).not.toBeNull();
		}
	});
});

describe('facts', () => {
	const byPriority = Object.fromEntries(
		PRIORITY_IDS.map((id) => [
			id,
			guidancePaths
				.filter((p) => p.startsWith(`/${id}/`))
				.map((p) => text(page(SITE_DIST, p).querySelector('main')))
				.join('\n'),
		]),
	) as Record<(typeof PRIORITY_IDS)[number], string>;

	// Each fact of DESIGN.md, and the priority whose pages must carry it.
	const facts: [string, (typeof PRIORITY_IDS)[number], RegExp][] = [
		['53 virtual wards', 'virtual-wards', /53 virtual wards/],
		['over 2,500 beds', 'virtual-wards', /2,500 beds/],
		['40-50 per 100,000 by December 2023', 'virtual-wards', /40 to 50 virtual ward beds per 100,000 population/],
		['wards reworded as beds in version 2', 'virtual-wards', /14 January 2022[^.]*virtual beds/],
		['up to £200m in 2022/23', 'virtual-wards', /£200(m| million)/],
		['£250m match-funded in 2023/24', 'virtual-wards', /£250(m| million)[^.]*match/],
		['hospital at home', 'virtual-wards', /[Hh]ospital at [Hh]ome/],
		['earlier supported discharge', 'virtual-wards', /supported discharge/],
		['alternatives to admission', 'virtual-wards', /alternatives? to (hospital )?admission/],
		['over 10,000 beds', 'virtual-wards', /10,000 (virtual ward )?beds|10,000-bed/],
		['80% occupancy by September 2023', 'virtual-wards', /80%[^.]*occupancy|occupancy[^.]*80%/],
		[
			'core level of digitisation by March 2025',
			'digitisation',
			/core level of digiti[sz]ation[^.]*March 2025|March 2025[^.]*core level/,
		],
		['What Good Looks Like', 'digitisation', /What Good Looks Like/],
		['infrastructure, digitisation, skills', 'digitisation', /infrastructure[^.]*digiti[sz]ation[^.]*skills/],
		['interoperability standards', 'digitisation', /interoperability standards/],
		['costed three-year plans by June 2022', 'investment-plans', /three-year[^.]*June 2022|June 2022[^.]*three-year/],
		['cyber security', 'investment-plans', /cyber security/i],
		['net zero', 'investment-plans', /net zero/i],
		['digital inclusion', 'investment-plans', /digital inclusion/i],
		['EPR and workforce system purchasing at system level', 'investment-plans', /workforce management/],
		['dedicated teams', 'investment-plans', /dedicated (digital )?teams/],
		['up-skill the workforce', 'workforce-skills', /up-?skill/i],
	];

	it.each(facts)('carries "%s" on the %s pages', (_fact, priority, pattern) => {
		expect(byPriority[priority]).toMatch(pattern);
	});
});
