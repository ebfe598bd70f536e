/**
 * "Where this stands now": the opening that guidance and priority pages
 * print above their body, and the home page's line per priority, both
 * written from the trace (src/lib/model/editions.ts: nowSentence, pageLead,
 * priorityNowLine), so no page types a fact about what replaced what. Pure.
 */
import type { PriorityId } from '../../schemas/priority.ts';
import {
	nowSentence,
	nowSentenceText,
	pageLead,
	pageNow,
	priorityNow,
	priorityNowLine,
	type WhatAppliesNow,
} from '../model/editions.ts';
import { editionsHref } from '../routes.ts';
import type { Site } from './site.ts';
import { commitmentHref, sentenceView, type SentenceView } from './trace-view.ts';
import type { Link } from './views.ts';

/** The label the opening starts with. */
export const STANDS_NOW_LABEL = 'Where this stands now';

/** The opening of a guidance or priority page. */
export interface StandsNowView {
	/** "Where this stands now". */
	label: string;
	/** The first sentence when every commitment the page covers was dropped or replaced; undefined otherwise. */
	lead: string | undefined;
	/** One item per commitment: its title, linked to its path on /editions/, and its current-state sentence. */
	items: { commitment: Link; sentence: SentenceView; text: string }[];
	/** Every commitment across every edition. */
	all: Link;
}

function standsNow(site: Site, nows: readonly WhatAppliesNow[]): StandsNowView | undefined {
	if (nows.length === 0) return undefined;
	return {
		label: STANDS_NOW_LABEL,
		lead: pageLead(nows),
		items: nows.map((now) => ({
			commitment: { text: now.commitment.title, href: commitmentHref(now.commitment.id) },
			sentence: sentenceView(site, nowSentence(now)),
			text: nowSentenceText(now),
		})),
		all: { text: 'What later guidance did with each 2022/23 commitment', href: editionsHref() },
	};
}

/** The opening of the guidance page `<priority>/<slug>`; undefined when no commitment covers it. */
export function guidanceStandsNow(site: Site, priority: PriorityId, slug: string): StandsNowView | undefined {
	return standsNow(site, pageNow(`${priority}/${slug}`, site.traces));
}

/** The opening of a priority's page: its commitments set by the 2022/23 guidance; undefined when none is traced. */
export function priorityStandsNow(site: Site, priority: PriorityId): StandsNowView | undefined {
	return standsNow(site, priorityNow(priority, site.traces));
}

/** The home page's line for a priority: what applies now for its commitments, from the trace; undefined when none is traced. */
export function priorityNowText(site: Site, priority: PriorityId): string | undefined {
	const nows = priorityNow(priority, site.traces);
	return nows.length === 0 ? undefined : priorityNowLine(nows);
}
