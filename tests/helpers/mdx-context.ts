/** The MDX check's context for its unit tests: one that knows nothing, with what a test needs laid over it. */
import type { MdxContext } from '../../src/lib/mdx/check.ts';

/** An MdxContext with no sources, datasets, targets, addresses, drafts or headings, then `known` over it. */
export function mdxContext(known: Partial<MdxContext> = {}): MdxContext {
	const none = { ids: new Set<string>(), unreadable: false };
	return {
		sources: none,
		datasets: new Map(),
		datasetIds: none,
		targets: new Map(),
		targetIds: none,
		addresses: new Set(),
		drafts: new Map(),
		headings: new Map(),
		publicFiles: undefined,
		...known,
	};
}
