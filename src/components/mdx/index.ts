/**
 * The components editors can use in MDX, by the name they write. Must list
 * exactly MDX_COMPONENTS (src/schemas/mdx-components.ts): `satisfies` makes the
 * type check (npm run check) fail if the two lists differ.
 */
import type { MdxComponentName } from '../../schemas/mdx-components.ts';
import Figure from './Figure.astro';
import InsetText from './InsetText.astro';
import Quote from './Quote.astro';
import TargetChart from './TargetChart.astro';
import WarningCallout from './WarningCallout.astro';

export const mdxComponents = { Quote, InsetText, WarningCallout, Figure, TargetChart } satisfies Record<
	MdxComponentName,
	unknown
>;
