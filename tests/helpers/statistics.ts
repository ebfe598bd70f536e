/**
 * NHS England's 13 monthly virtual ward files and the gathered national series,
 * committed as fixtures in tests/fixtures/virtual-ward-statistics/ (so CI needs
 * nothing outside the repository), with the 42 ICBs they name (icbs.json): what
 * the importer's unit tests read. None of it is the site's content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNational, type NationalMonth } from '../../src/lib/statistics/national.ts';
import { readVirtualWardWorkbook, type VirtualWardFile } from '../../src/lib/statistics/read-workbook.ts';
import { ROOT } from '../../scripts/lib/project-copy.ts';

/** The folder of the monthly files. */
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'virtual-ward-statistics');
/** The gathered national series beside them. */
export const NATIONAL = join(FIXTURES, 'virtual-wards-national.json');
/** The monthly files' names, in month order (VW202307.xlsx …). */
export const NAMES = readdirSync(FIXTURES)
	.filter((f) => f.endsWith('.xlsx'))
	.sort();

/** The national series, parsed; throws if the fixture does not parse. */
export function nationalSeries(): NationalMonth[] {
	const result = parseNational(readFileSync(NATIONAL, 'utf8'), 'virtual-wards-national.json');
	if (!result.ok) throw new Error('the national series fixture does not parse');
	return result.months;
}

/** The 42 ICBs the files name, by code and name (a copy of data/systems.json's ids and names when the files were taken). */
export const ICBS = JSON.parse(readFileSync(join(FIXTURES, 'icbs.json'), 'utf8')) as { code: string; name: string }[];

/** Every monthly file, read; throws if one does not read. */
export async function readFixtureFiles(): Promise<VirtualWardFile[]> {
	const files: VirtualWardFile[] = [];
	for (const name of NAMES) {
		const read = await readVirtualWardWorkbook(readFileSync(join(FIXTURES, name)), name);
		if (!read.ok) throw new Error(`${name}: ${JSON.stringify(read.problems)}`);
		files.push(read.file);
	}
	return files;
}
