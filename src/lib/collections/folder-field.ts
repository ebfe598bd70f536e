/**
 * Sets a front matter field from the folder a file is in: a guidance page in
 * content/virtual-wards/ has `priority: virtual-wards`, whether or not it says
 * so (the content check reports a page whose field contradicts its folder,
 * before the loaders run).
 */
import type { Loader } from 'astro/loaders';

/** `loader` with `field` of each entry's data set to the first segment of its id (`<folder>/<slug>`). */
export function withFolderField(loader: Loader, field: string): Loader {
	return {
		...loader,
		load: (context) =>
			loader.load({
				...context,
				parseData: (props) => {
					const folder = props.id.split('/')[0] ?? '';
					return context.parseData({ ...props, data: { ...props.data, [field]: folder } });
				},
			}),
	};
}
