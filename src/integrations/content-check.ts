/**
 * Runs the content check (src/lib/content-check/project.ts) before Astro
 * builds anything, so a mistake anywhere in content/ or data/ stops the build
 * with every problem listed, and nothing half-built is published. Under
 * `astro dev` the same check runs at start and again whenever a file in
 * content/ or data/ changes, and its problems are printed as warnings while
 * the server keeps serving.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkProject, type ProjectFiles, type SourceFile } from '../lib/content-check/project.ts';
import { formatProblems, type Problem } from '../lib/content-check/problems.ts';

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

/** Reads the editors' room of the project at `root` (content/ and data/). */
export function readProjectFiles(root: string): ProjectFiles {
	const read = (full: string): SourceFile => ({
		path: relative(root, full).split(sep).join('/'),
		text: readFileSync(full, 'utf8'),
	});
	const dataFile = (name: string): SourceFile | undefined => {
		try {
			return read(join(root, 'data', name));
		} catch {
			return undefined;
		}
	};
	return {
		content: walk(join(root, 'content')).map(read),
		data: {
			sources: dataFile('sources.json'),
			targets: dataFile('targets.json'),
			priorities: dataFile('priorities.json'),
			systems: dataFile('systems.json'),
			glossary: dataFile('glossary.json'),
			editions: dataFile('editions.json'),
			commitments: dataFile('commitments.json'),
		},
		datasets: walk(join(root, 'data', 'datasets')).map(read),
		boundaries: dataFile('boundaries/icb-2023.topo.json') ?? null,
		public: walk(join(root, 'public')).map((full) => relative(join(root, 'public'), full).split(sep).join('/')),
	};
}

/** Checks the project at `root`; returns every problem. */
export function checkProjectAt(root: string): Problem[] {
	return checkProject(readProjectFiles(root)).problems;
}

export class ContentCheckError extends Error {
	readonly problems: Problem[];
	constructor(problems: Problem[]) {
		super(formatProblems(problems));
		this.problems = problems;
		this.name = 'ContentCheckError';
	}
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
				if (command === 'build') throw new ContentCheckError(problems);
				logger.warn(formatProblems(problems));
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
