/** The timeline's dates placed against the figures' date (src/lib/model/timeline.ts), on the fixture site (tests/fixtures/site/). */
import { describe, expect, it } from 'vitest';
import { figuresDate, relativeToFigures } from '../../../src/lib/model/timeline.ts';
import { fixtureSite } from '../../helpers/fixture-site.ts';

const site = fixtureSite();

describe('the timeline', () => {
	it("places dates against the figures' date, never the clock", () => {
		expect(relativeToFigures('2023-12', '2024-07')).toBe("7 months before the figures' date of July 2024");
		expect(relativeToFigures('2026-03', '2024-07')).toBe("20 months after the figures' date of July 2024");
		expect(relativeToFigures('2022-07', '2024-07')).toBe("2 years before the figures' date of July 2024");
		expect(relativeToFigures('2024-07-15', '2024-07')).toBe("in the month of the figures' date (July 2024)");
	});

	it("takes the figures' date from the latest primary figure, ignoring trade-press months", () => {
		// The fixture's capacity has a trade-press figure for March 2025, after its last primary month (June 2024).
		expect(figuresDate(site.datasets.values())).toBe('2024-06');
		expect(figuresDate([])).toBeUndefined();
	});
});
