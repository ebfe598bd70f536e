/**
 * A UTF-8 byte-order mark (BOM) at the start of a file is invisible in an
 * editor, but Astro's loaders and JSON readers trip over it. The check
 * reports it once per file (so the build stops before Astro reads the file)
 * and reads the rest of the file without it, so every other problem is
 * still listed.
 */
import type { Problem } from '../problems/problems.ts';

const BOM = '\uFEFF';

/** The file's text without a leading byte-order mark, and the problem to report when there was one. */
export function stripBom(path: string, text: string): { text: string; problem?: Problem } {
	if (!text.startsWith(BOM)) return { text };
	return {
		text: text.slice(BOM.length),
		problem: {
			file: path,
			field: '',
			line: 1,
			column: 1,
			message:
				'starts with an invisible byte-order mark (BOM): save the file as UTF-8 without BOM (in VS Code: click "UTF-8 with BOM" in the status bar, then "Save with Encoding", "UTF-8")',
		},
	};
}
