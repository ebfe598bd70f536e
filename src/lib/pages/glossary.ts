/**
 * The glossary (/glossary/): the abbreviations and terms of
 * data/glossary.json. Search treats every name of an entry as the same, and
 * each entry links to a search for it, so this page is also the
 * no-JavaScript way to the vocabulary. Search indexes it as the "Glossary"
 * type, each entry a section of its result (the entry's row carries its id
 * and a `data-pagefind-title`), so a question about a term finds its entry.
 */
import { resolveSources } from '../model/guidance.ts';
import { crumbsOf } from '../routes/data.ts';
import { ROUTES } from '../routes/list.ts';
import { glossaryHref, searchForHref } from '../routes.ts';
import { layoutModel, type LayoutModel } from './layout.ts';
import type { Site } from './site.ts';
import { sourceList, type Link, type SourceListView } from './views.ts';

/** One entry of the glossary. */
export interface GlossaryItem {
	/** The entry's id: its row's id, which "See also" links point to. */
	id: string;
	/** The abbreviation, if the entry has one (printed before the term). */
	abbreviation: string | undefined;
	/** The term in full. */
	term: string;
	/** What the figures measure. */
	definition: string;
	/** "Also called: …." when the entry has synonyms. */
	synonyms: string | undefined;
	/** The related entries, linked within the page. */
	related: Link[];
	/** The search for the entry's abbreviation (or term), and the name it searches for. */
	search: { href: string; name: string };
	/** The entry's title in search results, where each entry is a section of the glossary's result: "ICB: Integrated care board". */
	searchTitle: string;
}

/** Everything /glossary/ prints. */
export interface GlossaryPage {
	/** Titles, description, crumbs, header, footer and search fields (src/lib/pages/layout.ts). */
	layout: LayoutModel;
	/** The page's or section's heading. */
	heading: string;
	/** The lede paragraph under the heading. */
	lede: string;
	/** The entries, in alphabetical order of what readers look up. */
	entries: GlossaryItem[];
	/** The sources the entries cite, each once; undefined when none do. */
	sources: SourceListView | undefined;
}

/** The glossary page. */
export function glossaryPage(site: Site): GlossaryPage {
	const byId = new Map(site.glossary.map((g) => [g.id, g]));
	const cited = resolveSources(
		[...new Map(site.glossary.flatMap((g) => g.sources).map((s) => [s.id, s])).values()],
		site.sources,
	);
	return {
		layout: layoutModel(site, {
			title: 'Glossary',
			description:
				'The abbreviations and terms used in the 2022/23 planning guidance digital priorities, and the other names search treats as the same.',
			path: glossaryHref(),
			crumbs: crumbsOf(ROUTES.glossary, {}, site),
			search: {
				type: 'glossary',
				meta: { summary: 'The abbreviations and terms of the planning guidance, and what they mean.' },
			},
		}),
		heading: 'Glossary',
		lede: 'The abbreviations and terms used on this portal. Search treats every name of a term as the same, so a search for an abbreviation also finds pages that spell it out.',
		entries: site.glossary.map((g) => ({
			id: g.id,
			abbreviation: g.abbreviation,
			term: g.term,
			definition: g.definition,
			synonyms: g.synonyms.length > 0 ? `Also called: ${g.synonyms.join(', ')}.` : undefined,
			related: g.related.map((r) => ({ text: byId.get(r)?.term ?? r, href: `#${r}` })),
			search: { href: searchForHref(g.abbreviation ?? g.term), name: g.abbreviation ?? g.term },
			searchTitle: g.abbreviation ? `${g.abbreviation}: ${g.term}` : g.term,
		})),
		sources: cited.length > 0 ? sourceList(cited) : undefined,
	};
}
