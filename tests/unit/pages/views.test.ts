/** The views page models share (src/lib/pages/views.ts): dates, deadlines, statuses, downloads and source lists. */
import { describe, expect, it } from 'vitest';
import { dateView, deadlineView, downloadLinks, sourceList, statusView } from '../../../src/lib/pages/views.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('shared views', () => {
	it('writes dates, deadlines and statuses as components print them', () => {
		expect(dateView('2021-12-24')).toEqual({ datetime: '2021-12-24', text: '24 December 2021' });
		expect(deadlineView({ deadline: '2023-12' })).toEqual({ datetime: '2023-12', text: 'December 2023' });
		expect(deadlineView({ deadline: '2030-03', deadlineLabel: 'no later than 2030' }).text).toBe('no later than 2030');
		expect(statusView('at-risk', 'as of the figures for May 2024')).toEqual({
			status: 'at-risk',
			text: 'At risk',
			colour: 'orange',
			asOf: 'as of the figures for May 2024',
		});
	});

	it("links a dataset's two downloads", () => {
		expect(downloadLinks({ id: 'vw-capacity', title: 'Virtual ward capacity' })).toEqual({
			csv: { text: 'Virtual ward capacity (CSV)', href: '/data/vw-capacity.csv' },
			json: { text: 'Virtual ward capacity (JSON)', href: '/data/vw-capacity.json' },
		});
	});

	it('lists sources under a heading whose id comes from its words, with "date not stated" for undated ones', () => {
		const [source] = site.sources.values();
		if (!source) throw new Error('no sources');
		const list = sourceList(
			[{ source: { ...source, date: undefined }, section: '2.1', page: undefined }],
			'Sources for what happened',
		);
		expect(list.headingId).toBe('sources-for-what-happened-heading');
		expect(list.items[0]).toMatchObject({
			id: `sources-for-what-happened-${source.id}`,
			date: 'date not stated',
			section: '2.1',
			link: { href: source.url },
		});
	});
});
