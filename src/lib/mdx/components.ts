/**
 * The components an editor may use in a guidance page, by name. The check
 * rejects any other `<Capitalised>` tag, and src/components/mdx/index.ts maps
 * each name to its component; a test keeps the two lists equal.
 */
export const MDX_COMPONENTS = ['Quote', 'InsetText', 'WarningCallout', 'Figure', 'TargetChart'] as const;
export type MdxComponentName = (typeof MDX_COMPONENTS)[number];
