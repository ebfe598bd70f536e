/** What npm test needs beyond npm packages, and the one line it prints when something is missing. */
import { describe, expect, it } from 'vitest';
import { installAdvice, missing, PREREQUISITES, type Prerequisite } from '../../../scripts/lib/prerequisites.ts';

const fake = (name: string, debianPackage: string, present: boolean): Prerequisite => ({
	name,
	debianPackage,
	present: () => present,
});

describe('test prerequisites', () => {
	it('lists Chromium, Java and the fonts, each with its Debian package', () => {
		expect(PREREQUISITES.map((p) => p.debianPackage)).toEqual([
			'chromium',
			'default-jre-headless',
			'fonts-dejavu-core',
		]);
	});

	it('finds only what is missing', () => {
		const list = [fake('Chromium', 'chromium', false), fake('Java', 'default-jre-headless', true)];
		expect(missing(list).map((p) => p.debianPackage)).toEqual(['chromium']);
	});

	it('says what to install in one line, naming each package', () => {
		const advice = installAdvice([
			fake('Chromium (for the browser tests)', 'chromium', false),
			fake('a Java runtime', 'default-jre-headless', false),
		]);
		expect(advice.split('\n')).toHaveLength(1);
		expect(advice).toContain('sudo apt-get install -y chromium default-jre-headless');
		expect(advice).toContain('Chromium (for the browser tests), a Java runtime');
	});
});
