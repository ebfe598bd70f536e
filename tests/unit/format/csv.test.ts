import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../src/lib/format/csv.ts';

describe('toCsv (RFC 4180)', () => {
	it('writes a header row and CRLF-terminated records, quoting only fields that need it', () => {
		const csv = toCsv(
			['name', 'value', 'note'],
			[
				['NHS Bath and North East Somerset, Swindon and Wiltshire', 137, 'plain'],
				['He said "over 10,000"', 10421.5, 'two\nlines'],
				['empty', null, undefined],
				['flag', true, ''],
			],
		);
		expect(csv).toBe(
			'name,value,note\r\n' +
				'"NHS Bath and North East Somerset, Swindon and Wiltshire",137,plain\r\n' +
				'"He said ""over 10,000""",10421.5,"two\nlines"\r\n' +
				'empty,,\r\n' +
				'flag,true,\r\n',
		);
	});

	it('writes numbers unformatted, never with thousands separators', () => {
		expect(toCsv(['v'], [[12365], [0.739], [-3]])).toBe('v\r\n12365\r\n0.739\r\n-3\r\n');
	});

	it('rejects rows of the wrong width and numbers that are not finite', () => {
		expect(() => toCsv(['a', 'b'], [[1]])).toThrow(/row 1 has 1 fields; the header has 2/);
		expect(() => toCsv(['a'], [[Number.NaN]])).toThrow(/cannot write NaN/);
	});
});

describe('parseCsv', () => {
	it('reads back what toCsv writes', () => {
		const rows = [
			['a,b', 'x"y"z', 'line\r\nbreak', ''],
			['1', '2', '3', '4'],
		];
		const csv = toCsv(['h1', 'h2', 'h3', 'h4'], rows);
		expect(parseCsv(csv)).toEqual([['h1', 'h2', 'h3', 'h4'], ...rows]);
	});

	it('accepts LF line ends and a last line without one, and rejects an unterminated quote', () => {
		expect(parseCsv('a,b\n1,2')).toEqual([
			['a', 'b'],
			['1', '2'],
		]);
		expect(() => parseCsv('a,"b\n')).toThrow(/unterminated/);
	});
});
