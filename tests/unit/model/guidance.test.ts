/** The guidance model: order, neighbours, sources and targets (src/lib/model/guidance.ts). */
import { describe, expect, it } from 'vitest';
import {
	guidanceHref,
	neighbours,
	publishedPages,
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
