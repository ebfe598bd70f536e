/**
 * The components an editor may use in a guidance page's body
 * ({@link MDX_COMPONENTS}), and their props, one schema per component.
 * The MDX check (src/lib/mdx/check.ts) validates every use with these, so a
 * wrong or missing attribute reads like a front matter mistake; whether an id
 * names a real source, dataset or target is checked there too. Every value
 * is plain text in quotes: `page="23"`, never `page={23}`.
 */
import { z } from 'zod';
import { areaCode } from './dataset.ts';
import { slugId, yearMonth, yearOnly } from './fragments.ts';

/**
 * The components an editor may use in a guidance page, by name. The check
 * rejects any other `<Capitalised>` tag, and src/components/mdx/index.ts maps
 * each name to its component; the type check keeps the two lists equal.
 */
export const MDX_COMPONENTS = ['Quote', 'InsetText', 'WarningCallout', 'Figure', 'TargetChart'] as const;
/** The name of a component an editor may use: `Quote`, `Figure`, … */
export type MdxComponentName = (typeof MDX_COMPONENTS)[number];

/** `<Quote source="id" page="23">exact words</Quote>` */
export const QuotePropsSchema = z.strictObject({
	/** The id of the source in data/sources.json that the words are quoted from, for example "projin-digital-maturity". */
	source: slugId,
	/** The page (or pages, "23-24") of the source the words are on, if known. */
	page: z.string().min(1).optional(),
});
export type QuoteProps = z.output<typeof QuotePropsSchema>;

/** `<InsetText>a short note</InsetText>`: no attributes. */
export const InsetTextPropsSchema = z.strictObject({});
export type InsetTextProps = z.output<typeof InsetTextPropsSchema>;

/**
 * Headings that say nothing about the warning: the callout's markup already
 * tells screen readers it is important ("Important: Important" otherwise).
 */
export const GENERIC_WARNING_HEADINGS = [
	'important',
	'warning',
	'note',
	'caution',
	'attention',
	'please note',
] as const;

/**
 * `<WarningCallout heading="Funding ends in March 2024">something the reader must not miss</WarningCallout>`:
 * only for a real warning (a risk of acting wrongly). A note about sources
 * goes in `<InsetText>`.
 */
export const WarningCalloutPropsSchema = z.strictObject({
	/**
	 * What the warning is, in a few words, for example "No national money after
	 * March 2024". Required; 3 to 80 characters; not a generic word such as
	 * "Important" or "Warning". Two callouts on a page need different headings.
	 */
	heading: z
		.string({
			// Only a missing heading is worded here: the error map states the length of one too short or too long.
			error: (issue) =>
				issue.code === 'invalid_type'
					? 'is required: say what the warning is, for example heading="No national money after March 2024"'
					: undefined,
		})
		.min(3)
		.max(80)
		.refine(
			(h) =>
				!(GENERIC_WARNING_HEADINGS as readonly string[]).includes(
					h
						.trim()
						.replace(/[.:!]+$/, '')
						.toLowerCase(),
				),
			{
				error: (issue) =>
					`"${String(issue.input)}" does not say what the warning is (readers hear "Important: ${String(issue.input)}"): write what the reader must not miss, for example heading="No national money after March 2024"`,
			},
		),
});
export type WarningCalloutProps = z.output<typeof WarningCalloutPropsSchema>;

/** `<Figure id="vw-capacity" period="2023-12" />`: one published figure of a dataset. */
export const FigurePropsSchema = z.strictObject({
	/** The id of a dataset in data/datasets/, for example "vw-capacity". */
	id: slugId,
	/** The month of the figure, YYYY-MM, or its year, YYYY, where the source states no month (as the dataset writes it); the dataset must have a published figure for it. */
	period: z.union([yearMonth, yearOnly], {
		error: (issue) =>
			`"${String(issue.input)}" is not a month: write it as YYYY-MM, for example 2023-12 (or as the year, YYYY, where the dataset gives the figure only a year)`,
	}),
	/** The area: E92000001 (England, the default) or an ICB code such as QYG. */
	area: areaCode.optional(),
});
export type FigureProps = z.output<typeof FigurePropsSchema>;

/** `<TargetChart id="vw-40-50-per-100k" />`: the chart of a target measured by a dataset, or of a dataset. */
export const TargetChartPropsSchema = z.strictObject({
	/** A target id (of a target that a dataset measures) or a dataset id. */
	id: slugId,
});
export type TargetChartProps = z.output<typeof TargetChartPropsSchema>;

/** The props schema of each component, by the name editors write. */
export const MDX_COMPONENT_PROPS = {
	Quote: QuotePropsSchema,
	InsetText: InsetTextPropsSchema,
	WarningCallout: WarningCalloutPropsSchema,
	Figure: FigurePropsSchema,
	TargetChart: TargetChartPropsSchema,
} satisfies Record<MdxComponentName, z.ZodType>;

/** Which components take content between their tags (the others are written `<Name ... />`). */
export const MDX_COMPONENT_HAS_CONTENT: Record<MdxComponentName, boolean> = {
	Quote: true,
	InsetText: true,
	WarningCallout: true,
	Figure: false,
	TargetChart: false,
};
