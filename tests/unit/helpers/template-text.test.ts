import { describe, expect, it } from 'vitest';
import { figureRepeatsUnit, templateLeaks, unitWords } from '../../helpers/template-text.ts';

describe('templateLeaks', () => {
	it('finds a possessive on a bracket and each kind of placeholder', () => {
		const leaks = templateLeaks(
			"checked against Various (see each figure)'s publications; undefined beds; NaN%; [object Object]; ${x}; {{ y }}",
		);
		expect(leaks).toHaveLength(6);
		expect(leaks[5]).toContain("(see each figure)'s");
	});

	it('passes ordinary text, "NHS England\'s" included', () => {
		expect(templateLeaks("The figures were checked against NHS England's publications (monthly).")).toEqual([]);
	});
});

describe('figureRepeatsUnit', () => {
	it('takes the unit words after the number', () => {
		expect(unitWords('91% of trusts')).toBe('of trusts');
		expect(unitWords('12,825 beds')).toBe('beds');
		expect(unitWords('£200 million')).toBe('');
	});

	it('catches a figure followed by its own unit, and nothing else', () => {
		expect(figureRepeatsUnit('91% of trusts', ' of trusts had an active EPR.')).toBe(true);
		expect(figureRepeatsUnit('12,825 beds', ' beds were open')).toBe(true);
		expect(figureRepeatsUnit('91% of trusts', ' had an active EPR.')).toBe(false);
		expect(figureRepeatsUnit('£200 million', ' in 2022/23')).toBe(false);
	});
});
