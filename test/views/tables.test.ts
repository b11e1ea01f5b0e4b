import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBlankProject } from '../../src/domain/project/defaults';
import { parseProject } from '../../src/domain/project/parseProject';
import { evaluateModel } from '../../src/domain/service-cost/models';
import { scoringView } from '../../src/domain/strategy/analysis';
import { addItem, updateItem } from '../../src/domain/swot/edit';
import { parseCsv, toCsv } from '../../src/export/csv';
import {
  cpmTable,
  forcesTable,
  playersTable,
  qspmTable,
  swotTable,
  valueCurveTable,
} from '../../src/views/tables';
import { viewContext } from '../../src/views/context';
import { alternativeName } from '../../src/views/names';
import { forcesView, ifeEfeView } from '../../src/views/environmentViews';
import { positioningView } from '../../src/views/positioningView';
import { cpmView, qspmView, valueCurveView } from '../../src/views/strategyViews';
import { pestelBubbleView, pestelRankingView } from '../../src/views/pointsViews';
import { pestelTable } from '../../src/views/tables';
import { modelCurveTable } from '../../src/views/serviceCostView';

// Keys stand in for the translations: the tables' content is what is tested here.
const t = (key: string) => key;
const ctx = viewContext(t, 'en');
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

describe('the tables behind the charts (CSV)', () => {
  it('SWOT items come out exactly as typed with the option, hostile and Chinese text included', () => {
    let p = createBlankProject('P', '2026-11-25T10:00:00.000Z', 'p');
    HOSTILE.forEach((text, i) => {
      p = addItem(p, 'strengths', text, undefined, `s${i}`);
      p = updateItem(p, `s${i}`, { weight: 0.2, rating: 4, note: text });
    });
    const rows = parseCsv(toCsv(swotTable(p.swot, ctx).rows, { asTyped: true }));
    // By default only the formula gains an apostrophe, so that a spreadsheet shows it rather than runs it.
    const safe = parseCsv(toCsv(swotTable(p.swot, ctx).rows));
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
    const rows = parseCsv(toCsv(qspmTable(p, view, ctx).rows));
    const first = alternativeName(p.strategy.alternatives[0]!, t);
    expect(rows[0]!.slice(0, 5)).toEqual([
      'csv.label',
      'csv.factor',
      'csv.weight',
      `${first} AS`,
      `${first} TAS`,
    ]);
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
    const curve = parseCsv(toCsv(modelCurveTable(model, view.value, ctx).rows));
    expect(curve[0]).toEqual([
      'csv.serviceLevel',
      'csv.safetyStock',
      'csv.cost',
      'csv.revenue',
      'csv.profit',
    ]);
    expect(curve).toHaveLength(1 + 201);
    expect(Number(curve[1]![0])).toBeCloseTo(50, 6);
    const cpm = parseCsv(toCsv(cpmTable(p, ctx).rows));
    expect(cpm.at(-1)!.slice(1).map(Number)).toEqual([1, 3, 2.5, 3.15, 2.7]);
  });

  it('a chart’s CSV is the same table its page offers without the chart', () => {
    const p = example();
    const scoring = scoringView(p);
    const pairs: Array<[{ table: () => unknown } | null, unknown]> = [
      [forcesView(p.forces, ctx), forcesTable(p.forces, ctx)],
      [ifeEfeView(p.swot, ctx), swotTable(p.swot, ctx)],
      [qspmView(p, scoring, ctx), qspmTable(p, scoring, ctx)],
      [cpmView(p, ctx), cpmTable(p, ctx)],
      [valueCurveView(p, ctx), valueCurveTable(p, ctx)],
      [positioningView(p, ctx), playersTable(p, ctx)],
      [pestelBubbleView(p.pestel, ctx), pestelTable(p.pestel, ctx)],
      [pestelRankingView(p.pestel, ctx), pestelTable(p.pestel, ctx)],
    ];
    for (const [view, table] of pairs) expect(view!.table()).toEqual(table);
  });

  it('lists every player with its price, quality, share and price–quality strategy', () => {
    const p = example();
    const rows = playersTable(p, ctx).rows;
    const { firm, alternatives, competitors } = p.strategy;
    expect(rows).toHaveLength(1 + 1 + alternatives.length + competitors.length);
    expect(rows[1]!.slice(1, 4)).toEqual([firm.price, firm.quality, firm.share]);
    // The firm (8, 8) is a premium player in Kotler's nine cells.
    expect(rows[1]![4]).toBe('positioning.cell.premium');
  });

  it('lists every PEST(EL) factor ranked by score, unrated ones last, with its code', () => {
    const p = example();
    const rows = pestelTable(p.pestel, ctx).rows.slice(1);
    expect(rows).toHaveLength(p.pestel.length);
    const scores = rows.map((r) => r[5]).filter((v): v is number => typeof v === 'number');
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(rows[0]![0]).toEqual(expect.stringMatching(/\S/));
  });
});
