/**
 * The components editors can use in MDX, by the name they write. Must list
 * exactly MDX_COMPONENTS (src/lib/mdx-components.ts): `satisfies` makes the
 * type check (npm run check) fail if the two lists differ.
 */
import type { MdxComponentName } from '../../lib/mdx-components.ts';
import InsetText from './InsetText.astro';
import Quote from './Quote.astro';
import WarningCallout from './WarningCallout.astro';

export const mdxComponents = { Quote, InsetText, WarningCallout } satisfies Record<MdxComponentName, unknown>;
