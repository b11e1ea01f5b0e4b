import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, WORKED_CASES } from '../../../src/app/examples';
import { strategyParts } from '../../../src/domain/implementation/strategyParts';
import { assignmentChecklist } from '../../../src/domain/project/assignmentChecklist';
import { LANGUAGES, raw, workedCase } from './workedCase';

/** Texts a user reads (names, notes, targets …), not ids, enums, dates or column names. */
const READ_KEYS = new Set([
  'name',
  'description',
  'text',
  'note',
  'target',
  'owner',
  'kpi',
  'how',
  'within',
  'cause',
  'metric',
  'measure',
  'philosophy',
  'justification',
  'segment',
  'underserved',
  'concept',
  'difference',
  'course',
]);
/** Strings that differ by language though no one reads them as text: the brand, the orders file and its columns. */
const LOCALISED_DATA = new Set(['brand', 'fileName', 'customerId', 'date', 'amount']);

/** The project with every text a language changes blanked: ids, links, kinds, dates and numbers stay. */
function shape(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return READ_KEYS.has(key) || LOCALISED_DATA.has(key) ? 'text' : value;
  if (Array.isArray(value)) return value.map((v) => shape(v, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v, k)]));
  return value;
}

function readTexts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return READ_KEYS.has(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => readTexts(v, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (k === 'rfm' ? [] : readTexts(v, k)));
  return [];
}
/** Names, abbreviations and SWOT/TOWS codes (S1, WO1) the course's Chinese texts write in Latin letters. */
const LATIN_IN_CHINESE = /\b(DHL|EMS|CSI|RFM|App|IT|Erlang C|Erlang A|QR|(S|W|O|T|SO|ST|WO|WT)\d+)\b/g;

describe('the worked cases', () => {
  it('every bundled example has a file in each language', () => {
    for (const slug of EXAMPLES)
      for (const language of LANGUAGES)
        expect(existsSync(`public/examples/${slug}.${language}.json`)).toBe(true);
  });

  describe.each(WORKED_CASES)('%s', (slug) => {
    it.each(LANGUAGES)(
      '%s: every step of the course is done; only the cover is left to the student',
      (language) => {
        const project = workedCase(slug, language);
        expect(
          assignmentChecklist(project)
            .filter((c) => !c.done)
            .map((c) => c.item),
        ).toEqual(['cover']);
        expect(strategyParts(project).flatMap((p) => p.missing.map((m) => `${p.part}: ${m.key}`))).toEqual(
          [],
        );
      },
    );

    it('the two languages hold the same project: the same ids, links and numbers', () => {
      const [en, zh] = LANGUAGES.map((language) => raw(slug, language) as Record<string, unknown>);
      expect(shape({ ...zh, id: '' })).toEqual(shape({ ...en, id: '' }));
    });

    it('the Chinese case is written in Chinese', () => {
      const texts = readTexts(raw(slug, 'zh-CN')).filter((text) => text.trim() !== '');
      expect(texts.length).toBeGreaterThan(50);
      const english = texts.filter((text) => /[A-Za-z]{2,}/.test(text.replace(LATIN_IN_CHINESE, '')));
      expect(english).toEqual([]);
    });
  });
});
