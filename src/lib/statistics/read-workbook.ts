/**
 * Reads one of NHS England's monthly virtual ward statistics files
 * (VWyyyymm.xlsx, "Virtual Ward Capacity and Occupancy monthly statistics in
 * England") into rows with their footnotes. Takes the file's bytes, so it
 * never touches the disk; every problem is a {@link Problem} naming the file,
 * the spreadsheet row (line), the column and the header text as printed.
 *
 * The files' quirks (see tests/fixtures/virtual-ward-statistics/LAYOUT.md):
 * header cells with line breaks and trailing spaces; England's row named
 * "ENGLAND" or "ENGLAND*"; rows in a different order from March 2024;
 * occupancy stored as a fraction, sometimes rounded to 3 places; occupancy
 * over 100% suppressed as "*" (July 2023) or "100%*"; "**" where an ICB sent
 * no activity data (explained in the Notes sheet); a name marked "*" and
 * explained in a row under the table (January 2024: an ICB that did not
 * submit, shown as 0); the per-100k denominator changing from adults aged 16+
 * to all ages in April 2024.
 */
import ExcelJS from 'exceljs';
import type { Problem } from '../problems/problems.ts';
import { MONTH_NAMES } from '../format/months.ts';
import { roundTo } from '../model/rates.ts';

/** England's area code. */
export const ENGLAND = 'E92000001';
/** The sheet that holds the table. */
export const DATA_SHEET = 'Virtual Ward Data';
/** The sheet whose "Data Quality:" paragraph explains the markers. */
export const NOTES_SHEET = 'Notes';
/** Month names in lower case, to read "July 2023" whatever its case. */
const MONTHS: readonly string[] = MONTH_NAMES.map((m) => m.toLowerCase());

/** The two per-100k denominators NHS England has used. */
export type Basis = 'adults-16-plus' | 'all-ages';

/** The columns the importer reads. */
export type Column = 'icbCode' | 'name' | 'capacity' | 'per100k' | 'population' | 'patients' | 'occupancy';
/** The figures of a row. */
export type Measure = Exclude<Column, 'icbCode' | 'name'>;
export const MEASURES: readonly Measure[] = ['capacity', 'per100k', 'population', 'patients', 'occupancy'];

/**
 * The columns as their headers are printed in the files (line breaks and the
 * "(see note n)" left out), in the order of the table. A header matches when
 * it starts with this text, ignoring case and runs of spaces; the longest
 * match wins (capacity per 100,000 before capacity).
 */
export const HEADERS: Record<Column, string> = {
	icbCode: 'ICB code',
	name: 'Name',
	capacity: 'Virtual Ward Capacity',
	per100k: 'Virtual Ward Capacity per 100,000 GP registered population',
	population: 'GP registered population',
	patients: 'Patients in a Virtual Ward',
	occupancy: 'Occupancy %',
};

/** Where a column is: its 1-based spreadsheet column and its header as printed (spaces tidied). */
export interface ColumnAt {
	column: number;
	header: string;
}

/** One row of the table: England or an ICB, its figures as published, and the footnotes that explain them. */
export interface VirtualWardRow {
	/** E92000001 for England, or the ICB's ODS code. */
	area: string;
	/** The name as printed, without footnote markers. */
	name: string;
	/** The spreadsheet row. */
	line: number;
	/** Beds; null only if the file printed none. */
	capacity: number | null;
	/** Per 100,000 as stored (unrounded in some months). */
	per100kRaw: number | null;
	/** Per 100,000, rounded to 1 decimal place as NHS England prints it. */
	per100k: number | null;
	population: number | null;
	/** Patients; null where the file gives none (a marker) or the footnote says the 0 is not a measurement. */
	patients: number | null;
	/** Occupancy as stored: a fraction (0.641 = 64.1%). */
	occupancyRaw: number | null;
	/** Occupancy as a percentage rounded to 1 decimal place; null where suppressed or not submitted. */
	occupancy: number | null;
	/** The footnote that explains each figure, in the file's words. */
	notes: Partial<Record<Measure, string>>;
	/** The marker printed in place of a figure, if any ("100%*", "**"). */
	markers: Partial<Record<Measure, string>>;
	/** true when a footnote says the ICB did not submit (its zeros are not measurements). */
	notSubmitted: boolean;
	/** 100 where NHS England printed "100%*" (reported occupancy over 100%, the figure suppressed); else undefined. */
	occupancyExceeds?: number;
}

/** One monthly file, read. */
export interface VirtualWardFile {
	/** The file as the user named it. */
	file: string;
	/** YYYY-MM, from the "Month:" cell. */
	month: string;
	/** The spreadsheet row of the "Month:" cell. */
	monthLine: number;
	/** YYYY-MM-DD, from the "Published:" cell. */
	published: string;
	/** The per-100k denominator, from the header of that column. */
	basis: Basis;
	columns: Record<Column, ColumnAt>;
	england: VirtualWardRow;
	icbs: VirtualWardRow[];
}

export type ReadResult = { ok: true; file: VirtualWardFile } | { ok: false; problems: Problem[] };

/** The note carried on an occupancy NHS England suppressed because it was over 100%. */
export const SUPPRESSED_NOTE = 'Occupancy over 100%: suppressed by NHS England as a likely data quality issue.';

/** The value a suppressed occupancy was reported over: 100 (%). */
export const SUPPRESSED_ABOVE = 100;

/** A cell's value as text or number: formulas give their result, rich text its plain text, errors null. */
export function cellValue(value: ExcelJS.CellValue): string | number | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'number') return value;
	if (typeof value === 'string') return value;
	if (typeof value === 'boolean') return String(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') {
		if ('result' in value) return cellValue(value.result);
		if ('richText' in value) return value.richText.map((r) => r.text).join('');
		if ('text' in value) return typeof value.text === 'string' ? value.text : cellValue(value.text);
		if ('error' in value) return null;
	}
	return null;
}

/** Header text with line breaks and runs of spaces made single spaces. */
export function tidyHeader(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Header text tidied and in lower case, for matching. */
export function normaliseHeader(text: string): string {
	return tidyHeader(text).toLowerCase();
}

/** "July 2023" → "2023-07"; undefined if it is not a month. */
export function parseMonthName(text: string): string | undefined {
	const m = /^([A-Za-z]+)\s+(\d{4})$/.exec(text.trim());
	const i = m ? MONTHS.indexOf((m[1] ?? '').toLowerCase()) : -1;
	if (!m || i < 0) return undefined;
	return `${m[2]}-${String(i + 1).padStart(2, '0')}`;
}

/** "10th August 2023" → "2023-08-10"; undefined if it is not such a date. */
export function parseLongDate(text: string): string | undefined {
	const m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})$/.exec(text.trim());
	const i = m ? MONTHS.indexOf((m[2] ?? '').toLowerCase()) : -1;
	if (!m || i < 0) return undefined;
	return `${m[3]}-${String(i + 1).padStart(2, '0')}-${String(m[1]).padStart(2, '0')}`;
}

/** Which column a header is: the longest expected header it starts with. */
function columnOf(header: string): Column | undefined {
	const h = normaliseHeader(header);
	let best: Column | undefined;
	for (const [column, expected] of Object.entries(HEADERS) as [Column, string][]) {
		const e = expected.toLowerCase();
		const matches = column === 'icbCode' || column === 'name' ? h === e : h.startsWith(e);
		if (matches && (!best || e.length > HEADERS[best].length)) best = column;
	}
	return best;
}

/** Splits "NHS X Integrated Care Board*" into the name and its marker. */
function splitMarker(text: string): { name: string; marker: string | undefined } {
	const m = /^(.*?)\s*(\*+)$/.exec(text.trim());
	return m ? { name: (m[1] ?? '').trim(), marker: m[2] } : { name: text.trim(), marker: undefined };
}

/** The first bytes of a file, shown when it is not a workbook. */
function preview(bytes: Uint8Array): string {
	const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.slice(0, 24)).replace(/[^\x20-\x7e]/g, '?');
	return text.trim() === '' ? 'binary data' : `"${text}"`;
}

const WHAT = `NHS England's monthly file (VWyyyymm.xlsx) with a sheet "${DATA_SHEET}"`;

/** Opens the workbook, or says in one line why it cannot be read. */
async function open(
	bytes: Uint8Array,
	file: string,
): Promise<{ ok: true; workbook: ExcelJS.Workbook } | { ok: false; problems: Problem[] }> {
	const fail = (message: string) => ({ ok: false as const, problems: [{ file, field: '', message }] });
	if (bytes.length === 0) return fail(`the file is empty (0 bytes): expected ${WHAT}; download it again`);
	// An .xlsx file is a zip archive, which starts with "PK".
	if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
		return fail(
			`is not an Excel workbook (.xlsx): it starts with ${preview(bytes)}, not a zip archive; expected ${WHAT}, not a CSV or text file renamed .xlsx`,
		);
	}
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return fail(
			`cannot be read as an Excel workbook (.xlsx), it may be damaged or cut short (${reason}); expected ${WHAT}; download it again`,
		);
	}
	return { ok: true, workbook };
}

/** The rows of a sheet as arrays of cell values (index = 1-based column). */
function rowsOf(sheet: ExcelJS.Worksheet): { line: number; cells: (string | number | null)[] }[] {
	const rows: { line: number; cells: (string | number | null)[] }[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, line) => {
		const values = row.values as ExcelJS.CellValue[];
		const cells: (string | number | null)[] = [];
		for (let c = 0; c < values.length; c++) cells[c] = cellValue(values[c]);
		rows.push({ line, cells });
	});
	return rows;
}

/**
 * The footnotes that explain markers, by marker: rows under the table that
 * start with "*" or "**", and paragraphs of the Notes sheet that do. Also
 * whether the Notes sheet explains the suppression of occupancy over 100%.
 */
function footnotesOf(
	below: string[],
	notes: string[],
): { byMarker: Map<string, string>; suppressionExplained: boolean } {
	const byMarker = new Map<string, string>();
	const paragraphs = [...below, ...notes.flatMap((t) => t.split(/\n\s*\n/))]
		.map((p) => p.trim())
		.filter((p) => p !== '');
	for (const p of paragraphs) {
		const m = /^(\*+)\s*([\s\S]+)$/.exec(p);
		if (m && !byMarker.has(m[1] as string)) byMarker.set(m[1] as string, (m[2] as string).replace(/\s+/g, ' ').trim());
	}
	const suppressionExplained = notes.some((t) => /exceeds 100%/i.test(t) && /suppressed|100%\*/i.test(t));
	return { byMarker, suppressionExplained };
}

/** Whether a footnote says the ICB did not submit, so the zeros the file prints are not measurements. */
export function saysNotSubmitted(note: string): boolean {
	return /did not (complete a successful submission|submit)/i.test(note);
}

/**
 * Reads one monthly file. Structural problems (not a workbook, no sheet, no
 * header row, a missing column, no "Month:") are reported as one line for the
 * file; problems in cells are listed one per cell.
 */
export async function readVirtualWardWorkbook(bytes: Uint8Array, file: string): Promise<ReadResult> {
	const opened = await open(bytes, file);
	if (!opened.ok) return opened;
	const { workbook } = opened;
	const sheet = workbook.getWorksheet(DATA_SHEET);
	if (!sheet) {
		const names = workbook.worksheets.map((s) => `"${s.name}"`).join(', ') || 'none';
		return {
			ok: false,
			problems: [
				{
					file,
					field: DATA_SHEET,
					message: `no sheet named "${DATA_SHEET}" (the sheets are ${names}); expected ${WHAT}`,
				},
			],
		};
	}
	const notesSheet = workbook.getWorksheet(NOTES_SHEET);
	const notesText = notesSheet
		? rowsOf(notesSheet).flatMap((r) => r.cells.filter((c): c is string => typeof c === 'string'))
		: [];
	const rows = rowsOf(sheet);
	const fail = (problem: Omit<Problem, 'file'>): ReadResult => ({ ok: false, problems: [{ file, ...problem }] });

	// Above the table: "Month:" and "Published:" labels with the value in the next cell.
	let month: string | undefined;
	let monthLine = 0;
	let published: string | undefined;
	const headerIndex = rows.findIndex((r) =>
		r.cells.some((c) => typeof c === 'string' && normaliseHeader(c) === 'icb code'),
	);
	const above = headerIndex < 0 ? rows : rows.slice(0, headerIndex);
	for (const { line, cells } of above) {
		for (let c = 0; c < cells.length; c++) {
			const label = cells[c];
			if (typeof label !== 'string') continue;
			const next = cells[c + 1];
			const text = typeof next === 'string' ? next : next === null || next === undefined ? '' : String(next);
			if (label.trim() === 'Month:') {
				month = parseMonthName(text);
				monthLine = line;
				if (!month)
					return fail({
						line,
						column: c + 1,
						field: 'Month',
						message: `"${text}" is not a month: expected the month the figures are for, such as "July 2023", in the cell after "Month:"`,
					});
			}
			if (label.trim() === 'Published:') {
				published = parseLongDate(text);
				if (!published)
					return fail({
						line,
						column: c + 1,
						field: 'Published',
						message: `"${text}" is not a date: expected the publication date, such as "10th August 2023", in the cell after "Published:"`,
					});
			}
		}
	}
	const expectedHeaders = Object.values(HEADERS)
		.map((h) => `"${h}"`)
		.join(', ');
	if (headerIndex < 0) {
		return fail({
			field: DATA_SHEET,
			message: `no header row on sheet "${DATA_SHEET}": expected a row with the headers ${expectedHeaders}`,
		});
	}
	if (!month)
		return fail({
			field: 'Month',
			message: `no "Month:" cell above the table on sheet "${DATA_SHEET}": expected "Month:" followed by the month, such as "July 2023"`,
		});
	if (!published)
		return fail({
			field: 'Published',
			message: `no "Published:" cell above the table on sheet "${DATA_SHEET}": expected "Published:" followed by a date such as "10th August 2023"`,
		});

	const header = rows[headerIndex] as (typeof rows)[number];
	const found = new Map<Column, ColumnAt>();
	header.cells.forEach((c, column) => {
		if (typeof c !== 'string') return;
		const which = columnOf(c);
		if (which && !found.has(which)) found.set(which, { column, header: tidyHeader(c) });
	});
	const missing = (Object.keys(HEADERS) as Column[]).filter((c) => !found.has(c));
	if (missing.length > 0) {
		const printed = header.cells
			.filter((c): c is string => typeof c === 'string')
			.map((c) => `"${tidyHeader(c)}"`)
			.join(', ');
		return fail({
			line: header.line,
			field: DATA_SHEET,
			message: `no column headed ${missing.map((c) => `"${HEADERS[c]}"`).join(', ')} in the header row (the headers are ${printed}); expected the headers ${expectedHeaders}`,
		});
	}
	const columns = Object.fromEntries(found) as Record<Column, ColumnAt>;
	const basis: Basis = /aged 16/i.test(columns.per100k.header) ? 'adults-16-plus' : 'all-ages';

	// The table runs while rows have a name; text in rows below it is footnotes.
	const tableRows: typeof rows = [];
	const below: string[] = [];
	for (const r of rows.slice(headerIndex + 1)) {
		const name = r.cells[columns.name.column];
		if (typeof name === 'string' && name.trim() !== '' && below.length === 0) tableRows.push(r);
		else below.push(...r.cells.filter((c): c is string => typeof c === 'string' && c.trim() !== ''));
	}
	const { byMarker, suppressionExplained } = footnotesOf(below, notesText);

	const problems: Problem[] = [];
	let england: VirtualWardRow | undefined;
	const icbs: VirtualWardRow[] = [];
	for (const { line, cells } of tableRows) {
		const at = (c: Column) => ({ file, line, column: columns[c].column, field: columns[c].header });
		const { name, marker: nameMarker } = splitMarker(String(cells[columns.name.column]));
		const isEngland = name.toUpperCase() === 'ENGLAND';
		const code = cells[columns.icbCode.column];
		const area = isEngland ? ENGLAND : typeof code === 'string' ? code.trim() : String(code ?? '');
		const row: VirtualWardRow = {
			area,
			name,
			line,
			capacity: null,
			per100kRaw: null,
			per100k: null,
			population: null,
			patients: null,
			occupancyRaw: null,
			occupancy: null,
			notes: {},
			markers: {},
			notSubmitted: false,
		};
		let rowNote: string | undefined;
		if (nameMarker) {
			rowNote = byMarker.get(nameMarker);
			// From January 2024 England's row is named "ENGLAND*" in every file, but only January's file
			// explains the star (a footnote under the table); without a footnote there is nothing to carry.
			if (!rowNote && !isEngland) {
				problems.push({
					...at('name'),
					message: `"${name}${nameMarker}" is marked ${nameMarker}, but no footnote under the table or in the "${NOTES_SHEET}" sheet starts with ${nameMarker} to explain it`,
				});
			}
		}
		if (!isEngland && !/^Q[A-Z0-9]{2}$/.test(area)) {
			problems.push({
				...at('icbCode'),
				message: `${JSON.stringify(code ?? '')} is not an ICB code: expected an ODS code such as QYG (England's row is named "ENGLAND")`,
			});
		}
		const number = (c: Measure, what: string): number | null => {
			const v = cells[columns[c].column];
			const text = typeof v === 'string' ? v.trim() : undefined;
			if (typeof v === 'number') {
				if (!Number.isFinite(v) || v < 0) {
					problems.push({ ...at(c), message: `${v} is negative: expected ${what} (0 or more)` });
					return null;
				}
				return v;
			}
			if (text !== undefined && /^\*+$|^100%\*$/.test(text) && (c === 'patients' || c === 'occupancy')) {
				const suppression = c === 'occupancy' && (text === '100%*' || text === '*') && suppressionExplained;
				const note = suppression ? SUPPRESSED_NOTE : byMarker.get(text.replace(/^100%/, ''));
				if (!note) {
					problems.push({
						...at(c),
						message: `"${text}" is a footnote marker, but the file has no footnote starting with ${text.replace(/^100%/, '')} to explain it`,
					});
					return null;
				}
				row.markers[c] = text;
				row.notes[c] = note;
				if (suppression) row.occupancyExceeds = SUPPRESSED_ABOVE;
				return null;
			}
			const shown = v === null || v === undefined || text === '' ? 'empty' : JSON.stringify(v);
			const markers = c === 'patients' || c === 'occupancy' ? ' or a footnote marker ("100%*", "**")' : '';
			problems.push({ ...at(c), message: `${shown} is not a number: expected ${what}${markers}` });
			return null;
		};
		row.capacity = number('capacity', 'the number of beds, such as 401');
		row.per100kRaw = number('per100k', 'beds per 100,000 people, such as 17.6');
		row.population = number('population', 'the number of people, such as 2274535');
		row.patients = number('patients', 'the number of patients, such as 255');
		row.occupancyRaw = number('occupancy', 'occupancy as a fraction, such as 0.636');
		for (const [c, v] of [
			['capacity', row.capacity],
			['population', row.population],
			['patients', row.patients],
		] as const) {
			if (v !== null && !Number.isInteger(v))
				problems.push({ ...at(c), message: `${v} is not a whole number: expected a count` });
		}
		row.per100k = row.per100kRaw === null ? null : roundTo(row.per100kRaw, 1);
		row.occupancy = row.occupancyRaw === null ? null : roundTo(row.occupancyRaw * 100, 1);
		if (rowNote) {
			// A failed submission concerns the activity figures (patients, and so occupancy), not capacity or its rate.
			const qualified = saysNotSubmitted(rowNote) ? (['patients', 'occupancy'] as const) : MEASURES;
			for (const m of qualified) row.notes[m] ??= rowNote;
			if (!isEngland && saysNotSubmitted(rowNote)) {
				// The file prints 0 for an ICB that did not submit; that 0 is not a measurement.
				row.notSubmitted = true;
				row.patients = null;
				row.occupancy = null;
			}
		}
		if (isEngland) {
			if (england)
				problems.push({
					...at('name'),
					message: `a second ENGLAND row (the first is row ${england.line}): a file has one national total`,
				});
			else england = row;
		} else {
			icbs.push(row);
		}
	}
	if (!england) {
		problems.push({
			file,
			line: header.line + 1,
			field: columns.name.header,
			message: `no ENGLAND row: the first row under the headers is England's total, named "ENGLAND" or "ENGLAND*"`,
		});
	}
	if (problems.length > 0 || !england) return { ok: false, problems };
	return { ok: true, file: { file, month, monthLine, published, basis, columns, england, icbs } };
}
