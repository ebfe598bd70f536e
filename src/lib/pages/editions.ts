/**
 * /editions/: the commitment × edition grid (one row per commitment the
 * 2022/23 guidance set, one column per edition, each cell its status word,
 * evidence grade and a link to its words on the edition's page), the key to
 * the evidence grades, and each commitment's path ending in what applies now.
 * The cells come from the trace model (src/lib/model/editions.ts). Pure.
 */
import type { EvidenceGrade } from '../../schemas/commitment.ts';
import { EVIDENCE_CODES, traceGrid } from '../model/editions.ts';
import { editionHref } from '../routes.ts';
import { crumbsOf } from '../routes/data.ts';
import { EDITIONS_TITLE, ROUTES } from '../routes/list.ts';
import { editionIndexing } from '../search/indexing.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import type { Site } from './site.ts';
import {
	commitmentAnchor,
	commitmentPath,
	entryHref,
	statusWordView,
	type CommitmentPathView,
	type StatusWordView,
} from './trace-view.ts';
import { dateView, type Link, type TimeView } from './views.ts';

/** The page's title (it is the route's crumb, src/lib/routes/list.ts). */
export { EDITIONS_TITLE };

/** One cell of the grid. */
export interface GridCellView {
	/** The edition's label, printed as the cell's heading when the grid reads as a list (on a phone). */
	edition: string;
	editionId: string;
	status: StatusWordView;
	/** The evidence grade's code (P, P*, S, C, Absent, Not found) and, for screen readers and the title, its words. */
	code: string;
	grade: EvidenceGrade | undefined;
	evidence: string;
	/** The edition's words on the commitment (or what was searched), on the edition's page. */
	link: Link;
}

/** Everything /editions/ prints. */
export interface EditionsPage {
	layout: LayoutModel;
	heading: string;
	lede: string;
	/** How many cells are filled with evidence and how many are "not found". */
	count: string;
	caption: string;
	/** One column per edition, in date order. */
	columns: { label: string; link: Link; published: TimeView }[];
	/** One row per commitment the 2022/23 guidance set. */
	rows: { id: string; commitment: Link; cells: GridCellView[] }[];
	/** What each evidence code means. */
	key: { code: string; text: string }[];
	/** Every commitment's path, those the 2022/23 guidance set first, then what replaced them. */
	paths: CommitmentPathView[];
}

/** What each evidence grade means, as the key under the grid says. */
const GRADE_KEY: Record<EvidenceGrade, string> = {
	'own-text': 'the edition’s own text (or an official page quoting it)',
	'own-text-in-copy': 'its own text, read in a copy held outside NHS England’s site',
	coverage: 'news or briefing coverage quoting or reporting it',
	companion: 'a companion document of that year, not the guidance itself',
	absent: 'not in the whole text we read',
	'not-found': 'not found in the text we could read (the edition’s page says what was searched)',
};

/** The words of a cell's link: the quote when there is one, else what was said or searched. */
function linkText(quotes: number, grade: EvidenceGrade | undefined): string {
	if (quotes > 0) return 'Quote';
	return grade === 'not-found' || grade === 'absent' ? 'What was searched' : 'What it said';
}

/** The page /editions/. */
export function editionsPage(site: Site): EditionsPage {
	const grid = traceGrid(site.traces);
	const cells = grid.rows.flatMap((r) => r.cells);
	const notFound = cells.filter((c) => c.entry?.evidence.grade === 'not-found').length;
	const summary =
		'Each 2022/23 digital commitment across the later editions of the planning guidance, to the Medium Term Planning Framework: carried, changed, dropped or replaced, with the evidence for each.';
	return {
		layout: layoutModel(site, {
			title: EDITIONS_TITLE,
			description: summary,
			path: ROUTES.editions.href({}),
			crumbs: crumbsOf(ROUTES.editions, {}, site),
			search: editionIndexing({ editionLabels: grid.editions.map((e) => e.label), summary }),
		}),
		heading: EDITIONS_TITLE,
		lede: summary,
		count: `${cells.length} cells: ${cells.length - notFound} with evidence and ${notFound} not found in the text we could read.`,
		caption: 'Each commitment across the editions of the guidance',
		columns: grid.editions.map((e) => ({
			label: e.label,
			link: { text: e.label, href: editionHref(e.id) },
			published: dateView(e.published),
		})),
		rows: grid.rows.map(({ commitment, cells: row }) => ({
			id: commitment.id,
			commitment: { text: commitment.title, href: `#${commitmentAnchor(commitment.id)}` },
			cells: row.map((cell) => ({
				edition: cell.edition.label,
				editionId: cell.edition.id,
				status: statusWordView(cell.entry?.status),
				code: cell.code,
				grade: cell.entry?.evidence.grade,
				evidence: cell.evidence,
				link: {
					text: linkText(cell.entry?.quotes.length ?? 0, cell.entry?.evidence.grade),
					href: entryHref(cell.edition.id, commitment.id),
				},
			})),
		})),
		key: (Object.keys(EVIDENCE_CODES) as EvidenceGrade[]).map((g) => ({ code: EVIDENCE_CODES[g], text: GRADE_KEY[g] })),
		paths: [
			...site.commitments.filter((c) => c.kind === 'original'),
			...site.commitments.filter((c) => c.kind !== 'original'),
		].map((c) => commitmentPath(site, c.id)),
	};
}
