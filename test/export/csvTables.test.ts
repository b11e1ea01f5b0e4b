import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBlankProject } from '../../src/domain/project/defaults';
import { parseProject } from '../../src/domain/project/parseProject';
import { evaluateModel } from '../../src/domain/service-cost/models';
import { scoringView } from '../../src/domain/strategy/analysis';
import { addItem, updateItem } from '../../src/domain/swot/edit';
import { parseCsv, toCsv } from '../../src/export/csv';
import { cpmTable, qspmTable, swotTable } from '../../src/export/csvTables';
import { viewContext } from '../../src/views/context';
import { modelCurveTable } from '../../src/views/serviceCostView';

// Keys stand in for the translations: the tables' content is what is tested here.
const t = (key: string) => key;
const HOSTILE = [
  '<script>alert(1)</script>',
  'A & B "quoted", \'single\'',
  '海底捞 🍲 服务',
  'x'.repeat(500),
  '=SUM(A1)',
];

function example() {
  const parsed = parseProject(JSON.parse(readFileSync('public/examples/swift-express.zh-CN.json', 'utf8')));
  if (!parsed.ok) throw new Error('example does not parse');
  return parsed.value;
}

describe('CSV tables', () => {
  it('SWOT items come out exactly as typed with the option, hostile and Chinese text included', () => {
    let p = createBlankProject('P', '2026-11-25T10:00:00.000Z', 'p');
    HOSTILE.forEach((text, i) => {
      p = addItem(p, 'strengths', text, undefined, `s${i}`);
      p = updateItem(p, `s${i}`, { weight: 0.2, rating: 4, note: text });
    });
    const rows = parseCsv(toCsv(swotTable(p, t).rows, { asTyped: true }));
    // By default only the formula gains an apostrophe, so that a spreadsheet shows it rather than runs it.
    const safe = parseCsv(toCsv(swotTable(p, t).rows));
    expect(safe.slice(1).map((r) => r[2])).toEqual([...HOSTILE.slice(0, 4), "'=SUM(A1)"]);
    expect(rows[0]).toEqual([
      'csv.quadrant',
      'csv.label',
      'csv.text',
      'csv.note',
      'csv.weight',
      'csv.rating',
    ]);
    expect(rows.slice(1).map((r) => r[2])).toEqual(HOSTILE);
    expect(rows.slice(1).map((r) => r[3])).toEqual(HOSTILE);
    expect(rows[1]).toEqual(['swot.quadrant.strengths', 'S1', HOSTILE[0], HOSTILE[0], '0.2', '4']);
  });

  it('the example’s QSPM lists every key factor with AS and TAS per alternative and the sums', () => {
    const p = example();
    const view = scoringView(p);
    const rows = parseCsv(toCsv(qspmTable(p, view, t, ['CL', 'DI', 'CF', 'DF']).rows));
    expect(rows[0]!.slice(0, 5)).toEqual(['csv.label', 'csv.factor', 'csv.weight', 'CL AS', 'CL TAS']);
    expect(rows).toHaveLength(1 + 20 + 1);
    const w3 = rows.find((r) => r[0] === 'W3')!;
    expect(w3[3]).toBe('—');
    const sums = rows.at(-1)!;
    expect(Number(sums[6])).toBeCloseTo(5.49, 10);
  });

  it('model curves and the CPM carry the numbers the pages show', () => {
    const p = example();
    const model = p.serviceModels.find((m) => m.kind === 'inventory')!;
    const view = evaluateModel(model);
    if (!view.ok) throw new Error('model does not evaluate');
    const curve = parseCsv(toCsv(modelCurveTable(model, view.value, viewContext(t, 'en')).rows));
    expect(curve[0]).toEqual([
      'csv.serviceLevel',
      'csv.safetyStock',
      'csv.cost',
      'csv.revenue',
      'csv.profit',
    ]);
    expect(curve).toHaveLength(1 + 201);
    expect(Number(curve[1]![0])).toBeCloseTo(50, 6);
    const cpm = parseCsv(toCsv(cpmTable(p, t).rows));
    expect(cpm.at(-1)!.slice(1).map(Number)).toEqual([1, 3, 2.5, 3.15, 2.7]);
  });
});
