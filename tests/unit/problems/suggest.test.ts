/** "Did you mean" (src/lib/problems/suggest.ts): the nearest value when it is a slip, nothing when it is a guess. */
import { describe, expect, it } from 'vitest';
import { didYouMean, suggest } from '../../../src/lib/problems/suggest.ts';

describe('suggest', () => {
	const fields = ['title', 'summary', 'audience', 'lastReviewed', 'nextReview', 'owner', 'draft'];
	it('finds a misspelt field, whatever the case, spaces or underscores', () => {
		expect(suggest('titel', fields)).toBe('title');
		expect(suggest('Draft', fields)).toBe('draft');
		expect(suggest('last_reviewed', fields)).toBe('lastReviewed');
		expect(suggest('audiences', fields)).toBe('audience');
		expect(suggest('mental health', ['acute', 'mental-health'])).toBe('mental-health');
		expect(suggest('pg-2022-23-v4', ['pg-2022-23-v3', 'nhsx-wgll'])).toBe('pg-2022-23-v3');
	});
	it('suggests nothing for a value far from every candidate, or equally near two', () => {
		expect(suggest('hospital', ['acute', 'community', 'ics'])).toBeUndefined();
		expect(suggest('QZZ', ['QZA', 'QZB'])).toBeUndefined();
		expect(suggest('', fields)).toBeUndefined();
		expect(suggest('title', fields)).toBeUndefined();
	});
	it('words the hint', () => {
		expect(didYouMean('ownr', fields)).toBe('did you mean "owner"?');
		expect(didYouMean('xyz', fields)).toBe('');
	});
});
