/**
 * What the visitors of the MDX check (check.ts and the check-*.ts beside it)
 * share: the page being checked, what each is given, and where a node or an
 * attribute is in the body.
 */
import type { MdxNode } from './parse.ts';

/** A page body to check: its file, text, the line of the file it starts on and the page's own address. */
export interface MdxPage {
	file: string;
	body: string;
	/** The line of the file the body starts on (CheckedPage.bodyLine). */
	bodyLine: number;
	/** The page's address, for example /virtual-wards/funding/ (for links to its own headings). */
	address?: string | undefined;
}

/** What every visitor is given: the page, the project, the page's own heading ids, and where to report. */
export interface Visit<C> {
	page: MdxPage;
	/** What the visitor needs to know of the project (each visitor module says what, in its own interface). */
	context: C;
	/** The ids of the page's own headings, for links to `#id`. */
	ownHeadings: readonly string[];
	/** Records a problem at an offset of the body (turned into the file's line and column). */
	report: (offset: number, field: string, message: string) => void;
}

/** The node of a kind: `NodeOf<'link'>`. */
export type NodeOf<T extends MdxNode['type']> = Extract<MdxNode, { type: T }>;

/** Where a node starts in the body. */
export function startOf(node: MdxNode): number {
	return node.position?.start.offset ?? 0;
}

/**
 * The offset of an attribute in the opening tag that starts at `start`
 * (satteri gives attributes no position), or of the first `{` attribute when
 * `name` is null; the tag's start when not found.
 */
export function attributeOffset(body: string, start: number, name: string | null): number {
	let quote = '';
	let depth = 0;
	for (let i = start + 1; i < body.length; i++) {
		const c = body[i];
		if (quote) {
			if (c === quote) quote = '';
			continue;
		}
		if (c === '"' || c === "'") {
			quote = c;
			continue;
		}
		if (c === '{') {
			if (depth === 0 && name === null && /\s/.test(body[i - 1] ?? '')) return i;
			depth++;
			continue;
		}
		if (c === '}') {
			depth--;
			continue;
		}
		if (depth > 0) continue;
		if (c === '>') break;
		if (
			name !== null &&
			/\s/.test(body[i - 1] ?? '') &&
			body.startsWith(name, i) &&
			/[\s=/>]/.test(body[i + name.length] ?? '')
		)
			return i;
	}
	return start;
}
