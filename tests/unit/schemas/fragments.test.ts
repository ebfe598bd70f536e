/** The fragments the schemas share (src/schemas/fragments.ts): dates, months, ids, addresses, source references, required text. */
import { describe, expect, it } from 'vitest';
import { isoDate, requiredText, slugId, sourceRef, webUrl, yearMonth } from '../../../src/schemas/fragments.ts';

const message = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe('fragments', () => {
	it('takes real dates only, and brings back a date YAML turned into a Date', () => {
		expect(isoDate.parse('2024-02-29')).toBe('2024-02-29');
		expect(isoDate.parse(new Date(Date.UTC(2022, 5, 30)))).toBe('2022-06-30');
		expect(message(isoDate.safeParse('2023-02-29'))).toBe(
			'"2023-02-29" is not a real date: write it as YYYY-MM-DD, for example 2022-06-30',
		);
		expect(message(isoDate.safeParse(5))).toBe('must be a date written YYYY-MM-DD, for example 2022-06-30');
	});

	it('takes months 01 to 12 written YYYY-MM', () => {
		expect(yearMonth.parse('2023-12')).toBe('2023-12');
		expect(message(yearMonth.safeParse('2023-13'))).toBe(
			'"2023-13" is not a month: write it as YYYY-MM, for example 2023-12',
		);
		expect(yearMonth.safeParse('December 2023').success).toBe(false);
	});

	it('takes ids of lower-case letters, digits and single hyphens, and web addresses only', () => {
		expect(slugId.parse('vw-beds-per-100k')).toBe('vw-beds-per-100k');
		for (const bad of ['VW', 'a--b', '-a', 'a_b']) expect(slugId.safeParse(bad).success, bad).toBe(false);
		expect(webUrl.parse('https://example.org/a')).toBe('https://example.org/a');
		expect(message(webUrl.safeParse('ftp://example.org/'))).toBe('must be a full web address starting with https://');
	});

	it('reads a source reference as an id or { id, section, page }', () => {
		expect(sourceRef.parse('guide-v2')).toEqual({ id: 'guide-v2' });
		expect(sourceRef.parse({ id: 'guide-v1', section: 'Virtual wards', page: 12 })).toEqual({
			id: 'guide-v1',
			section: 'Virtual wards',
			page: 12,
		});
		expect(message(sourceRef.safeParse(42))).toBe(
			'must be a source id (for example pg-2022-23-v3) or { id, section, page }',
		);
	});

	it('words a missing or mistyped required text with its hint', () => {
		const title = requiredText('the page title');
		expect(message(title.safeParse(undefined))).toBe('is required: the page title');
		expect(message(title.safeParse(3))).toBe('must be text: the page title');
		expect(title.parse('A title')).toBe('A title');
	});
});
