/**
 * What the test suite needs beyond npm's packages, and how to get it on the
 * Debian machines the project runs on: Chromium for the browser tests (never
 * a browser download), a Java runtime for the HTML checker (vnu), and the
 * DejaVu fonts Chromium renders with.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Prerequisite {
	/** What it is, in words. */
	name: string;
	/** The Debian package that provides it. */
	debianPackage: string;
	/** Whether this machine has it. */
	present: () => boolean;
}

/** Whether `command args` runs and exits 0. */
function runs(command: string, args: readonly string[]): boolean {
	const result = spawnSync(command, args, { stdio: 'ignore' });
	return result.error === undefined && result.status === 0;
}

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const PREREQUISITES: readonly Prerequisite[] = [
	{ name: 'Chromium (for the browser tests)', debianPackage: 'chromium', present: () => existsSync(CHROMIUM_PATH) },
	{
		name: 'a Java runtime (for the HTML checker)',
		debianPackage: 'default-jre-headless',
		present: () => runs(process.env['JAVA'] ?? 'java', ['-version']),
	},
	{
		name: 'the DejaVu fonts (for Chromium)',
		debianPackage: 'fonts-dejavu-core',
		present: () => existsSync('/usr/share/fonts/truetype/dejavu'),
	},
];

/** The prerequisites this machine lacks. */
export function missing(prerequisites: readonly Prerequisite[] = PREREQUISITES): Prerequisite[] {
	return prerequisites.filter((p) => !p.present());
}

/** The one line that tells someone what to install. */
export function installAdvice(lacking: readonly Prerequisite[]): string {
	const names = lacking.map((p) => p.name).join(', ');
	const packages = lacking.map((p) => p.debianPackage).join(' ');
	return `npm test needs ${names}: install them with "sudo apt-get install -y ${packages}" (Debian), or set CHROMIUM_PATH / JAVA to where they are, then run npm test again.`;
}

/** Whether this process can install Debian packages itself: root, with apt-get. */
export function canInstall(): boolean {
	return process.getuid?.() === 0 && runs('apt-get', ['--version']);
}
