/** What the benchmarks print about the machine (scripts/lib/machine.ts). */
import { describe, expect, it } from 'vitest';
import { cpuModel } from '../../../scripts/lib/machine.ts';

describe('the machine', () => {
	it('names the CPU model', () => {
		expect(cpuModel().trim().length).toBeGreaterThan(0);
	});
});
