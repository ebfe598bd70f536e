/**
 * Proves a change left every page looking the same: screenshots one page of
 * every page type (and the search page with results) in Debian's Chromium at
 * 320 and 1280 px and with its print styles, from two built sites, and
 * compares them pixel by pixel.
 *
 *   node scripts/screenshots.ts <dist before> <dist after> [--save=<folder>]
 *
 * Prints a Markdown table of differing pixels per page and view; exits 1 if
 * any page differs. The pages are chosen from the "after" build's routes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { cpuModel } from './lib/machine.ts';
import { comparePngs, SCREENSHOT_VIEWS, screenshotName, screenshotPages, takeScreenshots } from './lib/screenshots.ts';

const [beforeArg, afterArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const save = process.argv.find((a) => a.startsWith('--save='))?.slice('--save='.length);
if (!beforeArg || !afterArg) {
	console.error('usage: node scripts/screenshots.ts <dist before> <dist after> [--save=<folder>]');
	process.exit(2);
}
const before = resolve(beforeArg);
const after = resolve(afterArg);
const pages = screenshotPages(after);
const load = loadavg()
	.map((l) => l.toFixed(2))
	.join(', ');
console.error(`screenshotting ${pages.length} pages (${SCREENSHOT_VIEWS.map((v) => v.label).join(', ')}), twice ...`);
const shotsBefore = await takeScreenshots(before, pages);
const shotsAfter = await takeScreenshots(after, pages);

if (save) {
	for (const [label, shots] of [
		['before', shotsBefore],
		['after', shotsAfter],
	] as const) {
		mkdirSync(join(save, label), { recursive: true });
		for (const [name, png] of shots) writeFileSync(join(save, label, name), png);
	}
}

let differing = 0;
const rows = pages.map((page) => {
	const cells = SCREENSHOT_VIEWS.map((view) => {
		const name = screenshotName(page, view);
		const a = shotsBefore.get(name);
		const b = shotsAfter.get(name);
		if (!a || !b) return 'missing';
		const diff = comparePngs(a, b);
		if (diff.pixels > 0) differing += 1;
		return diff.sizes ? `${diff.pixels} (sizes ${diff.sizes})` : String(diff.pixels);
	});
	return `| ${page.name} | \`${page.path}\` | ${cells.join(' | ')} |`;
});

console.log(`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores (${cpuModel()}), load average ${load}; \`node scripts/screenshots.ts ${beforeArg} ${afterArg}\`.

| page type | page | differing pixels: ${SCREENSHOT_VIEWS.map((v) => v.label).join(' | ')} |
| --- | --- | ${SCREENSHOT_VIEWS.map(() => '---:').join(' | ')} |
${rows.join('\n')}

${differing === 0 ? `All ${pages.length * SCREENSHOT_VIEWS.length} screenshots are identical.` : `${differing} screenshots differ.`}`);
process.exit(differing === 0 ? 0 : 1);
