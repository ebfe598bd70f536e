/** Where an atomic build writes (src/lib/build/staging.ts). */
import { describe, expect, it } from 'vitest';
import { stagingPaths } from '../../../src/lib/build/staging.ts';

describe('staging paths', () => {
	it('puts the staging and previous folders beside the output folder, with or without a trailing slash', () => {
		const paths = { final: '/project/dist', staging: '/project/dist.partial', previous: '/project/dist.previous' };
		expect(stagingPaths('/project/dist')).toEqual(paths);
		expect(stagingPaths('/project/dist/')).toEqual(paths);
		expect(stagingPaths('C:\\project\\dist\\').final).toBe('C:\\project\\dist');
	});
});
