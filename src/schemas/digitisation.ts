/** Front matter of guidance pages in content/digitisation/. */
import { guidanceSchema } from './guidance.ts';

export const digitisationSchema = guidanceSchema('digitisation');
