/** The scale benchmark's command line (scripts/bench-corpus.ts), read into options. Pure. */
import { DEFAULT_COUNT, DEFAULT_SEED } from '../corpus.ts';

/** What one run of the benchmark does. */
export interface BenchOptions {
	/** Guidance pages in the corpus (--pages N, or --count N). */
	pages: number;
	/** The corpus's seed (--seed N). */
	seed: number;
	/** Baseline and portal built in turn this many times, the fastest of each counted (--repeat N). */
	repeat: number;
	/** A second, smaller corpus size (--fit M): baseline and portal built at it too, for the fixed cost and the cost per page. */
	fitPages?: number;
	/** The first cold build of the portal and of the baseline under `node --cpu-prof` (--profile). */
	profile: boolean;
	/** Build the real site too (--real). */
	real: boolean;
	skipBaseline: boolean;
	skipWarm: boolean;
	skipSearch: boolean;
	/** Keep the copies in .tmp/ (--keep). */
	keep: boolean;
}

/** The raw value of `--name N` or `--name=N` (the last of the names given), or undefined. */
function raw(args: readonly string[], names: readonly string[]): string | undefined {
	let value: string | undefined;
	for (const name of names) {
		const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
		if (i < 0) continue;
		const arg = args[i] ?? '';
		value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[i + 1];
	}
	return value;
}

/** A whole number above 0 from `--name N` or `--name=N`, or `fallback`; throws on anything else. */
export function wholeOption(args: readonly string[], fallback: number, ...names: [string, ...string[]]): number {
	const given = raw(args, names);
	const value = given === undefined ? fallback : Number(given);
	if (!Number.isInteger(value) || value < 1)
		throw new Error(`--${names[0]} must be a whole number above 0 (got "${given}")`);
	return value;
}

/** The command line read; throws with the message to print on a bad number. */
export function parseBenchOptions(args: readonly string[]): BenchOptions {
	const flag = (name: string) => args.includes(`--${name}`);
	const pages = wholeOption(args, DEFAULT_COUNT, 'pages', 'count');
	const fit = raw(args, ['fit']) === undefined ? undefined : wholeOption(args, 1, 'fit');
	if (fit !== undefined && fit === pages) throw new Error(`--fit must be another page count than --pages (${pages})`);
	return {
		pages,
		...(fit === undefined ? {} : { fitPages: fit }),
		seed: wholeOption(args, DEFAULT_SEED, 'seed'),
		repeat: wholeOption(args, 1, 'repeat'),
		profile: flag('profile'),
		real: flag('real'),
		skipBaseline: flag('skip-baseline'),
		skipWarm: flag('skip-warm'),
		skipSearch: flag('skip-search'),
		keep: flag('keep'),
	};
}
