import { readFileSync } from 'node:fs';
import { openIndex } from '/work/wt/epages/tests/helpers/search-index.ts';
import { mergeResults, weightByType, type FilterIndex } from '/work/wt/epages/src/lib/search/results.ts';
import { PAGE_TYPE_LABELS, TYPE_WEIGHTS } from '/work/wt/epages/src/lib/search/config.ts';
import { expandQuery, synonymGroups } from '/work/wt/epages/src/lib/search/synonyms.ts';
const dist = process.argv[2] ?? '/tmp/epages-dist';
import { z } from 'zod'; import { GlossaryEntrySchema } from '/work/wt/epages/src/schemas/glossary.ts';
const glossary = z.array(GlossaryEntrySchema).parse(JSON.parse(readFileSync('/work/wt/epages/data/glossary.json', 'utf8')));
const groups = synonymGroups(glossary);
const idx = await openIndex(dist);
const pf = idx.pagefind as any;
const index: FilterIndex = { type: {} };
for (const label of Object.values(PAGE_TYPE_LABELS)) {
	const f = await pf.search(null, { filters: { type: label } });
	index.type![label] = new Set(f.results.map((r: any) => r.id));
}
for (const q of ['what replaced the EPR target', 'FDP', 'Medium Term Planning Framework', 'EPR', 'cyber security', 'hospital at home']) {
	const variants = expandQuery(q, groups);
	const found = await Promise.all(variants.map((v: string) => pf.search(v)));
	const byId = new Map<string, any>();
	for (const s of found) for (const r of s?.results ?? []) byId.set(r.id, r);
	const merged = weightByType(mergeResults(found.map((s: any) => s?.results ?? [])), index, TYPE_WEIGHTS, PAGE_TYPE_LABELS);
	const top = await Promise.all(merged.slice(0, 5).map(async (m) => `${(await byId.get(m.id).data()).url} ${m.score.toFixed(2)}`));
	console.log(q, '=>', top.join(' | '));
}
await idx.close();
