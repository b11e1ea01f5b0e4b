import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { zhCN } from '../../src/i18n/zh-CN';
import {
  FORCES,
  PESTEL_CATEGORIES,
  QUADRANTS,
  WORKSHOP_ACTIVITY_KINDS,
} from '../../src/domain/project/schema';
import { CANVASES } from '../../src/domain/workshop/canvasSlots';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`),
  );

describe('messages', () => {
  const english = new Map(flatten(en as unknown as Tree));
  const chinese = new Map(flatten(zhCN as unknown as Tree));

  it('zh-CN has exactly the English keys', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('every zh-CN message is translated and keeps the same placeholders', () => {
    for (const [key, text] of english) {
      const zh = chinese.get(key)!;
      const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(placeholders(zh), key).toEqual(placeholders(text));
      if (
        /[A-Za-z]{3,}/.test(text.replace(/\{\{\w+\}\}/g, '')) &&
        !['swot.noRating', 'strategy.as', 'strategy.tas'].includes(key)
      )
        expect(zh, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('has a message for every value of the enums that messages are looked up by', () => {
    const keyed: Array<[string, readonly string[]]> = [
      // A kept QSPM-scoring activity showed its key ("workshop.record.kind.score") in the report and deck.
      ['workshop.record.kind', WORKSHOP_ACTIVITY_KINDS],
      ['workshop.activity.canvas', CANVASES],
      ['workshop.activity.canvasShort', CANVASES],
      ['swot.quadrant', QUADRANTS],
      ['forces.short', FORCES],
      ['pestel.category', PESTEL_CATEGORIES],
    ];
    for (const [prefix, values] of keyed)
      for (const value of values) {
        expect(english.has(`${prefix}.${value}`), `${prefix}.${value}`).toBe(true);
        expect(chinese.has(`${prefix}.${value}`), `${prefix}.${value} (zh-CN)`).toBe(true);
      }
  });

  it('uses the course’s terms for the SWOT and TOWS', () => {
    expect(zhCN.swot.quadrant).toEqual({
      strengths: '优势',
      weaknesses: '劣势',
      opportunities: '机会',
      threats: '威胁',
    });
    expect(zhCN.tows.cell.SO).toContain('增长型');
    expect(zhCN.tows.cell.WO).toContain('扭转型');
    expect(zhCN.tows.cell.ST).toContain('多种经营型');
    expect(zhCN.tows.cell.WT).toContain('防御型');
  });
});
