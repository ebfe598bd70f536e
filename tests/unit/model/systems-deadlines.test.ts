/** An ICB's standing at each deadline (src/lib/model/systems-deadlines.ts), on the fixture site's figures. */
import { describe, expect, it } from 'vitest';
import { deadlineStandings } from '../../../src/lib/model/systems-deadlines.ts';
import type { SystemFigures } from '../../../src/lib/model/systems.ts';
import { must } from '../../helpers/data.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const data = must(fixtureSite().systemsData, 'systems data');
const northfield = must(data.systems.get('QAA'), 'QAA');

/** Northfield with its December 2023 figures moved to November and December left without a rate. */
function withNovemberOnly(s: SystemFigures): SystemFigures {
	const december = must(
		s.months.find((m) => m.period === '2023-12'),
		'December',
	);
	const november = { ...december, period: '2023-11' };
	const gap = {
		...december,
		rate: december.rate && { ...december.rate, value: null, note: 'The ICB did not submit.' },
	};
	return { ...s, months: s.months.flatMap((m) => (m === december ? [november, gap] : [m])) };
}

describe('deadlineStandings', () => {
	it("judges the deadline month's figure, worded from the targets", () => {
		const [rate, occupancy, latest] = deadlineStandings(northfield, data);
		expect(rate?.period).toBe('2023-12');
		expect(rate?.label).toBe('Ambition of 40 to 50 per 100,000 by December 2023');
		expect(occupancy?.period).toBe('2023-09');
		expect(latest?.figures.map((f) => f.measure)).toEqual(['rate', 'occupancy']);
	});

	it("falls back to the last figure in the status rules' window and says the deadline month's note", () => {
		const [rate] = deadlineStandings(withNovemberOnly(northfield), data);
		expect(rate?.period).toBe('2023-11');
		expect(rate?.text).toMatch(/ in November 2023 \(no figure was published for December 2023\), /);
		expect(rate?.notes).toEqual(['December 2023: The ICB did not submit.']);
	});
});
