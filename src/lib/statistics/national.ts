/**
 * The gathered national series (virtual-wards-national.json): England's
 * monthly figures, from NHS England's files and, for later months, from
 * trade press (flagged secondary). Parsed with a schema, so a broken file is
 * reported like any other editor mistake; and found beside the xlsx files
 * however they are ordered. Pure: the caller passes file reading in.
 */
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { parseWithFriendlyErrors } from '../problems/error-map.ts';
import type { Problem } from '../problems/problems.ts';

/** The national series' file name. */
export const NATIONAL_FILE = 'virtual-wards-national.json';

const count = z.number().int().nonnegative().nullable();

/** One month of the national series. */
export const NationalMonthSchema = z.object({
	/** The month, YYYY-MM. */
	period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month YYYY-MM' }),
	/** England's virtual ward capacity (beds), or null where the source gives none. */
	capacityBeds: count,
	/** Beds per 100,000, as published (1 decimal place). */
	capacityPer100k: z.number().nonnegative().nullable(),
	/** The population the rate is per, where the source gives it. */
	denominatorPopulation: z.number().int().positive().optional(),
	/** The population the rate is per, in words. */
	denominator: z.string().optional(),
	/** Patients on a virtual ward. */
	patientsOnVirtualWard: count,
	/** Occupancy, per cent (1 decimal place). */
	occupancyPct: z.number().nonnegative().nullable(),
	/** Where the figures come from, in words with addresses. */
	source: z.string().min(3),
	/** "primary (...)" or "secondary (...)". */
	sourceType: z.string().regex(/^(primary|secondary)/, { error: 'must start with "primary" or "secondary"' }),
	/** A footnote that explains a figure. */
	note: z.string().optional(),
});
export type NationalMonth = z.output<typeof NationalMonthSchema>;

export type NationalResult = { ok: true; months: NationalMonth[] } | { ok: false; problems: Problem[] };

/** Parses the national series' text; problems name the file and the field. */
export function parseNational(text: string, file: string): NationalResult {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return {
			ok: false,
			problems: [
				{
					file,
					field: '',
					message: `is not valid JSON (${error instanceof Error ? error.message : String(error)}): expected a list of months`,
				},
			],
		};
	}
	const parsed = parseWithFriendlyErrors(z.array(NationalMonthSchema).min(1), json, file);
	if (!parsed.ok) return parsed;
	const seen = new Map<string, number>();
	const problems: Problem[] = [];
	parsed.data.forEach((m, i) => {
		const first = seen.get(m.period);
		if (first !== undefined)
			problems.push({
				file,
				field: `[${i}].period`,
				message: `${m.period} is also the month of entry [${first}]: give each month once`,
			});
		else seen.set(m.period, i);
	});
	return problems.length > 0 ? { ok: false, problems } : { ok: true, months: parsed.data };
}

/** Where to look for the national series: beside each file and in its parent folder, in order, each once. */
export function nationalCandidates(files: readonly string[]): string[] {
	const candidates: string[] = [];
	for (const f of files) {
		for (const c of [join(dirname(f), NATIONAL_FILE), join(dirname(f), '..', NATIONAL_FILE)]) {
			if (!candidates.includes(c)) candidates.push(c);
		}
	}
	return candidates;
}

export type FoundNational = { ok: true; path: string; text: string } | { ok: false; problems: Problem[] };

/**
 * Finds the national series: the path given (--national), else the copies
 * beside the files or in their parent folders. Several copies are fine when
 * they are identical; if they differ the import stops and names them.
 */
export function findNational(
	files: readonly string[],
	given: string | undefined,
	read: (path: string) => string | undefined,
): FoundNational {
	if (given !== undefined) {
		const text = read(given);
		if (text === undefined)
			return {
				ok: false,
				problems: [{ file: given, field: '--national', message: `no such file: pass the path of ${NATIONAL_FILE}` }],
			};
		return { ok: true, path: given, text };
	}
	const found = nationalCandidates(files)
		.map((path) => ({ path, text: read(path) }))
		.filter((c): c is { path: string; text: string } => c.text !== undefined);
	const first = found[0];
	if (!first) {
		const where = [...new Set(files.map((f) => dirname(f)))].join(', ');
		return {
			ok: false,
			problems: [
				{
					file: NATIONAL_FILE,
					field: '--national',
					message: `not found beside the files or in their parent folder (looked in ${where} and the folders above): pass --national=<path to ${NATIONAL_FILE}>`,
				},
			],
		};
	}
	const differing = found.filter((c) => c.text !== first.text);
	if (differing.length > 0) {
		return {
			ok: false,
			problems: [
				{
					file: first.path,
					field: '--national',
					message: `differs from ${differing.map((c) => c.path).join(', ')}: keep one national series, or pass the one to use with --national=<path>`,
				},
			],
		};
	}
	return { ok: true, path: first.path, text: first.text };
}
