/**
 * Writes data/boundaries/icb-2023.topo.json, the map's shapes, from ONS's
 * full-resolution ICB boundaries (GeoJSON, WGS84): projected, simplified and
 * quantised (src/lib/geo/boundaries.ts), with their source and licence.
 *
 *   npm run import:boundaries -- ../shared/data/boundaries/ICB2023.geojson
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { checkInput, ICB_2023_PROVENANCE, importBoundaries } from '../src/lib/geo/boundaries.ts';

const OUT = 'data/boundaries/icb-2023.topo.json';
const input = process.argv[2];
if (!input) {
	console.error('usage: npm run import:boundaries -- <ICB2023.geojson>');
	process.exit(2);
}
let collection: unknown;
try {
	collection = JSON.parse(readFileSync(input, 'utf8'));
} catch (error) {
	console.error(`${input}: cannot be read as JSON: ${(error as Error).message}`);
	process.exit(1);
}
const problems = checkInput(collection);
if (problems.length > 0) {
	console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${input}:`);
	for (const p of problems) console.error(`  ${input} → features[${p.feature}].${p.field}: ${p.message}`);
	process.exit(1);
}
const file = importBoundaries(collection as FeatureCollection, ICB_2023_PROVENANCE);
mkdirSync('data/boundaries', { recursive: true });
const text = `${JSON.stringify(file)}\n`;
writeFileSync(OUT, text);
console.log(
	`wrote ${OUT}: ${file.objects.icbs.geometries.length} areas, ${file.width}×${file.height} units, ${Math.round(text.length / 1024)} KB`,
);
