/** A collection is read again when its schema changes (src/lib/collections/schema-digest.ts). */
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schemaDigest, SCHEMA_DIGEST_KEY, withSchemaDigest } from '../../../src/lib/collections/schema-digest.ts';

/** A store and meta store in memory, and a loader that records whether it found its entries there. */
function harness() {
	const entries = new Map<string, unknown>([['a', { title: 'A' }]]);
	const meta = new Map<string, string>();
	const context = {
		store: { clear: () => entries.clear() },
		meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => meta.set(k, v) },
	} as unknown as LoaderContext;
	const seen: number[] = [];
	const loader: Loader = {
		name: 'test',
		load: () => {
			seen.push(entries.size);
			entries.set('a', { title: 'A' });
			return Promise.resolve();
		},
	};
	return { context, loader, seen, meta };
}

describe('schema digest', () => {
	const before = z.object({ title: z.string() });
	const after = z.object({ title: z.string(), changes: z.array(z.string()).default([]) });

	it('differs when a field is added with a default, and not for the same shape', () => {
		expect(schemaDigest(after)).not.toBe(schemaDigest(before));
		expect(schemaDigest(z.object({ title: z.string() }))).toBe(schemaDigest(before));
	});

	it("empties the collection's stored entries once when the schema changes, and keeps them otherwise", async () => {
		const { context, loader, seen, meta } = harness();
		await withSchemaDigest(loader, before).load(context);
		await withSchemaDigest(loader, before).load(context);
		await withSchemaDigest(loader, after).load(context);
		await withSchemaDigest(loader, after).load(context);
		// The first load finds no digest (a store from before this wrapper): it is emptied too.
		expect(seen).toEqual([0, 1, 0, 1]);
		expect(meta.get(SCHEMA_DIGEST_KEY)).toBe(schemaDigest(after));
	});
});
