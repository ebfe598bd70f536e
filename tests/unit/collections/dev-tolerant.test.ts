/** src/lib/collections/dev-tolerant.ts: invalid entries are left out under astro dev, and never tolerated in a build. */
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { devTolerant } from '../../../src/lib/collections/dev-tolerant.ts';

interface Entry {
	id: string;
	data: Record<string, unknown>;
}

/** A loader of two entries, "good" and "bad"; parseData rejects "bad". */
const twoEntries: Loader = {
	name: 'two-entries',
	load: async ({ parseData, store }) => {
		for (const entry of [
			{ id: 'good', data: { ok: true } },
			{ id: 'bad', data: { ok: false } },
		]) {
			const data = await parseData(entry);
			store.set({ id: entry.id, data });
		}
	},
};

function context(dev: boolean): { ctx: LoaderContext; stored: Map<string, Entry> } {
	const stored = new Map<string, Entry>([['bad', { id: 'bad', data: { stale: true } }]]);
	const store = {
		set: (e: Entry) => (stored.set(e.id, e), true),
		delete: (id: string) => void stored.delete(id),
		get: (id: string) => stored.get(id),
	};
	const ctx = {
		parseData: ({ id, data }: Entry) => {
			if (id === 'bad') return Promise.reject(new Error('bad does not match the schema'));
			return Promise.resolve(data);
		},
		store,
		watcher: dev ? {} : undefined,
	} as unknown as LoaderContext;
	return { ctx, stored };
}

describe('devTolerant', () => {
	it('under astro dev, leaves an invalid entry out (and drops its stale copy) and keeps the valid ones', async () => {
		const { ctx, stored } = context(true);
		await devTolerant(twoEntries).load(ctx);
		expect([...stored.keys()]).toEqual(['good']);
	});

	it('in a build, throws as the loader does', async () => {
		const { ctx } = context(false);
		await expect(devTolerant(twoEntries).load(ctx)).rejects.toThrow('bad does not match the schema');
	});
});
