/**
 * Writes the virtual ward datasets (data/datasets/vw-capacity.json,
 * vw-beds-per-100k.json, vw-occupancy.json) from NHS England's monthly
 * statistics files and, for later months without a file, the gathered
 * national series. All or nothing: every file is checked first
 * (src/lib/statistics/); on any problem it prints every one, one a line, and
 * exits 1 without writing.
 *
 *   npm run import:virtual-wards -- tests/fixtures/virtual-ward-statistics/*.xlsx
 *   npm run import:virtual-wards -- --as-of=2026-11-25 --national=path/to/virtual-wards-national.json --out=data/datasets files.xlsx...
 *
 * --national defaults to virtual-wards-national.json beside the files or in
 * their parent folder (the copies must agree). --as-of (the date the figures
 * were checked, YYYY-MM-DD) defaults to the as-of date in the dataset files.
 * --out is the folder of the dataset files (default data/datasets).
 * Exit codes: 0 written, 1 problems in the input (nothing written), 2 usage.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatProblems, type Problem } from '../src/lib/problems/problems.ts';
import { importVirtualWards, type ExistingDataset, type InputFile } from '../src/lib/statistics/import.ts';
import { findNational } from '../src/lib/statistics/national.ts';
import { formatChanges } from '../src/lib/statistics/report.ts';
import { DATASET_IDS, type DatasetId } from '../src/lib/statistics/to-datasets.ts';
import type { KnownIcb } from '../src/lib/statistics/validate.ts';

const USAGE =
	'usage: npm run import:virtual-wards -- [--as-of=YYYY-MM-DD] [--national=<json>] [--out=<folder>] <VWyyyymm.xlsx>...';
const OPTIONS = ['as-of', 'national', 'out'];

/** Where the command prints: the console, or a test's capture. */
export interface Output {
	log: (line: string) => void;
	error: (line: string) => void;
}

function option(args: readonly string[], name: string): string | undefined {
	const hit = args.find((a) => a.startsWith(`--${name}=`));
	return hit?.slice(name.length + 3);
}

/** A path as the user sees it: relative to the current folder when inside it. */
function shown(path: string): string {
	const r = relative(process.cwd(), resolve(path));
	return r.startsWith('..') ? path : r;
}

function readText(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
}

function parseJson(path: string): { ok: true; json: unknown } | { ok: false; problem: Problem } {
	const text = readText(path);
	if (text === undefined)
		return {
			ok: false,
			problem: { file: shown(path), field: '', message: 'not found: run the importer from the project folder' },
		};
	try {
		return { ok: true, json: JSON.parse(text) };
	} catch (error) {
		return {
			ok: false,
			problem: {
				file: shown(path),
				field: '',
				message: `is not valid JSON (${error instanceof Error ? error.message : String(error)}): restore it with git checkout`,
			},
		};
	}
}

/**
 * Runs the import with command-line arguments and returns the exit code:
 * 0 written, 1 problems in the input (nothing written), 2 usage.
 */
export async function run(args: readonly string[], output: Output): Promise<number> {
	const fail = (problems: readonly Problem[]): number => {
		output.error(formatProblems(problems));
		output.error('Nothing was written.');
		return 1;
	};
	const unknown = args.filter((a) => a.startsWith('--') && !OPTIONS.some((o) => a.startsWith(`--${o}=`)));
	const paths = args.filter((a) => !a.startsWith('--'));
	if (unknown.length > 0 || paths.length === 0) {
		if (unknown.length > 0) output.error(`unknown option ${unknown.join(', ')}`);
		output.error(USAGE);
		return 2;
	}
	const out = option(args, 'out') ?? join('data', 'datasets');
	const files: InputFile[] = paths.map((p) => {
		const name = shown(p);
		if (!existsSync(p)) return { name, bytes: undefined, error: 'no such file: check the path' };
		try {
			return { name, bytes: readFileSync(p) };
		} catch (error) {
			return {
				name,
				bytes: undefined,
				error: `cannot be read (${error instanceof Error ? error.message : String(error)})`,
			};
		}
	});
	const found = findNational(paths.map(shown), option(args, 'national'), readText);
	if (!found.ok) return fail(found.problems);

	const systems = parseJson(join('data', 'systems.json'));
	if (!systems.ok) return fail([systems.problem]);
	const icbs: KnownIcb[] = (systems.json as { id: string; name: string }[]).map((s) => ({ code: s.id, name: s.name }));
	const targets = Object.fromEntries(DATASET_IDS.map((id) => [id, join(out, `${id}.json`)])) as Record<
		DatasetId,
		string
	>;
	const existing: Partial<Record<DatasetId, ExistingDataset>> = {};
	for (const id of DATASET_IDS) {
		if (!existsSync(targets[id])) continue;
		const parsed = parseJson(targets[id]);
		if (!parsed.ok) return fail([parsed.problem]);
		existing[id] = { path: shown(targets[id]), json: parsed.json as Record<string, unknown> };
	}
	const outcome = await importVirtualWards({
		files,
		national: { path: shown(found.path), text: found.text },
		icbs,
		existing,
		paths: Object.fromEntries(DATASET_IDS.map((id) => [id, shown(targets[id])])) as Record<DatasetId, string>,
		asOf: option(args, 'as-of'),
	});
	if (!outcome.ok) return fail(outcome.problems);

	// Write each file beside its target first, then move them all into place.
	for (const id of DATASET_IDS) writeFileSync(`${targets[id]}.tmp`, outcome.texts[id]);
	for (const id of DATASET_IDS) renameSync(`${targets[id]}.tmp`, targets[id]);
	const months = outcome.files.map((f) => f.month).sort();
	output.log(
		`Read ${outcome.files.length} files (${months[0]} to ${months.at(-1)}), each with England and all 42 ICBs adding up to England, and England equal to ${shown(found.path)}.`,
	);
	for (const line of formatChanges(outcome.changes)) output.log(line);
	return 0;
}

if (import.meta.main) {
	let code: number;
	try {
		code = await run(process.argv.slice(2), { log: (l) => console.log(l), error: (l) => console.error(l) });
	} catch (error) {
		// No stack trace for an editor: say what happened.
		console.error(
			`import-virtual-wards stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
		);
		console.error('Please report this with the command you ran.');
		code = 1;
	}
	process.exitCode = code;
}
