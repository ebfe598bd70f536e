/**
 * /editions/<id>/: what one edition of the planning guidance asked on
 * digital, commitment by commitment, with how fully we could read it stated
 * at the top and, when we read it in a copy, the document cited as its
 * publisher issued it with the copy named beside it. Pure.
 */
import type { Edition } from '../../schemas/edition.ts';
import type { Source } from '../../schemas/source.ts';
import { formatDate } from '../format/dates.ts';
import { copyUrl, editionEntries, READING_LABELS } from '../model/editions.ts';
import { editionHref, editionsHref } from '../routes.ts';
import { crumbsOf } from '../routes/data.ts';
import { ROUTES } from '../routes/list.ts';
import { editionIndexing } from '../search/indexing.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import type { Site } from './site.ts';
import { commitmentAnchor, commitmentHref, stepView, targetLink, type StepView } from './trace-view.ts';
import { dateView, type Link, type TimeView } from './views.ts';

/** A document an edition is published or recorded in, as the page cites it. */
export interface EditionDocumentView {
	/** Its title, linked to its address. */
	link: Link;
	/** "NHS England, 30 January 2025, reference PRN01625". */
	details: string;
	/** The third-party copies we read it in, each linked at the commit read. */
	copies: Link[];
	/** The source's own note, if any. */
	note: string | undefined;
}

/** One commitment's section of an edition's page. */
export interface EditionEntryView {
	/** The section's anchor: the grid's cells link to it. */
	id: string;
	title: string;
	step: StepView;
	/** The commitment's whole path, on /editions/. */
	path: Link;
	/** The targets that measure the commitment. */
	targets: Link[];
}

/** Everything /editions/<id>/ prints. */
export interface EditionPage {
	layout: LayoutModel;
	caption: string;
	heading: string;
	published: TimeView;
	publisher: string;
	/** How fully we could read it, and what exactly we read. */
	reading: { label: string; note: string };
	/** When the date needs saying, how it is attested. */
	publishedNote: string | undefined;
	/** The documents of the edition: primary ones first, each with the copies it was read in. */
	documents: EditionDocumentView[];
	versions: { label: string; date: TimeView; reference: string | undefined; note: string | undefined }[];
	entries: EditionEntryView[];
	/** The grid of every edition. */
	all: Link;
	pagination: { previous: Link | undefined; next: Link | undefined };
}

function documentView(source: Source, edition: Edition): EditionDocumentView {
	const reference = source.kind === 'primary' && edition.reference ? `, reference ${edition.reference}` : '';
	return {
		link: { text: source.title, href: source.url },
		details: `${source.publisher}${source.date ? `, ${formatDate(source.date)}` : ''}${reference}`,
		copies: (source.readIn ?? []).map((copy) => ({
			text: `Read in a copy${copy.form ? ` (${copy.form})` : ''} held in ${copy.repository}, at commit ${copy.commit.slice(0, 7)}`,
			href: copyUrl(copy),
		})),
		note: source.note,
	};
}

const editionLink = (e: Edition | undefined): Link | undefined =>
	e && { text: `${e.label}: ${e.title}`, href: editionHref(e.id) };

/** The page of the edition `id`. */
export function editionPage(site: Site, id: string): EditionPage {
	const index = site.editions.findIndex((e) => e.id === id);
	const edition = site.editions[index];
	if (!edition) throw new Error(`no edition "${id}" (the content check should have caught this)`);
	const reading = READING_LABELS[edition.read];
	const sources = edition.sources.flatMap((ref) => site.sources.get(ref.id) ?? []);
	const primaryFirst = [...sources.filter((s) => s.kind === 'primary'), ...sources.filter((s) => s.kind !== 'primary')];
	return {
		layout: layoutModel(site, {
			title: edition.title,
			description: `What ${edition.name} asked on digital, commitment by commitment. ${reading}`,
			path: ROUTES.edition.href(edition),
			crumbs: crumbsOf(ROUTES.edition, edition, site),
			search: editionIndexing({
				editionLabels: [edition.label],
				summary: `${edition.title}, published ${formatDate(edition.published)}: what it asked on digital. ${reading}`,
			}),
		}),
		caption: edition.label,
		heading: edition.title,
		published: dateView(edition.published),
		publisher: edition.publisher,
		reading: { label: reading, note: edition.readNote },
		publishedNote: edition.publishedNote,
		documents: primaryFirst.map((s) => documentView(s, edition)),
		versions: edition.versions.map((v) => ({
			label: v.label,
			date: dateView(v.date),
			reference: v.reference,
			note: v.note,
		})),
		entries: editionEntries(id, site.traces).map(({ commitment, entry }) => ({
			id: commitmentAnchor(commitment.id),
			title: commitment.title,
			step: stepView(site, commitment, entry, edition),
			path: { text: `${commitment.title}: every edition, and what applies now`, href: commitmentHref(commitment.id) },
			targets: commitment.targets.map((t) => targetLink(site, t)),
		})),
		all: { text: 'Every commitment across every edition', href: editionsHref() },
		pagination: { previous: editionLink(site.editions[index - 1]), next: editionLink(site.editions[index + 1]) },
	};
}
