/**
 * The steps that finish a build once Astro has written every page into the
 * staging folder (src/lib/build/staging.ts), in their one order: Pagefind
 * starts reading the pages (src/lib/search/index-site.ts) and, meanwhile, the
 * glossary's abbreviations are marked on them (src/lib/build/mark-pages.ts);
 * once the index is written, the staging folder is published. Any failure
 * leaves the published site as it was.
 *
 * They run in one of two processes (src/integrations/finish.ts): `npm run
 * build` (scripts/build.ts) runs them in its own process after Astro's has
 * ended, since Astro's process still holds gigabytes at the end of a large
 * build (BENCHMARKS.md) and Pagefind's would add its own on top; a plain
 * `astro build` runs them at `astro:build:done`. Under `npm run build`,
 * Astro's process hands them over as a {@link FinishPlan} in the file the
 * variable FINISH_PLAN_VARIABLE names (src/lib/build/staging.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { Abbreviation } from '../mdx/plugins.ts';
import { closeSearchIndex, indexSite } from '../search/index-site.ts';
import { markPages, type MarksCache } from './mark-pages.ts';
import { publish, type StagingPaths } from './staging.ts';

/** Everything the finishing steps need from Astro's build. */
export interface FinishPlan {
	/** The staging folder Astro wrote the site to, and the folder it is published as. */
	paths: StagingPaths;
	/** The glossary's abbreviations, to mark. */
	abbreviations: readonly Abbreviation[];
	/** The marks of the last build (incremental builds only). */
	marksCache?: MarksCache | undefined;
}

const planSchema = z.strictObject({
	paths: z.strictObject({ final: z.string().min(1), staging: z.string().min(1), previous: z.string().min(1) }),
	abbreviations: z.array(z.strictObject({ abbreviation: z.string().min(1), term: z.string().min(1) })),
	marksCache: z.strictObject({ file: z.string().min(1), code: z.string().min(1) }).optional(),
});

/** Writes `plan` to `file` for the process that finishes the build. */
export function writeFinishPlan(file: string, plan: FinishPlan): void {
	writeFileSync(file, `${JSON.stringify(plan)}\n`);
}

/** The plan Astro's process wrote to `file`; throws, naming the file, if it is missing or not a plan. */
export function readFinishPlan(file: string): FinishPlan {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		throw new Error(`${file}: Astro's build wrote no finishing plan (was portal:finish in astro.config.mjs?)`);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new Error(`${file}: the finishing plan is not JSON`);
	}
	const parsed = planSchema.safeParse(json);
	if (!parsed.success) {
		const where = parsed.error.issues.map((i) => `${i.path.join('.') || '(the plan)'}: ${i.message}`).join('; ');
		throw new Error(`${file}: the finishing plan is not one: ${where}`);
	}
	return parsed.data;
}

/** Runs the finishing steps of `plan`, reporting each one's log line to `info`. */
export async function finishSite(plan: FinishPlan, info: (line: string) => void): Promise<void> {
	const site = plan.paths.staging;
	const indexing = indexSite(site);
	// Awaited below; a failure of the marks first must not also make it an unhandled rejection.
	indexing.catch(() => undefined);
	try {
		info(await markPages(site, plan.abbreviations, plan.marksCache));
		info(await indexing);
	} finally {
		await closeSearchIndex();
	}
	info(publish(plan.paths));
}
