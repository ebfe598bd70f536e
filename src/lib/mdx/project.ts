/**
 * The MDX check over a whole project: every page body parsed once, the
 * context built from the checked project (ids, addresses, headings, public
 * files), then each body checked against it. The content check
 * (src/lib/content-check/project.ts) calls {@link checkMdxPages}.
 */
import type { CheckedPage, ProjectFiles } from '../content-check/project.ts';
import type { Problem } from '../content-check/problems.ts';
import type { ExistingIds } from '../content-check/references.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { PRIORITY_IDS, type PriorityId } from '../../schemas/priority.ts';
import type { Source } from '../../schemas/source.ts';
import type { Target } from '../../schemas/target.ts';
import { datasetHref, guidanceHref, priorityHref, targetHref } from '../routes.ts';
import { siteAddresses } from '../routes/data.ts';
import { checkMdxTree, type MdxContext } from './check.ts';
import { parseBody } from './parse.ts';
import { headingIds } from './tree.ts';

/** A page body as the content check found it, whether or not its front matter is valid. */
export interface MdxBody {
	file: string;
	body: string;
	bodyLine: number;
}

/** The project as far as the content check got: the valid entries, and the files they came from. */
export interface MdxProject {
	files: ProjectFiles;
	/** The priorities that passed their schema: each has an overview page. */
	priorities: readonly { id: PriorityId; title: string }[];
	sources: readonly Source[];
	targets: readonly Target[];
	datasets: readonly Dataset[];
	/** The ICBs that passed their schema: each has a page that MDX may link to. */
	systems?: readonly { id: string; name: string; region: string; regionCode: string }[] | undefined;
	/** The guidance pages whose front matter is valid. */
	pages: readonly CheckedPage[];
	/** The ids that exist in each data file, valid entries or not (src/lib/content-check/references.ts). */
	ids: ExistingIds;
}

/** content/<priority>/<slug>.mdx → its address, when it is where a guidance page belongs. */
function addressOfFile(file: string): string | undefined {
	const m = /^content\/([^/]+)\/([^/]+)\.mdx$/.exec(file);
	if (!m || !(PRIORITY_IDS as readonly string[]).includes(m[1] ?? '')) return undefined;
	return guidanceHref(m[1] as PriorityId, m[2] ?? '');
}

/**
 * Checks every body. Ids of entries that are themselves invalid count as
 * existing (their own problems are reported elsewhere), so one mistake is
 * never reported twice.
 */
export function checkMdxPages(bodies: readonly MdxBody[], project: MdxProject): Problem[] {
	const parsed = bodies.map((b) => ({ ...b, address: addressOfFile(b.file), result: parseBody(b.body, b.bodyLine) }));
	const valid = new Map(project.pages.map((p) => [p.file, p]));
	const addresses = siteAddresses({
		priorities: project.priorities,
		pages: project.pages.map((p) => ({ priority: p.priority, slug: p.slug, title: p.data.title, draft: p.data.draft })),
		targets: project.targets,
		datasets: project.datasets,
		systems: project.systems,
	});
	// A target or dataset whose entry has its own mistake still has its page: a link
	// to it is not reported again (the entry's problem says what to fix).
	for (const id of project.ids.targets.ids) addresses.add(targetHref(id));
	for (const id of project.ids.datasets.ids) addresses.add(datasetHref(id));
	for (const id of project.ids.priorities.ids) addresses.add(priorityHref(id as PriorityId));
	// When data/priorities.json cannot be read at all, each content folder still has its overview page.
	if (project.ids.priorities.unreadable) {
		for (const f of project.files.content) {
			const folder = /^content\/([^/]+)\//.exec(f.path)?.[1];
			if (folder !== undefined) addresses.add(priorityHref(folder as PriorityId));
		}
	}
	// When data/targets.json cannot be read at all, no link to a target page is reported.
	if (project.ids.targets.unreadable) {
		for (const b of bodies)
			for (const m of b.body.matchAll(/\]\((\/targets\/[a-z0-9-]+\/)[)#]/g)) if (m[1]) addresses.add(m[1]);
	}
	// So has a page whose front matter cannot be read at all (not a draft, as far as anyone can tell).
	for (const f of project.files.content) {
		const address = addressOfFile(f.path);
		if (address !== undefined && !project.pages.some((p) => p.file === f.path && p.data.draft)) addresses.add(address);
	}
	const drafts = new Map<string, string>();
	const headings = new Map<string, string[]>();
	for (const b of parsed) {
		if (b.address === undefined) continue;
		const page = valid.get(b.file);
		if (page?.data.draft) {
			drafts.set(b.address, b.file);
			continue;
		}
		// A page with invalid front matter: its address is accepted (its own problems say what to fix).
		if (!page) addresses.add(b.address);
		if (b.result.ok) headings.set(b.address, headingIds(b.result.tree));
	}
	const context: MdxContext = {
		sources: project.ids.sources,
		datasets: new Map(project.datasets.map((d) => [d.id, d])),
		datasetIds: project.ids.datasets,
		targets: new Map(project.targets.map((t) => [t.id, t])),
		targetIds: project.ids.targets,
		addresses,
		drafts,
		headings,
		publicFiles: project.files.public ? new Set(project.files.public) : undefined,
	};
	const problems: Problem[] = [];
	for (const b of parsed) {
		if (!b.result.ok) {
			const { line, column, construct, message } = b.result.error;
			problems.push({ file: b.file, line: b.bodyLine + line - 1, column, field: construct, message });
			continue;
		}
		problems.push(
			...checkMdxTree({ file: b.file, body: b.body, bodyLine: b.bodyLine, address: b.address }, b.result.tree, context),
		);
	}
	return problems;
}
