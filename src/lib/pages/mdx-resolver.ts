/**
 * What the MDX components of a guidance page print, resolved from the site
 * before the page renders: `<Figure>` (a figure in prose, with its footnote
 * number), `<Quote>` (the citation) and `<TargetChart>` (a chart figure).
 * The guidance route builds one resolver per page and hands it to the
 * components through `Astro.locals.mdx`, so they look nothing up themselves.
 * What cannot be printed throws an error naming the page's source file and
 * the component (src/lib/mdx/render-errors.ts); the content check rejects
 * such pages first.
 */
import { formatDate } from '../format/dates.ts';
import { componentError } from '../mdx/render-errors.ts';
import { figureKey } from '../mdx/tree.ts';
import { isNationalChart } from '../model/charts.ts';
import { ENGLAND, findObservation, formatFigure } from '../model/datasets.ts';
import type { FigureNote } from '../model/figures.ts';
import { datasetHref } from '../routes.ts';
import { chartFigure, type ChartFigureView } from './chart-figure.ts';
import type { Site } from './site.ts';
import type { Link } from './views.ts';

/** What an editor writes: `<Figure id="vw-capacity" period="2023-12" />`, `area` optional. */
export interface FigureProps {
	/** The id of a dataset in data/datasets/. */
	id: string;
	/** The month of the figure, YYYY-MM. */
	period: string;
	/** The area: E92000001 (England, the default) or an ICB code. */
	area?: string | undefined;
}

/** A figure as the Figure component prints it. */
export interface FigureView {
	/** The value for the <data> element. */
	value: string;
	/** The figure with its unit and, for rates, who it is per. */
	text: string;
	/** " (secondary source)" after a figure from news or trade press. */
	secondary: string | undefined;
	/** The reference after the figure: to its footnote ("[1]"), or to its dataset ("[source]") when the page has no note for it. */
	ref: { text: string; href: string; id: string | undefined; label: string };
}

/** What an editor writes: `<Quote source="source-id">exact words</Quote>`, `page` optional. */
export interface QuoteProps {
	/** The id of the source in data/sources.json that the words are quoted from. */
	source: string;
	/** The page of the source, if known. */
	page?: string | number | undefined;
}

/** A quotation's citation as the Quote component prints it. */
export interface QuoteView {
	/** The source's address, for the blockquote's `cite`. */
	cite: string;
	/** The source's title, linked. */
	source: Link;
	/** After the title: publisher, date and page, each after a comma. */
	details: string;
}

/** Resolves what each MDX component of one page prints. */
export interface MdxResolver {
	/** The page's source file (content/…/….mdx), named in errors. */
	file: string | undefined;
	/** A `<Figure>`. */
	figure(props: FigureProps): FigureView;
	/** A `<Quote>`. */
	quote(props: QuoteProps): QuoteView;
	/** A `<TargetChart id="…">`: a target measured by a dataset, or a dataset. */
	chart(props: { id: string }): ChartFigureView;
}

/** The resolver of a page whose source file is `file` and whose numbered figure notes are `notes`. */
export function mdxResolver(site: Site, file: string | undefined, notes: readonly FigureNote[]): MdxResolver {
	const keys = notes.map((n) => n.key);
	return {
		file,
		figure({ id, period, area = ENGLAND }) {
			const dataset = site.datasets.get(id);
			if (!dataset) throw componentError(file, `<Figure id="${id}">`, `"${id}" is not a dataset in data/datasets/`);
			const observation = findObservation(dataset, period, area);
			if (!observation || observation.value === null)
				throw componentError(
					file,
					`<Figure id="${id}" period="${period}">`,
					`${id} has no published figure for ${area} in ${period}`,
				);
			const n = keys.indexOf(figureKey({ id, period, area })) + 1;
			return {
				value: String(observation.value),
				text: formatFigure(dataset, observation),
				secondary: observation.secondary ? ' (secondary source)' : undefined,
				ref:
					n > 0
						? {
								text: `[${n}]`,
								href: `#figure-note-${n}`,
								id: `figure-ref-${n}`,
								label: `Source of this figure: note ${n}`,
							}
						: {
								text: '[source]',
								href: datasetHref(id),
								id: undefined,
								label: `Source of this figure: ${dataset.title}`,
							},
			};
		},
		quote({ source: id, page }) {
			const source = site.sources.get(id);
			if (!source) throw componentError(file, `<Quote source="${id}">`, `"${id}" is not a source in data/sources.json`);
			const date = source.date ? `, ${formatDate(source.date)}` : '';
			return {
				cite: source.url,
				source: { text: source.title, href: source.url },
				details: `${source.publisher}${date}${page !== undefined ? `, page ${page}` : ''}`,
			};
		},
		chart({ id }) {
			const chart = site.charts.get(id);
			if (!isNationalChart(chart))
				throw componentError(
					file,
					`<TargetChart id="${id}">`,
					'no chart with this id: use a target measured by a dataset, or a dataset',
				);
			return chartFigure(chart, site.sources, 'page-chart');
		},
	};
}

/** The resolver an MDX component finds in `Astro.locals.mdx`; throws, naming the component, when it is rendered outside a guidance page. */
export function resolverFor(resolver: MdxResolver | undefined, tag: string): MdxResolver {
	if (!resolver)
		throw componentError(
			undefined,
			tag,
			'MDX components render only inside a guidance page (src/pages/[priority]/[slug].astro sets Astro.locals.mdx)',
		);
	return resolver;
}
