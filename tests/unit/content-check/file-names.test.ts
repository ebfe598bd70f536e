/** File names (src/lib/content-check/file-names.ts): where pages and datasets go and what they are called. */
import { describe, expect, it } from 'vitest';
import {
	checkContentPath,
	checkDatasetPath,
	kebabName,
	withCollision,
} from '../../../src/lib/content-check/file-names.ts';

/** The priorities' ids (data/priorities.json's, in order): the folders a page may be in. */
const PRIORITIES = ['virtual-wards', 'digitisation', 'investment-plans', 'workforce-skills'];

describe('file names', () => {
	it('turns a name into lower-case words and hyphens', () => {
		expect(kebabName('Funding Plan')).toBe('funding-plan');
		expect(kebabName('FundingPlan_v2')).toBe('funding-plan-v2');
		expect(kebabName('Café  — notes')).toBe('cafe-notes');
	});
	it('accepts content/<priority>/<name>.mdx and data/datasets/<name>.json', () => {
		expect(checkContentPath('content/virtual-wards/funding.mdx', PRIORITIES)).toEqual({ fatal: false });
		expect(checkDatasetPath('data/datasets/vw-capacity.json')).toEqual({ fatal: false });
	});
	it('gives the corrected name', () => {
		expect(checkContentPath('content/virtual-wards/Funding Plan.mdx', PRIORITIES)).toEqual({
			fatal: false,
			problem: {
				file: 'content/virtual-wards/Funding Plan.mdx',
				field: '',
				message:
					'the name is not lower-case words and hyphens: rename Funding Plan.mdx to funding-plan.mdx (guidance pages are named like funding-plan.mdx)',
			},
		});
		expect(checkDatasetPath('data/datasets/VW_Capacity.json').problem?.message).toBe(
			'the name is not lower-case words and hyphens: rename VW_Capacity.json to vw-capacity.json (dataset files are named like funding-plan.json)',
		);
		expect(checkContentPath('content/virtual-wards/Funding.MDX', PRIORITIES).problem?.message).toBe(
			'the extension must be lower case: rename Funding.MDX to funding.mdx',
		);
		expect(checkContentPath('content/virtual-wards/funding.md', PRIORITIES)).toEqual({
			fatal: true,
			problem: {
				file: 'content/virtual-wards/funding.md',
				field: '',
				message: 'guidance pages must be .mdx files: rename funding.md to funding.mdx',
			},
		});
	});
	it('names the priority folder a page belongs in', () => {
		expect(checkContentPath('content/virtual-ward/a.mdx', PRIORITIES).problem?.message).toMatch(
			/^is not in a priority folder: did you mean content\/virtual-wards\/\? Move it there; guidance pages go in content\/<priority>\//,
		);
		expect(checkContentPath('content/cyber/a.mdx', PRIORITIES).problem?.message).toMatch(
			/^is not in a priority folder: "cyber" is not a priority; guidance pages go in content\/<priority>\/, where <priority> is one of virtual-wards, digitisation/,
		);
		expect(checkContentPath('content/a.mdx', PRIORITIES).problem?.message).toMatch(
			/^is not in a priority folder; guidance pages go in/,
		);
		expect(checkContentPath('content/digitisation/old/a.mdx', PRIORITIES).problem?.message).toMatch(
			/^is in a sub-folder \(digitisation\/old\/\): move it up into content\/digitisation\//,
		);
		expect(checkContentPath('content/digitisation/map.png', PRIORITIES)).toEqual({
			fatal: true,
			problem: expect.objectContaining({
				message: expect.stringMatching(/^only guidance pages \(\.mdx\) belong in content\/: move map\.png to public\//),
			}),
		});
		expect(checkDatasetPath('data/datasets/notes.txt')).toEqual({
			fatal: true,
			problem: expect.objectContaining({
				message: expect.stringMatching(/^only \.json files belong in data\/datasets\//),
			}),
		});
	});
});

describe('withCollision', () => {
	const problem = {
		file: 'data/datasets/VW-Capacity.json',
		field: '',
		message: 'rename VW-Capacity.json to vw-capacity.json: dataset files are named like their id',
	};

	it('says when the suggested name is taken by a file beside it', () => {
		expect(withCollision(problem, new Set(['data/datasets/vw-capacity.json'])).message).toBe(
			`${problem.message}, but data/datasets/vw-capacity.json already exists: choose another name, or merge the two files`,
		);
	});

	it('leaves the problem as it is when the name is free, or when it suggests no rename', () => {
		expect(withCollision(problem, new Set(['data/datasets/vw-occupancy.json']))).toBe(problem);
		const other = { ...problem, message: 'is not in a priority folder' };
		expect(withCollision(other, new Set(['data/datasets/vw-capacity.json']))).toBe(other);
	});
});
