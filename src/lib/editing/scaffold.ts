/**
 * The text of a new guidance page, for `npm run new:page`. Pure: the script
 * decides the file name and writes it; this decides what is in it.
 */
import { AUDIENCES, type Audience } from '../../schemas/fragments.ts';
import type { PriorityId } from '../../schemas/priority.ts';

export interface NewPageOptions {
	priority: PriorityId;
	title: string;
	/** Today's date (YYYY-MM-DD), passed in so the output does not depend on the clock. */
	today: string;
	audience?: readonly Audience[];
	owner?: string;
	/** The day the page becomes public (YYYY-MM-DD): written as publishFrom instead of draft: true. */
	publishFrom?: string | undefined;
}

/** A URL slug from a title: "Hospital at home (2023)" → "hospital-at-home-2023". */
export function slugify(title: string): string {
	return title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/g, '');
}

/** The same date six months later, the default review interval. */
export function sixMonthsAfter(date: string): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const target = new Date(Date.UTC(y, m - 1 + 6, 1));
	const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(d, lastDay));
	return target.toISOString().slice(0, 10);
}

/** Checks the command-line arguments against the priorities (data/priorities.json's ids, in order); returns the problems in words. */
export function validateNewPage(
	priority: string | undefined,
	title: string | undefined,
	priorities: readonly PriorityId[],
): string[] {
	const problems: string[] = [];
	if (!priority || !priorities.includes(priority)) {
		problems.push(`the priority must be one of ${priorities.join(', ')}${priority ? ` (got "${priority}")` : ''}`);
	}
	if (!title || title.trim().length < 3) problems.push('give the page title in quotes, at least 3 characters');
	else if (slugify(title) === '') problems.push(`"${title}" has no letters or digits to make an address from`);
	return problems;
}

/** What is wrong with a `--publish-from` value, in words, or undefined when it is a real date after `today`. */
export function publishFromProblem(value: string, today: string): string | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
	if (!date || date.toISOString().slice(0, 10) !== value)
		return `--publish-from must be a date written YYYY-MM-DD, for example 2027-01-05 (got "${value}")`;
	if (value <= today) return `--publish-from ${value} is not after today (${today}): leave it out to write a draft`;
	return undefined;
}

/**
 * The MDX text of a new page, ready for an editor to fill in: a draft, or,
 * with `publishFrom`, a page that goes public on that day. It has no change
 * notes: its first is added with the first major change after it is published.
 */
export function newPageText(options: NewPageOptions): string {
	const audience = options.audience?.length ? options.audience : (['ics'] as const);
	return `---
title: ${JSON.stringify(options.title)}
# One or two sentences (20 to 320 characters) that answer first: what was asked, and where it stands now.
summary: "TODO: what was asked and where it stands now, in one or two sentences."
# Who it is for: ${AUDIENCES.join(', ')}
audience: [${audience.join(', ')}]
# overview, requirement, how-to or background
kind: requirement
# Ids from data/targets.json that this page is about.
targets: []
# Ids from data/sources.json; add section and page where you can, e.g. { id: pg-2022-23-v3, page: 22 }
sources: [pg-2022-23-v3]
lastReviewed: ${options.today}
nextReview: ${sixMonthsAfter(options.today)}
owner: ${JSON.stringify(options.owner ?? 'Digital policy team')}
# Public change notes, one per major change readers need to know about (never a typo
# or a rewording), in any order; see CONTRIBUTING.md, "Change notes". For example:
#   - { date: 2027-02-01, note: "Added the figures for January 2027." }
changes: []
${
	options.publishFrom === undefined
		? `# Remove this line (or set it to false) to publish the page. To publish it on a
# date instead, replace it with publishFrom: YYYY-MM-DD (a draft is never published).
draft: true`
		: `# The page is left out of the site until this day (YYYY-MM-DD).
publishFrom: ${options.publishFrom}`
}
# To withdraw the page later, keeping it at its address with a warning:
# withdrawn: { date: YYYY-MM-DD, reason: "Why, in a sentence.", replacedBy: <priority>/<file name> }
---

Write the page here, in plain English and in our own words. Every statement
must come from one of the sources above. Quote only short phrases, exactly:

<Quote source="pg-2022-23-v3">the exact words</Quote>

## A heading for the first section

Text.
`;
}
