import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patchChartXml, patchSheetXml } from '../../../src/export/deck/chartPatch';

/** A line series as pptxgenjs writes it (abridged to the parts the patch touches). */
const series = (name: string, values: Array<number | null>) =>
  '<c:ser><c:tx><c:v>' +
  name +
  '</c:v></c:tx><c:spPr><a:ln w="38100"><a:solidFill><a:srgbClr val="0072B2"/></a:solidFill>' +
  '<a:prstDash val="solid"/><a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/>' +
  '<c:spPr><a:ln><a:prstDash val="solid"/></a:ln></c:spPr></c:marker><c:val><c:numRef><c:numCache>' +
  values.map((v, i) => `<c:pt idx="${i}"><c:v>${v ?? ''}</c:v></c:pt>`).join('') +
  '</c:numCache></c:numRef></c:val></c:ser>';

describe('patchChartXml', () => {
  it('leaves missing points out and keeps zeros', () => {
    const xml = patchChartXml(series('Cost', [1, null, 0]), [undefined]);
    expect(xml).toContain('<c:pt idx="0"><c:v>1</c:v></c:pt>');
    expect(xml).not.toContain('idx="1"');
    expect(xml).toContain('<c:pt idx="2"><c:v>0</c:v></c:pt>');
  });

  it('dashes only the series asked for, and only its line (not its marker outline)', () => {
    const xml = patchChartXml(series('Firm', [1]) + series('Rival', [2]), [undefined, { dash: true }]);
    const [firm, rival] = xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g)!;
    expect(firm).not.toContain('val="dash"');
    expect(rival!.match(/prstDash val="(\w+)"/g)).toEqual(['prstDash val="dash"', 'prstDash val="solid"']);
  });

  it('labels one point with the series name, and sets the marker', () => {
    const xml = patchChartXml(series('Optimum 96.0%', [null, 0, 5]), [
      { labelAt: 2, labelPosition: 't', marker: 'diamond' },
    ]);
    expect(xml).toContain('<c:symbol val="diamond"/>');
    const label = /<c:dLbls>([\s\S]*?)<\/c:dLbls>/.exec(xml)![1]!;
    expect(label).toMatch(
      /^<c:dLbl><c:idx val="2"\/>[\s\S]*<c:dLblPos val="t"\/>[\s\S]*<c:showSerName val="1"\/>/,
    );
    // Every other point: no label.
    expect(label.replace(/<c:dLbl>[\s\S]*<\/c:dLbl>/, '')).toContain('<c:showSerName val="0"/>');
    // The labels come after the marker, as the schema orders a series' children.
    expect(xml.indexOf('</c:marker>')).toBeLessThan(xml.indexOf('<c:dLbls>'));
  });
});

describe('patchChartXml: a waterfall', () => {
  /** A bar series as pptxgenjs writes it (abridged), with its data labels. */
  const bar = (name: string) =>
    `<c:ser><c:tx><c:v>${name}</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></c:spPr>` +
    '<c:invertIfNegative val="0"/><c:dLbls><c:numFmt formatCode="0" sourceLinked="0"/><c:showVal val="0"/></c:dLbls>' +
    '<c:val><c:numRef><c:numCache><c:pt idx="0"><c:v>5</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>';
  const chart = (body: string) =>
    `<c:plotArea>${body}</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>`;

  it('leaves a spacer unfilled and unlabelled, and takes it and the parts below zero out of the legend', () => {
    const xml = patchChartXml(chart(bar('') + bar('Gain') + bar('Gain')), [
      { hidden: true },
      undefined,
      { legend: false },
    ]);
    const [spacer, gain] = xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g)!;
    expect(spacer).toContain('<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>');
    expect(spacer).toContain('<c:dLbls><c:delete val="1"/></c:dLbls>');
    expect(gain).toContain('<a:srgbClr val="FFFFFF"/>');
    expect(xml).toContain(
      '<c:legendPos val="b"/><c:legendEntry><c:idx val="0"/><c:delete val="1"/></c:legendEntry>' +
        '<c:legendEntry><c:idx val="2"/><c:delete val="1"/></c:legendEntry><c:overlay val="0"/>',
    );
  });

  it('writes each bar’s own text, escaped, centred, and nothing on the bars without one', () => {
    const xml = patchChartXml(chart(bar('Loss')), [{ pointLabels: [null, '−52,000 <&>'] }]);
    const labels = /<c:dLbls>([\s\S]*?)<\/c:dLbls>/.exec(xml)![1]!;
    expect(labels.match(/<c:dLbl>/g)).toHaveLength(1);
    expect(labels).toMatch(
      /^<c:dLbl><c:idx val="1"\/><c:tx><c:rich>[\s\S]*<a:t>−52,000 &lt;&amp;&gt;<\/a:t>/,
    );
    expect(labels).toContain('<c:dLblPos val="ctr"/>');
    expect(labels.replace(/<c:dLbl>[\s\S]*<\/c:dLbl>/, '')).toContain('<c:showVal val="0"/>');
  });
});

describe('patchSheetXml', () => {
  const sheet = (rows: Array<Array<number | null>>) =>
    '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
    rows
      .map(
        (row, r) =>
          `<row r="${r + 2}"><c r="A${r + 2}" t="s"><v>${r + 2}</v></c>` +
          row.map((v, c) => `<c r="${String.fromCharCode(66 + c)}${r + 2}"><v>${v || ''}</v></c>`).join('') +
          '</row>',
      )
      .join('') +
    '</sheetData>';

  it('writes back the zeros pptxgenjs drops, and leaves missing values blank', () => {
    const xml = patchSheetXml(sheet([[0], [null], [2.5]]), [undefined, [0, null, 2.5]]);
    expect(xml).toContain('<c r="B2"><v>0</v></c>');
    expect(xml).toContain('<c r="B3"/>');
    expect(xml).toContain('<c r="B4"><v>2.5</v></c>');
    // Labels (shared strings) are untouched.
    expect(xml).toContain('<c r="A2" t="s"><v>2</v></c>');
  });

  it('every numeric cell ends up holding its series value (property)', () => {
    const value = fc.option(fc.oneof(fc.constant(0), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
      nil: null,
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 20 }),
        (rows) => {
          const columns = [0, 1, 2].map((c) => rows.map((r) => r[c]!));
          const xml = patchSheetXml(sheet(rows), [undefined, ...columns]);
          rows.forEach((row, r) =>
            row.forEach((v, c) => {
              const ref = `${String.fromCharCode(66 + c)}${r + 2}`;
              expect(xml).toContain(v === null ? `<c r="${ref}"/>` : `<c r="${ref}"><v>${v}</v></c>`);
            }),
          );
        },
      ),
    );
  });
});
