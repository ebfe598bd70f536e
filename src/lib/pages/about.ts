/** About this portal (/about/): who it is for, where its content comes from, how to suggest a change. */
import { PUBLISHER, type Publisher } from '../../config/publisher.ts';
import { crumbsOf } from '../routes/data.ts';
import { ROUTES } from '../routes/list.ts';
import { aboutHref, sourcesHref } from '../routes.ts';
import { layoutModel, suggestChange, type LayoutModel, type SuggestChange } from './layout.ts';
import type { Site } from './site.ts';

/** A section of the page: its heading and paragraphs. */
export interface AboutSection {
	/** The page's or section's heading. */
	heading: string;
	/** Its paragraphs, in order. */
	paragraphs: string[];
}

/** Everything /about/ prints. */
export interface AboutPage {
	/** Titles, description, crumbs, header, footer and search fields (src/lib/pages/layout.ts). */
	layout: LayoutModel;
	/** The page's or section's heading. */
	heading: string;
	/** The lede paragraph under the heading. */
	lede: string;
	/** Who it is for. */
	audience: AboutSection;
	/** Where the content comes from (followed by the link to every source). */
	content: AboutSection;
	/** Who publishes the site (src/config/publisher.ts): its description, and how to reach it when known. */
	publisher: AboutSection & { contact: { email: string | undefined; url: string | undefined } };
	/** How to suggest a change. */
	changes: AboutSection;
	/** "Suggest a change" as the footer gives it: a link to the repository when its address is set. */
	suggestChange: SuggestChange;
	/** Addresses the page links to. */
	links: { sources: string };
}

/** The about page. */
export function aboutPage(site: Site, publisher: Publisher = PUBLISHER): AboutPage {
	return {
		layout: layoutModel(
			site,
			{
				title: 'About this portal',
				description:
					'Who the planning guidance portal is for, where its content comes from and how to suggest a change.',
				path: aboutHref(),
				crumbs: crumbsOf(ROUTES.about, {}, site),
			},
			publisher,
		),
		heading: 'About this portal',
		lede: "This portal explains the digital priorities of NHS England's 2022/23 priorities and operational planning guidance for the people who have to act on them.",
		audience: {
			heading: 'Who it is for',
			paragraphs: [
				'Staff in integrated care systems, trusts and other NHS providers who need to know what is asked of them, by when, and how far the NHS has got.',
			],
		},
		content: {
			heading: 'Where the content comes from',
			paragraphs: [
				'The guidance was published in three versions: 24 December 2021, 14 January 2022 and 22 February 2022. Its full text was not available to us, so every statement is written in our own words and cites the document or report it comes from. Short quotations are marked as quotations and name the source that quotes them. Secondary sources, such as news reports, are labelled.',
			],
		},
		publisher: {
			heading: 'Who publishes it',
			paragraphs: [
				publisher.description,
				`Each guidance page names its owner: the team responsible for it within ${publisher.name}.`,
			],
			contact: { email: publisher.contact.email, url: publisher.contact.url },
		},
		suggestChange: suggestChange(publisher),
		changes: {
			heading: 'Suggest a change',
			paragraphs: [
				'The portal is built from plain text files. Editors change them through pull requests; the contributing guide in the repository explains how.',
			],
		},
		links: { sources: sourcesHref() },
	};
}
