/**
 * Re-reads a collection when its schema changes. Astro keeps parsed entries
 * in its content store (node_modules/.astro/) between builds and parses a
 * file again only when the file changes; it empties the store when
 * src/content.config.ts's own text changes, but our schemas live in
 * src/schemas/, so a new field with a default (a guidance page's `changes`)
 * would be missing from every stored entry of a warm build. Wrapped in this,
 * a loader empties its collection first whenever the schema's shape (its
 * JSON Schema, fields, types and defaults) differs from the one its entries
 * were stored with, recorded in the collection's meta store.
 */
import { createHash } from 'node:crypto';
import type { Loader } from 'astro/loaders';
import { z } from 'zod';

/** The meta store's key for the digest. */
export const SCHEMA_DIGEST_KEY = 'schema-digest';

/** A short digest of `schema`'s shape: its JSON Schema as parsed output (transforms count as any value). */
export function schemaDigest(schema: z.ZodType): string {
	const json = JSON.stringify(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }));
	return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

/** `loader`, which first empties its collection when `schema`'s digest is not the one its stored entries were parsed with. */
export function withSchemaDigest(loader: Loader, schema: z.ZodType): Loader {
	const digest = schemaDigest(schema);
	return {
		...loader,
		load: async (context) => {
			if (context.meta.get(SCHEMA_DIGEST_KEY) !== digest) {
				context.store.clear();
				context.meta.set(SCHEMA_DIGEST_KEY, digest);
			}
			await loader.load(context);
		},
	};
}
