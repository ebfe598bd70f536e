/**
 * Keeps an entry's body in Astro's data store only where the site reads it.
 * Astro's glob loader keeps every body by default (`retainBody`), and the
 * store goes whole into the build's bundle and stays in memory to its end;
 * an MDX page is compiled from its file, so its body in the store is needed
 * only where a page model reads it (src/collections.ts says where).
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];

/** A store that drops the body of every entry `keep` does not want. */
function bodyKeepingStore(store: Store, keep: (body: string) => boolean): Store {
	return new Proxy(store, {
		get(target, key, receiver) {
			if (key === 'set') {
				return (entry: Parameters<Store['set']>[0]) => {
					if (entry.body === undefined || keep(entry.body)) return target.set(entry);
					const withoutBody = { ...entry };
					delete withoutBody.body;
					return target.set(withoutBody);
				};
			}
			const value: unknown = Reflect.get(target, key, receiver);
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		},
	});
}

/** `loader` (a glob loader that retains bodies), keeping only the bodies `keep` wants. */
export function withBodiesWhere(loader: Loader, keep: (body: string) => boolean): Loader {
	return {
		...loader,
		load: (context) => loader.load({ ...context, store: bodyKeepingStore(context.store, keep) }),
	};
}
