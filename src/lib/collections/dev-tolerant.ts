/**
 * Lets `astro dev` keep serving while an editor's file is wrong. Astro's
 * loaders throw on the first entry that does not match its schema, and in
 * dev that stops the server before it is ready. Wrapped in this, an invalid
 * entry is left out of its collection under `astro dev` only (its page is
 * missing until it is fixed), while the content check prints every problem
 * as a warning (src/integrations/content-check.ts). `astro build` is never
 * tolerant: the loader throws as before, and the content check has already
 * stopped the build before the loaders run.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];

/** A store that refuses the entries named in `skipped` (and drops a stale copy of them). */
function skippingStore(store: Store, skipped: ReadonlySet<string>): Store {
	return new Proxy(store, {
		get(target, key, receiver) {
			if (key === 'set') {
				return (entry: Parameters<Store['set']>[0]) => {
					if (!skipped.has(entry.id)) return target.set(entry);
					target.delete(entry.id);
					return false;
				};
			}
			const value: unknown = Reflect.get(target, key, receiver);
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		},
	});
}

/** `loader`, tolerant of invalid entries under `astro dev` (the only time Astro gives loaders a file watcher). */
export function devTolerant(loader: Loader): Loader {
	return {
		...loader,
		load: async (context) => {
			if (!context.watcher) return loader.load(context);
			const skipped = new Set<string>();
			await loader.load({
				...context,
				parseData: async (props) => {
					try {
						skipped.delete(props.id);
						return await context.parseData(props);
					} catch {
						skipped.add(props.id);
						return props.data;
					}
				},
				store: skippingStore(context.store, skipped),
			});
		},
	};
}
