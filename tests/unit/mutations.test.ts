/**
 * The content check, tried on mistakes nobody listed: a seeded property-based
 * test (fast-check) that mutates the real guidance pages the way editors'
 * hands do, half of them on a character of markup (a character deleted, doubled or swapped with the next; a word's
 * case changed; an invisible or look-alike character pasted; the page cut
 * short; a long line pasted) and asserts that each mutant either fails the
 * check with a problem at or after the block it changed, or passes and
 * renders, through mdast-util-to-hast as the build renders Markdown, without
 * markup left in its text or table cells lost.
 *
 * Reproduce a failure with the seed and path fast-check prints:
 *   MUTATION_SEED=<seed> npx vitest run tests/unit/mutations.test.ts
 */
import fc from 'fast-check';
import type { Element, Root as HastRoot, RootContent as HastNode } from 'hast';
import type { Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { describe, expect, it } from 'vitest';
import { readProjectFiles } from '../../src/integrations/content-check.ts';
import { checkProject } from '../../src/lib/content-check/project.ts';
import { parseBody, pointOf } from '../../src/lib/mdx/parse.ts';
import { checkMdxPages, type MdxBody } from '../../src/lib/mdx/project.ts';
import { ROOT } from '../helpers/site.ts';

/** The seed and the number of mutants: fixed, so a run is reproducible (CONTRIBUTING, "Tests"). */
const SEED = Number(process.env.MUTATION_SEED ?? 20261203);
const RUNS = 300;
/** 300 check runs take about 5 s of CPU (8 s with coverage): time out on a hang, not on a machine busy with builds. */
const MUTANTS_TIMEOUT = 120_000;

const files = readProjectFiles(ROOT);
const { project, ids } = checkProject(files);
const mdx = { files, ...project, ids, glossary: ids.glossary, priorities: project.priorities.map((p) => p.id) };
const bodies: MdxBody[] = project.pages.map((p) => ({ file: p.file, body: p.body, bodyLine: p.bodyLine }));

/** Characters editors paste without seeing them, or in place of the one they meant. */
const PASTED = ['\u00a0', '\u200b', '\u2018', '\u2019', '\u201c', '\u201d', '\u2013', '\u2014', '\ufeff', '\u00ad'];

type Mutation = 'delete' | 'double' | 'swap' | 'case' | 'paste' | 'truncate' | 'long line';

interface Mutant {
	body: string;
	/** Where the change is in the mutant's body. */
	at: number;
}

/** Applies `kind` at `at` (an offset of `body`). */
function mutate(body: string, kind: Mutation, at: number, pasted: string): Mutant {
	switch (kind) {
		case 'delete':
			return { body: body.slice(0, at) + body.slice(at + 1), at };
		case 'double':
			return { body: body.slice(0, at + 1) + body.slice(at), at };
		case 'swap':
			return { body: body.slice(0, at) + body.slice(at + 1, at + 2) + body.slice(at, at + 1) + body.slice(at + 2), at };
		case 'case': {
			const word = /[A-Za-z]+/.exec(body.slice(at));
			if (!word) return { body, at };
			const start = at + word.index;
			const w = word[0];
			const flipped = w === w.toUpperCase() ? w.toLowerCase() : w.toUpperCase();
			return { body: body.slice(0, start) + flipped + body.slice(start + w.length), at: start };
		}
		case 'paste':
			return { body: body.slice(0, at) + pasted + body.slice(at), at };
		case 'truncate':
			return { body: body.slice(0, at), at: Math.max(0, at - 1) };
		case 'long line':
			return { body: `${body.slice(0, at)}${'digital '.repeat(80)}${body.slice(at)}`, at };
	}
}

/** The characters of Markdown and MDX syntax. */
const MARKUP = /[*_[\]()|<>{}"#`\\/-]/g;

/** An offset of `body` at `position` (0 to 1) of its length, or of its characters of markup. */
function offsetFor(body: string, position: number, onMarkup: boolean): number {
	if (!onMarkup) return Math.floor(position * body.length);
	const offsets = [...body.matchAll(MARKUP)].map((m) => m.index);
	return offsets[Math.floor(position * offsets.length)] ?? 0;
}

/** The offset where the top-level block holding `at` starts (the whole page when none does). */
function blockStart(tree: Root, at: number): number {
	const block = tree.children.find(
		(n: RootContent) => (n.position?.start.offset ?? 0) <= at && at <= (n.position?.end.offset ?? 0),
	);
	return block?.position?.start.offset ?? 0;
}

/** What the rendering of a tree shows that the editor did not mean: markup in its text, table cells with no column. */
function renderingFlaws(tree: Root): string[] {
	const hast = toHast(tree, { allowDangerousHtml: false }) as HastRoot;
	const flaws: string[] = [];
	const visit = (node: HastRoot | HastNode): void => {
		if (node.type === 'text') {
			for (const m of node.value.matchAll(/\*\*|\]\(|\[\^[^\]\s]*\]/g)) flaws.push(`"${m[0]}" printed as text`);
			return;
		}
		if ('children' in node) node.children.forEach(visit);
	};
	visit(hast);
	const cells = (el: HastRoot | HastNode): number =>
		el.type === 'element' && (el.tagName === 'td' || el.tagName === 'th')
			? 1
			: 'children' in el
				? (el.children as (Element | HastNode)[]).reduce((n, c) => n + cells(c), 0)
				: 0;
	const tableCells = (n: Root | RootContent): number =>
		n.type === 'tableCell'
			? 1
			: 'children' in n
				? (n.children as RootContent[]).reduce((s, c) => s + tableCells(c), 0)
				: 0;
	const written = tableCells(tree);
	const shown = cells(hast);
	if (shown < written) flaws.push(`${String(written - shown)} table cells not shown`);
	return flaws;
}

describe('mutants of the real pages', () => {
	it('has pages whose rendering is clean to start from', () => {
		expect(bodies.length).toBeGreaterThan(10);
		for (const b of bodies) {
			const parsed = parseBody(b.body, b.bodyLine);
			expect(parsed.ok && renderingFlaws(parsed.tree), b.file).toEqual([]);
		}
		expect(checkMdxPages(bodies, mdx)).toEqual([]);
	});

	it(
		`each of ${String(RUNS)} mutants fails the check at or after the block it changed, or renders cleanly (seed ${String(SEED)})`,
		() => {
			const mutant = fc.record({
				page: fc.nat({ max: bodies.length - 1 }),
				position: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
				kind: fc.constantFrom<Mutation>('delete', 'double', 'swap', 'case', 'paste', 'truncate', 'long line'),
				pasted: fc.constantFrom(...PASTED),
				// Half the mutants land on a character of markup, where a slip changes what the page prints.
				onMarkup: fc.boolean(),
			});
			fc.assert(
				fc.property(mutant, ({ page, position, kind, pasted, onMarkup }) => {
					const original = bodies[page];
					if (!original) return;
					const at = offsetFor(original.body, position, onMarkup);
					const changed = mutate(original.body, kind, at, pasted);
					if (changed.body === original.body) return;
					const problems = checkMdxPages(
						bodies.map((b) => (b === original ? { ...b, body: changed.body } : b)),
						mdx,
					);
					const own = problems.filter((p) => p.file === original.file);
					// On other pages a mutant can only break their links to it (a heading renamed or cut).
					expect(problems.filter((p) => p.file !== original.file && p.field !== 'link').map((p) => p.message)).toEqual(
						[],
					);
					const parsed = parseBody(changed.body, original.bodyLine);
					if (own.length > 0) {
						const tree = parseBody(original.body, original.bodyLine);
						const from = tree.ok ? blockStart(tree.tree, Math.min(changed.at, original.body.length)) : 0;
						const firstLine = original.bodyLine + pointOf(original.body, from).line - 1;
						expect(
							own.some((p) => (p.line ?? 0) >= firstLine),
							`${kind} at line ${String(firstLine)}: ${own.map((p) => `${String(p.line)} ${p.message}`).join('; ')}`,
						).toBe(true);
						return;
					}
					expect(parsed.ok, `${kind}: the check passed a body that does not parse`).toBe(true);
					if (parsed.ok) expect(renderingFlaws(parsed.tree), `${kind} in ${original.file}`).toEqual([]);
				}),
				{ seed: SEED, numRuns: RUNS },
			);
		},
		MUTANTS_TIMEOUT,
	);
});
