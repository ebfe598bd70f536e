/** src/lib/collections/retain-body.ts: the data store keeps only the bodies the site reads. */
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { withBodiesWhere } from '../../../src/lib/collections/retain-body.ts';
import { COLLECTIONS } from '../../../src/collections.ts';

interface Entry {
	id: string;
	data: Record<string, unknown>;
	body?: string | undefined;
	digest?: string;
}

/** A loader of three pages, as Astro's glob loader stores them with retainBody. */
const threePages: Loader = {
	name: 'three-pages',
	load: ({ store }) => {
		store.set({ id: 'a', data: { title: 'A' }, body: 'Text.\n\n<Figure id="x" period="2023-07" />\n', digest: '1' });
		store.set({ id: 'b', data: { title: 'B' }, body: '## Only prose\n\nText.\n', digest: '2' });
		store.set({ id: 'c', data: { title: 'C' }, digest: '3' });
		return Promise.resolve();
	},
};

function context(): { ctx: LoaderContext; stored: Map<string, Entry> } {
	const stored = new Map<string, Entry>();
	const store = {
		set: (e: Entry) => (stored.set(e.id, e), true),
		get: (id: string) => stored.get(id),
		has(this: { get: (id: string) => Entry | undefined }, id: string) {
			return this.get(id) !== undefined;
		},
	};
	return { ctx: { store } as unknown as LoaderContext, stored };
}

describe('withBodiesWhere', () => {
	it('keeps the bodies asked for, drops the others, and leaves the rest of each entry as it was', async () => {
		const { ctx, stored } = context();
		await withBodiesWhere(threePages, (body) => body.includes('<Figure')).load(ctx);
		expect(stored.get('a')?.body).toContain('<Figure');
		expect(stored.get('b')).toStrictEqual({ id: 'b', data: { title: 'B' }, digest: '2' });
		expect(stored.get('c')).toEqual({ id: 'c', data: { title: 'C' }, digest: '3' });
	});

	it('passes every other use of the store to the store itself', async () => {
		const { ctx } = context();
		await withBodiesWhere(threePages, () => false).load(ctx);
		expect(ctx.store.has('a')).toBe(true);
		expect(ctx.store.has('z')).toBe(false);
	});
});

describe('the registry keeps a guidance body only where the page prints a figure', () => {
	const source = COLLECTIONS.guidance.source;
	it('asks for the bodies with a <Figure>, and no dataset body', () => {
		const keep = 'keepBody' in source ? source.keepBody : undefined;
		expect(keep?.('<Figure id="vw-beds" period="2023-09" />')).toBe(true);
		expect(keep?.('## A heading\n\nProse only.')).toBe(false);
		expect('keepBody' in COLLECTIONS.datasets.source && COLLECTIONS.datasets.source.keepBody).toBeFalsy();
	});
});
