/** The header navigation (src/lib/pages/navigation.ts). */
import { describe, expect, it } from 'vitest';
import { headerNavigation } from '../../../src/lib/pages/navigation.ts';

describe('header navigation', () => {
	const priorities = [
		{ id: 'virtual-wards', title: 'Virtual wards', summary: 's' },
		{ id: 'digitisation', title: 'A core level of digitisation', navTitle: 'Digitisation', summary: 's' },
	] as const;
	it('uses short titles and marks the current page and section', () => {
		expect(headerNavigation([...priorities], '/digitisation/', 'digitisation')).toEqual([
			{ text: 'Virtual wards', href: '/virtual-wards/', current: undefined },
			{ text: 'Digitisation', href: '/digitisation/', current: 'page' },
			{ text: 'Targets', href: '/targets/', current: undefined },
			{ text: 'Data', href: '/data/', current: undefined },
			{ text: 'Systems', href: '/systems/', current: undefined },
			{ text: 'Regions', href: '/regions/', current: undefined },
		]);
		const onTarget = headerNavigation([...priorities], '/targets/vw-10000-beds/');
		expect(onTarget.filter((i) => i.current).map((i) => [i.text, i.current])).toEqual([['Targets', 'true']]);
		const onGuidance = headerNavigation([...priorities], '/virtual-wards/funding/', 'virtual-wards');
		expect(onGuidance.filter((i) => i.current).map((i) => [i.text, i.current])).toEqual([['Virtual wards', 'true']]);
	});

	it('links /regions/ beside Systems, the current section on each region page', () => {
		const current = (path: string) =>
			headerNavigation([...priorities], path)
				.filter((i) => i.current)
				.map((i) => [i.text, i.current]);
		expect(current('/regions/')).toEqual([['Regions', 'page']]);
		expect(current('/regions/y60/')).toEqual([['Regions', 'true']]);
		expect(current('/systems/qua/')).toEqual([['Systems', 'true']]);
	});
});
