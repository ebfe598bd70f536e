/**
 * Runs before `npm test` (the `pretest` script): finds Chromium, Java and the
 * fonts the tests need, installs the missing ones from Debian's packages when
 * it can (as root, with apt-get), and otherwise stops at once with one line
 * saying what to install. Never a stack trace.
 *
 *   node scripts/test-prerequisites.ts           check, and install if possible
 *   node scripts/test-prerequisites.ts --check   check only
 */
import { spawnSync } from 'node:child_process';
import { canInstall, installAdvice, missing } from './lib/prerequisites.ts';

function install(packages: readonly string[]): boolean {
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	if (update.status !== 0) return false;
	const result = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
		stdio: 'inherit',
		env,
	});
	return result.status === 0;
}

function main(): number {
	const lacking = missing();
	if (lacking.length === 0) return 0;
	if (!process.argv.includes('--check') && canInstall()) {
		console.log(`Installing ${lacking.map((p) => p.debianPackage).join(', ')} from Debian's packages for the tests...`);
		if (install(lacking.map((p) => p.debianPackage)) && missing().length === 0) return 0;
	}
	console.error(installAdvice(missing()));
	return 1;
}

try {
	process.exitCode = main();
} catch (error) {
	console.error(`test prerequisites could not be checked: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
