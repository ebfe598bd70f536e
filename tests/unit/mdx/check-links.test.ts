/** The MDX check's links and images (src/lib/mdx/check-links.ts): what a link may point to, and what a dead one probably meant. */
import { describe, expect, it } from 'vitest';
import { checkMdxBody } from '../../../src/lib/mdx/check.ts';
import { mdxContext } from '../../helpers/mdx-context.ts';

const context = mdxContext({
	addresses: new Set([
		'/',
		'/virtual-wards/',
		'/virtual-wards/funding/',
		'/virtual-wards/virtual-ward-funding-plans/',
		'/investment-plans/cyber-security/',
		'/targets/vw-funding-2022-24/',
		'/data/vw-capacity/',
		'/data/vw-occupancy-rate/',
	]),
});
const messages = (body: string) =>
	checkMdxBody({ file: 'content/x/page.mdx', body, bodyLine: 1, address: '/x/page/' }, context).map(
		(p) => `${p.field}: ${p.message}`,
	);

describe('a link with no words', () => {
	it('is reported with the brackets to fill in', () => {
		expect(messages('See [](/virtual-wards/funding/).')).toEqual([
			'link: (/virtual-wards/funding/) has no words, so a reader cannot see or hear where it goes: write them between the brackets, [like this](/virtual-wards/funding/)',
		]);
	});

	it('is not reported when its words are an image, or when its address is already wrong', () => {
		expect(messages('[![A map](/assets/images/map.png)](/virtual-wards/funding/)')).toEqual([]);
		expect(messages('[](/nowhere/)')).toHaveLength(1);
	});
});

describe('a dead address', () => {
	it('suggests the address a slip of the keyboard away', () => {
		expect(messages('[money](/targets/vw-funding-2022-2024/)')).toEqual([
			'link: (/targets/vw-funding-2022-2024/) no page of the site has the address /targets/vw-funding-2022-2024/: did you mean /targets/vw-funding-2022-24/?',
		]);
	});

	it('suggests the page a rename or a move made of it', () => {
		expect(messages('[cyber](/digitisation/cyber-security/)')).toEqual([
			'link: (/digitisation/cyber-security/) no page of the site has the address /digitisation/cyber-security/: did you mean /investment-plans/cyber-security/?',
		]);
		expect(messages('[rate](/data/vw-occupancy/)')).toEqual([
			'link: (/data/vw-occupancy/) no page of the site has the address /data/vw-occupancy/: did you mean /data/vw-occupancy-rate/?',
		]);
	});

	it('otherwise gives an address of the same kind as an example', () => {
		expect(messages('[beds](/data/beds-per-person/)')).toEqual([
			'link: (/data/beds-per-person/) no page of the site has the address /data/beds-per-person/: link to a page that exists (for example /data/vw-capacity/)',
		]);
	});
});
