import { defineConfig } from 'vitest/config';

/**
 * Three tiers, one project each (run one with `npx vitest run --project unit`):
 * - unit: pure logic in src/lib, src/charts and src/schemas; fast, no build.
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
					testTimeout: 60_000,
					hookTimeout: 300_000,
					// One Chromium at a time: the machines have two cores.
					fileParallelism: false,
					sequence: { groupOrder: 2 },
				},
			},
		],
	},
});
