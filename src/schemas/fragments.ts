/**
 * Shared zod fragments that every collection schema is built from.
 *
 * Each fragment carries its own error message, written for an editor: it says
 * what is allowed and gives an example, so a mistake in any file reads the same.
 */
import { z } from 'zod';

/** Who a guidance page is for. One list, used by schemas, filters and labels. */
export const AUDIENCES = ['acute', 'community', 'mental-health', 'ambulance', 'primary-care', 'ics'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Human labels for {@link AUDIENCES}, in the same order. */
export const AUDIENCE_LABELS: Record<Audience, string> = {
	acute: 'Acute providers',
	community: 'Community providers',
	'mental-health': 'Mental health providers',
	ambulance: 'Ambulance services',
	'primary-care': 'Primary care',
	ics: 'Integrated care systems',
};

/** The seven NHS England regions, as printed in NHS England statistics. */
export const NHS_REGIONS = [
	'East of England',
	'London',
	'Midlands',
	'North East and Yorkshire',
	'North West',
	'South East',
	'South West',
] as const;
export type NhsRegion = (typeof NHS_REGIONS)[number];

/**
 * The codes of each NHS England region: its ODS code (as data/systems.json
 * records it in `regionCode`) and its ONS codes (E40…, as statistics use
 * for an area). ONS gave four regions new codes when their boundaries
 * changed (July 2022 and April 2024); every code a region has had is listed.
 */
export const NHS_REGION_CODES: Record<NhsRegion, { ods: string; ons: readonly string[] }> = {
	'East of England': { ods: 'Y61', ons: ['E40000007', 'E40000013'] },
	London: { ods: 'Y56', ons: ['E40000003'] },
	Midlands: { ods: 'Y60', ons: ['E40000008', 'E40000011'] },
	'North East and Yorkshire': { ods: 'Y63', ons: ['E40000009', 'E40000012'] },
	'North West': { ods: 'Y62', ons: ['E40000010', 'E40000014'] },
	'South East': { ods: 'Y59', ons: ['E40000005'] },
	'South West': { ods: 'Y58', ons: ['E40000006'] },
};

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

function isRealDate(value: string): boolean {
	const m = DATE_RE.exec(value);
	if (!m) return false;
	const [, y, mo, d] = m.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date written `YYYY-MM-DD`, for example `2022-06-30`.
 * Kept as a string so that builds never depend on the machine's time zone.
 */
export const isoDate = z
	.preprocess(
		// Astro's YAML reader turns an unquoted 2022-06-30 into a Date (at UTC
		// midnight); bring it back to the string the editor wrote.
		(v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
		z.string({ error: 'must be a date written YYYY-MM-DD, for example 2022-06-30' }),
	)
	.refine(isRealDate, {
		error: (issue) => `"${String(issue.input)}" is not a real date: write it as YYYY-MM-DD, for example 2022-06-30`,
	});

/** A month written `YYYY-MM`, for example `2023-12` for December 2023. */
export const yearMonth = z.string({ error: 'must be a month written YYYY-MM, for example 2023-12' }).refine(
	(v) => {
		const m = MONTH_RE.exec(v);
		return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
	},
	{
		error: (issue) => `"${String(issue.input)}" is not a month: write it as YYYY-MM, for example 2023-12`,
	},
);

/** A year written `YYYY`, for a figure whose source gives the year but not the month. */
export const yearOnly = z
	.string({ error: 'must be a year written YYYY, for example 2025' })
	.regex(/^\d{4}$/, { error: (issue) => `"${String(issue.input)}" is not a year: write it as YYYY, for example 2025` });

/** An identifier: lower-case letters, digits and hyphens, for example `vw-beds-per-100k`. */
export const slugId = z
	.string({ error: 'must be an id made of lower-case letters, digits and hyphens' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: (issue) =>
			`"${String(issue.input)}" is not a valid id: use lower-case letters, digits and single hyphens, for example vw-beds-per-100k`,
	});

/** A web address starting with https:// (or http:// for the few sources that only serve it). */
export const webUrl = z
	.url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' })
	// The URL parser accepts a space in the path, which a copied address often has (a line break, a
	// file name with spaces): the link a reader clicks would then be cut or changed.
	.refine((u) => !/\s/.test(u), {
		error:
			"has a space in it: copy the address again from the browser's address bar (a space in a file name is written %20)",
	});

/**
 * A reference to an entry of `data/sources.json`, optionally narrowed to where
 * in the source the statement is. A plain string is shorthand for `{ id }`.
 *
 * @example "pg-2022-23-v3"
 * @example { id: "pg-2022-23-v2", section: "Community care models", page: 22 }
 */
export const sourceRef = z.union(
	[
		slugId.transform((id) => ({ id })),
		z.strictObject({
			/** The `id` of an entry in data/sources.json. */
			id: slugId,
			/** The section or heading of the source the statement comes from. */
			section: z.string().min(1).max(200).optional(),
			/** The page number(s) in the source, for example 22 or "23-24". */
			page: z.union([z.number().int().positive(), z.string().min(1).max(20)]).optional(),
		}),
	],
	{ error: 'must be a source id (for example pg-2022-23-v3) or { id, section, page }' },
);
export type SourceRef = z.output<typeof sourceRef>;

/**
 * Text an editor must give; `hint` says what it is, for example "the page title".
 * The message distinguishes a missing field from one of the wrong type.
 */
export function requiredText(hint: string) {
	return z.string({
		// Only the type is worded here; length limits are stated by the check's error map.
		error: (issue) =>
			issue.code !== 'invalid_type'
				? undefined
				: issue.input === undefined
					? `is required: ${hint}`
					: `must be text: ${hint}`,
	});
}

/** How directly a statement was read, as recorded in the facts we gathered. */
export const CONFIDENCE = ['read-primary', 'read-secondary', 'derived', 'illustrative'] as const;
export const confidence = z.enum(CONFIDENCE, {
	error: (issue) => `"${String(issue.input)}" is not allowed: use one of ${CONFIDENCE.join(', ')}`,
});

/** What each {@link CONFIDENCE} level means, as shown beside a quoted wording. */
export const CONFIDENCE_LABELS: Record<(typeof CONFIDENCE)[number], string> = {
	'read-primary': "Read in the publisher's own document.",
	'read-secondary': 'Read in a news or briefing source that quotes or reports the publisher, not in the original.',
	derived: 'Derived by us from primary data.',
	illustrative: 'Illustrative, not from a published source.',
};
