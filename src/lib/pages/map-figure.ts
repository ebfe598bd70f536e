/**
 * The map of ICBs as a figure (the SystemsMap component): each ICB's shape,
 * linked to its page and named with its figure, shaded by its class of beds
 * per 100,000 in the latest month, with a legend that counts each class.
 * Shared like chart-figure.ts: a view, not a page model. Pure: takes the Site.
 */
import { formatMonth } from '../format/dates.ts';
import { formatNumber, NO_FIGURE } from '../model/datasets.ts';
import { rateClass, rateClasses, type RateClass } from '../model/systems-ranking.ts';
import { systemsGoals, WITH_NOTE } from '../model/systems-wording.ts';
import type { SystemFigures, SystemsData } from '../model/systems.ts';
import { systemHref } from '../routes.ts';
import type { MapShapes, Site } from './site.ts';

/** One area of the map: a link to the ICB's page, named with its figure. */
export interface MapArea {
	code: string;
	href: string;
	/** The accessible name: "Black Country: 24.7 beds per 100,000 people of all ages registered with a GP, July 2024". */
	label: string;
	d: string;
	/** app-map__area--0 … --4, or --none. */
	className: string;
}

/** The choropleth, ready to print as inline SVG. */
export interface SystemsMap {
	id: string;
	width: number;
	height: number;
	title: string;
	description: string;
	areas: MapArea[];
	/** The classes in words, each with its swatch class and how many ICBs fall in it. */
	legend: { className: string; text: string; count: number }[];
	attribution: string;
}

/** An ICB's area: its shape, link and name with its figure, or undefined when the map has no shape for it. */
function mapArea(
	s: SystemFigures,
	data: SystemsData,
	map: MapShapes,
	classes: readonly RateClass[],
	month: string,
): MapArea | undefined {
	const path = map.paths.get(s.system.onsCode);
	if (!path) return undefined;
	const rate = s.latest?.rate;
	const k = rateClass(rate?.value, classes);
	const figure =
		rate && rate.value !== null
			? `${formatNumber(rate.value, data.rate.decimals)} beds per 100,000 ${rate.series.per}${rate.note ? WITH_NOTE : ''}`
			: NO_FIGURE;
	return {
		code: s.system.id,
		href: systemHref(s.system.id),
		label: `${s.shortName}: ${figure}, ${month}`,
		d: path.d,
		className: `app-map__area--${k === undefined ? 'none' : String(k)}`,
	};
}

/** The legend: each class in words with how many areas fall in it, then the areas with no figure, if any. */
function mapLegend(areas: readonly MapArea[], classes: readonly RateClass[]): SystemsMap['legend'] {
	const count = (suffix: string) => areas.filter((a) => a.className === `app-map__area--${suffix}`).length;
	const legend = classes.map((c, i) => ({
		className: `app-map__swatch app-map__area--${i}`,
		text:
			c.max === undefined
				? `${c.min} or more beds per 100,000`
				: `${c.min === 0 ? 'Fewer than' : `${c.min} to under`} ${c.max} beds per 100,000`,
		count: count(String(i)),
	}));
	const none = count('none');
	if (none > 0) legend.push({ className: 'app-map__swatch app-map__area--none', text: NO_FIGURE, count: none });
	return legend;
}

/** The map of beds per 100,000 at the latest month, or undefined without boundaries or figures. */
export function systemsMap(site: Site): SystemsMap | undefined {
	const data = site.systemsData;
	const map = site.map;
	if (!data || !map) return undefined;
	const month = data.latestPeriod ? formatMonth(data.latestPeriod) : '';
	const classes = rateClasses(data.rateTarget.goal.min);
	const areas = [...data.systems.values()].flatMap((s) => mapArea(s, data, map, classes, month) ?? []);
	return {
		id: 'systems-map',
		width: map.width,
		height: map.height,
		title: `Map of England's ${systemsGoals(data).boards} integrated care boards, shaded by virtual ward beds per 100,000 people, ${month}`,
		description:
			'Darker areas have more beds per 100,000. Each area links to its ICB’s page. The table below gives every figure.',
		areas,
		legend: mapLegend(areas, classes),
		attribution: map.provenance.attribution,
	};
}
