/**
 * Reads a V8 CPU profile (the .cpuprofile JSON that `node --cpu-prof`
 * writes) and sums self time per function and per file, so the benchmark can
 * print where a build spends its time.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	children?: number[];
}

export interface CpuProfile {
	nodes: ProfileNode[];
	startTime: number;
	endTime: number;
	samples?: number[];
	timeDeltas?: number[];
}

export interface SelfTime {
	/** "function (file:line)", the file shortened to the project or package it is in. */
	name: string;
	/** The file as it appears in the profile, shortened. */
	file: string;
	ms: number;
	share: number;
}

/** A file URL shortened to what a reader needs: src/…, node_modules/<package>/…, or node:… */
export function shortFile(url: string): string {
	if (url === '') return '(native)';
	const path = url.replace(/^file:\/\//, '');
	const modules = path.lastIndexOf('/node_modules/');
	if (modules >= 0) return path.slice(modules + 1);
	const src = path.search(/\/(src|scripts|content)\//);
	if (src >= 0) return path.slice(src + 1);
	return path;
}

/** Milliseconds of self time per profile node: each sample's time delta is charged to the node sampled. */
function selfTimes(profile: CpuProfile): Map<number, number> {
	const out = new Map<number, number>();
	const samples = profile.samples ?? [];
	const deltas = profile.timeDeltas ?? [];
	for (let i = 0; i < samples.length; i++) {
		const id = samples[i] as number;
		// The delta before sample i+1 is the time spent in sample i.
		const us = deltas[i + 1] ?? 0;
		out.set(id, (out.get(id) ?? 0) + us / 1000);
	}
	return out;
}

/** The functions with the most self time, merged by name and location, largest first. */
export function topFunctions(profile: CpuProfile, limit = 20): SelfTime[] {
	const total = (profile.endTime - profile.startTime) / 1000;
	const byNode = selfTimes(profile);
	const merged = new Map<string, { file: string; ms: number }>();
	for (const node of profile.nodes) {
		const ms = byNode.get(node.id) ?? 0;
		if (ms === 0) continue;
		const { functionName, url, lineNumber } = node.callFrame;
		const file = shortFile(url);
		const name = `${functionName || '(anonymous)'}${url ? ` (${file}:${lineNumber + 1})` : ''}`;
		const entry = merged.get(name) ?? { file, ms: 0 };
		entry.ms += ms;
		merged.set(name, entry);
	}
	return [...merged]
		.map(([name, { file, ms }]) => ({ name, file, ms, share: ms / total }))
		.sort((a, b) => b.ms - a.ms)
		.slice(0, limit);
}

/** Self time summed by where the code lives: the project's src/, each package, Node's own, and the rest. */
export function selfTimeByPlace(profile: CpuProfile, limit = 12): SelfTime[] {
	const total = (profile.endTime - profile.startTime) / 1000;
	const byNode = selfTimes(profile);
	const places = new Map<string, number>();
	for (const node of profile.nodes) {
		const ms = byNode.get(node.id) ?? 0;
		if (ms === 0) continue;
		const file = shortFile(node.callFrame.url);
		const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
		const place = pkg
			? `node_modules/${pkg}`
			: file.startsWith('src/')
				? 'src/ (the portal, unbundled: config and integrations)'
				: /\.prerender\/chunks\//.test(file)
					? 'the bundled pages (.prerender/chunks: src/, MDX, Astro runtime)'
					: file.startsWith('node:')
						? 'node: (Node.js)'
						: node.callFrame.functionName.startsWith('(')
							? node.callFrame.functionName
							: node.callFrame.url === ''
								? 'built-in functions (file system calls, JSON, module loading)'
								: '(other)';
		places.set(place, (places.get(place) ?? 0) + ms);
	}
	return [...places]
		.map(([name, ms]) => ({ name, file: name, ms, share: ms / total }))
		.sort((a, b) => b.ms - a.ms)
		.slice(0, limit);
}

export const readProfile = (file: string): CpuProfile => JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;

/** A Markdown table of self times. */
export function selfTimeTable(rows: readonly SelfTime[], heading: string): string {
	return [
		`| ${heading} | self time | share of the profile |`,
		'| --- | ---: | ---: |',
		...rows.map(
			(r) => `| \`${r.name.replace(/\|/g, '\\|')}\` | ${(r.ms / 1000).toFixed(2)} s | ${(r.share * 100).toFixed(1)}% |`,
		),
	].join('\n');
}

/**
 * Functions by total time (their own and their callees'), each sample counted
 * once per function however deep the recursion, for the frames `keep` picks:
 * for example the portal's own code, which the build bundles into
 * .prerender/chunks/ and the config loader runs from src/.
 */
export function topInclusive(profile: CpuProfile, keep: (file: string) => boolean, limit = 20): SelfTime[] {
	const total = (profile.endTime - profile.startTime) / 1000;
	const parent = new Map<number, number>();
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const label = (node: ProfileNode) =>
		`${node.callFrame.functionName || '(anonymous)'} (${shortFile(node.callFrame.url)}:${node.callFrame.lineNumber + 1})`;
	const sums = new Map<string, number>();
	const samples = profile.samples ?? [];
	const deltas = profile.timeDeltas ?? [];
	for (let i = 0; i < samples.length; i++) {
		const ms = (deltas[i + 1] ?? 0) / 1000;
		const seen = new Set<string>();
		for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) {
			const node = byId.get(id);
			if (!node || !keep(shortFile(node.callFrame.url))) continue;
			const name = label(node);
			if (seen.has(name)) continue;
			seen.add(name);
			sums.set(name, (sums.get(name) ?? 0) + ms);
		}
	}
	return [...sums]
		.map(([name, ms]) => ({ name, file: name, ms, share: ms / total }))
		.sort((a, b) => b.ms - a.ms)
		.slice(0, limit);
}

/** The portal's own code in a build's profile: src/ as loaded by the config, and the bundled chunks the build renders pages with. */
export const isPortalCode = (file: string) =>
	file.startsWith('src/') || /\.prerender\/chunks\/|dist(\.partial)?\/.*chunks\//.test(file);
