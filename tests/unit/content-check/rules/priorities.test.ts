/** The priorities' rules (src/lib/content-check/rules/priorities.ts), on the fixture site. */
import { describe, expect, it } from 'vitest';
import { checkFixtureWith } from '../../../helpers/fixture-site.ts';

const PRIORITIES = 'data/priorities.json';

/** Replaces `from` in the fixture's priorities file. */
const withPriorities = (from: string, to: string) =>
	checkFixtureWith((files) => {
		const file = files.data.priorities;
		if (!file?.text.includes(from)) throw new Error(`${from} not in ${PRIORITIES}`);
		file.text = file.text.replace(from, to);
	});

describe('a priority’s headline target', () => {
	it('is one of its own: a target of another priority is reported at the field, with the priority’s own', () => {
		const run = withPriorities('"headlineTarget": "vw-rate-goal"', '"headlineTarget": "records-2025"');
		expect(run.problems.map((p) => `${p.file}:${String(p.line)} ${p.field}: ${p.message}`)).toEqual([
			`${PRIORITIES}:6 [0].headlineTarget: "records-2025" is a target of digitisation, not of virtual-wards: a priority's headline target is one of its own (vw-rate-goal, vw-beds-goal, vw-occupancy-goal)`,
		]);
	});

	it('exists: an unknown one is reported once, with the nearest', () => {
		const run = withPriorities('"headlineTarget": "vw-rate-goal"', '"headlineTarget": "vw-rate-gaol"');
		expect(run.problems.map((p) => p.message)).toEqual([
			'"vw-rate-gaol" is not a target in data/targets.json: did you mean "vw-rate-goal"?',
		]);
	});
});
