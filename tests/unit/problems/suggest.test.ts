/** "Did you mean" (src/lib/problems/suggest.ts): the nearest value when it is a slip, nothing when it is a guess. */
import { describe, expect, it } from 'vitest';
import { didYouMean, suggest, suggestMoved } from '../../../src/lib/problems/suggest.ts';

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

describe('suggestMoved', () => {
	const pages = [
		'virtual-wards/virtual-ward-funding',
		'investment-plans/cyber-security',
		'digitisation/what-good-looks-like',
	];
	it('finds a page moved to another folder, or renamed by words added or taken away', () => {
		expect(suggestMoved('digitisation/cyber-security', pages)).toBe('investment-plans/cyber-security');
		expect(suggestMoved('virtual-wards/funding', pages)).toBe('virtual-wards/virtual-ward-funding');
		expect(suggestMoved('digitisation/what-good-looks-like-2022', pages)).toBe('digitisation/what-good-looks-like');
		expect(suggestMoved('/data/vw-occupancy/', ['/data/vw-occupancy-rate/', '/data/vw-capacity/'])).toBe(
			'/data/vw-occupancy-rate/',
		);
		expect(suggestMoved('vw-occupancy', ['vw-occupancy-rate', 'vw-capacity'])).toBe('vw-occupancy-rate');
	});
	it('finds nothing for a page with no such relative, two of them, or a part of a word', () => {
		expect(suggestMoved('virtual-wards/beds', pages)).toBeUndefined();
		expect(suggestMoved('x/funding', ['a/funding', 'b/funding'])).toBeUndefined();
		expect(suggestMoved('virtual-wards/fund', pages)).toBeUndefined();
		expect(suggestMoved('', pages)).toBeUndefined();
	});
});
