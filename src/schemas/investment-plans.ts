/** Front matter of guidance pages in content/investment-plans/. */
import { guidanceSchema } from './guidance.ts';

export const investmentPlansSchema = guidanceSchema('investment-plans');
