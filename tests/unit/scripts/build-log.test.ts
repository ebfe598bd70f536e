import { describe, expect, it } from 'vitest';
import { buildPhases, generatedPages } from '../../../scripts/lib/build-log.ts';

const LOG = `13:23:49 [build] Collecting build info...
13:23:49 [build] ✓ Completed in 1.29s.
13:23:49 [build] Building static entrypoints...
13:23:51 [vite] ✓ built in 1.62s
13:23:51 [vite] ✓ built in 31ms
 generating static routes 
13:23:52 ▶ src/pages/index.astro
13:23:53 ✓ Completed in 1.63s.
13:23:53 [build] ✓ Completed in 3.32s.
13:23:53 [portal:search-index] indexed 93 of 107 pages in 254 ms: 107 files, 374621 bytes in pagefind/
`;

describe('buildPhases', () => {
	it('reads the phases of an astro build log', () => {
		expect(buildPhases(LOG)).toBe('set-up and content sync 1.3 s, Vite bundle 1.6 s, pages 1.6 s, Pagefind 0.3 s');
	});

	it('reads a phase over a minute ("1m 15s") as its seconds', () => {
		expect(buildPhases('03:07:22 [vite] ✓ built in 1m 15s\n03:07:23 [vite] ✓ built in 606ms\n')).toBe(
			'Vite bundle 75.0 s',
		);
	});

	it('leaves out what the log does not say', () => {
		expect(buildPhases('13:23:51 [vite] ✓ built in 2.5s\n')).toBe('Vite bundle 2.5 s');
	});
});

describe('generatedPages', () => {
	it('tells the pages a build rendered from those its incremental cache gave, in the order of the log', () => {
		const log = [
			' generating static routes ',
			'02:41:16 ▶ src/pages/[priority]/[slug].astro',
			'02:41:16   ├─ /virtual-wards/funding/index.html (+33ms) ',
			'02:41:16   ├─ /virtual-wards/other/index.html (restored)',
			'02:41:16   ├─ /data/x.csv (cached)',
			'02:41:16   ├─ /index.html (+1.2s) ',
			'02:41:16 ✓ Completed in 1.40s.',
		].join('\n');
		expect(generatedPages(log)).toEqual({
			rendered: ['/virtual-wards/funding/index.html', '/index.html'],
			reused: ['/virtual-wards/other/index.html', '/data/x.csv'],
		});
		expect(generatedPages('no pages')).toEqual({ rendered: [], reused: [] });
	});

	it('reads a log whose pages rendered side by side (build.concurrency above 1), each "(+…ms)" after another page', () => {
		const log = [
			'22:04:31   ├─ /404.html22:04:31   ├─ /about/index.html22:04:31   ├─ /charts/a.svg (restored)',
			'22:04:31   ├─ /data/x.csv (cached)',
			'22:04:31   ├─ /virtual-wards/funding/index.html (+221ms) ',
			' (+230ms)  (+231ms) ',
			'22:04:32 ✓ Completed in 1.40s.',
		].join('\n');
		expect(generatedPages(log)).toEqual({
			rendered: ['/404.html', '/about/index.html', '/virtual-wards/funding/index.html'],
			reused: ['/charts/a.svg', '/data/x.csv'],
		});
	});
});
