/** Dates and the guidance page model. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth } from '../../src/lib/format/dates.ts';
import { headerNavigation } from '../../src/lib/pages/navigation.ts';
import {
	guidanceHref,
	neighbours,
	publishedPages,
	resolveSources,
	resolveTargets,
} from '../../src/lib/model/guidance.ts';
import type { GuidancePage } from '../../src/schemas/guidance.ts';
import type { Source } from '../../src/schemas/source.ts';

describe('dates', () => {
	it('formats days and months in GOV.UK style', () => {
		expect(formatDate('2021-12-24')).toBe('24 December 2021');
		expect(formatDate('2022-01-04')).toBe('4 January 2022');
		expect(formatDate('2023-12')).toBe('December 2023');
		expect(formatMonth('2025-03')).toBe('March 2025');
	});
	it('refuses what is not a date', () => {
		expect(() => formatMonth('2023-13')).toThrow('month 13 is outside 1-12');
		expect(() => formatMonth('Dec 2023')).toThrow('"Dec 2023" is not a month written YYYY-MM');
	});
});

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
		expect(publishedPages(pages).map((p) => p.id)).toEqual(['a', 'b', 'c']);
	});
	it('finds the previous and next page', () => {
		const ordered = publishedPages(pages);
		expect(neighbours(ordered, 'a')).toEqual({ previous: undefined, next: ordered[1] });
		expect(neighbours(ordered, 'c').previous?.id).toBe('b');
		expect(neighbours(ordered, 'draft')).toEqual({ previous: undefined, next: undefined });
	});
	it('builds addresses (breadcrumbs: tests/unit/routes/data.test.ts)', () => {
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

describe('header navigation', () => {
	const priorities = [
		{ id: 'virtual-wards', title: 'Virtual wards', summary: 's' },
		{ id: 'digitisation', title: 'A core level of digitisation', navTitle: 'Digitisation', summary: 's' },
	] as const;
	it('uses short titles and marks the current page and section', () => {
		expect(headerNavigation([...priorities], '/digitisation/', 'digitisation')).toEqual([
			{ text: 'Virtual wards', href: '/virtual-wards/', current: undefined },
			{ text: 'Digitisation', href: '/digitisation/', current: 'page' },
			{ text: 'Targets', href: '/targets/', current: undefined },
			{ text: 'Data', href: '/data/', current: undefined },
			{ text: 'Systems', href: '/systems/', current: undefined },
		]);
		const onTarget = headerNavigation([...priorities], '/targets/vw-10000-beds/');
		expect(onTarget.filter((i) => i.current).map((i) => [i.text, i.current])).toEqual([['Targets', 'true']]);
		const onGuidance = headerNavigation([...priorities], '/virtual-wards/funding/', 'virtual-wards');
		expect(onGuidance.filter((i) => i.current).map((i) => [i.text, i.current])).toEqual([['Virtual wards', 'true']]);
	});
});
