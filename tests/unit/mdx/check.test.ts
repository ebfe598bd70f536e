/** The MDX body check (src/lib/mdx/): parsing, the allow-list, references, links, headings and component uses, from the tree. */
import { describe, expect, it } from 'vitest';
import { figureNotes } from '../../../src/lib/model/figures.ts';
import { checkMdxBody, isCommentOnly, type MdxContext } from '../../../src/lib/mdx/check.ts';
import { explainSyntaxError, parseBody } from '../../../src/lib/mdx/parse.ts';
import { componentUses, figureKey, headingIds } from '../../../src/lib/mdx/tree.ts';
import { loadDatasets, loadTargets } from '../../helpers/data.ts';

const datasets = loadDatasets();
const targets = new Map(loadTargets().map((t) => [t.id, t]));
const context: MdxContext = {
	sources: { ids: new Set(['projin-digital-maturity', 'broken-source']), unreadable: false },
	datasets,
	datasetIds: { ids: new Set([...datasets.keys(), 'broken-dataset']), unreadable: false },
	targets,
	targetIds: { ids: new Set(targets.keys()), unreadable: false },
	addresses: new Set(['/', '/virtual-wards/', '/virtual-wards/funding/', '/targets/', '/data/vw-capacity.csv']),
	drafts: new Map([['/virtual-wards/next-steps/', 'content/virtual-wards/next-steps.mdx']]),
	headings: new Map([['/virtual-wards/funding/', ['the-year-before-the-guidance', 'summary']]]),
	publicFiles: new Set(['assets/images/nhsuk-icon-cross.svg']),
};
const FILE = 'content/x/page.mdx';
const check = (body: string) => checkMdxBody({ file: FILE, body, bodyLine: 10, address: '/x/page/' }, context);
const fields = (body: string) => check(body).map((p) => `${p.line}:${p.column} ${p.field}`);

describe('a body the check accepts', () => {
	it("passes Markdown, the components with valid props, working links, images and editors' notes", () => {
		const body = [
			'## A heading',
			'',
			'Text with **bold**, *italics*, ~~struck~~, `<b>in code</b>` and a \\{ literal brace \\}.',
			'',
			'<Quote source="projin-digital-maturity" page="23">',
			'exact words',
			'</Quote>',
			'',
			'England had <Figure id="vw-capacity" period="2023-12" /> beds. {/* a note for editors */}',
			'',
			'<TargetChart id="vw-40-50-per-100k" />',
			'',
			'<InsetText>A note.</InsetText>',
			'',
			'<WarningCallout heading="Deadline">Act now.</WarningCallout>',
			'',
			'[home](/) [funding](/virtual-wards/funding/#summary) [here](#a-heading) [csv](/data/vw-capacity.csv) [mail](mailto:a@b.nhs.uk) [web](https://www.england.nhs.uk/)',
			'',
			'![A cross](/assets/images/nhsuk-icon-cross.svg)',
			'',
			'```mdx',
			'<script>{40-50}</script>',
			'```',
			'',
			'| a | b |',
			'| - | - |',
			'| 1 | 2 |',
		].join('\n');
		expect(check(body)).toEqual([]);
	});

	it('accepts ids of entries that are themselves invalid, so one mistake is not reported twice', () => {
		expect(check('<Quote source="broken-source">x</Quote>\n\n<Figure id="broken-dataset" period="2023-12" />')).toEqual(
			[],
		);
	});

	it("takes only comments as an editors' note", () => {
		expect(isCommentOnly('/* a */')).toBe(true);
		expect(isCommentOnly(' /* a */ /* b */ ')).toBe(true);
		expect(isCommentOnly('/* a */ 1 + /* b */')).toBe(false);
		expect(isCommentOnly('40-50')).toBe(false);
	});
});

describe("problems, each with the file's line and column and the construct", () => {
	it('offsets lines by the front matter and lists every problem of a page in order', () => {
		const problems = check('Text {40-50} and <b>x</b>.\n\n<script>alert(1)</script>\n\n[x](http://example.com)');
		expect(problems.map((p) => [p.file, p.line, p.column, p.field])).toEqual([
			[FILE, 10, 6, '{expression}'],
			[FILE, 10, 18, '<b>'],
			[FILE, 12, 1, '<script>'],
			[FILE, 14, 1, 'link'],
		]);
		expect(problems[0]?.message).toContain('write 40-50 without braces');
		expect(problems[1]?.message).toContain('use **bold**');
		expect(problems[3]?.message).toContain('https://example.com');
	});

	it('reports a syntax error alone, where the parser stopped, with advice', () => {
		expect(check('One.\n\n<Quote source="projin-digital-maturity">\nwords\n\n{40-50}')).toEqual([
			{ file: FILE, line: 12, column: 1, field: '<Quote>', message: expect.stringContaining('close it with </Quote>') },
		]);
		expect(check('a <!-- note --> b')).toEqual([
			{
				file: FILE,
				line: 10,
				column: 3,
				field: '<!-- comment -->',
				message: expect.stringContaining('HTML comments are not allowed'),
			},
		]);
		expect(check('a { b')[0]?.message).toContain('write \\{');
	});

	it('places attribute problems on the attribute', () => {
		const quote = '<Quote source="projin-digital-maturity" page={23}>x</Quote>';
		expect(fields(quote)).toEqual([`10:${quote.indexOf('page=') + 1} <Quote page>`]);
		expect(check('<Quote source="projin-digital-maturity" page={23}>x</Quote>')[0]?.message).toContain(
			'write page="23"',
		);
		const figure = 'x <Figure period="2023-12" id="nope" /> y';
		expect(fields(figure)).toEqual([`10:${figure.indexOf('id="nope"') + 1} <Figure id>`]);
	});

	it('checks component props and references', () => {
		expect(check('<Quote>x</Quote>')[0]).toMatchObject({
			field: '<Quote source>',
			message: expect.stringContaining('is missing'),
		});
		expect(check('<Quote source="nope">x</Quote>')[0]?.message).toContain(
			'"nope" is not a source in data/sources.json',
		);
		expect(check('<Quote source="projin-digital-maturity"></Quote>')[0]?.message).toContain('is empty');
		expect(check('<Figure id="vw-capacity" period="2023-06" />')[0]?.message).toMatch(
			/no published figure for England in "2023-06"; periods with a figure: 2023-07/,
		);
		expect(check('<Figure id="vw-capacity" period="June 2023" />')[0]?.message).toContain('is not a month');
		expect(check('<TargetChart id="digital-investment-plans" />')[0]?.message).toContain(
			'is not measured by a dataset',
		);
		expect(check('<InsetText kind="x">y</InsetText>')[0]?.message).toContain('takes no attributes');
		expect(check('<WarningCallout heading="Act by March" titel="B">y</WarningCallout>')[0]?.message).toContain(
			'unknown attribute "titel"',
		);
		expect(check('<Quote source="projin-digital-maturity" {...x}>y</Quote>')[0]?.field).toBe('<Quote {...x}>');
	});

	it('rejects HTML, event handlers, styles, code and imports', () => {
		expect(fields('<iframe src="https://x.org"></iframe>')).toEqual(['10:1 <iframe>']);
		expect(fields('<style>{`p{}`}</style>')).toEqual(['10:1 <style>']);
		expect(fields('a <span style="color:red">b</span>')).toEqual(['10:9 <span style>']);
		expect(fields('<InsetText onClick="x">y</InsetText>')).toEqual(['10:12 <InsetText onClick>']);
		expect(fields('import X from "y"\n\nexport const a = 1')).toEqual(['10:1 import', '12:1 export']);
		expect(fields('<Chart />')).toEqual(['10:1 <Chart>']);
		expect(fields('a 40-50} b')).toEqual(['10:8 }']);
		expect(check('In {new Date().getFullYear()}')[0]?.message).toContain('write the text itself');
	});

	it('checks links and images', () => {
		const message = (body: string) => check(body)[0]?.message ?? '';
		expect(message('[x](javascript:alert(1))')).toContain('javascript: links run code');
		expect(message('[x](mailto:england.digital)')).toContain('needs one whole email address, with an @');
		expect(message('[x](/Virtual-Wards/Funding/)')).toBe(
			'(/Virtual-Wards/Funding/) write the address in lower case, as /virtual-wards/funding/',
		);
		expect(message('[x](virtual-wards/funding.mdx)')).toContain(
			"is the page's file: link to its address, /virtual-wards/funding/",
		);
		expect(message('[x](/content/virtual-wards/funding.mdx)')).toContain(
			'link to its address, /virtual-wards/funding/',
		);
		expect(message('![A cross](/assets/images/NHSUK-icon-cross.SVG)')).toContain(
			'but there is public/assets/images/nhsuk-icon-cross.svg: write the address in the same case',
		);
		const pasted = `![A chart](data:image/png;base64,${'A'.repeat(5000)})`;
		expect(message(pasted)).toContain('is the image itself pasted as text');
		expect(message(pasted).length).toBeLessThanOrEqual(300);
		expect(message('[x](mailto:a@b.nhs.uk)')).toBe('');
		expect(message('[x](/virtual-wards/fundng/)')).toContain(
			'no page of the site has the address /virtual-wards/fundng/',
		);
		expect(message('[x](/virtual-wards/funding)')).toContain('write /virtual-wards/funding/ with a closing /');
		expect(message('[x](/virtual-wards/next-steps/)')).toContain('content/virtual-wards/next-steps.mdx is a draft');
		expect(message('[x](/virtual-wards/funding/#the-year-before)')).toContain(
			'has no heading with the id "the-year-before"; its headings\' ids are: the-year-before-the-guidance, summary',
		);
		expect(message('## Here\n\n[x](#there)')).toContain(
			'this page has no heading with the id "there": did you mean "here"?',
		);
		expect(message('[x](funding/)')).toContain('is not a full address');
		expect(message('![](/assets/images/nhsuk-icon-cross.svg)')).toContain('has no alt text');
		expect(message('![A map](/assets/images/map.png)')).toContain('there is no file public/assets/images/map.png');
		expect(message('![A map](https://example.com/map.png)')).toContain('images must be files of this site');
	});
});

describe('explaining syntax errors', () => {
	it('turns each parser message into advice', () => {
		expect(
			explainSyntaxError('<b>', '1:1: Expected a closing tag for `<b>` (1:1) (mdx-jsx:unexpected-character)').message,
		).toContain('use **bold**');
		expect(
			explainSyntaxError(
				'x</Quote>',
				'1:2: Unexpected closing tag `</Quote>`, expected an open tag first (mdx-jsx:unexpected-character)',
			).message,
		).toContain('closes nothing');
		expect(explainSyntaxError('a', 'something new').message).toContain('is not valid MDX: something new');
		const parsed = parseBody('<Quote source=projin>x</Quote>');
		expect(parsed.ok ? undefined : parsed.error.message).toContain('put every attribute value in double quotes');
	});
});

describe('reading the tree', () => {
	it('gives heading ids as Astro writes them: github-slugger over the text, repeats numbered', () => {
		const parsed = parseBody("## 2022/23: up to £200m\n\n## Summary\n\n## Summary\n\n### Don't `wait` -- *now*");
		expect(parsed.ok && headingIds(parsed.tree)).toEqual([
			'202223-up-to-200m',
			'summary',
			'summary-1',
			'dont-wait--now',
		]);
	});

	it('lists component uses with their attributes and positions, never from code', () => {
		expect(componentUses('```\n<Figure id="x" />\n```\n\nA <Figure id=\'a\' period="b" /> and `<Figure />`')).toEqual([
			{ name: 'Figure', attributes: { id: 'a', period: 'b' }, line: 5, column: 3 },
		]);
		expect(componentUses('<Quote>')).toEqual([]);
		expect(figureKey({ id: 'vw-capacity', period: '2023-12' })).toBe('vw-capacity/2023-12/E92000001');
	});
});

describe('errors at build time', () => {
	it("name the page's source file and the component, for a figure the check did not see", () => {
		expect(() => figureNotes('<Figure id="nope" period="2023-12" />', datasets, 'content/x/page.mdx')).toThrow(
			/^content\/x\/page\.mdx → <Figure id="nope" period="2023-12">: no such figure; run npm run check:content/,
		);
		expect(
			figureNotes(
				'A <Figure id="vw-capacity" period="2023-12" /> and <Figure id="vw-capacity" period="2023-12" />',
				datasets,
			).map((n) => n.key),
		).toEqual(['vw-capacity/2023-12/E92000001']);
	});
});
