/**
 * The targets' rules: each belongs to a priority of data/priorities.json;
 * its sources, dataset and later targets exist; it does not point to itself;
 * and its id is not a dataset's (they share chart addresses).
 */
import { suggest } from '../../problems/suggest.ts';
import { needId, type RuleContext } from './context.ts';

const FILE = 'data/targets.json';

/** The message for a priority that data/priorities.json does not list, with the nearest one. */
function unknownPriority(priority: string, ids: readonly string[]): string {
	const near = suggest(priority, ids);
	const list = ids.join(', ');
	return near === undefined
		? `"${priority}" is not a priority: use one of ${list}`
		: `"${priority}" is not a priority: did you mean "${near}"? Use one of ${list}`;
}

/**
 * Checks every valid target's priority (an id of data/priorities.json, or a
 * folder of pages whose missing entry is reported once, on that file) and references.
 */
export function checkTargets(context: RuleContext): void {
	const { ids, problems } = context;
	const priorities = context.guidance.folders;
	context.read.targets.entries.forEach(({ entry: t, index: i }) => {
		if (!ids.priorities.unreadable && !priorities.includes(t.priority))
			problems.push({ file: FILE, field: `[${i}].priority`, message: unknownPriority(t.priority, priorities) });
		t.sources.forEach((s, j) => needId(context, 'sources', FILE, `[${i}].sources[${j}]`, s.id));
		if (t.wording) needId(context, 'sources', FILE, `[${i}].wording.source`, t.wording.source.id);
		t.outcome?.sources.forEach((s, j) => needId(context, 'sources', FILE, `[${i}].outcome.sources[${j}]`, s.id));
		if (t.dataset) needId(context, 'datasets', FILE, `[${i}].dataset`, t.dataset);
		for (const key of ['supersededBy', 'followedBy'] as const) {
			const other = t[key];
			if (other === undefined) continue;
			if (other === t.id) {
				problems.push({
					file: FILE,
					field: `[${i}].${key}`,
					message: `a target cannot point to itself: name the later target that ${key === 'supersededBy' ? 'replaced' : 'followed'} it`,
				});
			} else needId(context, 'targets', FILE, `[${i}].${key}`, other);
		}
		if (ids.datasets.ids.has(t.id)) {
			problems.push({
				file: FILE,
				field: `[${i}].id`,
				message: `"${t.id}" is also a dataset id: targets and datasets share chart addresses (/charts/<id>.svg), so give the target another id`,
			});
		}
	});
}
