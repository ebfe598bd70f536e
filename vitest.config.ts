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
 * The tiers run one after the other (groupOrder): the unit files two at a time,
 * the build and browser files one at a time, since a build or Chromium already
 * keeps a core busy and the machines have two.
 */
export default defineConfig({
	test: {
		// Two workers at most (the unit tier's); the build and e2e projects use one each.
		maxWorkers: 2,
		// `npm test` runs with --coverage: the pure logic of src/lib and src/charts must stay tested.
		coverage: {
			provider: 'v8',
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
					maxWorkers: 2,
					// The unit files share their workers' module cache (no fresh import of zod, the MDX
					// toolchain and the model per file): 30 s of CPU instead of 110 s. A unit test must
					// therefore restore what it changes (process.env, globals) and register its hooks
					// in its own file, not at the top of a shared helper.
					isolate: false,
					sequence: { groupOrder: 0 },
				},
			},
			{
				test: {
					name: 'unit-mocks',
					include: MOCKING,
					environment: 'node',
					maxWorkers: 2,
					sequence: { groupOrder: 0 },
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/build/setup.ts'],
					testTimeout: 180_000,
					hookTimeout: 300_000,
					maxWorkers: 1,
					sequence: { groupOrder: 1 },
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/build/setup.ts'],
					// A concurrent test shares Chromium with the others running beside it.
					testTimeout: 120_000,
					hookTimeout: 300_000,
					// Page checks wait on Chromium most of the time: the files that check every page type
					// run their pages side by side (it.concurrent), three at a time.
					maxConcurrency: 3,
					// One Chromium at a time: the machines have two cores.
					fileParallelism: false,
					sequence: { groupOrder: 2 },
				},
			},
		],
	},
});
