/**
 * Mistakes in the statistics an editor imports, one per row: modified copies
 * of NHS England's real files (written with exceljs) or of the national
 * series, in a folder under .tmp/, imported into a copy of data/datasets.
 * Every row checks that the importer exits non-zero with every problem on a
 * line naming the file, the spreadsheet row and column where there is one and
 * the header as the file prints it; that it prints no stack trace; and that
 * nothing was written: the datasets are byte for byte as they were. Some rows
 * run the command itself in a child process, for real exit codes.
 *
 * Each case is one edited file among thirteen workbooks. Reading a workbook
 * is a pure function of its bytes and its name, so in this process each
 * distinct workbook is read once (every case uses the same folder, so the
 * names repeat) and the importer gets the same result for the twelve files
 * a case left alone; the edited one is read for real.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../scripts/import-virtual-wards.ts';
import { ROOT, TMP } from '../helpers/site.ts';

vi.mock(import('../../src/lib/statistics/read-workbook.ts'), async (importOriginal) => {
	const { createHash } = await import('node:crypto');
	const workbook = await importOriginal();
	const seen = new Map<string, Awaited<ReturnType<typeof workbook.readVirtualWardWorkbook>>>();
	const read: typeof workbook.readVirtualWardWorkbook = async (bytes, file) => {
		const key = `${file}\0${createHash('sha256').update(bytes).digest('hex')}`;
		const result = seen.get(key) ?? (await workbook.readVirtualWardWorkbook(bytes, file));
		seen.set(key, result);
		return structuredClone(result);
	};
	return { ...workbook, readVirtualWardWorkbook: read };
});

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'virtual-ward-statistics');
const NATIONAL = 'virtual-wards-national.json';
const XLSX = readdirSync(FIXTURES)
	.filter((f) => f.endsWith('.xlsx'))
	.sort();
const DATASETS = ['vw-capacity.json', 'vw-beds-per-100k.json', 'vw-occupancy.json'];
const HERE = join(TMP, 'mistakes-import');
const committed = new Map(DATASETS.map((f) => [f, readFileSync(join(ROOT, 'data', 'datasets', f))]));

interface Case {
	/** A folder with the 13 real files, the national series beside them, and `out/` with a copy of the datasets. */
	dir: string;
	files: string;
	out: string;
}

/** The case's folder, emptied and filled with the real files; paths are relative to the project, as an editor types them. */
function makeCase(): Case {
	const dir = join(HERE, 'case');
	rmSync(dir, { recursive: true, force: true });
	const files = join(dir, 'statistics');
	const out = join(dir, 'out');
	mkdirSync(files, { recursive: true });
	mkdirSync(out, { recursive: true });
	for (const f of [...XLSX, NATIONAL]) copyFileSync(join(FIXTURES, f), join(files, f));
	for (const f of DATASETS) copyFileSync(join(ROOT, 'data', 'datasets', f), join(out, f));
	return { dir: relative(ROOT, dir), files: relative(ROOT, files), out: relative(ROOT, out) };
}

/** Rewrites one of the case's workbooks with `edit` applied to it. */
async function editWorkbook(
	c: Case,
	file: string,
	edit: (book: ExcelJS.Workbook, sheet: ExcelJS.Worksheet) => void,
): Promise<void> {
	const book = new ExcelJS.Workbook();
	await book.xlsx.readFile(join(FIXTURES, file));
	const sheet = book.getWorksheet('Virtual Ward Data');
	if (!sheet) throw new Error(`${file} has no data sheet`);
	edit(book, sheet);
	await book.xlsx.writeFile(join(ROOT, c.files, file));
}

/** Edits the case's copy of the national series. */
function editNational(path: string, edit: (months: Record<string, unknown>[]) => void): void {
	const months = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
	edit(months);
	writeFileSync(path, JSON.stringify(months, null, 1));
}

const cell = (sheet: ExcelJS.Worksheet, ref: string, value: ExcelJS.CellValue) => {
	sheet.getCell(ref).value = value;
};
const allFiles = (c: Case) => XLSX.map((f) => join(c.files, f));

interface Mistake {
	name: string;
	/** Makes the mistake in a fresh case folder; returns the arguments after --out. */
	make: (c: Case) => Promise<string[]> | string[];
	/** Every line of the problems, each matched by one pattern, in order. */
	lines: RegExp[];
	/** The exit code (1 unless said). */
	code?: number;
	/** Run the command in a child process rather than in this one. */
	cli?: boolean;
}

const MISTAKES: Mistake[] = [
	{
		name: 'a month given twice',
		cli: true,
		make: (c) => {
			copyFileSync(join(FIXTURES, 'VW202312.xlsx'), join(ROOT, c.files, 'VW202312-again.xlsx'));
			return [...allFiles(c), join(c.files, 'VW202312-again.xlsx')];
		},
		lines: [
			/statistics\/VW202312-again\.xlsx:6 → Month: December 2023 is also the month of .*statistics\/VW202312\.xlsx: give each month once \(remove one of .*VW202312\.xlsx and .*VW202312-again\.xlsx\)$/,
		],
	},
	{
		name: "England's capacity not the sum of the ICBs'",
		cli: true,
		make: async (c) => {
			await editWorkbook(c, 'VW202312.xlsx', (_b, s) => cell(s, 'F17', 11806));
			return allFiles(c);
		},
		lines: [
			/VW202312\.xlsx:17:6 → Virtual Ward Capacity \(see note 1\): England's capacity is 11806, but the 42 ICBs add up to 11805 \(a difference of -1\)/,
		],
	},
	{
		name: "an ICB's capacity changed, so England no longer adds up (and the ICB's own rate and occupancy no longer match it)",
		make: async (c) => {
			await editWorkbook(c, 'VW202312.xlsx', (_b, s) => cell(s, 'F18', 500));
			return allFiles(c);
		},
		lines: [
			/VW202312\.xlsx:17:6 → Virtual Ward Capacity \(see note 1\): England's capacity is 11805, but the 42 ICBs add up to \d+/,
			/VW202312\.xlsx:18:7 → Virtual Ward Capacity per 100,000 GP registered population aged 16 years and over \(see note 2\): \S+ is not 500 beds per 2274535 people/,
			/VW202312\.xlsx:18:10 → Occupancy % \(see note 5\): \S+ is not \d+ patients \/ 500 beds/,
		],
	},
	{
		name: "England's patients not the sum of the ICBs'",
		make: async (c) => {
			await editWorkbook(c, 'VW202312.xlsx', (_b, s) => cell(s, 'I17', 8587));
			return allFiles(c);
		},
		lines: [
			/VW202312\.xlsx:17:9 → Patients in a Virtual Ward \(see notes 1 and 4\): England's patients are 8587, but the ICBs with a published figure add up to 8586/,
		],
	},
	{
		name: 'an occupancy that is not patients / capacity',
		make: async (c) => {
			await editWorkbook(c, 'VW202312.xlsx', (_b, s) => cell(s, 'J18', 0.9));
			return allFiles(c);
		},
		lines: [
			/VW202312\.xlsx:18:10 → Occupancy % \(see note 5\): 0\.9 is not \d+ patients \/ \d+ beds = 0\.\d{4} \(occupancy is stored as a fraction\)/,
		],
	},
	{
		name: 'a damaged (cut short) workbook',
		cli: true,
		make: (c) => {
			const bytes = readFileSync(join(FIXTURES, 'VW202312.xlsx'));
			writeFileSync(join(ROOT, c.files, 'VW202312.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
			return allFiles(c);
		},
		lines: [
			/statistics\/VW202312\.xlsx: cannot be read as an Excel workbook \(\.xlsx\), it may be damaged or cut short \(.+\); expected NHS England's monthly file \(VWyyyymm\.xlsx\) with a sheet "Virtual Ward Data"; download it again$/,
		],
	},
	{
		name: 'an empty file',
		make: (c) => {
			writeFileSync(join(ROOT, c.files, 'VW202312.xlsx'), '');
			return allFiles(c);
		},
		lines: [/statistics\/VW202312\.xlsx: the file is empty \(0 bytes\): expected NHS England's monthly file/],
	},
	{
		name: 'a CSV file renamed .xlsx',
		cli: true,
		make: (c) => {
			writeFileSync(
				join(ROOT, c.files, 'VW202312.xlsx'),
				'Region,Region Code,ICB code,Name,Virtual Ward Capacity\r\nNorth West,Y62,QYG,NHS Cheshire and Merseyside,401\r\n',
			);
			return allFiles(c);
		},
		lines: [
			/statistics\/VW202312\.xlsx: is not an Excel workbook \(\.xlsx\): it starts with "Region,Region Code,ICB c", not a zip archive; expected .*not a CSV or text file renamed \.xlsx$/,
		],
	},
	{
		name: 'a text file renamed .xlsx',
		make: (c) => {
			writeFileSync(join(ROOT, c.files, 'VW202312.xlsx'), 'Virtual ward statistics, December 2023\n');
			return allFiles(c);
		},
		lines: [
			/statistics\/VW202312\.xlsx: is not an Excel workbook \(\.xlsx\): it starts with "Virtual ward statistics,"/,
		],
	},
	{
		name: 'the data sheet renamed',
		make: async (c) => {
			await editWorkbook(c, 'VW202312.xlsx', (_b, s) => {
				s.name = 'Data';
			});
			return allFiles(c);
		},
		lines: [
			/VW202312\.xlsx → Virtual Ward Data: no sheet named "Virtual Ward Data" \(the sheets are "Notes", "Data"\)/,
		],
	},
	{
		name: 'a column header renamed',
		cli: true,
		make: async (c) => {
			await editWorkbook(c, 'VW202405.xlsx', (_b, s) => cell(s, 'J16', 'Occupancy rate'));
			return allFiles(c);
		},
		lines: [
			/VW202405\.xlsx:16 → Virtual Ward Data: no column headed "Occupancy %" in the header row \(the headers are .*"Occupancy rate"\); expected the headers "ICB code", "Name", "Virtual Ward Capacity", .*"Occupancy %"$/,
		],
	},
	{
		name: 'a capacity that is not a number',
		make: async (c) => {
			await editWorkbook(c, 'VW202312.xlsx', (_b, s) => cell(s, 'F19', 'n/a'));
			return allFiles(c);
		},
		lines: [
			/VW202312\.xlsx:19:6 → Virtual Ward Capacity \(see note 1\): "n\/a" is not a number: expected the number of beds, such as 401$/,
		],
	},
	{
		name: 'a negative capacity',
		make: async (c) => {
			await editWorkbook(c, 'VW202312.xlsx', (_b, s) => cell(s, 'F19', -5));
			return allFiles(c);
		},
		lines: [
			/VW202312\.xlsx:19:6 → Virtual Ward Capacity \(see note 1\): -5 is negative: expected the number of beds, such as 401 \(0 or more\)$/,
		],
	},
	{
		name: 'an unknown ICB code',
		make: async (c) => {
			await editWorkbook(c, 'VW202312.xlsx', (_b, s) => cell(s, 'D18', 'QZZ'));
			return allFiles(c);
		},
		lines: [
			/VW202312\.xlsx:18:4 → ICB code: QZZ is not one of the 42 ICBs in data\/systems\.json; the file has no row for QYG \(NHS Cheshire and Merseyside Integrated Care Board\): is it that code\?/,
		],
	},
	{
		name: "England's row missing",
		make: async (c) => {
			await editWorkbook(c, 'VW202312.xlsx', (_b, s) => s.spliceRows(17, 1));
			return allFiles(c);
		},
		lines: [
			/VW202312\.xlsx:17 → Name: no ENGLAND row: the first row under the headers is England's total, named "ENGLAND" or "ENGLAND\*"$/,
		],
	},
	{
		name: 'the national series disagreeing with the file',
		make: (c) => {
			editNational(join(ROOT, c.files, NATIONAL), (months) => {
				const december = months.find((m) => m['period'] === '2023-12');
				if (december) december['occupancyPct'] = 72.8;
			});
			return allFiles(c);
		},
		lines: [
			/VW202312\.xlsx:17:10 → Occupancy % \(see note 5\): England's figure is 72\.7, but .*statistics\/virtual-wards-national\.json gives 72\.8 for 2023-12 \(occupancyPct\)/,
		],
	},
	{
		name: 'no national series beside the files or above them',
		cli: true,
		make: (c) => {
			rmSync(join(ROOT, c.files, NATIONAL));
			return allFiles(c);
		},
		lines: [
			/virtual-wards-national\.json → --national: not found beside the files or in their parent folder \(looked in .*statistics and the folders above\): pass --national=<path to virtual-wards-national\.json>$/,
		],
	},
	{
		name: 'two national series that differ',
		make: (c) => {
			copyFileSync(join(FIXTURES, NATIONAL), join(ROOT, c.dir, NATIONAL));
			editNational(join(ROOT, c.dir, NATIONAL), (months) => months.pop());
			return allFiles(c);
		},
		lines: [
			/statistics\/virtual-wards-national\.json → --national: differs from .*mistakes-import\/[^/]+\/virtual-wards-national\.json: keep one national series/,
		],
	},
	{
		name: 'a broken national series',
		make: (c) => {
			editNational(join(ROOT, c.files, NATIONAL), (months) => {
				(months[0] as Record<string, unknown>)['capacityBeds'] = 'many';
			});
			return allFiles(c);
		},
		lines: [/virtual-wards-national\.json → \[0\]\.capacityBeds: /],
	},
	{
		name: 'a footnote marker the file does not explain',
		make: async (c) => {
			await editWorkbook(c, 'VW202312.xlsx', (_b, s) => cell(s, 'I18', '**'));
			return allFiles(c);
		},
		lines: [
			/VW202312\.xlsx:18:9 → Patients in a Virtual Ward \(see notes 1 and 4\): "\*\*" is a footnote marker, but the file has no footnote starting with \*\* to explain it$/,
		],
	},
	{
		name: 'an ICB name marked * with no footnote',
		make: async (c) => {
			await editWorkbook(c, 'VW202312.xlsx', (_b, s) =>
				cell(s, 'E18', 'NHS Cheshire and Merseyside Integrated Care Board*'),
			);
			return allFiles(c);
		},
		lines: [
			/VW202312\.xlsx:18:5 → Name: "NHS Cheshire and Merseyside Integrated Care Board\*" is marked \*, but no footnote under the table or in the "Notes" sheet starts with \* to explain it$/,
		],
	},
	{
		name: 'occupancy marked over 100% where patients do not exceed capacity',
		make: async (c) => {
			await editWorkbook(c, 'VW202312.xlsx', (_b, s) => cell(s, 'J18', '100%*'));
			return allFiles(c);
		},
		lines: [
			/VW202312\.xlsx:18:10 → Occupancy % \(see note 5\): "100%\*" marks occupancy over 100%, but \d+ patients in \d+ beds is \d+\.\d%: check the cell$/,
		],
	},
	{
		name: 'a per-100k column for adults 16+ in a month NHS England gives per all ages',
		make: async (c) => {
			await editWorkbook(c, 'VW202405.xlsx', (_b, s) =>
				cell(
					s,
					'G16',
					'Virtual Ward Capacity per 100,000 GP registered population aged 16 years and over\n(see note 2) ',
				),
			);
			return allFiles(c);
		},
		lines: [
			/VW202405\.xlsx:16:7 → Virtual Ward Capacity per 100,000 GP registered population aged 16 years and over \(see note 2\): the rate is per 100,000 GP registered population aged 16 and over, but NHS England's May 2024 figures are per 100,000 GP registered population \(all ages\)/,
		],
	},
	{
		name: 'a month cell that is not a month',
		make: async (c) => {
			await editWorkbook(c, 'VW202312.xlsx', (_b, s) => cell(s, 'C6', 'Dec-23'));
			return allFiles(c);
		},
		lines: [
			/VW202312\.xlsx:6:3 → Month: "Dec-23" is not a month: expected the month the figures are for, such as "July 2023"/,
		],
	},
	{
		name: 'mistakes in two files at once, all listed',
		make: async (c) => {
			await editWorkbook(c, 'VW202307.xlsx', (_b, s) => cell(s, 'F19', 'abc'));
			await editWorkbook(c, 'VW202401.xlsx', (_b, s) => cell(s, 'D20', 'QE9'));
			writeFileSync(join(ROOT, c.files, 'VW202405.xlsx'), '');
			return allFiles(c);
		},
		lines: [
			/VW202307\.xlsx:19:6 → Virtual Ward Capacity \(see note 1\): "abc" is not a number/,
			/VW202401\.xlsx:20:4 → ICB code: QE9 is not one of the 42 ICBs/,
			/VW202405\.xlsx: the file is empty/,
		],
	},
	{
		name: 'some months only, which would drop the ICB figures of the others',
		make: (c) => [join(c.files, 'VW202407.xlsx')],
		lines: [
			/out\/vw-capacity\.json → observations: has ICB figures for July 2023, August 2023, .*June 2024, but no file for those months was given: import every monthly file at once/,
		],
	},
	{
		name: 'an as-of that is not a date',
		make: (c) => ['--as-of=25/11/2026', ...allFiles(c)],
		lines: [
			/out\/vw-capacity\.json → --as-of: "25\/11\/2026" is not a date: give the date you checked the figures, YYYY-MM-DD$/,
		],
	},
	{
		name: 'a file that does not exist',
		make: (c) => [...allFiles(c), join(c.files, 'VW202408.xlsx')],
		lines: [/statistics\/VW202408\.xlsx: no such file: check the path$/],
	},
	{
		name: 'no files at all',
		cli: true,
		code: 2,
		make: () => [],
		lines: [],
	},
];

interface Result {
	code: number;
	stdout: string;
	stderr: string;
}

async function importWith(args: string[], cli: boolean): Promise<Result> {
	if (cli) {
		const child = spawnSync(join(ROOT, 'node_modules', '.bin', 'node'), ['scripts/import-virtual-wards.ts', ...args], {
			cwd: ROOT,
			encoding: 'utf8',
		});
		return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
	}
	const out: string[] = [];
	const err: string[] = [];
	const code = await run(args, { log: (l) => out.push(l), error: (l) => err.push(l) });
	return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

beforeAll(() => {
	// The command names files relative to the folder it runs in: the project, like an editor.
	expect(process.cwd()).toBe(ROOT);
	rmSync(HERE, { recursive: true, force: true });
});
afterAll(() => rmSync(HERE, { recursive: true, force: true }));

describe('statistics mistakes', () => {
	it('has at least 12 distinct mistakes, a handful run as the real command', () => {
		expect(new Set(MISTAKES.map((m) => m.name)).size).toBe(MISTAKES.length);
		expect(MISTAKES.length).toBeGreaterThanOrEqual(12);
		expect(MISTAKES.filter((m) => m.cli).length).toBeGreaterThanOrEqual(5);
	});

	it('imports a rewritten but unchanged copy of the files cleanly (so each row below fails for its mistake alone)', async () => {
		const c = makeCase();
		await editWorkbook(c, 'VW202312.xlsx', () => undefined);
		const result = await importWith([`--out=${c.out}`, ...allFiles(c)], false);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Read 13 files \(2023-07 to 2024-07\)/);
		for (const f of DATASETS) expect(readFileSync(join(ROOT, c.out, f)), f).toEqual(committed.get(f));
	});

	it.each(MISTAKES.map((m) => [m.name, m] as const))(
		'%s',
		async (_name, mistake) => {
			const c = makeCase();
			const args = await mistake.make(c);
			const result = await importWith([`--out=${c.out}`, ...args], mistake.cli === true);
			expect(result.code, result.stderr).toBe(mistake.code ?? 1);
			expect(result.stdout).toBe('');
			expect(result.stderr).not.toMatch(/^\s+at |Error:|node:internal/m);
			if (mistake.code === 2) {
				expect(result.stderr).toMatch(/^usage: npm run import:virtual-wards/m);
			} else {
				const lines = result.stderr.trimEnd().split('\n');
				const n = mistake.lines.length;
				expect(lines[0]).toBe(`${n} problem${n === 1 ? '' : 's'} in content or data:`);
				expect(lines.slice(1, -1), result.stderr).toHaveLength(n);
				mistake.lines.forEach((pattern, j) => expect(lines[j + 1], result.stderr).toMatch(pattern));
				expect(lines.at(-1)).toBe('Nothing was written.');
			}
			// Nothing written, in the output folder or in the project.
			expect(readdirSync(join(ROOT, c.out)).sort()).toEqual([...DATASETS].sort());
			for (const f of DATASETS) {
				expect(readFileSync(join(ROOT, c.out, f)), f).toEqual(committed.get(f));
				expect(readFileSync(join(ROOT, 'data', 'datasets', f)), f).toEqual(committed.get(f));
			}
			expect(existsSync(join(ROOT, 'data', 'datasets', `${DATASETS[0]}.tmp`))).toBe(false);
		},
		60_000,
	); // a row run as the command starts Node and reads thirteen workbooks: seconds on a loaded machine
});
