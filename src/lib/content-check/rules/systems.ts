/**
 * The ICBs' rules: each region code is its region's (checked as soon as
 * data/systems.json is read), each population's source exists, and the map's
 * boundaries (data/boundaries/icb-2023.topo.json) match the ICBs.
 */
import { checkBoundaries, onsCodesIn } from '../boundaries.ts';
import { checkSystemsSense } from '../data-sense.ts';
import type { Problem } from '../../problems/problems.ts';
import type { CollectionRead } from '../read.ts';
import type { System } from '../../../schemas/system.ts';
import { needId, type RuleContext } from './context.ts';

const FILE = 'data/systems.json';

/** The checks of data/systems.json on its own: each ICB's region code. */
export function checkSystemsFile(read: CollectionRead<System>): Problem[] {
	return checkSystemsSense(read.entries, FILE);
}

/** Checks every ICB's population sources, and the boundaries against the ICBs. */
export function checkSystems(context: RuleContext): void {
	const { files, reading, problems } = context;
	const systems = context.read.systems;
	systems.entries.forEach(({ entry: s, index: i }) =>
		s.populations.forEach((p, j) => needId(context, 'sources', FILE, `[${i}].populations[${j}].source`, p.source.id)),
	);
	if (files.boundaries === undefined) return;
	problems.push(
		...checkBoundaries(
			files.boundaries && { path: files.boundaries.path, json: reading.json(files.boundaries) },
			systems.entries,
			!systems.known.unreadable,
			onsCodesIn(files.data.systems?.text),
		),
	);
}
