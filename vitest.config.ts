import { defineConfig } from 'vitest/config';

/**
 * Three tiers, one project each (run one with `npx vitest run --project unit`):
 * - unit: pure logic in src/lib, src/charts and src/schemas; fast, no build.
 * - build: builds the site (and broken copies of it) and asserts on the output.
 * - e2e: the built site served locally, driven in Debian's Chromium.
 */
export default defineConfig({
	test: {
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
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 300_000,
					// One Chromium at a time: the machines have two cores.
					fileParallelism: false,
				},
			},
		],
	},
});
