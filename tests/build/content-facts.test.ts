/**
 * Facts of the real content/ and data/ (moved here from the unit tier, which
 * tests the check on the fixture site): one home for each passage (no sentence
 * of 12 words or more is written on two guidance pages: link to the page that
 * has it instead), no prose warning, the map's boundaries (one per ICB), and the glossary's vocabulary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../src/lib/content-check/project.ts';
import { parseWithFriendlyErrors } from '../../src/lib/problems/error-map.ts';
import { GlossaryEntrySchema } from '../../src/schemas/glossary.ts';
import { BOUNDARIES_FILE } from '../../src/lib/content-check/boundaries.ts';
import { boundaryCodes, boundaryPaths, type BoundaryFile } from '../../src/lib/geo/boundaries.ts';
import { SystemSchema } from '../../src/schemas/system.ts';
import { ROOT } from '../helpers/site.ts';
import { checkWith, realFiles } from '../helpers/mistakes.ts';
import { splitFrontMatter } from '../../src/lib/content-check/front-matter.ts';

/** The sentences of a body, without components, link addresses and Markdown marks. */
function sentences(body: string): string[] {
	const plain = body
		.replace(/<[^>]+>/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[[\]*#|>_]/g, ' ');
	return plain
		.split(/(?<=[.:;!?])\s+|\n\s*\n/)
		.map((s) => s.replace(/\s+/g, ' ').trim())
		.filter((s) => s.split(' ').length >= 12);
}

describe('repeated passages', () => {
	it('no sentence of 12 words or more appears on two pages', () => {
		const seen = new Map<string, string>();
		const repeated: string[] = [];
		for (const file of realFiles().content) {
			const split = splitFrontMatter(file);
			if ('message' in split) continue;
			for (const s of new Set(sentences(split.body))) {
				const other = seen.get(s);
				if (other !== undefined && other !== file.path) repeated.push(`${file.path} and ${other}: "${s}"`);
				else seen.set(s, file.path);
			}
		}
		expect(seen.size).toBeGreaterThan(100);
		expect(repeated).toEqual([]);
	});
});

describe('prose', () => {
	it('the real content has no prose warnings', () => {
		const run = checkWith(() => undefined);
		expect(run.problems).toEqual([]);
		expect(run.warnings.map((w) => `${w.file}:${String(w.line)} ${w.message}`)).toEqual([]);
	});
});

describe('the committed boundaries', () => {
	const text = readFileSync(join(ROOT, BOUNDARIES_FILE), 'utf8');
	const file = JSON.parse(text) as BoundaryFile;

	it('is small, has 42 areas, one per ICB of data/systems.json, with source and licence', () => {
		expect(text.length).toBeLessThan(40_000);
		const systems = (JSON.parse(readFileSync(join(ROOT, 'data/systems.json'), 'utf8')) as unknown[]).map((s) =>
			SystemSchema.parse(s),
		);
		const codes = boundaryCodes(file).codes.map((c) => c.code);
		expect(codes).toHaveLength(42);
		expect(new Set(codes)).toEqual(new Set(systems.map((s) => s.onsCode)));
		expect(file.provenance.source).toMatch(/Office for National Statistics/);
		expect(file.made).toMatch(/npm run import:boundaries/);
	});

	it('draws paths that fit the 60 KB map budget', () => {
		const bytes = boundaryPaths(file).reduce((n, p) => n + p.d.length, 0);
		expect(bytes).toBeLessThan(40_000);
	});
});

describe('the glossary', () => {
	it('accepts the real glossary and finds no name used twice', () => {
		const entries = (JSON.parse(readFileSync(join(ROOT, 'data/glossary.json'), 'utf8')) as unknown[]).map((e, i) => {
			const parsed = parseWithFriendlyErrors(GlossaryEntrySchema, e, 'data/glossary.json', [i]);
			if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
			return parsed.data;
		});
		const sources = new Set(
			(JSON.parse(readFileSync(join(ROOT, 'data/sources.json'), 'utf8')) as { id: string }[]).map((s) => s.id),
		);
		expect(checkGlossary(entries, sources)).toEqual([]);
		// The vocabulary the issue names is there.
		const names = entries.flatMap((e) => [e.abbreviation, e.term, ...e.synonyms]).map((n) => n?.toLowerCase());
		for (const n of [
			'ics',
			'icb',
			'integrated care system',
			'epr',
			'electronic patient record',
			'wgll',
			'what good looks like',
			'hospital at home',
			'virtual ward',
			'hfma',
			'sdf',
		]) {
			expect(names).toContain(n);
		}
	});
});
