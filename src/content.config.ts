/**
 * Content collections: loaders and schemas only, one per entry of the
 * registry (src/collections.ts). Queries live in src/queries.ts. Every loader
 * is dev-tolerant (src/lib/collections/dev-tolerant.ts): `astro dev` keeps
 * serving while a file is wrong.
 */
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { COLLECTIONS, type Collections } from './collections.ts';
import type { CollectionDefinition } from './lib/collections/registry.ts';
import { devTolerant } from './lib/collections/dev-tolerant.ts';
import { withSchemaDigest } from './lib/collections/schema-digest.ts';
import { withFolderField } from './lib/collections/folder-field.ts';
import { withBodiesWhere } from './lib/collections/retain-body.ts';

/** The loader of a registry entry's source: its file, or its folder, keeping only the bodies it says (none by default). */
function sourceLoader(source: CollectionDefinition['source']): Loader {
	if ('file' in source) return file(`./${source.file}`);
	const { pattern, base, keepBody } = source;
	const loader = glob({ pattern, base: `./${base}`, retainBody: keepBody !== undefined });
	return keepBody ? withBodiesWhere(loader, keepBody) : loader;
}

/**
 * The loader of a registry entry: its file or its folder, with the folder
 * field set for MDX pages, re-reading every entry when the schema changes
 * (Astro's store only notices this file changing).
 */
function loaderOf({ source, check, schema }: CollectionDefinition): Loader {
	const loader = sourceLoader(source);
	return withSchemaDigest(
		devTolerant(check.read === 'mdx' ? withFolderField(loader, check.folderField) : loader),
		schema,
	);
}

/** Astro's collections, each with its registry entry's schema type (from which Astro types the entries). */
type AstroCollections = { [K in keyof Collections]: { loader: Loader; schema: Collections[K]['schema'] } };

export const collections = Object.fromEntries(
	Object.entries(COLLECTIONS).map(([name, entry]: [string, CollectionDefinition]) => [
		name,
		defineCollection({ loader: loaderOf(entry), schema: entry.schema }),
	]),
) as AstroCollections;
