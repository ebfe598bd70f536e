/** Advice on pages' lives (src/lib/content-check/lifecycle-warnings.ts), on pages written here. */
import { describe, expect, it } from 'vitest';
import { formatLifecycleWarnings, lifecycleWarnings } from '../../../src/lib/content-check/lifecycle-warnings.ts';
import type { CheckedPage } from '../../../src/lib/content-check/project.ts';
import type { GuidancePage } from '../../../src/schemas/guidance.ts';

const page = (slug: string, data: Partial<GuidancePage>, body = ''): CheckedPage => ({
	file: `content/virtual-wards/${slug}.mdx`,
	priority: 'virtual-wards',
	slug,
	body,
	bodyLine: 20,
	data: { draft: false, related: [], changes: [], ...data } as GuidancePage,
});

describe('lifecycle warnings', () => {
	const old = page(
		'old',
		{ withdrawn: { date: '2026-10-01', reason: 'Out of date.' } },
		'See [the new page](/virtual-wards/new/).',
	);
	const link = 'Read [the old page](/virtual-wards/old/).';

	it('names a link to a withdrawn page with no replacement, from a current page only', () => {
		const warnings = lifecycleWarnings(
			[
				old,
				page('new', {}, link),
				page('draft', { draft: true }, link),
				page('later', { publishFrom: '2027-01-01' }, link),
			],
			'2026-11-25',
		);
		expect(warnings).toEqual([
			{
				file: 'content/virtual-wards/new.mdx',
				line: 20,
				column: 6,
				field: 'link',
				message:
					'(/virtual-wards/old/) content/virtual-wards/old.mdx was withdrawn on 1 October 2026: remove the link, or link to a current page instead',
			},
			{
				file: 'content/virtual-wards/later.mdx',
				field: 'publishFrom',
				message:
					"waits to be published: it is left out of the site until 1 January 2027 (the build's publishing date is 25 November 2026)",
			},
		]);
		expect(formatLifecycleWarnings(warnings)).toMatch(
			/^2 notes on pages waiting to publish and links to withdrawn pages \(advice/,
		);
	});

	it('says nothing of a page withdrawn only after the publishing date, nor when nothing is withdrawn', () => {
		const later = page('old', { publishFrom: '2027-01-01', withdrawn: { date: '2026-10-01', reason: 'x' } });
		expect(lifecycleWarnings([later, page('new', {}, link)], '2026-11-25').map((w) => w.field)).toEqual([
			'publishFrom',
		]);
		expect(lifecycleWarnings([page('new', {}, link)], '2026-11-25')).toEqual([]);
	});
});
