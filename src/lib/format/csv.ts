/**
 * CSV as RFC 4180 describes it: CRLF line ends, a header row, fields that
 * contain a comma, a double quote or a line break are quoted, and quotes
 * inside are doubled. Numbers are written unformatted (12365, not 12,365), and
 * a missing value is an empty field. Pure.
 */

export type CsvValue = string | number | boolean | null | undefined;

function field(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	const text = typeof value === 'number' ? numberText(value) : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function numberText(n: number): string {
	if (!Number.isFinite(n)) throw new RangeError(`cannot write ${n} to CSV`);
	return String(n);
}

/** Writes a header row and data rows; every row must have as many fields as the header. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
	const lines = [header.map(field).join(',')];
	rows.forEach((row, i) => {
		if (row.length !== header.length) {
			throw new RangeError(`row ${i + 1} has ${row.length} fields; the header has ${header.length}`);
		}
		lines.push(row.map(field).join(','));
	});
	return `${lines.join('\r\n')}\r\n`;
}

/** Reads RFC 4180 CSV into rows of strings (the header is the first row). */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let i = 0;
	while (i < text.length) {
		const c = text[i] as string;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i += 2;
				continue;
			}
			if (c === '"') {
				quoted = false;
				i++;
				continue;
			}
			cell += c;
			i++;
			continue;
		}
		if (c === '"' && cell === '') {
			quoted = true;
		} else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else if (c === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else {
			cell += c;
		}
		i++;
	}
	if (quoted) throw new SyntaxError('unterminated quoted field');
	if (cell !== '' || row.length > 0) {
		row.push(cell);
		rows.push(row);
	}
	return rows;
}
