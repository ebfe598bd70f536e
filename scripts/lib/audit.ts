/**
 * Reading `npm audit --json`: either a report (with its high and critical
 * advisories) or a plain statement that the advisory service could not be
 * reached. Anything else (a missing lockfile, output that is not JSON) is an
 * error, never a pass.
 */

export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';

/** One vulnerable package of an npm audit report (auditReportVersion 2). */
export interface AuditVulnerability {
	name: string;
	severity: Severity;
	isDirect?: boolean;
	range?: string;
	nodes?: string[];
	fixAvailable?: boolean | { name: string; version: string };
	via?: (string | { title?: string; url?: string; severity?: Severity; source?: number })[];
}

export interface AuditFinding {
	name: string;
	severity: Severity;
	/** The advisories' titles and addresses. */
	advisories: string[];
	fix: string;
}

export type AuditOutcome =
	| { kind: 'report'; findings: AuditFinding[]; counts: Record<Severity, number>; dependencies: Record<string, number> }
	| { kind: 'unreachable'; reason: string };

/** Error codes that mean the registry or its advisory service could not be reached. */
const NETWORK_CODES =
	/^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ESOCKETTIMEDOUT|ENETUNREACH|EHOSTUNREACH|EPROTO|CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO)/;

const BLOCKING: readonly Severity[] = ['high', 'critical'];

/** Reads the stdout of `npm audit --json`. */
export function readAudit(stdout: string): AuditOutcome {
	let json: Record<string, unknown>;
	try {
		json = JSON.parse(stdout) as Record<string, unknown>;
	} catch {
		throw new Error(`npm audit did not print JSON:\n${stdout.slice(0, 2000)}`);
	}
	if (json.auditReportVersion === 2) {
		const vulnerabilities = (json.vulnerabilities ?? {}) as Record<string, AuditVulnerability>;
		const metadata = (json.metadata ?? {}) as {
			vulnerabilities?: Record<Severity, number>;
			dependencies?: Record<string, number>;
		};
		const findings = Object.values(vulnerabilities)
			.filter((v) => BLOCKING.includes(v.severity))
			.map((v) => ({
				name: v.name,
				severity: v.severity,
				advisories: (v.via ?? []).map((a) =>
					typeof a === 'string' ? `via ${a}` : `${a.title ?? 'advisory'} ${a.url ?? ''}`.trim(),
				),
				fix:
					v.fixAvailable === true
						? 'npm audit fix'
						: v.fixAvailable
							? `upgrade ${v.fixAvailable.name} to ${v.fixAvailable.version}`
							: 'no fix available yet',
			}))
			.sort((a, b) => a.name.localeCompare(b.name));
		return {
			kind: 'report',
			findings,
			counts: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...metadata.vulnerabilities },
			dependencies: metadata.dependencies ?? {},
		};
	}
	const error = (json.error ?? {}) as { code?: string; summary?: string; detail?: string };
	const statusCode = typeof json.statusCode === 'number' ? json.statusCode : undefined;
	const code = error.code ?? (typeof json.code === 'string' ? json.code : undefined);
	const message = [json.message, error.summary, error.detail]
		.filter((m) => typeof m === 'string' && m !== '')
		.join(' ');
	// An HTTP error from the audit endpoint: the registry (or the mirror in front of it) offers no advisory service here.
	if (statusCode !== undefined)
		return { kind: 'unreachable', reason: `the advisory service answered HTTP ${statusCode}: ${message}` };
	if (code && NETWORK_CODES.test(code))
		return { kind: 'unreachable', reason: `the registry could not be reached (${code}): ${message}` };
	throw new Error(`npm audit failed: ${code ?? ''} ${message || stdout.slice(0, 2000)}`.trim());
}

/** One line per finding, for test output. */
export function formatFindings(findings: readonly AuditFinding[]): string {
	return findings.map((f) => `${f.severity} ${f.name}: ${f.advisories.join('; ')} (fix: ${f.fix})`).join('\n');
}
