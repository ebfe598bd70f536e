/**
 * The W3C Nu HTML Checker (vnu.jar from the vnu-jar package), run on
 * Debian's Java in one process over every file given, with JSON output.
 * The package's own Java download (its postinstall) is denied on purpose.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** vnu-jar's main export is the path of vnu.jar (a String object). */
export const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/** One message of `vnu --format json`. */
export interface VnuMessage {
	type: 'error' | 'info' | 'non-document-error';
	subType?: string;
	url?: string;
	message: string;
	lastLine?: number;
	firstColumn?: number;
	extract?: string;
}

export interface VnuResult {
	messages: VnuMessage[];
	/** Java's exit status: 0, or 1 when there are errors; anything else means vnu did not run properly. */
	status: number | null;
	stderr: string;
}

/**
 * Checks every HTML file under each of `paths` (files or folders) in one Java
 * process. JAVA overrides the java command (default: java on the PATH).
 */
export function runVnu(paths: readonly string[]): VnuResult {
	const result = spawnSync(
		process.env.JAVA ?? 'java',
		['-jar', VNU_JAR, '--format', 'json', '--skip-non-html', ...paths],
		{
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	if (result.error)
		throw new Error(
			`could not run Java for the HTML checker (apt-get install default-jre-headless): ${result.error.message}`,
		);
	let messages: VnuMessage[];
	try {
		messages = (JSON.parse(result.stderr) as { messages: VnuMessage[] }).messages;
	} catch {
		throw new Error(
			`the HTML checker did not answer in JSON (status ${result.status}):\n${result.stderr.slice(0, 2000)}`,
		);
	}
	return { messages, status: result.status, stderr: result.stderr };
}

/** Errors only: vnu's "error" and "non-document-error" (for example a file it could not read). */
export function vnuErrors(messages: readonly VnuMessage[]): VnuMessage[] {
	return messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
}

/** Warnings only (info messages with subType "warning"). */
export function vnuWarnings(messages: readonly VnuMessage[]): VnuMessage[] {
	return messages.filter((m) => m.type === 'info' && m.subType === 'warning');
}

/** The file a message is about, relative to `root`. */
export function vnuFile(message: VnuMessage, root: string): string {
	if (!message.url?.startsWith('file:')) return message.url ?? '(no file)';
	return relative(root, fileURLToPath(message.url)).split('\\').join('/');
}

/** `file:line:column: message` lines, for test output. */
export function formatVnu(messages: readonly VnuMessage[], root: string): string {
	return messages
		.map(
			(m) =>
				`${vnuFile(m, root)}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ')}` : ''}`,
		)
		.join('\n');
}

/** Counts of each distinct message, most frequent first: "26× The “main” role is unnecessary…". */
export function summariseVnu(messages: readonly VnuMessage[]): string[] {
	const counts = new Map<string, number>();
	for (const m of messages) counts.set(m.message, (counts.get(m.message) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1]).map(([message, n]) => `${n}× ${message}`);
}
