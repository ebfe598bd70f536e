/**
 * Runs the content check (src/lib/content-check/project.ts) before Astro
 * builds anything, so a mistake anywhere in content/ or data/ stops the build
 * with every problem listed, and nothing half-built is published. In GitHub
 * Actions (GITHUB_ACTIONS=true) the problems are also annotations on the pull
 * request's lines and a table in the job summary (src/lib/problems/github.ts).
 * Under `astro dev` the same check runs at start and again whenever a file in
 * content/ or data/ changes, and its problems are printed as warnings while
 * the server keeps serving.
 */
import { appendFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { COLLECTIONS } from '../collections.ts';
import type { ProjectFilesOf, Registry, SourceFile } from '../lib/collections/registry.ts';
import { checkProject, type ProjectFiles } from '../lib/content-check/project.ts';
import { decodeSource } from '../lib/content-check/encoding.ts';
import { annotations, checkedCommitFromEnv, stepSummary } from '../lib/problems/github.ts';
import { formatProblems, type Findings, type Problem } from '../lib/problems/problems.ts';

function walk(dir: string): string[] {
	let out: string[] = [];
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch {
		return out;
	}
	for (const name of names) {
		if (name.startsWith('.')) continue;
		const full = join(dir, name);
		if (statSync(full).isDirectory()) out = out.concat(walk(full));
		else out.push(full);
	}
	return out;
}

/**
 * The files of every collection of `registry` in the project at `root`: each
 * list collection's file under `data` (undefined when missing), and every
 * file under each folder collection's folder.
 */
export function readCollectionFiles<R extends Registry>(root: string, registry: R): ProjectFilesOf<R> {
	const read = (full: string): SourceFile => ({
		path: relative(root, full).split(sep).join('/'),
		...decodeSource(readFileSync(full)),
	});
	const data: Record<string, SourceFile | undefined> = {};
	const out: Record<string, unknown> = { data };
	for (const [name, { source, check }] of Object.entries(registry)) {
		if ('file' in source) data[name] = optionalFile(() => read(join(root, source.file)));
		else out[check.read === 'mdx' ? check.files : name] = walk(join(root, source.base)).map(read);
	}
	return out as ProjectFilesOf<R>;
}

function optionalFile(read: () => SourceFile): SourceFile | undefined {
	try {
		return read();
	} catch {
		return undefined;
	}
}

/** Reads the editors' room of the project at `root` (content/ and data/): the registry's files, the map's shapes and public/'s names. */
export function readProjectFiles(root: string): ProjectFiles {
	const boundaries = optionalFile(() => ({
		path: 'data/boundaries/icb-2023.topo.json',
		text: readFileSync(join(root, 'data', 'boundaries', 'icb-2023.topo.json'), 'utf8'),
	}));
	return {
		...readCollectionFiles(root, COLLECTIONS),
		boundaries: boundaries ?? null,
		public: walk(join(root, 'public')).map((full) => relative(join(root, 'public'), full).split(sep).join('/')),
	};
}

/** Checks the project at `root`; returns every problem. */
export function checkProjectAt(root: string): Problem[] {
	return checkProject(readProjectFiles(root)).problems;
}

/** The environment as the GitHub report reads it. */
export type Env = Readonly<Record<string, string | undefined>>;

/** True when the check runs in GitHub Actions, which sets GITHUB_ACTIONS=true in every step. */
export function inGitHubActions(env: Env): boolean {
	return env.GITHUB_ACTIONS === 'true';
}

/**
 * Reports the findings to GitHub Actions: one workflow command per problem and
 * warning on standard output (the annotations), and a section under `heading`
 * appended to the job summary, the file GITHUB_STEP_SUMMARY names (nothing is
 * written when it is not set).
 */
export function reportToGitHub(findings: Findings, env: Env, heading: string): void {
	const commands = annotations(findings);
	if (commands.length > 0) process.stdout.write(`${commands.join('\n')}\n`);
	const summaryFile = env.GITHUB_STEP_SUMMARY;
	if (summaryFile)
		appendFileSync(summaryFile, `${stepSummary(findings, { heading, commit: checkedCommitFromEnv(env) })}\n`);
}

/**
 * Ends `astro build` with the problem list and exit code 1, and nothing else.
 * Astro prints an error thrown by a hook under "An unhandled error occurred
 * while running the astro:config:setup hook", with its stack trace; so the
 * list is printed with the integration's logger, and the process exits once
 * its output is written. The promise never settles, so the build goes no
 * further in the meantime; nothing has been written yet at this hook.
 */
function stopBuild(logger: AstroIntegrationLogger, report: string): Promise<never> {
	logger.error(report);
	return new Promise<never>(() => {
		process.stdout.write('', () => process.stderr.write('', () => process.exit(1)));
	});
}

export default function contentCheck(): AstroIntegration {
	let root = '';
	return {
		name: 'portal:content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				root = fileURLToPath(config.root);
				const problems = checkProjectAt(root);
				if (problems.length === 0) return;
				if (command !== 'build') {
					logger.warn(formatProblems(problems));
					return;
				}
				if (inGitHubActions(process.env))
					reportToGitHub({ problems, warnings: [] }, process.env, 'Content check (build)');
				return stopBuild(logger, formatProblems(problems));
			},
			'astro:server:setup': ({ server, logger }) => {
				let last = '';
				const recheck = (changed: string) => {
					const path = relative(root, changed);
					if (isAbsolute(path) || !/^(content|data)[\\/]/.test(path)) return;
					const problems = checkProjectAt(root);
					const report = problems.length === 0 ? 'content and data: no problems found' : formatProblems(problems);
					// Say it again only when the list changed, so saving a file twice is quiet.
					if (report === last) return;
					last = report;
					if (problems.length === 0) logger.info(report);
					else logger.warn(report);
				};
				// content/ and data/ are not all imported by pages, so watch them explicitly.
				server.watcher.add([join(root, 'content'), join(root, 'data')]);
				for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
			},
		},
	};
}
