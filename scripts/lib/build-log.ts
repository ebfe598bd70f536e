/** Reading an `astro build` log (as the benchmark saves it) for where the build spent its time. */

/** The phases of an `astro build` log with their times: content sync and set-up, Vite's bundle, page generation, Pagefind. */
export function buildPhases(log: string): string {
	// "12.3s", "450ms", or over a minute "1m 15s" (the minutes are then a group of their own before the seconds).
	const time = (re: RegExp) => {
		const m = re.exec(log);
		if (!m) return undefined;
		const [, minutes, value, unit] = m;
		return (unit === 'ms' ? Number(value) / 1000 : Number(value)) + Number(minutes ?? 0) * 60;
	};
	const d = String.raw`(?:(\d+)m )?([\d.]+)(ms|s)`;
	const parts: [string, number | undefined][] = [
		['set-up and content sync', time(new RegExp(String.raw`Collecting build info\.\.\.\s*\n.*?Completed in ${d}`))],
		['Vite bundle', time(new RegExp(String.raw`\[vite\] ✓ built in ${d}`))],
		['pages', time(new RegExp(String.raw`generating static routes[\s\S]*?\n[^\n]*✓ Completed in ${d}`))],
		['Pagefind', time(/indexed \d+ of \d+ pages in ()([\d.]+) ?(ms|s)/)],
	];
	return parts
		.filter((p): p is [string, number] => p[1] !== undefined)
		.map(([name, s]) => `${name} ${s.toFixed(1)} s`)
		.join(', ');
}

/** The pages and files an `astro build` log lists: those it rendered, and those its incremental cache gave unchanged ("(restored)", "(cached)"). */
export interface GeneratedPages {
	rendered: string[];
	reused: string[];
}

/**
 * What an `astro build` log (NO_COLOR) says it generated: every "├─ /path",
 * reused from the incremental cache when "(restored)" or "(cached)" follows
 * it, else rendered. With `build.concurrency` above 1 the lines interleave:
 * a rendered page's "├─ /path" is followed by the next page's (the next
 * timestamp follows the path at once) and its "(+12ms)" comes later, after
 * another page's path; a reused page's two parts are always written together.
 */
export function generatedPages(log: string): GeneratedPages {
	const out: GeneratedPages = { rendered: [], reused: [] };
	for (const m of log.matchAll(/├─ (\S+?)(?=\d\d:\d\d:\d\d|\s|$)( \((?:restored|cached)\))?/g)) {
		const [, path, reused] = m;
		if (path === undefined) continue;
		(reused === undefined ? out.rendered : out.reused).push(path);
	}
	return out;
}
