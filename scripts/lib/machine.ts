/** What the benchmarks print about the machine they ran on. */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';

/** The CPU model as `lscpu` names it, or as Node reports it where lscpu is missing. */
export function cpuModel(): string {
	try {
		const line = execFileSync('lscpu', { encoding: 'utf8' })
			.split('\n')
			.find((l) => l.startsWith('Model name:'));
		if (line) return line.replace('Model name:', '').trim();
	} catch {
		// lscpu is not on every machine; fall back to what Node reports.
	}
	return cpus()[0]?.model ?? 'unknown';
}
