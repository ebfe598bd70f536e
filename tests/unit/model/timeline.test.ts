/** Every dated event in date order (src/lib/model/timeline.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../../src/lib/format/months.ts';
import { timelineEvents } from '../../../src/lib/model/timeline.ts';
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
});
