/**
 * File names editors choose: a guidance page's name is its web address
 * (content/<priority>/<name>.mdx becomes /<priority>/<name>/), and a
 * dataset's name is its id (data/datasets/<id>.json). Both are lower-case
 * words joined by hyphens.
 */
import type { Problem } from '../problems/problems.ts';
import { suggest } from '../problems/suggest.ts';

const NAME_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A name made of lower-case words and hyphens: "Funding Plan" becomes "funding-plan". */
export function kebabName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/([a-z0-9])([A-Z])/g, '$1-$2')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

function splitName(file: string): { stem: string; ext: string } {
	const dot = file.lastIndexOf('.');
	return dot <= 0 ? { stem: file, ext: '' } : { stem: file.slice(0, dot), ext: file.slice(dot) };
}

/** The problem with a file's name, if its stem is not lower-case words and hyphens, with the corrected name. */
function badName(path: string, stem: string, ext: string, what: string): Problem | undefined {
	if (NAME_RE.test(stem)) return undefined;
	const fixed = kebabName(stem);
	const name = `${stem}${ext}`;
	return {
		file: path,
		field: '',
		message:
			fixed === ''
				? `the name "${name}" has no letters or digits: ${what} are named with lower-case words and hyphens, for example funding-plan${ext}`
				: `the name is not lower-case words and hyphens: rename ${name} to ${fixed}${ext} (${what} are named like funding-plan${ext})`,
	};
}

/**
 * Checks where a file of content/ is and what it is called: a guidance page
 * is content/<priority>/<name>.mdx, where <priority> is one of `priorities`
 * (the ids of data/priorities.json, in order). Returns the problem, or
 * undefined. A page in the wrong place or with the wrong extension is not
 * checked further.
 */
export function checkContentPath(path: string, priorities: readonly string[]): { problem?: Problem; fatal: boolean } {
	const parts = path.split('/');
	const file = parts.at(-1) ?? '';
	const { stem, ext } = splitName(file);
	const folder = parts.length === 3 ? (parts[1] ?? '') : '';
	if (parts.length !== 3 || !priorities.includes(folder)) {
		const near = parts.length === 3 ? suggest(folder, priorities) : undefined;
		const where =
			parts.length > 3
				? `is in a sub-folder (${parts.slice(1, -1).join('/')}/): move it up into content/${parts[1] ?? '<priority>'}/`
				: near !== undefined
					? `is not in a priority folder: did you mean content/${near}/? Move it there`
					: parts.length === 3
						? `is not in a priority folder: "${folder}" is not a priority`
						: 'is not in a priority folder';
		return {
			fatal: true,
			problem: {
				file: path,
				field: '',
				message: `${where}; guidance pages go in content/<priority>/, where <priority> is one of ${priorities.join(', ')}`,
			},
		};
	}
	if (ext === '.MDX' || (ext !== '.mdx' && ext.toLowerCase() === '.mdx')) {
		return {
			fatal: true,
			problem: {
				file: path,
				field: '',
				message: `the extension must be lower case: rename ${file} to ${NAME_RE.test(stem) ? stem : kebabName(stem) || stem}.mdx`,
			},
		};
	}
	if (ext.toLowerCase() !== '.mdx') {
		const message =
			ext.toLowerCase() === '.md' || ext === ''
				? `guidance pages must be .mdx files: rename ${file} to ${NAME_RE.test(stem) ? stem : kebabName(stem) || stem}.mdx`
				: `only guidance pages (.mdx) belong in content/: move ${file} to public/ if it is an image or download, or rename it to .mdx if it is a page`;
		return { fatal: true, problem: { file: path, field: '', message } };
	}
	const problem = badName(path, stem, ext, 'guidance pages');
	return problem ? { fatal: false, problem } : { fatal: false };
}

/** Checks the name of a file of data/datasets/: <id>.json, lower-case words and hyphens. */
export function checkDatasetPath(path: string): { problem?: Problem; fatal: boolean } {
	const file = path.split('/').at(-1) ?? '';
	const { stem, ext } = splitName(file);
	if (ext !== '.json') {
		const message =
			ext.toLowerCase() === '.json'
				? `rename ${file} to ${stem}.json: dataset files end in .json, in lower case`
				: `only .json files belong in data/datasets/: move ${file} elsewhere, or save it as JSON (npm run import:virtual-wards converts the official spreadsheets)`;
		return { fatal: ext.toLowerCase() !== '.json', problem: { file: path, field: '', message } };
	}
	const problem = badName(path, stem, ext, 'dataset files');
	return problem ? { fatal: false, problem } : { fatal: false };
}

/**
 * A rename the problem suggests ("rename A to B") that would collide with a
 * file that exists beside it: the problem then says so, so an editor does not
 * overwrite another page. `existing` are the paths of the files read.
 */
export function withCollision(problem: Problem, existing: ReadonlySet<string>): Problem {
	const to = /\brename .+? to ([^\s:(),]+)/.exec(problem.message)?.[1];
	if (to === undefined) return problem;
	const target = `${problem.file.split('/').slice(0, -1).join('/')}/${to}`;
	if (!existing.has(target) || target === problem.file) return problem;
	return {
		...problem,
		message: `${problem.message}, but ${target} already exists: choose another name, or merge the two files`,
	};
}
