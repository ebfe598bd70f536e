/**
 * ICB boundaries: from ONS's full-resolution GeoJSON (WGS84) to a small,
 * pre-projected TopoJSON file the build draws the map from, and from that
 * file to SVG path data. Projection (a transverse Mercator like the British
 * National Grid's) is d3-geo's; topology, simplification and quantisation
 * are topojson-server's and topojson-simplify's; decoding is
 * topojson-client's. Pure: texts and objects in, objects out.
 */
import { geoPath, geoTransform, geoTransverseMercator } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

/** The name of the object that holds the areas in the committed TopoJSON file. */
export const BOUNDARY_OBJECT = 'icbs';

/** The property of each ONS feature that holds the ICB's ONS code. */
export const ONS_CODE_FIELD = 'ICB23CD';

/** What the committed file records about where its shapes come from. */
export interface BoundaryProvenance {
	/** The dataset, as ONS names it. */
	source: string;
	/** Where it is published. */
	url: string;
	licence: string;
	/** The attribution the licence requires, printed wherever the map is shown. */
	attribution: string;
}

/** The committed file: a TopoJSON topology in SVG user units (y down) with its size and provenance. */
export type BoundaryFile = Topology<{ [BOUNDARY_OBJECT]: GeometryCollection<{ code: string; name: string }> }> & {
	/** The drawing's width and height, in SVG user units (the map's viewBox). */
	width: number;
	height: number;
	provenance: BoundaryProvenance;
	/** How the file was made, for whoever regenerates it. */
	made: string;
};

/** The provenance of ONS's ICB boundaries of July 2023. */
export const ICB_2023_PROVENANCE: BoundaryProvenance = {
	source: 'Integrated Care Boards (July 2023) Boundaries EN BUC (Office for National Statistics)',
	url: 'https://geoportal.statistics.gov.uk/',
	licence: 'Open Government Licence v3.0',
	attribution:
		'Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2023.',
};

export interface ImportOptions {
	/** The drawing's width in SVG user units; the height follows from England's shape. Default 400. */
	width?: number;
	/** The share of the points to keep, from 0 to 1 (topojson-simplify's quantile(topology, keep): the weight that `keep` of the points reach). Default 0.09. */
	keep?: number;
	/** Islands smaller than this many square units are dropped. Default 2. */
	minIslandArea?: number;
}

/** A problem with an input feature: which one and which field. */
export interface BoundaryProblem {
	feature: number;
	field: string;
	message: string;
}

/** Checks that every feature is a polygon with a text ONS code; returns the problems. */
export function checkInput(collection: unknown): BoundaryProblem[] {
	const c = collection as Partial<FeatureCollection> | null;
	if (!c || c.type !== 'FeatureCollection' || !Array.isArray(c.features)) {
		return [{ feature: -1, field: 'type', message: 'is not a GeoJSON FeatureCollection' }];
	}
	const problems: BoundaryProblem[] = [];
	c.features.forEach((f, i) => {
		const code: unknown = f.properties?.[ONS_CODE_FIELD];
		if (typeof code !== 'string' || !/^E54\d{6}$/.test(code))
			problems.push({
				feature: i,
				field: `properties.${ONS_CODE_FIELD}`,
				message: `must be an ONS ICB code such as E54000008, not ${JSON.stringify(code)}`,
			});
		const type = f.geometry?.type;
		if (type !== 'Polygon' && type !== 'MultiPolygon')
			problems.push({
				feature: i,
				field: 'geometry.type',
				message: `must be Polygon or MultiPolygon, not ${String(type)}`,
			});
	});
	return problems;
}

function mapPositions(geometry: Geometry, fn: (p: Position) => Position): Geometry {
	switch (geometry.type) {
		case 'Polygon':
			return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(fn)) };
		case 'MultiPolygon':
			return {
				type: 'MultiPolygon',
				coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(fn))),
			};
		default:
			throw new Error(`unexpected geometry ${geometry.type}`);
	}
}

/**
 * Projects, simplifies and quantises ONS's boundaries into the committed
 * file. The projection is applied point by point (planar), so the winding
 * order of the source rings does not matter.
 */
export function importBoundaries(
	collection: FeatureCollection,
	provenance: BoundaryProvenance,
	options: ImportOptions = {},
): BoundaryFile {
	const problems = checkInput(collection);
	if (problems.length > 0)
		throw new Error(problems.map((p) => `feature ${p.feature} → ${p.field}: ${p.message}`).join('\n'));
	const width = options.width ?? 400;
	// Central meridian 2°W, as the British National Grid.
	const projection = geoTransverseMercator().rotate([2, -49]).scale(1).translate([0, 0]);
	const project = (p: Position): Position => projection([p[0] as number, p[1] as number]) ?? [0, 0];
	const planar = geoTransform({
		point(x, y) {
			const [px, py] = project([x, y]);
			this.stream.point(px as number, py as number);
		},
	});
	const [[x0, y0], [x1, y1]] = geoPath(planar).bounds(collection);
	const k = width / (x1 - x0);
	const height = Math.ceil((y1 - y0) * k);
	const features: Feature<Geometry, { code: string; name: string }>[] = collection.features.map((f) => {
		const props = f.properties as Record<string, unknown>;
		return {
			type: 'Feature',
			properties: {
				code: props[ONS_CODE_FIELD] as string,
				name: typeof props['ICB23NM'] === 'string' ? props['ICB23NM'] : '',
			},
			geometry: mapPositions(f.geometry, (p) => {
				const [x, y] = project(p);
				return [((x as number) - x0) * k, ((y as number) - y0) * k];
			}),
		};
	});
	features.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));
	const projected: FeatureCollection<Geometry, { code: string; name: string }> = {
		type: 'FeatureCollection',
		features,
	};
	let topo = topology({ [BOUNDARY_OBJECT]: projected }, 1e5) as unknown as Topology<
		Objects<{ code: string; name: string }>
	>;
	topo = presimplify(topo);
	topo = simplify(topo, quantile(topo, options.keep ?? 0.09));
	topo = filter(topo, filterWeight(topo, options.minIslandArea ?? 2));
	// Quantise to a tenth of a unit: small and exact enough for a 400-unit drawing.
	const q = topology(
		{ [BOUNDARY_OBJECT]: feature(topo, topo.objects[BOUNDARY_OBJECT] as GeometryCollection) },
		Math.round(Math.max(width, height) * 10),
	);
	return {
		...(q as unknown as BoundaryFile),
		width,
		height,
		provenance,
		made: 'npm run import:boundaries -- <ICB2023.geojson> (scripts/import-boundaries.ts): d3-geo transverse Mercator (central meridian 2°W), topojson-simplify (Visvalingam, 9% of points kept), islands under 2 square units dropped',
	};
}

/** One area of the map, ready to print: its ONS code and its SVG path data. */
export interface BoundaryPath {
	code: string;
	d: string;
}

/** The areas of the committed file as SVG path data (rounded to a tenth of a unit), in code order. */
export function boundaryPaths(file: BoundaryFile): BoundaryPath[] {
	const collection = feature(file, file.objects[BOUNDARY_OBJECT]);
	const path = geoPath().digits(1);
	return collection.features
		.map((f) => ({ code: String(f.properties?.code), d: path(f) ?? '' }))
		.sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** The ONS codes of the committed file's areas, with their place in its list (for the content check). */
export function boundaryCodes(file: unknown): {
	codes: { code: unknown; index: number }[];
	problem: string | undefined;
} {
	const f = file as Partial<BoundaryFile> | null;
	const geometries = f?.objects?.[BOUNDARY_OBJECT]?.geometries;
	if (f?.type !== 'Topology' || !Array.isArray(geometries))
		return {
			codes: [],
			problem: `is not a TopoJSON topology with an object "${BOUNDARY_OBJECT}": regenerate it with npm run import:boundaries`,
		};
	return {
		codes: geometries.map((g, index) => ({ code: (g.properties as { code?: unknown } | undefined)?.code, index })),
		problem: undefined,
	};
}
