/** A guidance page's dates, history and withdrawal warning (src/lib/pages/page-history.ts): only the dates the front matter gives. */
import { describe, expect, it } from 'vitest';
import { pageDatesView, pageHistoryView, withdrawnView } from '../../../src/lib/pages/page-history.ts';

const changes = [
	{ date: '2026-02-01', note: 'Added the figures for January.' },
	{ date: '2026-05-01', note: 'Added the chart.' },
];

describe('page history', () => {
	it('shows "Last updated" with the newest change note, and "Published" only with a publishFrom date', () => {
		expect(pageDatesView({ changes, publishFrom: undefined })).toEqual({
			published: undefined,
			updated: { datetime: '2026-05-01', text: '1 May 2026' },
			history: { text: 'see all updates', href: '#page-history' },
		});
		expect(pageDatesView({ changes: [], publishFrom: '2026-01-05' })).toEqual({
			published: { datetime: '2026-01-05', text: '5 January 2026' },
			updated: undefined,
			history: undefined,
		});
		// No change notes and no publication date: no date is invented.
		expect(pageDatesView({ changes: [] })).toBeUndefined();
	});

	it('lists the change notes newest first, then the first publication when its date is known', () => {
		expect(pageHistoryView({ changes, publishFrom: '2026-01-05' })).toEqual({
			heading: 'Page history',
			id: 'page-history',
			entries: [
				{ date: { datetime: '2026-05-01', text: '1 May 2026' }, note: 'Added the chart.' },
				{ date: { datetime: '2026-02-01', text: '1 February 2026' }, note: 'Added the figures for January.' },
				{ date: { datetime: '2026-01-05', text: '5 January 2026' }, note: 'First published.' },
			],
		});
		expect(pageHistoryView({ changes })?.entries).toHaveLength(2);
		expect(pageHistoryView({ changes: [], publishFrom: '2026-01-05' })).toBeUndefined();
	});

	it('warns of a withdrawal with its date and reason, and links the replacement when there is one', () => {
		const withdrawn = { date: '2026-11-01', reason: 'The 2023/24 guidance replaced these asks.' };
		const replacement = { text: 'Funding', href: '/virtual-wards/funding/' };
		expect(withdrawnView({ withdrawn }, replacement)).toEqual({
			heading: { before: 'This page was withdrawn on', date: { datetime: '2026-11-01', text: '1 November 2026' } },
			reason: 'The 2023/24 guidance replaced these asks.',
			replacement,
			replacementText: 'It has been replaced by',
		});
		expect(withdrawnView({ withdrawn }, undefined)?.replacementText).toBe(
			'It is kept for reference and is no longer updated.',
		);
		expect(withdrawnView({}, replacement)).toBeUndefined();
	});
});
