/**
 * What an import changes, per dataset: months added, replaced (with how many
 * figures differ), removed and unchanged, and how many figures are written.
 * Pure: compares the observations before and after.
 */
import { formatMonth } from '../format/dates.ts';
import { monthIndex } from '../format/months.ts';
import { plural } from '../format/text.ts';

/** The fields of an observation the report compares. */
export interface ComparableObservation {
	period: string;
	area: string;
	value: number | null;
	series?: string | undefined;
	note?: string | undefined;
	secondary?: boolean | undefined;
	source?: unknown;
}

/** The changes to one dataset. */
export interface DatasetChanges {
	/** The dataset, as printed (its file). */
	id: string;
	added: string[];
	/** Months already there whose figures differ: how many figures are new, changed and gone. */
	replaced: { month: string; added: number; changed: number; removed: number }[];
	removed: string[];
	unchanged: string[];
	written: number;
}

function key(o: ComparableObservation): string {
	const source = typeof o.source === 'string' ? o.source : (o.source as { id?: string } | undefined)?.id;
	return JSON.stringify([o.value, o.series ?? null, o.note ?? null, o.secondary === true, source ?? null]);
}

function byMonth(list: readonly ComparableObservation[]): Map<string, Map<string, string>> {
	const out = new Map<string, Map<string, string>>();
	for (const o of list) {
		const m = out.get(o.period) ?? new Map<string, string>();
		m.set(o.area, key(o));
		out.set(o.period, m);
	}
	return out;
}

const sortMonths = (months: Iterable<string>) => [...months].sort((a, b) => monthIndex(a) - monthIndex(b));

/** Compares a dataset's observations before (undefined for a new file) and after. */
export function datasetChanges(
	id: string,
	before: readonly ComparableObservation[] | undefined,
	after: readonly ComparableObservation[],
): DatasetChanges {
	const old = byMonth(before ?? []);
	const now = byMonth(after);
	const changes: DatasetChanges = { id, added: [], replaced: [], removed: [], unchanged: [], written: after.length };
	for (const month of sortMonths(now.keys())) {
		const was = old.get(month);
		const is = now.get(month) as Map<string, string>;
		if (!was) {
			changes.added.push(month);
			continue;
		}
		const added = [...is.keys()].filter((a) => !was.has(a)).length;
		const removed = [...was.keys()].filter((a) => !is.has(a)).length;
		const changed = [...is.keys()].filter((a) => was.has(a) && was.get(a) !== is.get(a)).length;
		if (added + changed + removed > 0) changes.replaced.push({ month, added, changed, removed });
		else changes.unchanged.push(month);
	}
	changes.removed = sortMonths([...old.keys()].filter((m) => !now.has(m)));
	return changes;
}

const list = (months: readonly string[]) =>
	months.map((m) => (/^\d{4}-\d{2}$/.test(m) ? formatMonth(m) : m)).join(', ');

const figures = (n: number) => plural(n, 'figure');

function counts(r: { added: number; changed: number; removed: number }): string {
	const parts = [
		r.added ? `${figures(r.added)} added` : '',
		r.changed ? `${figures(r.changed)} changed` : '',
		r.removed ? `${figures(r.removed)} removed` : '',
	];
	return parts.filter((p) => p !== '').join(', ');
}

/** The report as lines, one dataset per paragraph. */
export function formatChanges(all: readonly DatasetChanges[]): string[] {
	const lines: string[] = [];
	for (const c of all) {
		lines.push(`${c.id}: ${figures(c.written)} written`);
		if (c.added.length) lines.push(`  months added (${c.added.length}): ${list(c.added)}`);
		if (c.replaced.length)
			lines.push(
				`  months replaced (${c.replaced.length}): ${c.replaced.map((r) => `${list([r.month])} (${counts(r)})`).join(', ')}`,
			);
		if (c.removed.length) lines.push(`  months removed (${c.removed.length}): ${list(c.removed)}`);
		if (c.unchanged.length) lines.push(`  months unchanged: ${c.unchanged.length}`);
	}
	return lines;
}
