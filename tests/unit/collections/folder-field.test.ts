/** src/lib/collections/folder-field.ts: a page's priority is its folder, whatever its front matter says. */
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { withFolderField } from '../../../src/lib/collections/folder-field.ts';

/** A loader of pages in two folders, one of which names another priority. */
const pages: Loader = {
	name: 'pages',
	load: async ({ parseData, store }) => {
		const entries: { id: string; data: Record<string, unknown> }[] = [
			{ id: 'virtual-wards/funding', data: { title: 'Funding' } },
			{ id: 'digitisation/epr', data: { title: 'EPR', priority: 'virtual-wards' } },
		];
		for (const entry of entries) {
			store.set({ id: entry.id, data: await parseData(entry) });
		}
	},
};

describe('withFolderField', () => {
	it('sets the field from the first segment of each id before the schema sees it', async () => {
		const stored = new Map<string, unknown>();
		const context = {
			parseData: ({ data }: { data: unknown }) => Promise.resolve(data),
			store: { set: (e: { id: string; data: unknown }) => (stored.set(e.id, e.data), true) },
		} as unknown as LoaderContext;
		const loader = withFolderField(pages, 'priority');
		expect(loader.name).toBe('pages');
		await loader.load(context);
		expect([...stored]).toEqual([
			['virtual-wards/funding', { title: 'Funding', priority: 'virtual-wards' }],
			['digitisation/epr', { title: 'EPR', priority: 'digitisation' }],
		]);
	});
});
