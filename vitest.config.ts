import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * The unit files that replace a module (vi.mock): they run isolated, each with
 * its own module cache, since a mock cannot apply to a module another file has
 * already loaded in the same worker, nor stay out of the files after it.
 */
const MOCKING = readdirSync('tests/unit', { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.test.ts'))
	.map((f) => `tests/unit/${f}`)
	.filter((f) => readFileSync(f, 'utf8').includes('vi.mock('));

/**
 * Three tiers, one project each (run one with `npx vitest run --project unit`):
 * - unit: pure logic in src/lib, src/charts and src/schemas; fast, no build
 *   (unit-mocks: the few unit files that mock a module, isolated).
 * - build: builds the site (and broken copies of it) and asserts on the output.
 * - e2e: the built site served locally, driven in Debian's Chromium.
 * The build and e2e tiers share one build of the real site (tests/build/setup.ts,
 * their common globalSetup) and the variant builds of tests/build/variants.ts.
 * `npm test` (scripts/test.ts) runs the unit tiers, with coverage, in one
 * vitest process and the build and e2e tiers, without, in another, side by
 * side: coverage measures what the unit tests test, and instrumenting the
 * build tier's HTML parsing and the browser tier's helpers only cost CPU.
 * Within a process the tiers run two files at a time from one queue (one
 * groupOrder, one maxWorkers). Every file is therefore independent of the
 * others: its own copies, servers on free ports and Chromium; builds that
 * several files read are made once (tests/build/variants.ts).
 */
export default defineConfig({
	test: {
		// Two files at a time, from every tier (the projects of one group must share maxWorkers).
		maxWorkers: 2,
		// `npm test` runs the unit tiers with --coverage: the pure logic of src/lib and src/charts must stay tested.
		// Istanbul instruments only the files it covers; V8's coverage counts every block of every script
		// (zod, the MDX toolchain) and took the unit tiers from 42 to 85 s of CPU, istanbul to 60 s.
		coverage: {
			provider: 'istanbul',
			include: ['src/lib/**/*.ts', 'src/charts/*.ts'],
			reporter: ['text-summary'],
			thresholds: {
				lines: 90,
				functions: 90,
				branches: 80,
				statements: 90,
				// The domain model and formatting: what every figure and status on the site rests on.
				'src/lib/model/**': { lines: 95, functions: 95, branches: 80, statements: 95 },
				'src/lib/format/**': { lines: 95, functions: 95, branches: 90, statements: 95 },
			},
		},
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					exclude: MOCKING,
					environment: 'node',
					// The unit files share their workers' module cache (no fresh import of zod, the MDX
					// toolchain and the model per file): 30 s of CPU instead of 110 s. A unit test must
					// therefore restore what it changes (process.env, globals) and register its hooks
					// in its own file, not at the top of a shared helper.
					isolate: false,
					// A unit test shares the cores with a build or Chromium: time out on a hang, not on a busy machine.
					testTimeout: 30_000,
					maxWorkers: 2,
				},
			},
			{
				test: {
					name: 'unit-mocks',
					include: MOCKING,
					environment: 'node',
					testTimeout: 30_000,
					maxWorkers: 2,
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/build/setup.ts'],
					testTimeout: 180_000,
					maxWorkers: 2,
					hookTimeout: 300_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/build/setup.ts'],
					// A test shares the cores with another file's Chromium or a build.
					testTimeout: 120_000,
					maxWorkers: 2,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
