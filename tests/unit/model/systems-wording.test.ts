/**
 * The systems feature in words (src/lib/model/systems-wording.ts): the goals
 * and deadlines as the targets give them (so a changed target changes the
 * words), standings, the sentence of an ICB, how many reached the ambition,
 * how rates were checked, the groups by definition, and what an ICB's chart shows.
 */
import { describe, expect, it } from 'vitest';
import { ambitionSummary } from '../../../src/lib/model/systems-ranking.ts';
import {
	ambitionSentence,
	asOfText,
	definitionHeading,
	distinctPers,
	goalWords,
	populationsText,
	occupancyStandingText,
	rateCheckText,
	rateStandingText,
	systemChartWords,
	systemSentence,
	systemsGoals,
	capacityChange,
	rateBySeries,
} from '../../../src/lib/model/systems-wording.ts';
import { buildSystemsData, type SystemsData } from '../../../src/lib/model/systems.ts';
import type { AreaMonth } from '../../../src/lib/model/systems-figures.ts';
import type { Target } from '../../../src/schemas/target.ts';
import { loadDatasets, loadSystems, loadTargets, must } from '../../helpers/data.ts';

const datasets = loadDatasets();
const targets = loadTargets();
const data = buildSystemsData(loadSystems().values(), datasets, targets);
const rates = must(datasets.get('vw-beds-per-100k'), 'rates');
const qua = must(data.systems.get('QUA'), 'QUA');

/** The same figures judged against a changed rate target: 30-60 per 100,000 by March 2024, called a target. */
function withRateTarget(change: Partial<Target>): SystemsData {
	const changed = targets.map((t) => (t.id === 'vw-40-50-per-100k' ? { ...t, ...change } : t));
	return buildSystemsData(loadSystems().values(), datasets, changed);
}

describe('the goals in words', () => {
	it('come from the targets: "40-50", "40 to 50", "80%", "December 2023", "September 2023", and 42 ICBs', () => {
		const goals = systemsGoals(data);
		expect(goals.rate).toEqual({
			goal: '40-50',
			inProse: '40 to 50',
			term: 'ambition',
			deadline: 'December 2023',
			unit: 'beds per 100,000 population',
		});
		expect(goals.occupancy).toMatchObject({
			goal: '80%',
			inProse: '80%',
			term: 'objective',
			deadline: 'September 2023',
		});
		expect(goals.boards).toBe('42');
		expect(systemsGoals(data)).toBe(goals);
	});

	it('change when the target changes', () => {
		const changed = withRateTarget({ goal: { min: 30, max: 60 }, deadline: '2024-03', term: 'target' });
		expect(systemsGoals(changed).rate).toMatchObject({
			goal: '30-60',
			inProse: '30 to 60',
			term: 'target',
			deadline: 'March 2024',
		});
		expect(goalWords(changed.rateTarget, changed.rate).goal).toBe('30-60');
	});
});

describe('standings in words', () => {
	const rate = { goal: '40-50', term: 'ambition' };
	const occupancy = { goal: '80%', term: 'objective' };

	it('say how a rate stands against the ambition', () => {
		expect(['below', 'within', 'above', 'met', 'no-figure'].map((s) => rateStandingText(s as never, rate))).toEqual([
			'below the 40-50 ambition',
			'within the 40-50 ambition',
			'above the 40-50 ambition',
			'at or above 40-50',
			'not known: no figure',
		]);
	});

	it('say how an occupancy stands against the objective', () => {
		expect(occupancyStandingText('met', occupancy)).toBe('at or above the 80% objective');
		expect(occupancyStandingText('below', occupancy)).toBe('below the 80% objective');
		expect(occupancyStandingText('no-figure', occupancy)).toBe('not known: no published figure');
	});
});

describe('the sentence of an ICB', () => {
	const rate = { goal: '40-50', term: 'ambition', range: { min: 40, max: 50 } };

	it('says the figures of the latest month in words', () => {
		const july = must(qua.latest, 'latest');
		expect(systemSentence(qua.system.name, july, rate)).toBe(
			`In July 2024, NHS Black Country Integrated Care Board had ${july.capacity.value} virtual ward beds, 24.7 per 100,000 people of all ages registered with a GP, below the 40-50 ambition; occupancy was 57.1%.`,
		);
	});

	it('says an occupancy suppressed as over 100% as reported over 100%, never as a number or a 0', () => {
		const s = must(data.systems.get('QRL'), 'QRL');
		const sentence = systemSentence(s.system.name, s.latest, rate);
		expect(sentence).toMatch(/; occupancy was reported over 100% \(NHS England suppresses the figure\)\.$/);
		expect(sentence).not.toMatch(/occupancy was 0/);
	});

	it('says a missing occupancy (no submission) as such, never as a number or a 0', () => {
		const s = must(data.systems.get('QPM'), 'QPM');
		const sentence = systemSentence(s.system.name, s.latest, rate);
		expect(sentence).toMatch(/no occupancy figure was published \(see the note in the table\)\.$/);
		expect(sentence).not.toMatch(/occupancy was 0/);
	});

	it('says a noted figure has a note, and within or above the ambition', () => {
		const month: AreaMonth = {
			period: '2023-12',
			capacity: { value: 533, note: 'A footnote.' },
			rate: {
				value: 51.1,
				exact: 51.1,
				published: 51.1,
				agrees: true,
				population: 1,
				series: must(rates.series?.[0], 'series'),
				note: undefined,
			},
			occupancy: { value: 83.1, note: undefined },
		};
		expect(systemSentence('X', month, rate)).toBe(
			'In December 2023, X had 533 virtual ward beds (with a note: see the table), 51.1 per 100,000 adults aged 16 and over registered with a GP, above the 40-50 ambition; occupancy was 83.1%.',
		);
		expect(systemSentence('X', { ...month, capacity: { value: null, note: 'Did not submit.' } }, rate)).toBe(
			'In December 2023, no virtual ward capacity was published for X (with a note: see the table).',
		);
		expect(systemSentence('X', undefined, rate)).toBe('No virtual ward figures have been published for X.');
	});
});

describe('how many reached the ambition, in a sentence', () => {
	it('names them with their rates, the highest and the lowest', () => {
		const summary = must(ambitionSummary(data.systems.values(), data.rateTarget, 1), 'summary');
		expect(summary.reached.length).toBeGreaterThan(0);
		const sentence = ambitionSentence(summary);
		expect(sentence).toContain(
			`In December 2023, the ambition's deadline, ${summary.reached.length} of the 42 integrated care boards`,
		);
		expect(sentence).toContain('Black Country (51.1)');
		expect(sentence).toContain('per 100,000 adults aged 16 and over');
		expect(ambitionSentence({ ...summary, reached: [], highest: undefined, per: undefined })).toBe(
			"In December 2023, the ambition's deadline, none integrated care boards with a published figure had 40 or more virtual ward beds per 100,000.",
		);
	});
});

describe('checks, dates and definitions in words', () => {
	it('says the rates agree with every published rate, or which months differ', () => {
		expect(rateCheckText(qua.months)).toMatch(/agree with every rate NHS England published for the same months\.$/);
		const first = must(qua.months[0], 'first');
		const differs = { ...first, rate: { ...must(first.rate, 'rate'), agrees: false } };
		expect(rateCheckText([differs, ...qua.months.slice(1)])).toMatch(
			/; 1 of 13 differ from NHS England's published rate: July 2023\.$/,
		);
		expect(rateCheckText([])).toMatch(/NHS England publishes no rate to check them against\.$/);
	});

	it('says what the figures are as of', () => {
		expect(asOfText(data)).toBe(
			"Figures for July 2024, from NHS England's monthly virtual ward statistics as imported on 25 November 2026.",
		);
		expect(asOfText({ ...data, latestPeriod: undefined })).toMatch(/^Figures for no month,/);
	});

	it('heads each run of months on one definition', () => {
		const [adults, allAges] = [must(rates.series?.[0], 'adults'), must(rates.series?.[1], 'all ages')];
		expect(definitionHeading('2023-07', adults, false, { value: 1054212, month: '2023-04' })).toBe(
			'Beds per 100,000 adults aged 16 and over registered with a GP (1,054,212 people, April 2023)',
		);
		expect(definitionHeading('2024-04', allAges, true, undefined)).toBe(
			'Definition changed in April 2024: from here, beds per 100,000 people of all ages registered with a GP',
		);
	});

	it("says an ICB's populations with who each counts and its month", () => {
		expect(populationsText(qua.system, rates)).toMatch(
			/^[\d,]+ adults aged 16 and over registered with a GP \(April 2023\); [\d,]+ people of all ages registered with a GP \(April 2024\)$/,
		);
		expect(populationsText({ ...qua.system, populations: [] }, rates)).toBe('');
	});

	it('tells two denominators apart by what they do not share', () => {
		expect(
			distinctPers('adults aged 16 and over registered with a GP', 'people of all ages registered with a GP'),
		).toEqual(['adults aged 16 and over', 'people of all ages']);
		expect(distinctPers('adults', 'people')).toEqual(['adults', 'people']);
	});
});

describe("an ICB's chart in words", () => {
	it('gives its caption, text alternative and key from the data and the target', () => {
		const words = systemChartWords(qua, data);
		expect(words.caption).toBe(
			'Virtual ward beds per 100,000, Black Country and England, July 2023 to July 2024, with the 40-50 ambition',
		);
		expect(words.alt).toBe(
			'Line chart of beds per 100,000 for Black Country and England, with the 40-50 ambition shaded. Black Country: per 100,000 adults aged 16 and over registered with a GP, from 54.4 in July 2023 to 32.5 in March 2024; per 100,000 people of all ages registered with a GP, from 25.5 in April 2024 to 24.7 in July 2024. Its capacity went from 567 beds in July 2023 to 329 beds in July 2024. The lines break in April 2024, when the denominator changed from adults aged 16 and over to people of all ages.',
		);
		expect(words.key).toBe(
			'Solid lines: this ICB; dashed grey lines: England. The lines are not joined where the definition changed (April 2024): figures before are per 100,000 adults aged 16 and over, after per 100,000 people of all ages. The shaded band is the 40-50 ambition; the dashed vertical line its December 2023 deadline.',
		);
	});

	it('follows a changed target, and says no break where there is none', () => {
		const changed = withRateTarget({ goal: { min: 30, max: 60 }, deadline: '2024-03', term: 'target' });
		const s = must(changed.systems.get('QUA'), 'QUA');
		const words = systemChartWords({ ...s, months: s.months.slice(0, 9) }, changed);
		expect(words.caption).toMatch(/, with the 30-60 target$/);
		expect(words.key).toBe(
			'Solid lines: this ICB; dashed grey lines: England. The shaded band is the 30-60 target; the dashed vertical line its March 2024 deadline.',
		);
		expect(words.alt).not.toContain('The lines break');
	});
});

describe('rateBySeries and capacityChange across a change of definition', () => {
	const adults = { id: 'adults', label: 'Adults', per: 'adults aged 16 and over' };
	const all = { id: 'all', label: 'All ages', per: 'people of all ages' };
	const month = (period: string, capacity: number, value: number, series: typeof adults) =>
		({
			period,
			capacity: { value: capacity, note: undefined },
			rate: { value, series, exact: value, published: value, agrees: true, population: 1, note: undefined },
			occupancy: { value: null, note: undefined },
		}) as unknown as AreaMonth;
	const months = [
		month('2023-07', 420, 53.3, adults),
		month('2024-03', 425, 54.0, adults),
		month('2024-04', 428, 41.0, all),
		month('2024-07', 433, 41.6, all),
	];

	it('describes the rate within each series, never from one series to the other', () => {
		const text = rateBySeries(months, 1);
		expect(text).toBe(
			'per 100,000 adults aged 16 and over, from 53.3 in July 2023 to 54.0 in March 2024; per 100,000 people of all ages, from 41.0 in April 2024 to 41.6 in July 2024',
		);
		expect(text).not.toMatch(/53\.3 in July 2023 to 41\.6/);
	});

	it('compares capacity across the change, and gives a one-figure series as one figure', () => {
		expect(capacityChange(months)).toBe('from 420 beds in July 2023 to 433 beds in July 2024');
		expect(rateBySeries(months.slice(0, 1), 1)).toBe('per 100,000 adults aged 16 and over, 53.3 in July 2023');
		expect(capacityChange(months.slice(0, 1))).toBe('420 beds in July 2023');
	});
});
