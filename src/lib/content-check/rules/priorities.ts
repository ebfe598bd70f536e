/**
 * The priorities' rules: a headline target exists and is one of the
 * priority's own (the home page's card shows it under the priority), and every folder of
 * content/ that holds pages has its entry (adding a priority is an entry in
 * data/priorities.json and a folder, no code).
 */
import { shortList } from '../../problems/known-ids.ts';
import { needId, type RuleContext } from './context.ts';

const FILE = 'data/priorities.json';

/** Checks every priority's headline target, and that no folder of pages lacks its priority. */
export function checkPriorities(context: RuleContext): void {
	context.read.priorities.entries.forEach(({ entry: p, index: i }) => {
		if (p.headlineTarget === undefined) return;
		const field = `[${String(i)}].headlineTarget`;
		needId(context, 'targets', FILE, field, p.headlineTarget);
		const target = context.project.targets.find((t) => t.id === p.headlineTarget);
		// A target whose own priority is not one is reported at the target, not again here.
		if (!target || target.priority === p.id || !context.read.priorities.known.ids.has(target.priority)) return;
		const own = context.project.targets.filter((t) => t.priority === p.id).map((t) => t.id);
		context.problems.push({
			file: FILE,
			field,
			message: `"${target.id}" is a target of ${target.priority}, not of ${p.id}: a priority's headline target is one of its own (${own.length === 0 ? `${p.id} has none yet: leave headlineTarget out` : shortList(own)})`,
		});
	});
	for (const id of context.guidance.unlisted) {
		context.problems.push({
			file: FILE,
			field: '',
			message: `has no entry for the priority "${id}": every priority needs a title, summary and headline target`,
		});
	}
}
