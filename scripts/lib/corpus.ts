/**
 * The 1,000-page benchmark corpus (scripts/bench-corpus.ts): synthetic
 * guidance pages made by recombining the sentences, headings and quotations
 * of the real pages with a seeded generator. Pure: it is given the project's
 * files (as read by readProjectFiles) and returns the pages' texts; the same
 * files and seed always give the same pages. No clock, no Math.random.
 *
 * Every page is titled "Benchmark page NNNN: <topic>" so no one mistakes it
 * for guidance, and passes the content check: real source and target ids,
 * the allowed components only (Quote and InsetText).
 */
import { splitFrontMatter, type ProjectFiles, type SourceFile } from '../../src/lib/content-check/project.ts';
import { AUDIENCES } from '../../src/schemas/fragments.ts';
import { GUIDANCE_KINDS } from '../../src/schemas/guidance.ts';
import type { PriorityId } from '../../src/schemas/priority.ts';

export interface CorpusOptions {
	/** How many pages (default 1,000), spread evenly over the four priorities. */
	count?: number;
	/** The PRNG seed (default 1). */
	seed?: number;
}

/** A short quotation of a real page, with the source it cites. */
export interface CorpusQuote {
	attributes: string;
	source: string;
	text: string;
}

/** What the generator recombines, taken from the real pages of each priority. */
export interface CorpusMaterial {
	/** The priorities' ids, in the order of data/priorities.json. */
	priorities: PriorityId[];
	sentences: Record<PriorityId, string[]>;
	headings: Record<PriorityId, string[]>;
	topics: Record<PriorityId, string[]>;
	quotes: Record<PriorityId, CorpusQuote[]>;
	owners: string[];
	sourceIds: string[];
	targets: { id: string; priority: string }[];
}

export const DEFAULT_SEED = 1;
export const DEFAULT_COUNT = 1000;
/** Fixed review dates: the corpus must not depend on the clock. */
const LAST_REVIEWED = '2026-11-25';
const NEXT_REVIEW = '2027-05-25';

/** mulberry32: a small, fast 32-bit PRNG; the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Random = () => number;
const int = (rnd: Random, min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
const pick = <T>(rnd: Random, xs: readonly T[]): T => {
	if (xs.length === 0) throw new Error('corpus: nothing to pick from');
	return xs[Math.floor(rnd() * xs.length)] as T;
};
/** A seeded Fisher-Yates shuffle (a copy). */
export function shuffle<T>(rnd: Random, xs: readonly T[]): T[] {
	const out = [...xs];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rnd() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}
/** `n` distinct items (fewer if there are not enough). */
const sample = <T>(rnd: Random, xs: readonly T[], n: number): T[] => shuffle(rnd, xs).slice(0, n);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Characters that would make a recombined sentence unsafe in MDX or need its context (markup, links, tables, emphasis). */
const UNSAFE = /[<>{}[\]|*`_#]/;

/** The plain sentences of an MDX body's paragraphs (headings, lists, tables and component blocks skipped). */
export function sentencesOf(body: string): string[] {
	const out: string[] = [];
	const prose = body.replace(/<([A-Z][A-Za-z]*)\b[^>]*>[\s\S]*?<\/\1>/g, '');
	for (const block of prose.split(/\n\s*\n/)) {
		const text = block.trim();
		if (text === '' || /^(#|-|\*|\||\d+\.|>|<|```|~~~)/.test(text)) continue;
		const paragraph = text.replace(/\s*\n\s*/g, ' ');
		for (const sentence of paragraph.split(/(?<=[.!?])\s+(?=[A-Z£0-9])/)) {
			const s = sentence.trim();
			if (s.length >= 30 && s.length <= 400 && /[.!?]$/.test(s) && !UNSAFE.test(s)) out.push(s);
		}
	}
	return out;
}

/** The `##` and `###` headings of an MDX body, as plain text. */
export function headingsOf(body: string): string[] {
	return [...body.matchAll(/^#{2,3} (.+)$/gm)]
		.map((m) => (m[1] ?? '').trim())
		.filter((h) => h.length >= 3 && !UNSAFE.test(h));
}

/** Every `<Quote ...>text</Quote>` of an MDX body whose text is plain. */
export function quotesOf(body: string): CorpusQuote[] {
	const out: CorpusQuote[] = [];
	for (const m of body.matchAll(/<Quote(\s[^>]*)>([\s\S]*?)<\/Quote>/g)) {
		const attributes = (m[1] ?? '').trim();
		const source = /source="([^"]+)"/.exec(attributes)?.[1];
		const text = (m[2] ?? '').trim().replace(/\s*\n\s*/g, ' ');
		if (source && text && !UNSAFE.test(text)) out.push({ attributes, source, text });
	}
	return out;
}

function byPriority<T>(priorities: readonly PriorityId[]): Record<PriorityId, T[]> {
	return Object.fromEntries(priorities.map((p) => [p, [] as T[]]));
}

/** The priorities' ids, in the order of data/priorities.json. */
export function priorityIdsOf(files: ProjectFiles): PriorityId[] {
	if (!files.data.priorities) throw new Error('corpus: data/priorities.json is missing');
	return (JSON.parse(files.data.priorities.text) as { id: string }[]).map((p) => p.id);
}
const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** Reads what the generator recombines from the project's real pages and data files. */
export function corpusMaterial(files: ProjectFiles): CorpusMaterial {
	const priorities = priorityIdsOf(files);
	const sentences = byPriority<string>(priorities);
	const headings = byPriority<string>(priorities);
	const topics = byPriority<string>(priorities);
	const quotes = byPriority<CorpusQuote>(priorities);
	const owners: string[] = [];
	const pages = [...files.content].sort((a, b) => a.path.localeCompare(b.path));
	for (const file of pages) {
		const priority = file.path.split('/')[1] ?? '';
		if (!priorities.includes(priority)) continue;
		const split = splitFrontMatter(file);
		if ('message' in split) continue;
		const data = split.data as { title?: unknown; owner?: unknown; draft?: unknown };
		if (data.draft === true) continue;
		if (typeof data.title === 'string') topics[priority]?.push(data.title);
		if (typeof data.owner === 'string') owners.push(data.owner);
		sentences[priority]?.push(...sentencesOf(split.body));
		headings[priority]?.push(...headingsOf(split.body));
		quotes[priority]?.push(...quotesOf(split.body));
	}
	const ids = (file: SourceFile | undefined, name: string) => {
		if (!file) throw new Error(`corpus: ${name} is missing`);
		return JSON.parse(file.text) as { id: string; priority?: string }[];
	};
	const sourceIds = ids(files.data.sources, 'data/sources.json').map((s) => s.id);
	const known = new Set(sourceIds);
	for (const p of priorities) {
		sentences[p] = unique(sentences[p] ?? []);
		headings[p] = unique(headings[p] ?? []);
		quotes[p] = (quotes[p] ?? []).filter((q) => known.has(q.source));
		if (sentences[p].length < 20)
			throw new Error(`corpus: the pages of ${p} have too few plain sentences (${sentences[p].length}) to recombine`);
	}
	return {
		priorities,
		sentences,
		headings,
		topics,
		quotes,
		owners: unique(owners).sort(),
		sourceIds,
		targets: ids(files.data.targets, 'data/targets.json').map((t) => ({ id: t.id, priority: t.priority ?? '' })),
	};
}

/** The slug (file name without .mdx) of page `n` (1-based): benchmark-page-0001. */
export const corpusSlug = (n: number) => `benchmark-page-${String(n).padStart(4, '0')}`;

/** Heading variations, so the same heading does not repeat word for word across pages. */
const HEADING_FORMS: ((h: string, topic: string) => string)[] = [
	(h) => h,
	(h) => h,
	(h) => `${h}: what it means for you`,
	(h) => `About ${h.charAt(0).toLowerCase()}${h.slice(1)}`,
	(h, topic) => `${h} (${topic.toLowerCase()})`,
	(h) => `What to do next: ${h.charAt(0).toLowerCase()}${h.slice(1)}`,
];

/** One page's MDX text. */
function corpusPage(rnd: Random, m: CorpusMaterial, n: number, priority: PriorityId): string {
	// Mostly the page's own priority, with a quarter of the sentences from the others, as real pages cross-refer.
	const of = <T>(record: Record<PriorityId, T[]>, p: PriorityId | undefined): T[] =>
		p === undefined ? [] : (record[p] ?? []);
	const own = of(m.sentences, priority);
	const others = m.priorities.filter((p) => p !== priority).flatMap((p) => of(m.sentences, p));
	const sentence = () => (rnd() < 0.75 ? pick(rnd, own) : pick(rnd, others));
	const topic = pick(rnd, [...of(m.topics, priority), ...of(m.headings, priority)]);
	const title = `Benchmark page ${String(n).padStart(4, '0')}: ${topic}`.slice(0, 120);

	let summary = sentence();
	while (summary.length > 320 || summary.length < 20) summary = sentence();

	const wordGoal = int(rnd, 420, 740);
	const sourceIds = new Set(sample(rnd, m.sourceIds, int(rnd, 1, 4)));
	const sectionCount = int(rnd, 3, 6);
	const headings = sample(
		rnd,
		of(m.headings, priority).length >= sectionCount
			? of(m.headings, priority)
			: [...of(m.headings, priority), ...of(m.headings, m.priorities[0])],
		sectionCount,
	);
	const quotes = sample(
		rnd,
		of(m.quotes, priority).length > 0 ? of(m.quotes, priority) : m.priorities.flatMap((p) => of(m.quotes, p)),
		rnd() < 0.6 ? int(rnd, 1, 2) : 0,
	);
	const insetAt = rnd() < 0.5 ? int(rnd, 0, sectionCount - 1) : -1;
	const quoteAt = new Map(quotes.map((q, i) => [Math.min(sectionCount - 1, i * 2 + int(rnd, 0, 1)), q]));

	const blocks: string[] = [];
	let count = 0;
	/** A paragraph of 2 to 5 sentences, stopping early once `limit` words are reached. */
	const paragraph = (limit: number) => {
		const ss: string[] = [];
		const length = int(rnd, 2, 5);
		while (ss.length < length && (ss.length < 1 || count < limit)) {
			const s = sentence();
			ss.push(s);
			count += words(s);
		}
		blocks.push(wrap(ss.join(' ')));
	};
	paragraph(wordGoal / (sectionCount + 1));
	const usedHeadings = new Set<string>();
	for (let s = 0; s < sectionCount; s++) {
		const base = headings[s % headings.length] ?? topic;
		let heading = pick(rnd, HEADING_FORMS)(base, m.topics[priority]?.[0] ?? priority);
		if (usedHeadings.has(heading)) heading = `${heading} (${s + 1})`;
		usedHeadings.add(heading);
		blocks.push(`## ${heading}`);
		count += words(heading);
		// Share the rest of the word goal among the remaining sections.
		const sectionGoal = count + (wordGoal - count) / (sectionCount - s);
		do paragraph(sectionGoal);
		while (count < sectionGoal - 20);
		const quote = quoteAt.get(s);
		if (quote) {
			sourceIds.add(quote.source);
			blocks.push(`<Quote ${quote.attributes}>\n${wrap(quote.text)}\n</Quote>`);
			count += words(quote.text);
		}
		if (s === insetAt) {
			const note = sentence();
			blocks.push(`<InsetText>\n${wrap(note)}\n</InsetText>`);
			count += words(note);
		}
	}

	const priorityTargets = m.targets.filter((t) => t.priority === priority).map((t) => t.id);
	const targets = sample(rnd, priorityTargets, rnd() < 0.7 ? int(rnd, 1, 2) : 0).sort();
	const audience = AUDIENCES.filter(() => rnd() < 0.4);
	if (audience.length === 0) audience.push(pick(rnd, AUDIENCES));
	return `---
title: ${JSON.stringify(title)}
summary: ${JSON.stringify(summary)}
audience: [${audience.join(', ')}]
kind: ${pick(rnd, GUIDANCE_KINDS)}
targets: [${targets.join(', ')}]
sources: [${[...sourceIds].sort().join(', ')}]
lastReviewed: ${LAST_REVIEWED}
nextReview: ${NEXT_REVIEW}
owner: ${JSON.stringify(pick(rnd, m.owners.length > 0 ? m.owners : ['Digital policy team']))}
order: ${n}
---

${blocks.join('\n\n')}
`;
}

/** Wraps text at about 80 characters, as the real pages are written. */
function wrap(text: string): string {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && line.length + 1 + word.length > 80) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines.join('\n');
}

/**
 * The corpus: `count` pages at content/<priority>/benchmark-page-NNNN.mdx,
 * the priorities taken in turn (250 each for 1,000 pages).
 */
export function generateCorpus(files: ProjectFiles, options: CorpusOptions = {}): SourceFile[] {
	const count = options.count ?? DEFAULT_COUNT;
	const rnd = seededRandom(options.seed ?? DEFAULT_SEED);
	const material = corpusMaterial(files);
	return Array.from({ length: count }, (_, i) => {
		const n = i + 1;
		const priority = material.priorities[i % material.priorities.length] ?? '';
		return { path: `content/${priority}/${corpusSlug(n)}.mdx`, text: corpusPage(rnd, material, n, priority) };
	});
}

/**
 * The data files the corpus needs changed: data/commitments.json names the real
 * guidance pages each commitment covers, which a corpus replaces, so the
 * corpus's copy names none (the traces and everything else stay as they are).
 */
export function corpusDataFiles(files: ProjectFiles): SourceFile[] {
	const commitments = files.data.commitments;
	if (!commitments) return [];
	const list = JSON.parse(commitments.text) as { pages?: unknown }[];
	const text = `${JSON.stringify(
		list.map((c) => ({ ...c, pages: [] })),
		null,
		'\t',
	)}\n`;
	return [{ path: commitments.path, text }];
}

/** `files` with the corpus's pages as content/ and its data files in place of the real ones. */
export function corpusProject(files: ProjectFiles, corpus: readonly SourceFile[]): ProjectFiles {
	const [commitments] = corpusDataFiles(files);
	return { ...files, content: [...corpus], data: { ...files.data, ...(commitments ? { commitments } : {}) } };
}
