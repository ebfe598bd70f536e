/**
 * The header navigation: the priorities (by their short titles), then
 * Targets, Data, Systems (the ICBs) and Regions (the NHS regions), each marked as the current page or the current section.
 */
import type { Priority } from '../../schemas/priority.ts';
import { dataHref, priorityHref, regionsHref, systemsHref, targetsHref } from '../routes.ts';

export interface NavItem {
	/** The text as printed. */
	text: string;
	/** Where it links to. */
	href: string;
	/** `page` on the item's own page, `true` anywhere else in its section (aria-current values). */
	current: 'page' | 'true' | undefined;
}

/** `path` is the current page's path; `priority` the priority it belongs to, if any. */
export function headerNavigation(priorities: readonly Priority[], path: string, priority?: string): NavItem[] {
	const items = [
		...priorities.map((p) => ({ text: p.navTitle ?? p.title, href: priorityHref(p.id), section: p.id === priority })),
		{ text: 'Targets', href: targetsHref(), section: path.startsWith(targetsHref()) },
		{ text: 'Data', href: dataHref(), section: path.startsWith(dataHref()) },
		{ text: 'Systems', href: systemsHref(), section: path.startsWith(systemsHref()) },
		{ text: 'Regions', href: regionsHref(), section: path.startsWith(regionsHref()) },
	];
	return items.map(({ text, href, section }) => ({
		text,
		href,
		current: path === href ? 'page' : section ? 'true' : undefined,
	}));
}
