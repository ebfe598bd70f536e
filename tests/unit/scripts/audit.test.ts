/** Reading npm audit's JSON (scripts/lib/audit.ts): a report, or a plain "could not reach". */
import { describe, expect, it } from 'vitest';
import { formatFindings, readAudit } from '../../../scripts/lib/audit.ts';

const report = (vulnerabilities: object, counts: object = {}) =>
	JSON.stringify({
		auditReportVersion: 2,
		vulnerabilities,
		metadata: {
			vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts },
			dependencies: { prod: 1, dev: 513, total: 514 },
		},
	});

describe('npm audit output', () => {
	it('passes a clean report, and ignores low and moderate advisories', () => {
		const outcome = readAudit(report({ a: { name: 'a', severity: 'moderate', via: [] } }, { moderate: 1, total: 1 }));
		expect(outcome).toMatchObject({
			kind: 'report',
			findings: [],
			counts: { moderate: 1 },
			dependencies: { dev: 513 },
		});
	});

	it('lists high and critical advisories with their fix', () => {
		const outcome = readAudit(
			report({
				tar: {
					name: 'tar',
					severity: 'high',
					via: [{ title: 'Arbitrary file write', url: 'https://github.com/advisories/GHSA-x' }],
					fixAvailable: true,
				},
				unzip: { name: 'unzip', severity: 'critical', via: ['tar'], fixAvailable: false },
			}),
		);
		if (outcome.kind !== 'report') throw new Error('expected a report');
		expect(formatFindings(outcome.findings)).toBe(
			'high tar: Arbitrary file write https://github.com/advisories/GHSA-x (fix: npm audit fix)\ncritical unzip: via tar (fix: no fix available yet)',
		);
	});

	it('says plainly when the advisory service cannot be reached', () => {
		// What this machine's registry mirror answers (captured 2026-11-25).
		const http405 = JSON.stringify({
			message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
			statusCode: 405,
			error: { summary: '', detail: '' },
		});
		expect(readAudit(http405)).toEqual({
			kind: 'unreachable',
			reason:
				'the advisory service answered HTTP 405: 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
		});
		const offline = JSON.stringify({
			error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org failed', detail: '' },
		});
		expect(readAudit(offline)).toMatchObject({
			kind: 'unreachable',
			reason: expect.stringContaining('could not be reached (ENOTFOUND)'),
		});
	});

	it('never passes other failures', () => {
		expect(() =>
			readAudit(JSON.stringify({ error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.' } })),
		).toThrow('npm audit failed: ENOLOCK This command requires an existing lockfile.');
		expect(() => readAudit('npm ERR! something')).toThrow('npm audit did not print JSON');
	});
});
