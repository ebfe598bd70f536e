import { checkWith, replaceIn } from './tests/helpers/mistakes.ts';
const f = 'content/virtual-wards/funding.mdx';
const edits: [string, string][] = [
 ['National funding helped', '<script>alert(1)</script>\n\nNational funding helped'],
 ['National funding helped', 'National <span style="color:red">funding</span> helped'],
 ['National funding helped', 'National <a href="#" onclick="x()">funding</a> helped'],
 ['National funding helped', 'National {40-50} funding helped'],
 ['National funding helped', 'In {new Date().getFullYear()} funding helped'],
 ['National funding helped', 'National {/* note */} funding helped'],
 ['National funding helped', 'National [x](javascript:alert(1)) funding helped'],
 ['National funding helped', 'National [x](/virtual-wards/fundng/) funding helped'],
 ['National funding helped', 'National [x](/virtual-wards/funding/#the-year-before) funding helped'],
 ['National funding helped', 'National [x](/virtual-wards/funding/#the-year-before-the-guidance) and [y](#202223-up-to-200m) funding helped'],
 ['National funding helped', 'National ![](/assets/images/nhsuk-icon-cross.svg) ![a map](/assets/images/map.png) funding helped'],
 ['<Quote source="projin-digital-maturity">', '<Quote source="projin-digital-maturty" page={23}>'],
 ['<Quote source="projin-digital-maturity">', '<Quote page={23}>'],
 ['<Quote source="projin-digital-maturity">', '<Quote source="projin-digital-maturity" page={23} style="x" cite="y">'],
 ['</Quote>', ''],
 ['National funding helped', '<!-- todo -->\nNational funding helped'],
 ['National funding helped', 'National 40-50} funding helped'],
 ['National funding helped', 'import X from "y"\n\nNational funding helped'],
 ['National funding helped', '<Chart id="x" /> <b>x</b> <InsetText foo="x">hi</InsetText> <Figure id="vw-capacity" period="2023-06" /> <Figure id="vw-capacity" /> <Figure id="nope" period="2023-12" /> <TargetChart id="digital-investment-plans" />\n\nNational funding helped'],
];
for (const [from, to] of edits) {
  const r = checkWith((files) => replaceIn(files, f, from, to));
  console.log('---', to.slice(0, 60).replace(/\n/g, '\\n'), r.exitCode); console.log(r.output.split('\n').slice(1).join('\n'));
}
