/** The harness the mistake tables use: the real project passes, and an edit that does not apply is an error, never a silent pass. */
import { describe, expect, it } from 'vitest';
import { checkWith, replaceIn } from '../helpers/mistakes.ts';

describe('the mistakes harness', () => {
	it('finds no problem in the real project, and exits 0', () => {
		const run = checkWith(() => undefined);
		expect(run.output).toBe('content and data: no problems found');
		expect(run.exitCode).toBe(0);
	});

	it('refuses an edit that changes nothing', () => {
		expect(() => checkWith((f) => replaceIn(f, 'data/targets.json', 'no such text anywhere', 'x'))).toThrow(
			/not found/,
		);
	});

	it('exits 1 and prints the problem for a real mistake', () => {
		const run = checkWith((f) =>
			replaceIn(f, 'data/targets.json', '"deadline": "2023-12"', '"deadline": "December 2023"'),
		);
		expect(run.exitCode).toBe(1);
		expect(run.output).toContain('data/targets.json');
	});
});
