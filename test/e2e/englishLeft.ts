import type { Page } from '@playwright/test';

/** Latin words the Chinese pages may show: abbreviations the course keeps, file formats, product names. */
const ALLOWED = new Set([
  'SWOT',
  'DHL',
  'PESTEL',
  'TOWS',
  'IFE',
  'EFE',
  'JSON',
  'Ctrl',
  'Shift',
  'Alt',
  'Enter',
  'Esc',
  'SO',
  'ST',
  'WO',
  'WT',
  'MB',
  'App',
  'AI',
  'IE',
  'PEST',
  'EL',
  'AHT',
  'ADBUDG',
  'exp',
  'log',
  'sqrt',
  'min',
  'max',
  // Abbreviations the Chinese course texts use as they are (GLOSSARY.md): 定量战略计划矩阵（QSPM）…
  'QSPM',
  'AS',
  'TAS',
  'AHP',
  'CPM',
  // The customer analyses keep their names in Chinese texts (GLOSSARY.md): ABC 分类, RFM, 客户满意度指数（CSI）.
  'ABC',
  'RFM',
  'CSI',
  // Cited authors keep their names: Martilla 和 James（1977）.
  'Martilla',
  'James',
  // Data, not interface: the Chinese example's transaction file is called transactions.zh-CN.csv.
  'transactions',
  'zh',
  'CN',
  'csv',
  // The queueing formula keeps its name in Chinese texts (issue 12): Erlang C, not 爱尔兰 C.
  'Erlang',
  'CI',
  'RI',
  'EMS',
  // File formats, named as they are on every system.
  'CSV',
  'PNG',
  'SVG',
  'PDF',
  'xlsx',
  'xls',
  // Product names.
  'PowerPoint',
  'Excel',
]);

/** Every Latin word a user could see or hear on the page: text, labels, placeholders, titles. */
export async function englishLeft(page: Page): Promise<string[]> {
  const words = await page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[lang="en"], script, style, textarea')) continue;
      texts.push(node.textContent ?? '');
    }
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el.closest('[lang="en"]')) continue;
      for (const attr of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = el.getAttribute(attr);
        if (value) texts.push(value);
      }
    }
    return texts.join(' ').match(/[A-Za-z]{2,}/g) ?? [];
  });
  // Roman numerals are the IE matrix's cell names, I–IX, in the course material too.
  return [...new Set(words)].filter((w) => !ALLOWED.has(w) && !/^[IVX]+$/.test(w));
}
