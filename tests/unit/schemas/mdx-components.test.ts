/** The props of the components editors may use (src/schemas/mdx-components.ts). */
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '../../../src/schemas/mdx-components.ts';
import {
	FigurePropsSchema,
	MDX_COMPONENT_HAS_CONTENT,
	MDX_COMPONENT_PROPS,
	QuotePropsSchema,
	WarningCalloutPropsSchema,
} from '../../../src/schemas/mdx-components.ts';

describe('MDX component props', () => {
	it('has props and a content rule for every component editors may use, and no other', () => {
		expect(Object.keys(MDX_COMPONENT_PROPS).sort()).toEqual([...MDX_COMPONENTS].sort());
		expect(Object.keys(MDX_COMPONENT_HAS_CONTENT).sort()).toEqual([...MDX_COMPONENTS].sort());
	});

	it('checks a figure, a quotation and a warning heading', () => {
		expect(FigurePropsSchema.parse({ id: 'vw-capacity', period: '2023-12', area: 'QAA' })).toEqual({
			id: 'vw-capacity',
			period: '2023-12',
			area: 'QAA',
		});
		expect(FigurePropsSchema.safeParse({ id: 'vw-capacity', period: 'Dec 2023' }).success).toBe(false);
		// A figure the source dates only by its year is cited by its year, as the dataset writes it.
		expect(FigurePropsSchema.parse({ id: 'social-care-records', period: '2025' }).period).toBe('2025');
		expect(FigurePropsSchema.safeParse({ id: 'vw-capacity', period: '2023-13' }).error?.issues[0]?.message).toBe(
			'"2023-13" is not a month: write it as YYYY-MM, for example 2023-12 (or as the year, YYYY, where the dataset gives the figure only a year)',
		);
		expect(QuotePropsSchema.safeParse({ source: 'guide-v2', page: '12' }).success).toBe(true);
		expect(QuotePropsSchema.safeParse({ source: 'guide-v2', by: 'x' }).success).toBe(false);
		expect(WarningCalloutPropsSchema.safeParse({ heading: 'No national money after March 2024' }).success).toBe(true);
		// A heading too short is left to the error map, which states the length; a missing one says what it is for.
		expect(WarningCalloutPropsSchema.safeParse({ heading: '' }).error?.issues[0]?.message).not.toMatch(/required/);
		expect(WarningCalloutPropsSchema.safeParse({}).error?.issues[0]?.message).toMatch(
			/^is required: say what the warning is/,
		);
		expect(WarningCalloutPropsSchema.safeParse({ heading: 'Important:' }).error?.issues[0]?.message).toMatch(
			/^"Important:" does not say what the warning is/,
		);
	});
});
