/**
 * The MDX check over a whole project: every page body parsed once, the
 * context built from the checked project (ids, addresses, headings, public
 * files), then each body checked against it. The content check
 * (src/lib/content-check/project.ts) calls {@link checkMdxPages}, with its
 * own types: this module names only the little of them it reads
 * ({@link MdxProject}), so the MDX tools never import the check.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import { isBuilt, pageState } from '../model/guidance.ts';
import type { Source } from '../../schemas/source.ts';
import type { Target } from '../../schemas/target.ts';
import type { KnownIds } from '../problems/known-ids.ts';
import type { Problem } from '../problems/problems.ts';
import { datasetHref, glossaryHref, guidanceHref, targetHref } from '../routes.ts';
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

/** A guidance page whose front matter is valid, as far as the MDX check reads it (a CheckedPage of the content check). */
export interface MdxValidPage {
	file: string;
	priority: string;
	slug: string;
	data: { draft: boolean; title: string; publishFrom?: string | undefined; withdrawn?: object | undefined };
}

/** The project as far as the content check got: the valid entries, and the files they came from. */
export interface MdxProject {
	/** The files read (the content check's ProjectFiles): every file under content/, and those of public/ when known. */
	files: { content: readonly { path: string }[]; public?: readonly string[] | undefined };
	sources: readonly Source[];
	targets: readonly Target[];
	datasets: readonly Dataset[];
	/** The ICBs that passed their schema: each has a page that MDX may link to. */
	systems?: readonly { id: string; name: string; region: string; regionCode: string }[] | undefined;
	/** The editions of the guidance that passed their schema: each has a page that MDX may link to. */
	editions?: readonly { id: string; title: string }[] | undefined;
	/** The guidance pages whose front matter is valid. */
	pages: readonly MdxValidPage[];
	/** The ids of the glossary's entries, valid or not: each is an id on /glossary/ that a link may name after #. */
	glossary?: KnownIds | undefined;
	/** The ids that exist in the data files a body refers to, valid entries or not (the content check's ExistingIds). */
	ids: { sources: KnownIds; targets: KnownIds; datasets: KnownIds };
	/** The folders of content/ that are priorities (data/priorities.json's ids, in order). */
	priorities: readonly string[];
	/** The build's publishing date (YYYY-MM-DD): a page whose publishFrom is after it is not built yet; undefined when there is none. */
	publishedOn?: string | undefined;
}

/** content/<priority>/<slug>.mdx → its address, when it is where a guidance page belongs (in one of `priorities`). */
function addressOfFile(file: string, priorities: readonly string[]): string | undefined {
	const m = /^content\/([^/]+)\/([^/]+)\.mdx$/i.exec(file);
	if (!m || !priorities.includes(m[1] ?? '')) return undefined;
	return guidanceHref(m[1] ?? '', m[2] ?? '');
}

/**
 * Checks every body. Ids of entries that are themselves invalid count as
 * existing (their own problems are reported elsewhere), so one mistake is
 * never reported twice.
 */
export function checkMdxPages(bodies: readonly MdxBody[], project: MdxProject): Problem[] {
	const parsed = bodies.map((b) => ({
		...b,
		address: addressOfFile(b.file, project.priorities),
		result: parseBody(b.body, b.bodyLine),
	}));
	const valid = new Map(project.pages.map((p) => [p.file, p]));
	const addresses = siteAddresses({
		// Only the addresses matter here: a priority's title is the A to Z's business.
		priorities: project.priorities.map((id) => ({ id, title: id })),
		pages: project.pages.map((p) => ({
			priority: p.priority,
			slug: p.slug,
			title: p.data.title,
			draft: !isBuilt(p.data, project.publishedOn),
		})),
		targets: project.targets,
		datasets: project.datasets,
		systems: project.systems,
		editions: project.editions,
	});
	// A target or dataset whose entry has its own mistake still has its page: a link
	// to it is not reported again (the entry's problem says what to fix).
	for (const id of project.ids.targets.ids) addresses.add(targetHref(id));
	for (const id of project.ids.datasets.ids) addresses.add(datasetHref(id));
	// When data/targets.json cannot be read at all, no link to a target page is reported.
	if (project.ids.targets.unreadable) {
		for (const b of bodies)
			for (const m of b.body.matchAll(/\]\((\/targets\/[a-z0-9-]+\/)[)#]/g)) if (m[1]) addresses.add(m[1]);
	}
	// So has a page whose front matter cannot be read at all (not a draft, as far as anyone can tell).
	const unbuilt = new Set(project.pages.filter((p) => !isBuilt(p.data, project.publishedOn)).map((p) => p.file));
	for (const f of project.files.content) {
		const address = addressOfFile(f.path, project.priorities);
		if (address !== undefined && !unbuilt.has(f.path)) addresses.add(address);
	}
	const drafts = new Map<string, string>();
	const scheduled = new Map<string, { file: string; publishFrom: string }>();
	const headings = new Map<string, string[]>();
	for (const b of parsed) {
		if (b.address === undefined) continue;
		const page = valid.get(b.file);
		if (page?.data.draft) {
			drafts.set(b.address, b.file);
			continue;
		}
		if (page && pageState(page.data, project.publishedOn) === 'scheduled') {
			scheduled.set(b.address, { file: b.file, publishFrom: page.data.publishFrom ?? '' });
			continue;
		}
		// A page with invalid front matter: its address is accepted (its own problems say what to fix).
		if (!page) addresses.add(b.address);
		if (b.result.ok) headings.set(b.address, headingIds(b.result.tree));
	}
	// The glossary's entries are ids of /glossary/ too: a link to /glossary/#icb names an entry
	// (not checked while data/glossary.json cannot be read: its own problem says why).
	if (project.glossary && !project.glossary.unreadable) headings.set(glossaryHref(), [...project.glossary.ids]);
	const context: MdxContext = {
		sources: project.ids.sources,
		datasets: new Map(project.datasets.map((d) => [d.id, d])),
		datasetIds: project.ids.datasets,
		targets: new Map(project.targets.map((t) => [t.id, t])),
		targetIds: project.ids.targets,
		addresses,
		drafts,
		scheduled,
		headings,
		publicFiles: project.files.public ? new Set(project.files.public) : undefined,
	};
	// A page waiting for its date may link to those published no later: they are public by the time it is.
	const contextFor = (address: string | undefined, base: MdxContext): MdxContext => {
		const own = address === undefined ? undefined : scheduled.get(address);
		if (!own) return base;
		const sooner = [...scheduled].filter(([, s]) => s.publishFrom <= own.publishFrom).map(([a]) => a);
		return { ...base, addresses: new Set([...base.addresses, ...sooner]) };
	};
	const problems: Problem[] = [];
	for (const b of parsed) {
		if (!b.result.ok) {
			const { line, column, construct, message } = b.result.error;
			problems.push({ file: b.file, line: b.bodyLine + line - 1, column, field: construct, message });
			continue;
		}
		problems.push(
			...checkMdxTree(
				{ file: b.file, body: b.body, bodyLine: b.bodyLine, address: b.address },
				b.result.tree,
				contextFor(b.address, context),
			),
		);
	}
	return problems;
}
