/**
 * Editors' mistakes in the body of a guidance page, made in the real
 * project's pages: each is reported by `npm run check:content` with the
 * file, line and column, the construct, and what to write instead.
 */
import { describe, expect, it } from 'vitest';
import type { ProjectFiles } from '../../src/lib/content-check/project.ts';
import { checkWith, fileAt, lineOf, putFile, replaceIn } from '../helpers/mistakes.ts';

const FUNDING = 'content/virtual-wards/funding.mdx';
const EPR = 'content/digitisation/electronic-patient-records.mdx';
const DMA = 'content/digitisation/levelling-up-digital-maturity.mdx';
const DMA_CALLOUT = '<WarningCallout heading="Do not mix scores from different reports">';
const WGLL = 'content/digitisation/what-good-looks-like.mdx';
const CYBER = 'content/investment-plans/cyber-security.mdx';
const TEAMS = 'content/workforce-skills/dedicated-digital-teams.mdx';
const FIRST = 'Most of the figures on this page';

interface Mistake {
	name: string;
	file: string;
	from: string;
	to: string;
	/** Where the problem starts in the edited file (its first occurrence). */
	at: string;
	/** The construct the output names. */
	field: string;
	/** Key words of the advice. */
	advice: string[];
	/** Another edit the mistake needs (a draft page to link to). */
	also?: (files: ProjectFiles) => void;
}

const mistakes: Mistake[] = [
	{
		name: 'a script element',
		file: FUNDING,
		from: FIRST,
		to: `<script>alert('hi')</script>\n\n${FIRST}`,
		at: '<script>',
		field: '<script>',
		advice: ['not allowed', 'cannot run code'],
	},
	{
		name: 'an iframe',
		file: EPR,
		from: '## The targets',
		to: '<iframe src="https://www.youtube.com/embed/x"></iframe>\n\n## The targets',
		at: '<iframe',
		field: '<iframe>',
		advice: ['not allowed', 'link to the page instead'],
	},
	{
		name: 'a style element',
		file: CYBER,
		from: '## What the guidance asked',
		to: '<style>{`h2 { color: red }`}</style>\n\n## What the guidance asked',
		at: '<style>',
		field: '<style>',
		advice: ['not allowed', 'NHS.UK design system'],
	},
	{
		name: 'a style attribute',
		file: FUNDING,
		from: FIRST,
		to: 'National <span style="color:red">funding</span> helped',
		at: 'style=',
		field: '<span style>',
		advice: ['style= is not allowed', 'use **bold**'],
	},
	{
		name: 'an onclick attribute',
		file: TEAMS,
		from: '## What the guidance asked',
		to: '<a href="#" onclick="track()">Read more</a>\n\n## What the guidance asked',
		at: 'onclick=',
		field: '<a onclick>',
		advice: ['runs code', 'never allowed', '[text](https://…)'],
	},
	{
		name: 'an event handler on a component',
		file: FUNDING,
		from: '<Quote source="projin-digital-maturity">',
		to: '<Quote source="projin-digital-maturity" onMouseOver="x()">',
		at: 'onMouseOver',
		field: '<Quote onMouseOver>',
		advice: ['runs code', 'delete it'],
	},
	{
		name: 'a javascript: link',
		file: FUNDING,
		from: FIRST,
		to: 'National [funding](javascript:alert(1)) helped',
		at: '[funding]',
		field: 'link',
		advice: ['javascript: links run code'],
	},
	{
		name: 'an http: link',
		file: EPR,
		from: 'At the same time,',
		to: 'See [the dashboard](http://www.england.nhs.uk/epr/). At the same time,',
		at: '[the dashboard]',
		field: 'link',
		advice: ['http:// links are not allowed', 'https://www.england.nhs.uk/epr/'],
	},
	{
		name: 'a data: link',
		file: FUNDING,
		from: FIRST,
		to: 'National [funding](data:text/html,hi) helped',
		at: '[funding]',
		field: 'link',
		advice: ['data: links are not allowed', 'https://'],
	},
	{
		name: 'a relative link',
		file: FUNDING,
		from: FIRST,
		to: 'National [funding](national-ambition/) helped',
		at: '[funding]',
		field: 'link',
		advice: ['not a full address', 'starting with /'],
	},
	{
		name: '{40-50} in a sentence',
		file: FUNDING,
		from: FIRST,
		to: 'An ambition of {40-50} beds. Most of the figures on this page',
		at: '{40-50}',
		field: '{expression}',
		advice: ['write 40-50 without braces'],
	},
	{
		name: 'the build year as code',
		file: CYBER,
		from: 'A cyber attack',
		to: 'In {new Date().getFullYear()}, a cyber attack',
		at: '{new Date()',
		field: '{expression}',
		advice: ['write the text itself', '\\{'],
	},
	{
		name: 'code in braces that does not parse',
		file: FUNDING,
		from: FIRST,
		to: 'National {funding(} helped',
		at: '{funding(',
		field: '{expression}',
		advice: ['braces start code', 'without braces'],
	},
	{
		name: 'an unclosed brace',
		file: FUNDING,
		from: FIRST,
		to: 'National {40-50 funding helped',
		at: '{40-50',
		field: '{',
		advice: ['never closed', 'write \\{'],
	},
	{
		name: 'a stray closing brace',
		file: WGLL,
		from: 'It describes what a digitally mature',
		to: 'It describes} what a digitally mature',
		at: '} what',
		field: '}',
		advice: ['without its {', 'write \\}'],
	},
	{
		name: 'an import line',
		file: FUNDING,
		from: FIRST,
		to: `import Chart from '../../src/components/Chart.astro';\n\n${FIRST}`,
		at: 'import Chart',
		field: 'import',
		advice: ['import lines are not allowed', 'without importing'],
	},
	{
		name: 'an export line',
		file: EPR,
		from: '## The targets',
		to: 'export const year = 2023;\n\n## The targets',
		at: 'export const',
		field: 'export',
		advice: ['export lines are not allowed', 'front matter'],
	},
	{
		name: 'an unknown component',
		file: FUNDING,
		from: FIRST,
		to: `<Callout>Note</Callout>\n\n${FIRST}`,
		at: '<Callout>',
		field: '<Callout>',
		advice: ['unknown component <Callout>', 'Quote, InsetText, WarningCallout, Figure, TargetChart'],
	},
	{
		name: 'lowercase HTML <b>',
		file: TEAMS,
		from: 'Digital change needs people',
		to: '<b>Digital</b> change needs people',
		at: '<b>',
		field: '<b>',
		advice: ['<b> is HTML', 'use **bold**'],
	},
	{
		name: 'a Quote without a source',
		file: FUNDING,
		from: '<Quote source="projin-digital-maturity">',
		to: '<Quote>',
		at: '<Quote>',
		field: '<Quote source>',
		advice: ['is missing', 'source="…"'],
	},
	{
		name: 'a Quote with an unknown source',
		file: WGLL,
		from: '<Quote source="redmoor-wgll-roadmap">Your workforce',
		to: '<Quote source="redmoor-wgll">Your workforce',
		at: 'source="redmoor-wgll"',
		field: '<Quote source>',
		advice: ['"redmoor-wgll" is not a source in data/sources.json', 'did you mean "redmoor-wgll-roadmap"?'],
	},
	{
		name: 'a Quote with an expression attribute',
		file: FUNDING,
		from: '<Quote source="projin-digital-maturity">',
		to: '<Quote source="projin-digital-maturity" page={23}>',
		at: 'page={23}',
		field: '<Quote page>',
		advice: ['is code', 'write page="23"'],
	},
	{
		name: 'an unquoted attribute',
		file: FUNDING,
		from: '<Quote source="projin-digital-maturity">',
		to: '<Quote source=projin-digital-maturity>',
		at: '<Quote source=projin',
		field: '<Quote>',
		advice: ['double quotes'],
	},
	{
		name: 'an unclosed component',
		file: DMA,
		from: '</WarningCallout>',
		to: '',
		at: DMA_CALLOUT,
		field: '<WarningCallout>',
		advice: ['never closed', 'close it with </WarningCallout>', '/>'],
	},
	{
		name: 'a misspelt closing tag',
		file: FUNDING,
		from: '</Quote>',
		to: '</Qoute>',
		at: '</Qoute>',
		field: '</Qoute>',
		advice: ['does not match <Quote>', 'close <Quote> with </Quote>'],
	},
	{
		name: 'an HTML comment',
		file: CYBER,
		from: '## What the guidance asked',
		to: '<!-- TODO: check this section -->\n\n## What the guidance asked',
		at: '<!--',
		field: '<!-- comment -->',
		advice: ['HTML comments are not allowed', 'delete it', '{/* note */}'],
	},
	{
		name: 'a dead internal link',
		file: FUNDING,
		from: FIRST,
		to: 'National [funding](/virtual-wards/fundings/) helped',
		at: '[funding]',
		field: 'link',
		advice: ['no page of the site has the address /virtual-wards/fundings/', 'did you mean /virtual-wards/funding/?'],
	},
	{
		name: 'a dead heading anchor',
		file: EPR,
		from: 'At the same time,',
		to: 'See [funding](/virtual-wards/funding/#the-year-before). At the same time,',
		at: '[funding]',
		field: 'link',
		advice: ['has no heading with the id "the-year-before"', 'the-year-before-the-guidance'],
	},
	{
		name: 'a dead anchor on the same page',
		file: FUNDING,
		from: FIRST,
		to: 'Most of the [figures](#the-money) on this page',
		at: '[figures]',
		field: 'link',
		advice: ['this page has no heading with the id "the-money"', '202223-up-to-200-million'],
	},
	{
		name: 'an address without its closing slash',
		file: FUNDING,
		from: FIRST,
		to: 'National [funding](/targets) helped',
		at: '[funding]',
		field: 'link',
		advice: ['write /targets/ with a closing /'],
	},
	{
		name: 'a link to a draft page',
		file: FUNDING,
		from: FIRST,
		to: 'National [next steps](/virtual-wards/next-steps/) helped',
		at: '[next steps]',
		field: 'link',
		advice: ['content/virtual-wards/next-steps.mdx is a draft', 'drafts are not published'],
		also: (files) => {
			const draft = fileAt(files, FUNDING)
				.text.replace('order: 4', 'order: 9\ndraft: true')
				.replace('title: Funding for virtual wards', 'title: Next steps for virtual wards');
			putFile(files, 'content/virtual-wards/next-steps.mdx', draft);
		},
	},
	{
		name: 'a missing image',
		file: FUNDING,
		from: FIRST,
		to: `![A map of virtual wards](/assets/images/virtual-wards-map.png)\n\n${FIRST}`,
		at: '![A map',
		field: 'image',
		advice: ['there is no file public/assets/images/virtual-wards-map.png'],
	},
	{
		name: 'an image with empty alt text',
		file: CYBER,
		from: '## What the guidance asked',
		to: '![](/assets/images/nhsuk-icon-cross.svg)\n\n## What the guidance asked',
		at: '![]',
		field: 'image alt',
		advice: ['has no alt text', 'say what the image shows'],
	},
	{
		name: 'an image from another site',
		file: FUNDING,
		from: FIRST,
		to: `![Chart](https://example.com/chart.png)\n\n${FIRST}`,
		at: '![Chart]',
		field: 'image',
		advice: ['images must be files of this site', 'public/assets/images/'],
	},
	{
		name: 'a Figure of an unknown dataset',
		file: EPR,
		from: '<Figure id="epr-coverage" period="2022-06" />',
		to: '<Figure id="epr-coverge" period="2022-06" />',
		at: 'id="epr-coverge"',
		field: '<Figure id>',
		advice: ['"epr-coverge" is not a dataset', 'did you mean "epr-coverage"?'],
	},
	{
		name: 'a Figure for a month with no figure',
		file: EPR,
		from: '<Figure id="epr-coverage" period="2022-06" />',
		to: '<Figure id="epr-coverage" period="2021-06" />',
		at: 'period="2021-06"',
		field: '<Figure period>',
		advice: ['no published figure for England in "2021-06"', 'periods with a figure:'],
	},
	{
		name: 'a Figure without a period',
		file: EPR,
		from: '<Figure id="epr-coverage" period="2022-06" />',
		to: '<Figure id="epr-coverage" />',
		at: '<Figure id="epr-coverage" />',
		field: '<Figure period>',
		advice: ['is missing', 'period="…"', 'for example <Figure id="vw-capacity" period="2023-12" />'],
	},
	{
		name: 'a Figure with content',
		file: EPR,
		from: '<Figure id="epr-coverage" period="2022-06" />',
		to: '<Figure id="epr-coverage" period="2022-06">90%</Figure>',
		at: '<Figure id="epr-coverage" period="2022-06">',
		field: '<Figure>',
		advice: ['takes no content', '/>'],
	},
	{
		name: 'a TargetChart of an unknown id',
		file: 'content/virtual-wards/later-objectives.mdx',
		from: '<TargetChart id="vw-occupancy-80" />',
		to: '<TargetChart id="vw-occupancy-90" />',
		at: 'id="vw-occupancy-90"',
		field: '<TargetChart id>',
		advice: ['"vw-occupancy-90" is not a target or a dataset', 'vw-occupancy-80'],
	},
	{
		name: 'a misspelt WarningCallout attribute',
		file: DMA,
		from: DMA_CALLOUT,
		to: '<WarningCallout title="Do not mix scores from different reports">',
		at: 'title=',
		field: '<WarningCallout>',
		advice: ['unknown attribute "title"', 'takes heading'],
	},
	// What the build would print as text or drop (src/lib/mdx/check-rendering.ts), and fragments of other pages.
	{
		name: 'two warnings with one heading',
		file: DMA,
		from: '</WarningCallout>',
		to: `</WarningCallout>\n\n${DMA_CALLOUT.replace(' ', '  ')}\nA second warning.\n</WarningCallout>`,
		at: DMA_CALLOUT.replace(' ', '  '),
		field: '<WarningCallout heading>',
		advice: ['is also the heading of the <WarningCallout> on line', 'a heading of its own'],
	},
	{
		name: 'bold never closed',
		file: FUNDING,
		from: FIRST,
		to: `**${FIRST}`,
		at: `**${FIRST}`,
		field: 'bold',
		advice: ['would print as two stars', '**like this**'],
	},
	{
		name: 'a link never closed',
		file: FUNDING,
		from: '[commitment for 2022/23 and 2023/24](/targets/vw-funding-2022-24/)',
		to: '[commitment for 2022/23 and 2023/24](/targets/vw-funding-2022-24/',
		at: '](/targets/vw-funding-2022-24/\n',
		field: 'link',
		advice: ['"](" would print as text', 'closing )'],
	},
	{
		name: 'a footnote reference with no footnote',
		file: FUNDING,
		from: FIRST,
		to: FIRST.replace('figures', 'figures[^1]'),
		at: '[^1]',
		field: 'footnote',
		advice: ['no footnote would print as text', '<Figure />'],
	},
	{
		name: 'a table whose delimiter row has too few columns',
		file: FUNDING,
		from: '| --- | --- | --- |',
		to: '| --- | --- |',
		at: '| Year | National funding',
		field: 'table',
		advice: ['paragraph of pipes', "header's 3 columns (it has 2)"],
	},
	{
		name: 'a table row with a cell too many',
		file: FUNDING,
		from: '| 2022/23 | up to £200 million | from the Service Development Fund |',
		to: '| 2022/23 | up to £200 million | from the Service Development Fund | and more |',
		at: '| 2022/23 | up to £200 million',
		field: 'table row',
		advice: ['has 4 cells but the header has 3', 'would not be shown'],
	},
	{
		name: 'a link to a glossary entry that does not exist',
		file: FUNDING,
		from: '(/glossary/#sdf)',
		to: '(/glossary/#sfd)',
		at: '[Service Development Fund](/glossary/#sfd)',
		field: 'link',
		advice: ['/glossary/ has no heading with the id "sfd"', 'sdf', 'more'],
	},
];

/** The 1-based column of the first `needle` in `text`. */
function columnOf(text: string, needle: string): number {
	const at = text.indexOf(needle);
	return at - text.lastIndexOf('\n', at - 1);
}

describe('MDX body mistakes in the real project', () => {
	it('has at least 28 distinct mistakes', () => {
		expect(new Set(mistakes.map((m) => m.name)).size).toBe(mistakes.length);
		expect(mistakes.length).toBeGreaterThanOrEqual(28);
	});

	it.each(mistakes)('$name: names file:line:column, the construct and what to write', (m) => {
		let text = '';
		const run = checkWith((files) => {
			m.also?.(files);
			replaceIn(files, m.file, m.from, m.to);
			text = fileAt(files, m.file).text;
		});
		expect(run.exitCode).toBe(1);
		const where = `${m.file}:${String(lineOf(text, m.at))}:${String(columnOf(text, m.at))} → ${m.field}: `;
		const line = run.output.split('\n').find((l) => l.trim().startsWith(where));
		expect(line, run.output).toBeDefined();
		for (const words of m.advice) expect(line).toContain(words);
		// One mistake, one problem: no knock-on noise.
		expect(run.problems, run.output).toHaveLength(1);
	});

	it('lists five mistakes in five pages, all of them and nothing else', () => {
		const run = checkWith((files) => {
			replaceIn(files, FUNDING, FIRST, 'National {40-50} funding helped');
			replaceIn(
				files,
				EPR,
				'<Figure id="epr-coverage" period="2022-06" />',
				'<Figure id="epr-coverage" period="2021-06" />',
			);
			replaceIn(
				files,
				WGLL,
				'<Quote source="redmoor-wgll-roadmap">Your workforce',
				'<Quote source="nope">Your workforce',
			);
			replaceIn(files, CYBER, '## What the guidance asked', '<script>x()</script>\n\n## What the guidance asked');
			replaceIn(files, TEAMS, 'Digital change needs people', '<b>Digital</b> change needs people');
		});
		expect(run.exitCode).toBe(1);
		expect(run.problems.map((p) => `${p.file} ${p.field}`).sort()).toEqual(
			[
				`${CYBER} <script>`,
				`${EPR} <Figure period>`,
				`${FUNDING} {expression}`,
				`${TEAMS} <b>`,
				`${WGLL} <Quote source>`,
			].sort(),
		);
		expect(run.output).toMatch(/^5 problems in content or data:/);
	});

	it("accepts an editors' note in {/* */} and a literal brace written \\{", () => {
		const run = checkWith((files) =>
			replaceIn(files, FUNDING, FIRST, '{/* check the figure with finance */}\nNational \\{funding\\} helped'),
		);
		expect(run.output).toBe('content and data: no problems found');
	});
});
