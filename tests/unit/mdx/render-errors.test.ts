/** The error a component throws when what it was given cannot be printed (src/lib/mdx/render-errors.ts). */
import { describe, expect, it } from 'vitest';
import { componentError } from '../../../src/lib/mdx/render-errors.ts';

describe('component errors', () => {
	it("names the page's file (or says a guidance page) and the component, and points to the check", () => {
		expect(componentError('content/x/a.mdx', '<Figure id="x">', 'no such figure').message).toBe(
			'content/x/a.mdx → <Figure id="x">: no such figure; run npm run check:content for every problem and what to write instead',
		);
		expect(componentError(undefined, '<Quote>', 'no source').message).toMatch(/^a guidance page → <Quote>: no source;/);
	});
});
