/**
 * Data values checked for sense, beyond their types: figures within the
 * range their unit allows, area codes that exist, observations in date
 * order with one figure per area and period, and ICB regions whose codes
 * agree.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import { NHS_REGION_CODES, NHS_REGIONS } from '../../schemas/fragments.ts';
import type { System } from '../../schemas/system.ts';
import { ENGLAND } from '../model/datasets.ts';
import type { Problem } from '../problems/problems.ts';
import type { KnownIds } from '../problems/known-ids.ts';
import { suggest } from '../problems/suggest.ts';

/** Every NHS region's ONS code (E40…), with the region's name. */
const REGION_BY_ONS = new Map(NHS_REGIONS.flatMap((r) => NHS_REGION_CODES[r].ons.map((code) => [code, r] as const)));

/** Whether a dataset's unit is a percentage: "%" or "% of …". */
export function isPercentage(unit: string): boolean {
	return /^%/.test(unit.trim()) || /\bper ?cent\b/i.test(unit);
}

/** The range a dataset's figures must fall in: `minimum` (default 0) to `maximum` (default 100 for a percentage, otherwise none). */
export function valueRange(dataset: Pick<Dataset, 'unit' | 'minimum' | 'maximum'>): {
	min: number;
	max: number | undefined;
} {
	return { min: dataset.minimum ?? 0, max: dataset.maximum ?? (isPercentage(dataset.unit) ? 100 : undefined) };
}

/** Why an area code does not exist, or undefined when it does (ICB codes are not checked when data/systems.json could not be read). */
export function unknownArea(code: string, systems: KnownIds): string | undefined {
	if (code === ENGLAND || REGION_BY_ONS.has(code)) return undefined;
	// Codes are written in capitals: a code that is right but for its case is named as such.
	const upper = code.toUpperCase();
	if (upper !== code && (upper === ENGLAND || REGION_BY_ONS.has(upper) || systems.ids.has(upper)))
		return `"${code}" is written in the wrong case: area codes are in capitals, "${upper}"`;
	if (code.startsWith('E40')) {
		return `"${code}" is not an NHS region code: the regions are ${[...REGION_BY_ONS].map(([c, r]) => `${c} (${r})`).join(', ')}`;
	}
	if (systems.unreadable || systems.ids.has(code)) return undefined;
	const near = suggest(code, systems.ids);
	return `"${code}" is not an ICB in data/systems.json: ${near === undefined ? '' : `did you mean "${near}"? `}use the ICB's ODS code as listed there, E92000001 for England or an NHS region code E40…`;
}

/**
 * Checks a dataset's figures: within range, for areas that exist, one per
 * area and period, and in date order per area (and series). Fields are
 * paths within the dataset's file.
 */
export function checkDatasetSense(dataset: Dataset, file: string, systems: KnownIds): Problem[] {
	const problems: Problem[] = [];
	const { min, max } = valueRange(dataset);
	const seen = new Set<string>();
	const latest = new Map<string, { period: string; index: number }>();
	const outOfOrder = new Set<string>();
	dataset.observations.forEach((o, i) => {
		const at = `observations[${String(i)}]`;
		if (o.value !== null && o.value < min) {
			problems.push({
				file,
				field: `${at}.value`,
				message:
					min === 0
						? `${String(o.value)} is negative: counts and percentages cannot be below 0 (write null, with a note, where no figure was published)`
						: `${String(o.value)} is below this dataset's minimum of ${String(min)}`,
			});
		}
		if (o.value !== null && max !== undefined && o.value > max) {
			problems.push({
				file,
				field: `${at}.value`,
				message:
					dataset.maximum === undefined
						? `${String(o.value)} is more than 100: a percentage is at most 100 (if this measure can exceed 100, say so with "maximum" in the dataset)`
						: `${String(o.value)} is above this dataset's maximum of ${String(max)}`,
			});
		}
		const area = unknownArea(o.area, systems);
		if (area) problems.push({ file, field: `${at}.area`, message: area });
		const key = `${o.period} ${o.area}`;
		if (seen.has(key))
			problems.push({
				file,
				field: at,
				message: `a second figure for ${o.area} in ${o.period}: each area has one figure per period`,
			});
		seen.add(key);
		const line = `${o.area} ${o.series ?? ''}`;
		const before = latest.get(line);
		if (before && o.period < before.period && !outOfOrder.has(line)) {
			outOfOrder.add(line);
			problems.push({
				file,
				field: `${at}.period`,
				message: `"${o.period}" comes after "${before.period}" (observations[${String(before.index)}]) for ${o.area}${o.series ? ` in series ${o.series}` : ''}: list each area's figures in date order, earliest first`,
			});
		}
		if (!before || o.period > before.period) latest.set(line, { period: o.period, index: i });
	});
	return problems;
}

/** Checks that each ICB's region code is its region's (London is Y56, …). */
export function checkSystemsSense(systems: readonly { entry: System; index: number }[], file: string): Problem[] {
	const problems: Problem[] = [];
	for (const { entry, index } of systems) {
		const expected = NHS_REGION_CODES[entry.region].ods;
		if (entry.regionCode !== expected) {
			const owner = NHS_REGIONS.find((r) => NHS_REGION_CODES[r].ods === entry.regionCode);
			problems.push({
				file,
				field: `[${String(index)}].regionCode`,
				message: `"${entry.regionCode}" is ${owner ? `the code of ${owner}` : 'not an NHS region code'}, but the region is ${entry.region}: its code is ${expected}`,
			});
		}
	}
	return problems;
}
