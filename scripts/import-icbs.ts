/**
 * Writes data/systems.json from the gathered list of the 42 ICBs
 * (../shared/data/icbs.json or any file of the same shape).
 *
 *   npm run import:icbs -- ../shared/data/icbs.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { SystemSchema, type System } from '../src/schemas/system.ts';
import { parseWithFriendlyErrors } from '../src/lib/problems/error-map.ts';
import { formatProblems, type Problem } from '../src/lib/problems/problems.ts';

interface GatheredIcb {
	code: string;
	onsCode: string;
	name: string;
	region: string;
	regionCode: string;
	gpRegisteredPopulation16plus_Apr2023: number;
	gpRegisteredPopulationAllAges_Apr2024: number;
}

/**
 * ONS recoded two ICBs in 2023, when their boundaries changed (../shared/data/facts.md, D2):
 * the gathered list has the July 2022 codes; the site uses the 2023 codes of the boundaries it maps.
 */
const ONS_CODES_2023: Readonly<Record<string, string>> = { E54000052: 'E54000063', E54000053: 'E54000064' };

const input = process.argv[2];
if (!input) {
	console.error('usage: npm run import:icbs -- <icbs.json>');
	process.exit(2);
}
const gathered = JSON.parse(readFileSync(input, 'utf8')) as GatheredIcb[];
const problems: Problem[] = [];
const systems: System[] = [];
gathered.forEach((icb, i) => {
	const parsed = parseWithFriendlyErrors(
		SystemSchema,
		{
			id: icb.code,
			onsCode: ONS_CODES_2023[icb.onsCode] ?? icb.onsCode,
			name: icb.name,
			region: icb.region.replace(' & ', ' and '),
			regionCode: icb.regionCode,
			populations: [
				{
					basis: 'gp-registered-16-plus',
					month: '2023-04',
					value: icb.gpRegisteredPopulation16plus_Apr2023,
					source: 'nhsd-gp-registered-population',
				},
				{
					basis: 'gp-registered-all-ages',
					month: '2024-04',
					value: icb.gpRegisteredPopulationAllAges_Apr2024,
					source: 'nhsd-gp-registered-population',
				},
			],
		},
		input,
		[i],
	);
	if (parsed.ok) systems.push(parsed.data);
	else problems.push(...parsed.problems);
});
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exit(1);
}
systems.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
// Write the shorthand form editors would write: source as a plain id.
const out = systems.map((s) => ({ ...s, populations: s.populations.map((p) => ({ ...p, source: p.source.id })) }));
writeFileSync('data/systems.json', `${JSON.stringify(out, null, '\t')}\n`);
console.log(`wrote data/systems.json: ${systems.length} integrated care boards`);
