/** The MDX check over every page of a project: links to pages, drafts and headings (src/lib/mdx/project.ts), on the fixture site. */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/lib/content-check/project.ts';
import { checkMdxPages, type MdxBody } from '../../../src/lib/mdx/project.ts';
import { fixtureFiles } from '../../helpers/fixture-site.ts';

const files = fixtureFiles();
const { project, ids } = checkProject(files);
const mdx = { files, ...project, ids, glossary: ids.glossary, priorities: project.priorities.map((p) => p.id) };
const bodies: MdxBody[] = project.pages.map((p) => ({ file: p.file, body: p.body, bodyLine: p.bodyLine }));
const withBody = (file: string, body: string): MdxBody[] =>
	bodies.map((b) => (b.file === file ? { ...b, body: `${b.body}\n${body}\n` } : b));

describe('the MDX pages of a project', () => {
	it('passes the fixture site', () => {
		expect(bodies).toHaveLength(5);
		expect(checkMdxPages(bodies, mdx)).toEqual([]);
	});

	it('reports a link to a draft, to a page that does not exist and to a heading another page does not have', () => {
		const problems = checkMdxPages(
			withBody(
				'content/virtual-wards/overview.mdx',
				'See [next steps](/virtual-wards/next-steps/), [nothing](/virtual-wards/nothing/) and [a heading](/virtual-wards/ambition/#no-such-heading).',
			),
			mdx,
		);
		expect(problems.map((p) => `${p.file}:${String(p.line)} ${p.field}: ${p.message}`)).toMatchInlineSnapshot(`
			[
			  "content/virtual-wards/overview.mdx:28 link: (/virtual-wards/next-steps/) content/virtual-wards/next-steps.mdx is a draft (draft: true), and drafts are not published, so this link would be dead: link to it once it is published",
			  "content/virtual-wards/overview.mdx:28 link: (/virtual-wards/nothing/) no page of the site has the address /virtual-wards/nothing/: link to a page that exists (for example /virtual-wards/ambition/)",
			  "content/virtual-wards/overview.mdx:28 link: (/virtual-wards/ambition/#no-such-heading) /virtual-wards/ambition/ has no heading with the id "no-such-heading"; its headings' ids are: how-far-england-got, what-changed-later",
			]
		`);
	});

	it('accepts a link to a heading the other page has', () => {
		expect(
			checkMdxPages(
				withBody('content/virtual-wards/overview.mdx', '[How far](/virtual-wards/ambition/#how-far-england-got)'),
				mdx,
			),
		).toEqual([]);
	});

	it("checks a link to a glossary entry against the glossary's ids", () => {
		const entry = [...ids.glossary.ids][0] ?? '';
		expect(entry).not.toBe('');
		const problems = checkMdxPages(
			withBody(
				'content/virtual-wards/overview.mdx',
				`[entry](/glossary/#${entry}) and [none](/glossary/#no-such-entry)`,
			),
			mdx,
		);
		expect(problems.map((p) => `${p.field}: ${p.message.split(';')[0] ?? ''}`)).toEqual([
			'link: (/glossary/#no-such-entry) /glossary/ has no heading with the id "no-such-entry"',
		]);
	});
});
