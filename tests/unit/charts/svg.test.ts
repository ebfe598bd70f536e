import { expect, it } from 'vitest';
import { SVG_FONT_STACK, tidySvg } from '../../../src/charts/svg.ts';

it('rounds coordinates, numbers clip paths from 1, drops empty text, replaces the font and adds a viewBox and a title', () => {
	const raw =
		'<?xml version="1.0" encoding="utf-8" ?><svg xmlns="http://www.w3.org/2000/svg" width="720" height="420">' +
		'<clipPath id="cl_17"><rect width="1"/></clipPath><g clip-path="url(#cl_17)"><path stroke-opacity="0.10196079" d="M50.54321 66.400002L-0.04 358"/></g>' +
		'<text fill="#212B32" font-size="13" font-family="Liberation Sans" x="64.51234, 72.1, " y="320.25, ">Jul 2023 23.0</text>' +
		'<text fill="#212B32" font-family="Liberation Sans" x="" y=""></text></svg>';
	const svg = tidySvg(raw, {
		width: 720,
		height: 420,
		title: 'Beds <per> "100k" & more',
		fontFamily: 'Liberation Sans',
	});
	expect(svg).toBe(
		'<?xml version="1.0" encoding="utf-8"?>\n' +
			`<svg xmlns="http://www.w3.org/2000/svg" width="720" height="420" viewBox="0 0 720 420" font-family="${SVG_FONT_STACK}" role="img" aria-label="Beds &lt;per&gt; &quot;100k&quot; &amp; more"><title>Beds &lt;per&gt; &quot;100k&quot; &amp; more</title>` +
			'<clipPath id="clip-1"><rect width="1"/></clipPath><g clip-path="url(#clip-1)"><path stroke-opacity="0.1" d="M50.5 66.4L0 358"/></g>' +
			'<text fill="#212B32" font-size="13" x="64.5" y="320.3">Jul 2023 23.0</text></svg>\n',
	);
});
