/** Reading a built site's text files and public origin (scripts/lib/dist-files.ts), on the broken-site fixture. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFiles, siteOrigin } from '../../../scripts/lib/dist-files.ts';
import { ROOT } from '../../../scripts/lib/project-copy.ts';

const BROKEN_SITE = join(ROOT, 'tests', 'fixtures', 'broken-site');

describe('dist files', () => {
	it('reads the text of the files it keeps, by relative path', () => {
		const files = readTextFiles(BROKEN_SITE, (f) => f.endsWith('.html'));
		expect([...files.keys()].sort()).toEqual(['index.html', 'other/index.html']);
		expect(files.get('index.html')).toMatch(/<html/);
	});

	it("takes the origin from the home page's canonical link", () => {
		expect(siteOrigin(BROKEN_SITE)).toBe('https://planning-guidance.example.nhs.uk');
	});
});
