/**
 * Who publishes this site: set once, here, and read by the layout (header,
 * footer), the about page and every guidance page's "owner" line.
 *
 * The NHS identity guidelines allow the NHS logo only on the sites of NHS
 * organisations, so the header shows it only when `nhsOrganisation` is true.
 * A guidance page's `owner` front matter names the team responsible for that
 * page *within* this publisher.
 *
 * Change a value here and rebuild; the schema below says what each field
 * must be, and a wrong value stops the build with a message naming it.
 */
import { z } from 'zod';
import { webUrl } from '../schemas/fragments.ts';

export const PublisherSchema = z.strictObject({
	/** The publisher's name as readers see it in the header and footer, for example "Planning guidance portal project". */
	name: z.string().min(2).max(100),
	/**
	 * true only when the publisher is an NHS organisation entitled to use the
	 * NHS logo (an NHS trust, an integrated care board, NHS England). false
	 * for anyone else, including projects about the NHS: the header then
	 * shows the site's name without the logo.
	 */
	nhsOrganisation: z.boolean(),
	/** One sentence saying who the publisher is, shown in the footer and on /about/. */
	description: z.string().min(10).max(320),
	/** How to reach the publisher: an email address, a web page, or both. Leave out what there is not. */
	contact: z
		.strictObject({
			/** An email address that is read, for example digital.policy@example.org. */
			email: z.email().optional(),
			/** A web page with contact details. */
			url: webUrl.optional(),
		})
		.default({}),
	/**
	 * The public repository of the site's source, where "Suggest a change"
	 * links point (its issues and pull requests). Leave it out until the
	 * repository is public: the site then describes how to suggest a change
	 * without a link, rather than link to a page that does not exist.
	 */
	repositoryUrl: webUrl.optional(),
});
export type Publisher = z.output<typeof PublisherSchema>;

/** The repository's address given to the build (`REPOSITORY_URL=https://… npm run build`), if any. */
function repositoryUrlFromEnv(): string | undefined {
	const value = typeof process === 'undefined' ? undefined : process.env['REPOSITORY_URL']?.trim();
	return value === '' ? undefined : value;
}

/**
 * This site's publisher. The site is an independent, open-source guide, not
 * an NHS England publication, so it is not an NHS organisation and shows no
 * NHS logo. No public repository address has been given yet: set
 * `repositoryUrl` here when there is one (or `REPOSITORY_URL` for one build);
 * until then pages explain how to suggest a change without a link.
 */
export const PUBLISHER: Publisher = PublisherSchema.parse({
	name: 'Planning guidance portal project',
	nhsOrganisation: false,
	description:
		"An independent, open-source guide to the digital priorities of NHS England's 2022/23 priorities and operational planning guidance. It is not published by NHS England.",
	repositoryUrl: repositoryUrlFromEnv(),
});

/** Whether the header may show the NHS logo: only for an NHS organisation. */
export function showsNhsLogo(publisher: Publisher = PUBLISHER): boolean {
	return publisher.nhsOrganisation;
}

/**
 * Where "Edit this page" for a file of the repository points: the file's
 * editor in the repository (GitHub and GitLab: `<repository>/edit/main/<path>`,
 * which offers to fork the repository and open a pull request), or undefined
 * when the repository's address is not known.
 */
export function editFileHref(path: string, publisher: Publisher = PUBLISHER): string | undefined {
	if (publisher.repositoryUrl === undefined) return undefined;
	return `${publisher.repositoryUrl.replace(/\/+$/, '')}/edit/main/${path.replace(/^\/+/, '')}`;
}

/**
 * Where "Suggest a change" for a file of the repository points: the file's
 * page in the repository when its address is known, otherwise undefined (the
 * page then explains how to suggest a change without a link).
 */
export function suggestChangeHref(path: string, publisher: Publisher = PUBLISHER): string | undefined {
	if (publisher.repositoryUrl === undefined) return undefined;
	return `${publisher.repositoryUrl.replace(/\/+$/, '')}/blob/main/${path.replace(/^\/+/, '')}`;
}
