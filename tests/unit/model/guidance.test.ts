/** The guidance model: order, neighbours, sources and targets (src/lib/model/guidance.ts). */
import { describe, expect, it } from 'vitest';
import {
	changeHistory,
	guidanceHref,
	isBuilt,
	lastUpdated,
	neighbours,
	pageState,
	publishedPages,
	withdrawnPages,
	resolveSources,
	resolveTargets,
} from '../../../src/lib/model/guidance.ts';
import type { GuidancePage } from '../../../src/schemas/guidance.ts';
import type { Source } from '../../../src/schemas/source.ts';

const entry = (id: string, order: number, title: string, draft = false) => ({
	id,
	data: { order, title, draft } as GuidancePage,
});

describe('guidance model', () => {
	const pages = [
		entry('c', 2, 'Charlie'),
		entry('draft', 1, 'Draft', true),
		entry('b', 1, 'Bravo'),
		entry('a', 1, 'Alpha'),
	];
	it('drops drafts and orders by order, then title', () => {
		expect(publishedPages(pages, undefined).map((p) => p.id)).toEqual(['a', 'b', 'c']);
	});
	it('finds the previous and next page', () => {
		const ordered = publishedPages(pages, undefined);
		expect(neighbours(ordered, 'a')).toEqual({ previous: undefined, next: ordered[1] });
		expect(neighbours(ordered, 'c').previous?.id).toBe('b');
		expect(neighbours(ordered, 'draft')).toEqual({ previous: undefined, next: undefined });
	});
	it("builds a page's address", () => {
		expect(guidanceHref('virtual-wards', 'funding')).toBe('/virtual-wards/funding/');
	});
	it('resolves source references with section and page, and throws on an unknown id', () => {
		const s = { id: 'x', title: 'X', publisher: 'P', url: 'https://x.org/', kind: 'primary' } as Source;
		const sources = new Map([['x', s]]);
		expect(resolveSources([{ id: 'x' }, { id: 'x', section: 'S', page: 22 }], sources)).toEqual([
			{ source: s, section: undefined, page: undefined },
			{ source: s, section: 'S', page: '22' },
		]);
		expect(() => resolveSources([{ id: 'y' }], sources)).toThrow('unknown source "y"');
		expect(() => resolveTargets(['t'], new Map())).toThrow('unknown target "t"');
	});
});

describe("a page's life: drafts, publishFrom, withdrawn", () => {
	const withdrawn = { date: '2026-06-01', reason: 'Replaced.' };
	it('is a draft whatever its dates, waits for its publishFrom day, then is current or withdrawn', () => {
		expect(pageState({ draft: true, publishFrom: '2026-01-01' }, '2026-12-01')).toBe('draft');
		expect(pageState({ draft: false, publishFrom: '2026-12-02' }, '2026-12-01')).toBe('scheduled');
		expect(pageState({ draft: false, publishFrom: '2026-12-01' }, '2026-12-01')).toBe('current');
		expect(pageState({ draft: false, publishFrom: '2026-12-01' }, undefined)).toBe('scheduled');
		expect(pageState({ draft: false }, undefined)).toBe('current');
		expect(pageState({ draft: false, withdrawn }, '2026-12-01')).toBe('withdrawn');
		expect(pageState({ draft: false, publishFrom: '2027-01-01', withdrawn }, '2026-12-01')).toBe('scheduled');
		expect([true, false].map((draft) => isBuilt({ draft, withdrawn }, '2026-12-01'))).toEqual([false, true]);
	});

	it('lists current pages only, and withdrawn ones apart, on the publishing date', () => {
		const pages = [
			{ id: 'now', data: { order: 1, title: 'Now', draft: false } as GuidancePage },
			{ id: 'later', data: { order: 1, title: 'Later', draft: false, publishFrom: '2027-01-01' } as GuidancePage },
			{ id: 'gone', data: { order: 1, title: 'Gone', draft: false, withdrawn } as GuidancePage },
		];
		expect(publishedPages(pages, '2026-12-01').map((p) => p.id)).toEqual(['now']);
		expect(publishedPages(pages, '2027-01-01').map((p) => p.id)).toEqual(['later', 'now']);
		expect(withdrawnPages(pages, '2026-12-01').map((p) => p.id)).toEqual(['gone']);
	});

	it('gives the change notes newest first, those of one day as written, and the newest as the last update', () => {
		const changes = [
			{ date: '2026-01-05', note: 'First.' },
			{ date: '2026-03-01', note: 'Third, a.' },
			{ date: '2026-02-01', note: 'Second.' },
			{ date: '2026-03-01', note: 'Third, b.' },
		];
		expect(changeHistory({ changes }).map((c) => c.note)).toEqual(['Third, a.', 'Third, b.', 'Second.', 'First.']);
		expect(lastUpdated({ changes })).toBe('2026-03-01');
		expect(lastUpdated({ changes: [] })).toBeUndefined();
	});
});
