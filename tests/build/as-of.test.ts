/**
 * One as-of vocabulary: the home page, /targets/ and /timeline/ say what the
 * statuses stand on in the same words, with the same review date, and no
 * deadline before that date is described as to come.
 */
import { describe, expect, it } from 'vitest';
import { page, text } from '../helpers/dist.ts';
import { SITE_DIST } from '../helpers/site.ts';

const sentence = (path: string) => text(page(SITE_DIST, path).querySelector('.app-as-of'));

describe('the as-of date', () => {
	it('is stated in the same words on the home page, /targets/ and /timeline/', () => {
		const home = sentence('/');
		expect(home).toMatch(
			/^Statuses are computed from the figures published up to the site's last review, on \d{1,2} \w+ \d{4}\./,
		);
		expect(sentence('/targets/')).toBe(home);
		expect(sentence('/timeline/').startsWith(home)).toBe(true);
	});

	it('never puts a deadline before the review date in the future', () => {
		const doc = page(SITE_DIST, '/timeline/');
		const review = /on (\d{1,2} \w+ \d{4})\./.exec(sentence('/'))?.[1];
		expect(review).toBeDefined();
		const reviewMonth = new Date(`${review ?? ''} UTC`).toISOString().slice(0, 7);
		const deadlines = doc.querySelectorAll('.app-timeline__item--deadline');
		expect(deadlines.length).toBeGreaterThan(10);
		const wrong = deadlines.flatMap((item) => {
			const month = item.querySelector('time')?.getAttribute('datetime')?.slice(0, 7) ?? '';
			const relative = text(item.querySelector('.app-timeline__relative'));
			const passed = month < reviewMonth;
			return passed === relative.startsWith('Passed') ? [] : [`${month}: "${relative}"`];
		});
		expect(wrong).toEqual([]);
	});
});
