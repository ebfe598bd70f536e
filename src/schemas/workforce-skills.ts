/** Front matter of guidance pages in content/workforce-skills/. */
import { guidanceSchema } from './guidance.ts';

export const workforceSkillsSchema = guidanceSchema('workforce-skills');
