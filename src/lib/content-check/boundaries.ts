/**
 * The map's boundaries (data/boundaries/icb-2023.topo.json) against the
 * ICBs (data/systems.json): every boundary feature's code is an ICB's ONS
 * code, once, and every ICB has a boundary. Each problem names the file, the
 * feature or the ICB's entry, and the field. Pure.
 */
import type { System } from '../../schemas/system.ts';
import { BOUNDARY_OBJECT, boundaryCodes } from '../geo/boundaries.ts';
import type { Problem } from '../problems/problems.ts';

/** Where the committed boundaries are, relative to the project root. */
export const BOUNDARIES_FILE = 'data/boundaries/icb-2023.topo.json';

const REGENERATE = 'regenerate the file with npm run import:boundaries -- <ICB2023.geojson>';

/**
 * The ONS codes of every entry of data/systems.json that has one, valid or
 * not (an entry with another mistake is reported once, where it is, and its
 * boundary is not reported again). Empty when the text is not JSON.
 */
export function onsCodesIn(systemsText: string | undefined): Set<string> {
	try {
		const value = JSON.parse((systemsText ?? '').replace(/^\uFEFF/, '')) as unknown;
		if (!Array.isArray(value)) return new Set();
		return new Set(
			value
				.map((e: unknown) => (e !== null && typeof e === 'object' ? (e as { onsCode?: unknown }).onsCode : undefined))
				.filter((c): c is string => typeof c === 'string'),
		);
	} catch {
		return new Set();
	}
}

/**
 * `file` is the boundaries file as read (`json` undefined when it is not
 * valid JSON: that is reported where it is read), or null when it is
 * missing; `systems` the ICB entries that passed their schema, with their
 * place in data/systems.json; `systemsReadable` false when data/systems.json
 * could not be read (nothing is then compared); `known` the ONS codes of
 * every entry, valid or not (default: those of `systems`).
 */
export function checkBoundaries(
	file: { path: string; json: { value: unknown } | undefined } | null,
	systems: readonly { entry: System; index: number }[],
	systemsReadable = true,
	known: ReadonlySet<string> = new Set(systems.map((s) => s.entry.onsCode)),
): Problem[] {
	if (file === null)
		return [
			{ file: BOUNDARIES_FILE, field: '', message: `is missing: the map of systems is drawn from it; ${REGENERATE}` },
		];
	if (!file.json) return [];
	const { codes, problem } = boundaryCodes(file.json.value);
	if (problem) return [{ file: file.path, field: '', message: problem }];
	if (!systemsReadable) return [];
	const problems: Problem[] = [];
	const seen = new Map<string, number>();
	const at = (i: number) => `objects.${BOUNDARY_OBJECT}.geometries[${i}].properties.code`;
	for (const { code, index } of codes) {
		if (typeof code !== 'string') {
			problems.push({
				file: file.path,
				field: at(index),
				message: `feature ${index} has no code: each feature needs its ICB's ONS code (E54…); ${REGENERATE}`,
			});
			continue;
		}
		const first = seen.get(code);
		if (first !== undefined) {
			problems.push({
				file: file.path,
				field: at(index),
				message: `"${code}" is also the code of feature ${first}: each ICB has one boundary`,
			});
			continue;
		}
		seen.set(code, index);
		if (!known.has(code)) {
			problems.push({
				file: file.path,
				field: at(index),
				message: `feature ${index}'s code "${code}" matches no ICB's onsCode in data/systems.json: use the boundaries of the same year as the ICBs, or correct the ICB's onsCode`,
			});
		}
	}
	for (const { entry, index } of systems) {
		if (!seen.has(entry.onsCode)) {
			problems.push({
				file: 'data/systems.json',
				field: `[${index}].onsCode`,
				message: `"${entry.onsCode}" (${entry.name}) has no boundary in ${BOUNDARIES_FILE}: the map needs one for every ICB; check the code or ${REGENERATE}`,
			});
		}
	}
	return problems;
}
