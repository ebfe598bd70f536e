/**
 * The trial of issue 19, kept as a regression test (tests/helpers/mistakes-trial.ts):
 * editors' mistakes that no other table had made, each reported as the
 * problem it now gives (the file and line, the field and phrases of the
 * message, at most about 300 characters), and harmless edits that must pass.
 */
import { describe, expect, it } from 'vitest';
import type { ProjectFiles } from '../../src/lib/content-check/project.ts';
import { checkWith } from '../helpers/mistakes.ts';
import { TRIAL, fileOf, type TrialCase } from '../helpers/mistakes-trial.ts';

const mistakes = TRIAL.filter((t) => t.before !== 'harmless' && t.stillMissed === undefined);
const harmless = TRIAL.filter((t) => t.before === 'harmless');
const missed = TRIAL.filter((t) => t.stillMissed !== undefined);

/** The line `at` is on in the edited file (its first occurrence), or the expected line. */
function expectedLine(t: TrialCase, files: ProjectFiles): number | undefined {
	const e = t.expect;
	if (e?.at === undefined) return e?.line;
	const text = fileOf(files, e.file).text.replace(/^\uFEFF/, '');
	const at = text.indexOf(e.at);
	if (at < 0) throw new Error(`"${e.at}" is not in ${e.file}`);
	return text.slice(0, at).split('\n').length;
}

describe('the trial of issue 19', () => {
	it('has at least 50 distinct mistakes of every kind, and 8 harmless edits', () => {
		expect(new Set(TRIAL.map((t) => t.name)).size).toBe(TRIAL.length);
		expect(mistakes.length + missed.length).toBeGreaterThanOrEqual(50);
		expect(harmless.length).toBeGreaterThanOrEqual(8);
		expect(new Set(mistakes.map((t) => t.kind))).toEqual(
			new Set(['markdown', 'front matter', 'data', 'pasted', 'encoding', 'rename']),
		);
		for (const t of mistakes) expect(t.expect, t.name).toBeDefined();
	});

	it.each(mistakes)('$name: file, line, field and what to write', (t) => {
		let edited: ProjectFiles | undefined;
		const run = checkWith((files) => {
			t.edit(files);
			edited = files;
		});
		const e = t.expect;
		if (!e || !edited) throw new Error('no expected problem');
		expect(run.exitCode, run.output).toBe(1);
		expect(run.problems, run.output).toHaveLength(e.count ?? 1);
		const first = run.problems[0];
		expect(first?.file).toBe(e.file);
		expect(first?.line).toBe(expectedLine(t, edited));
		expect(first?.field).toBe(e.field);
		for (const words of e.words) expect(first?.message).toContain(words);
		for (const p of run.problems) {
			expect(p.message.length, p.message).toBeLessThanOrEqual(300);
			if (e.every !== undefined) expect(p.message).toContain(e.every);
		}
	});

	it.each(harmless)('$name: passes', (t) => {
		const run = checkWith(t.edit);
		expect(run.output).toMatch(/^content and data: no problems found/);
	});

	it.each(missed)('$name: still passes, because $stillMissed', (t) => {
		// If this fails, the check now catches the mistake: give it its `expect`.
		expect(checkWith(t.edit).exitCode).toBe(0);
	});
});
