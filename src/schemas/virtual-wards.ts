/** Front matter of guidance pages in content/virtual-wards/. */
import { guidanceSchema } from './guidance.ts';

export const virtualWardsSchema = guidanceSchema('virtual-wards');
