import { describe, expect, it } from 'vitest';
import { datasetSummary, goalText, targetProgress } from '../../src/lib/model/progress.ts';
import { loadDatasets, loadTargets, must } from '../helpers/data.ts';

const datasets = loadDatasets();
const targets = loadTargets();
const target = (id: string) =>
	must(
		targets.find((t) => t.id === id),
		id,
	);

describe('goalText', () => {
	it('writes goals in words, a range with a hyphen or, in prose, with "to"', () => {
		expect(goalText(target('vw-40-50-per-100k'))).toBe('40-50');
		expect(goalText(target('vw-40-50-per-100k'), undefined, ' to ')).toBe('40 to 50');
		expect(goalText(target('vw-10000-beds'))).toBe('10,000');
		expect(goalText(target('epr-90-dec-2023'))).toBe('90%');
	});
});

describe('targetProgress, on the real data', () => {
	it('finds the December 2023 ambition missed, at 11,805 beds and 23.0 per 100,000 adults', () => {
		const p = targetProgress(target('vw-40-50-per-100k'), datasets);
		expect(p.status.status).toBe('missed');
		expect(p.summary).toBe(
			'11,805 beds, 23.0 per 100,000 adults aged 16 and over registered with a GP in December 2023: below the 40-50 ambition; the deadline was missed.',
		);
	});

	it('finds the 10,000-bed objective met and the 80% occupancy objective missed in September 2023', () => {
		expect(targetProgress(target('vw-10000-beds'), datasets).summary).toBe(
			'10,421 beds in September 2023: above the 10,000 objective; the goal was met by the deadline.',
		);
		expect(targetProgress(target('vw-occupancy-80'), datasets).summary).toBe(
			'65.3% in September 2023: below the 80% objective; the deadline was missed.',
		);
	});

	it('flags secondary figures, and says when no figure was published near the deadline', () => {
		expect(targetProgress(target('epr-90-dec-2023'), datasets)).toMatchObject({
			status: { status: 'met' },
			summary: expect.stringContaining('(secondary source)'),
		});
		// The March 2025 EPR target measured against a later deadline, after the last figure.
		const p = targetProgress({ ...target('epr-100-mar-2025'), deadline: '2026-03' }, datasets);
		expect(p.status.status).toBe('no-data');
		// The February 2025 figure carries a note, so the sentence points to it rather than print a plain number.
		expect(p.summary).toBe(
			'The latest figure is 91% of trusts in February 2025 (secondary source) (with a note: see the table); no figure was published near the March 2026 deadline, so the status is not known.',
		);
		expect(p.summaryNote).toBe(p.latestNote);
		expect(p.latestNote).toEqual(expect.any(String));
	});

	it('carries the note of a noted latest figure, so the targets table and target page print it (October 2025 per 100,000)', () => {
		const p = targetProgress(target('vw-40-50-per-100k'), datasets);
		expect(p.latestText).toBe(
			'19.7 beds per 100,000 people (the report does not say which population) in October 2025 (secondary source)',
		);
		expect(p.latestNote).toMatch(/^The report does not say which population this rate is per\./);
		// The summary gives the judged December 2023 figure, which has no note.
		expect(p.summaryNote).toBeUndefined();
	});

	it('says what each status stands on, for the home and priority pages', () => {
		expect(targetProgress(target('vw-occupancy-80'), datasets).statusAsOf).toBe('as of the figures for September 2023');
		expect(targetProgress(target('epr-90-dec-2023'), datasets).statusAsOf).toBe('as of the figures for November 2023');
		expect(targetProgress(target('digital-investment-plans'), datasets).statusAsOf).toBeUndefined();
	});

	it('does not judge the March 2026 EPR target on trusts with an EPR, a stricter measure than "with an EPR or implementing one"', () => {
		const p = targetProgress(target('epr-100-mar-2026'), datasets);
		expect(p).toMatchObject({ dataset: undefined, status: { status: 'no-data' }, statusAsOf: undefined });
		expect(p.target.outcome?.text).toContain('91% (189 of 208 trusts)');
	});

	it('has no data for a target no dataset measures', () => {
		expect(targetProgress(target('digital-investment-plans'), datasets)).toMatchObject({
			dataset: undefined,
			status: { status: 'no-data' },
			latestText: undefined,
		});
	});
});

describe('datasetSummary', () => {
	it('summarises a broken series one series at a time', () => {
		expect(datasetSummary(must(datasets.get('vw-beds-per-100k'), 'rate'))).toBe(
			'Virtual ward beds per 100,000 population, England: Per 100,000 adults aged 16+ (July 2023 to March 2024): from 18.9 in July 2023 to 23.1 in March 2024; Per 100,000 people of all ages (from April 2024): from 19.1 in April 2024 to 19.6 in July 2024; news and trade press report 3 more figures, the latest 19.7 beds per 100,000 people (the report does not say which population) (with a note: see the table) in October 2025.',
		);
	});
});
