/**
 * The priorities' rules: a headline target exists, and every folder of
 * content/ that holds pages has its entry (adding a priority is an entry in
 * data/priorities.json and a folder, no code).
 */
import { needId, type RuleContext } from './context.ts';

const FILE = 'data/priorities.json';

/** Checks every priority's headline target, and that no folder of pages lacks its priority. */
export function checkPriorities(context: RuleContext): void {
	context.read.priorities.entries.forEach(({ entry: p, index: i }) => {
		if (p.headlineTarget !== undefined) needId(context, 'targets', FILE, `[${i}].headlineTarget`, p.headlineTarget);
	});
	for (const id of context.guidance.unlisted) {
		context.problems.push({
			file: FILE,
			field: '',
			message: `has no entry for the priority "${id}": every priority needs a title, summary and headline target`,
		});
	}
}
