/**
 * Every target's status, table-driven: the status on /targets/ and on the target's own page equals the rule
 * (src/lib/model/status.ts) applied to the data that measures it, as the data stood on its as-of date.
 */
import { describe, expect, it } from 'vitest';
import { ENGLAND, observationsFor } from '../../src/lib/model/datasets.ts';
import { computeStatus, STATUS_LABELS } from '../../src/lib/model/status.ts';
import { loadDatasets, loadTargets } from '../helpers/data.ts';
import { page, text } from '../helpers/dist.ts';
import { SITE_DIST } from '../helpers/site.ts';

const targets = loadTargets();
const datasets = loadDatasets();
const list = page(SITE_DIST, '/targets/');

const expected = targets.map((target) => {
	const dataset = target.dataset ? datasets.get(target.dataset) : undefined;
	const { status } = computeStatus({
		goal: target.goal,
		direction: target.direction,
		deadline: target.deadline,
		asOf: dataset?.asOf ?? '0000-01-01',
		observations: dataset ? observationsFor(dataset, ENGLAND) : [],
	});
	return [target.id, status] as const;
});

describe('every target status equals the rule applied to its data', () => {
	it('covers every target', () => {
		expect(expected.length).toBe(targets.length);
		expect(expected.length).toBeGreaterThan(10);
	});

	it('judges social care records Missed on 75% in 2025 (month not stated)', () => {
		expect(Object.fromEntries(expected)['social-care-records-80pct']).toBe('missed');
	});

	it.each(expected)('%s: /targets/ and its page say %s', (id, status) => {
		const row = list.querySelector(`tr[data-target="${id}"]`);
		expect(row?.getAttribute('data-status')).toBe(status);
		expect(text(row)).toContain(STATUS_LABELS[status].text);
		const own = text(page(SITE_DIST, `/targets/${id}/`).querySelector('main'));
		expect(own).toContain(`Status: ${STATUS_LABELS[status].text}`);
	});
});
