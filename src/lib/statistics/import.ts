/**
 * The whole import, all or nothing: read every file, check each and all of
 * them together, and only if there is no problem at all build the dataset
 * files' text and say what changes. Pure apart from exceljs reading the
 * bytes it is given: the command (scripts/import-virtual-wards.ts) reads and
 * writes the disk.
 */
import { DatasetSchema } from '../../schemas/dataset.ts';
import { parseWithFriendlyErrors } from '../problems/error-map.ts';
import type { Problem } from '../problems/problems.ts';
import { formatMonth } from '../format/dates.ts';
import { monthIndex } from '../format/months.ts';
import { parseNational } from './national.ts';
import { readVirtualWardWorkbook, type VirtualWardFile } from './read-workbook.ts';
import { datasetChanges, type ComparableObservation, type DatasetChanges } from './report.ts';
import { buildDatasets, buildObservations, DATASET_IDS, type DatasetId } from './to-datasets.ts';
import { checkBasis, checkIcbs, checkMonths, checkTotals, compareWithNational, type KnownIcb } from './validate.ts';

/** A file named on the command line: its bytes, or undefined when it could not be read (with the reason). */
export interface InputFile {
	name: string;
	bytes: Uint8Array | undefined;
	error?: string;
}

/** An existing dataset file: its path (for messages) and its parsed JSON. */
export interface ExistingDataset {
	path: string;
	json: Record<string, unknown>;
}

export interface ImportInput {
	files: readonly InputFile[];
	/** The national series, found by the command (see findNational). */
	national: { path: string; text: string };
	/** The 42 ICBs (data/systems.json). */
	icbs: readonly KnownIcb[];
	/** The dataset files as they are, by id. */
	existing: Partial<Record<DatasetId, ExistingDataset>>;
	/** Where each dataset will be written, by id (for messages). */
	paths: Record<DatasetId, string>;
	/** --as-of, if given. */
	asOf: string | undefined;
}

export type ImportOutcome =
	| { ok: true; files: VirtualWardFile[]; texts: Record<DatasetId, string>; changes: DatasetChanges[] }
	| { ok: false; problems: Problem[] };

/** Runs every check, then builds the datasets. */
export async function importVirtualWards(input: ImportInput): Promise<ImportOutcome> {
	const problems: Problem[] = [];
	const files: VirtualWardFile[] = [];
	for (const f of input.files) {
		if (!f.bytes) {
			problems.push({ file: f.name, field: '', message: f.error ?? 'cannot be read' });
			continue;
		}
		const read = await readVirtualWardWorkbook(f.bytes, f.name);
		if (read.ok) files.push(read.file);
		else problems.push(...read.problems);
	}
	const national = parseNational(input.national.text, input.national.path);
	if (!national.ok) problems.push(...national.problems);

	for (const f of files) {
		const icbProblems = checkIcbs(f, input.icbs);
		problems.push(...icbProblems, ...checkBasis(f));
		// Sums are checked only on a table whose rows are right, and England is compared with the
		// national series only once it adds up, so one mistake is reported once.
		if (icbProblems.length > 0) continue;
		const totals = checkTotals(f);
		problems.push(...totals);
		if (totals.length === 0 && national.ok)
			problems.push(...compareWithNational(f, national.months, input.national.path));
	}
	problems.push(...checkMonths(files));

	// Never drop ICB figures silently: every month that has them now must be among the files.
	const given = new Set(files.map((f) => f.month));
	for (const id of DATASET_IDS) {
		const existing = input.existing[id];
		const observations = (existing?.json['observations'] ?? []) as ComparableObservation[];
		const months = [...new Set(observations.filter((o) => o.area !== 'E92000001').map((o) => o.period))].filter(
			(m) => !given.has(m),
		);
		if (existing && months.length > 0 && problems.length === 0) {
			months.sort((a, b) => monthIndex(a) - monthIndex(b));
			problems.push({
				file: existing.path,
				field: 'observations',
				message: `has ICB figures for ${months.map(formatMonth).join(', ')}, but no file for ${months.length === 1 ? 'that month' : 'those months'} was given: import every monthly file at once (tests/fixtures/virtual-ward-statistics/*.xlsx)`,
			});
			break;
		}
	}
	if (problems.length > 0 || !national.ok) return { ok: false, problems };

	let asOf = input.asOf;
	if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
		return {
			ok: false,
			problems: [
				{
					file: input.paths['vw-capacity'],
					field: '--as-of',
					message: `"${asOf}" is not a date: give the date you checked the figures, YYYY-MM-DD`,
				},
			],
		};
	}
	for (const id of DATASET_IDS) {
		const existingAsOf = input.existing[id]?.json['asOf'];
		asOf ??= typeof existingAsOf === 'string' ? existingAsOf : undefined;
	}
	if (asOf === undefined) {
		return {
			ok: false,
			problems: [
				{
					file: input.paths['vw-capacity'],
					field: '--as-of',
					message: 'does not exist yet: pass --as-of=YYYY-MM-DD, the date you checked the figures',
				},
			],
		};
	}

	let observations: ReturnType<typeof buildObservations>;
	try {
		observations = buildObservations(files, national.months);
	} catch (error) {
		return {
			ok: false,
			problems: [
				{ file: input.national.path, field: 'source', message: error instanceof Error ? error.message : String(error) },
			],
		};
	}
	const existingJson = Object.fromEntries(
		DATASET_IDS.filter((id) => input.existing[id]).map((id) => [id, input.existing[id]?.json]),
	) as Partial<Record<DatasetId, Record<string, unknown>>>;
	const datasets = buildDatasets(observations, existingJson, asOf);
	const texts = {} as Record<DatasetId, string>;
	const changes: DatasetChanges[] = [];
	for (const id of DATASET_IDS) {
		const parsed = parseWithFriendlyErrors(DatasetSchema, datasets[id], input.paths[id]);
		if (!parsed.ok) {
			problems.push(...parsed.problems);
			continue;
		}
		texts[id] = `${JSON.stringify(datasets[id], null, '\t')}\n`;
		const before = input.existing[id]?.json['observations'] as ComparableObservation[] | undefined;
		changes.push(datasetChanges(input.paths[id], before, observations[id]));
	}
	if (problems.length > 0) return { ok: false, problems };
	return { ok: true, files, texts, changes };
}
