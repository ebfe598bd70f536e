/**
 * The checks that run on the files once each is read, before anything is
 * written: the 42 ICBs each once and known; the ICBs adding up to England as
 * published in the same file (capacity, population and, where both are
 * published, patients exactly); every rate and occupancy consistent with its
 * counts within the rounding the file uses; the per-100k denominator matching
 * the month; no month given twice; England's row equal to the national
 * series. Pure.
 */
import type { Problem } from '../problems/problems.ts';
import { formatMonth } from '../format/dates.ts';
import { monthIndex } from '../format/months.ts';
import { per100k } from '../model/rates.ts';
import type { NationalMonth } from './national.ts';
import type { Basis, Measure, VirtualWardFile, VirtualWardRow } from './read-workbook.ts';

/** An ICB the files must list: its ODS code and name (from data/systems.json). */
export interface KnownIcb {
	code: string;
	name: string;
}

/** The per-100k denominator NHS England used for a month: adults 16+ until March 2024, all ages from April 2024. */
export function basisFor(month: string): Basis {
	return monthIndex(month) < monthIndex('2024-04') ? 'adults-16-plus' : 'all-ages';
}

const BASIS_WORDS: Record<Basis, string> = {
	'adults-16-plus': 'GP registered population aged 16 and over',
	'all-ages': 'GP registered population (all ages)',
};

/** Decimal places a number is written with (0.65 → 2; a full-precision fraction → 15 or so). */
export function decimalsOf(value: number): number {
	const text = String(value);
	if (text.includes('e-')) return Number(text.split('e-')[1]) + (text.split('.')[1]?.split('e')[0]?.length ?? 0);
	return text.split('.')[1]?.length ?? 0;
}

/**
 * Whether a stored ratio agrees with the one computed from its counts. The
 * files store either the full value or one rounded to `rounding` places
 * (trailing zeros dropped: 0.99 for 0.990); a rounded value must be within
 * half a unit of its last place, a full one equal up to floating point.
 */
export function ratioConsistent(stored: number, computed: number, rounding: number): boolean {
	const tolerance = decimalsOf(stored) <= rounding ? 10 ** -rounding / 2 : 1e-9 * Math.max(1, Math.abs(computed));
	return Math.abs(stored - computed) <= tolerance + 1e-9;
}

function at(
	file: VirtualWardFile,
	row: VirtualWardRow,
	measure: Measure | 'icbCode' | 'name',
): Omit<Problem, 'message'> {
	const c = file.columns[measure];
	return { file: file.file, line: row.line, column: c.column, field: c.header };
}

/**
 * The ICBs of one file: each of the 42 once, and no other code. A mistyped
 * code is one problem, which names the ICBs the file then has no row for.
 */
export function checkIcbs(file: VirtualWardFile, known: readonly KnownIcb[]): Problem[] {
	const problems: Problem[] = [];
	const codes = new Map(known.map((k) => [k.code, k]));
	const seen = new Map<string, VirtualWardRow>();
	const strangers: VirtualWardRow[] = [];
	for (const row of file.icbs) {
		const first = seen.get(row.area);
		if (first) {
			problems.push({
				...at(file, row, 'icbCode'),
				message: `${row.area} is also on row ${first.line}: each ICB has one row`,
			});
			continue;
		}
		seen.set(row.area, row);
		if (!codes.has(row.area)) strangers.push(row);
	}
	const missing = known.filter((k) => !seen.has(k.code));
	const missingText = missing.map((k) => `${k.code} (${k.name})`).join(', ');
	for (const row of strangers) {
		problems.push({
			...at(file, row, 'icbCode'),
			message: `${row.area} is not one of the ${known.length} ICBs in data/systems.json${missing.length ? `; the file has no row for ${missingText}: is it that code?` : ''} Use the ICB's ODS code, such as QYG; if a new ICB was created, run npm run import:icbs first`,
		});
	}
	if (strangers.length === 0) {
		for (const k of missing)
			problems.push({
				file: file.file,
				field: file.columns.icbCode.header,
				message: `no row for ${k.code} (${k.name}): the table lists all ${known.length} ICBs`,
			});
	}
	return problems;
}

/**
 * The sums and ratios of one file. Run only on a file whose cells all read
 * as numbers or explained markers, so a bad cell is reported once.
 */
export function checkTotals(file: VirtualWardFile): Problem[] {
	const problems: Problem[] = [];
	const { england, icbs } = file;
	const sum = (m: 'capacity' | 'population' | 'patients') => icbs.reduce((a, r) => a + (r[m] ?? 0), 0);
	for (const m of ['capacity', 'population'] as const) {
		const unpublished = icbs.filter((r) => r[m] === null);
		for (const r of unpublished)
			problems.push({
				...at(file, r, m),
				message: `no figure: every ICB's ${m} is published and adds up to England's`,
			});
		const total = sum(m);
		if (unpublished.length === 0 && england[m] !== total) {
			problems.push({
				...at(file, england, m),
				message: `England's ${m} is ${String(england[m])}, but the ${icbs.length} ICBs add up to ${total} (a difference of ${total - (england[m] ?? 0)}): check the England row and the ICB rows`,
			});
		}
	}
	// Patients: an ICB with no published figure ("**" or a failed submission) is not counted in England's.
	const patients = sum('patients');
	if (england.patients !== null && england.patients !== patients) {
		const left = icbs.filter((r) => r.patients === null).map((r) => r.area);
		problems.push({
			...at(file, england, 'patients'),
			message: `England's patients are ${england.patients}, but the ICBs with a published figure add up to ${patients}${left.length ? ` (${left.join(', ')} have none)` : ''}: check the England row and the ICB rows`,
		});
	}
	for (const r of [england, ...icbs]) {
		if (r.capacity !== null && r.population !== null && r.per100kRaw !== null && r.population > 0) {
			const computed = per100k(r.capacity, r.population);
			if (!ratioConsistent(r.per100kRaw, computed, 1)) {
				problems.push({
					...at(file, r, 'per100k'),
					message: `${r.per100kRaw} is not ${r.capacity} beds per ${r.population} people × 100,000 = ${computed.toFixed(3)}: check the capacity, the population and the rate`,
				});
			}
		}
		if (r.notSubmitted || r.capacity === null) continue;
		if (r.occupancyRaw !== null && r.patients !== null && r.capacity > 0) {
			const computed = r.patients / r.capacity;
			if (!ratioConsistent(r.occupancyRaw, computed, 3)) {
				problems.push({
					...at(file, r, 'occupancy'),
					message: `${r.occupancyRaw} is not ${r.patients} patients / ${r.capacity} beds = ${computed.toFixed(4)} (occupancy is stored as a fraction): check the patients, the capacity and the occupancy`,
				});
			}
		}
		if (
			r.markers.occupancy &&
			r.notes.occupancy &&
			r.patients !== null &&
			r.patients <= r.capacity &&
			/over 100%/.test(r.notes.occupancy)
		) {
			problems.push({
				...at(file, r, 'occupancy'),
				message: `"${r.markers.occupancy}" marks occupancy over 100%, but ${r.patients} patients in ${r.capacity} beds is ${((r.patients / r.capacity) * 100).toFixed(1)}%: check the cell`,
			});
		}
	}
	return problems;
}

/** The per-100k column's denominator must be the one NHS England used for the month. */
export function checkBasis(file: VirtualWardFile): Problem[] {
	const expected = basisFor(file.month);
	if (file.basis === expected) return [];
	const c = file.columns.per100k;
	return [
		{
			file: file.file,
			line: file.england.line - 1,
			column: c.column,
			field: c.header,
			message: `the rate is per 100,000 ${BASIS_WORDS[file.basis]}, but NHS England's ${formatMonth(file.month)} figures are per 100,000 ${BASIS_WORDS[expected]}: check the "Month:" cell and the header`,
		},
	];
}

/** A month given twice: every later file naming the first. */
export function checkMonths(files: readonly VirtualWardFile[]): Problem[] {
	const first = new Map<string, VirtualWardFile>();
	const problems: Problem[] = [];
	for (const f of files) {
		const earlier = first.get(f.month);
		if (earlier) {
			problems.push({
				file: f.file,
				line: f.monthLine,
				field: 'Month',
				message: `${formatMonth(f.month)} is also the month of ${earlier.file}: give each month once (remove one of ${earlier.file} and ${f.file})`,
			});
		} else {
			first.set(f.month, f);
		}
	}
	return problems;
}

/** Differences between a file's England row and the national series for the same month (none when equal, or when the series has no such month). */
export function compareWithNational(
	file: VirtualWardFile,
	national: readonly NationalMonth[],
	nationalFile: string,
): Problem[] {
	const n = national.find((m) => m.period === file.month);
	if (!n) return [];
	const pairs: [Measure, number | null, number | null | undefined, string][] = [
		['capacity', file.england.capacity, n.capacityBeds, 'capacityBeds'],
		['per100k', file.england.per100k, n.capacityPer100k, 'capacityPer100k'],
		['population', file.england.population, n.denominatorPopulation ?? null, 'denominatorPopulation'],
		['patients', file.england.patients, n.patientsOnVirtualWard, 'patientsOnVirtualWard'],
		[
			'occupancy',
			file.england.occupancy ??
				(file.england.occupancyRaw === null ? null : Math.round(file.england.occupancyRaw * 1000) / 10),
			n.occupancyPct,
			'occupancyPct',
		],
	];
	return pairs
		.filter(([, a, b]) => a !== b)
		.map(([m, a, b, key]) => ({
			...at(file, file.england, m),
			message: `England's figure is ${String(a)}, but ${nationalFile} gives ${String(b)} for ${file.month} (${key}): correct whichever is wrong; the file is NHS England's publication`,
		}));
}
