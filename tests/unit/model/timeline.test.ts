/** Every dated event in date order (src/lib/model/timeline.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../../src/lib/format/months.ts';
import { timelineEvents } from '../../../src/lib/model/timeline.ts';
import { EditionSchema } from '../../../src/schemas/edition.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('the timeline', () => {
	const events = timelineEvents(site.targets, site.sources.values(), site.progress);

	it('has every target deadline and every dated primary source once', () => {
		const dated = [...site.sources.values()].filter((s) => s.kind === 'primary' && s.date);
		expect(site.targets.length).toBeGreaterThan(0);
		expect(events.filter((e) => e.kind === 'deadline')).toHaveLength(site.targets.length);
		expect(events.filter((e) => e.kind === 'publication')).toHaveLength(dated.length);
	});

	it('lists events in date order, publications before deadlines in the same month', () => {
		const months = events.map((e) => monthIndex(e.date));
		expect(months).toEqual([...months].sort((a, b) => a - b));
		const sameMonth = events.filter((_, i) => i > 0 && months[i] === months[i - 1]);
		for (const e of sameMonth) {
			const before = events[events.indexOf(e) - 1];
			expect(before?.kind === 'deadline' && e.kind === 'publication').toBe(false);
		}
	});

	it("lists an edition's milestones on their day, before a deadline of the same month", () => {
		const source = [...site.sources.values()][0];
		if (!source) throw new Error('the fixture site has no source');
		const edition = EditionSchema.parse({
			id: '2022-23',
			title: '2022/23 guidance',
			label: '2022/23',
			name: 'the 2022/23 guidance',
			publisher: 'NHS England',
			published: '2021-12-24',
			sources: [source.id],
			read: 'coverage-only',
			readNote: 'Only news coverage of it.',
			milestones: [
				{
					date: '2022-06-01',
					title: 'Boards take over',
					detail: 'The boards took over on this day.',
					sources: [source.id],
				},
			],
		});
		const withMilestone = timelineEvents(site.targets, site.sources.values(), site.progress, [edition]);
		const milestones = withMilestone.filter((e) => e.kind === 'milestone');
		expect(milestones.map((e) => [e.date, e.milestone.title, e.edition.id])).toEqual([
			['2022-06-01', 'Boards take over', '2022-23'],
		]);
		const at = withMilestone.findIndex((e) => e.kind === 'milestone');
		const june = withMilestone.filter((e) => e.date.startsWith('2022-06'));
		expect(june.some((e) => e.kind === 'deadline')).toBe(true);
		expect(withMilestone.slice(at + 1).filter((e) => e.date.startsWith('2022-06') && e.kind !== 'deadline')).toEqual(
			[],
		);
	});
});
