// @vitest-environment node
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../../src/domain/project/parseProject';
import { addItem } from '../../../src/domain/swot/edit';
import { availableSlides, buildDeck } from '../../../src/export/deck/deckSlides';
import { paginate, renderDeck } from '../../../src/export/deck/renderPptx';
import { en } from '../../../src/i18n/en';

/** English messages by key, with {{placeholders}} filled: the deck as an English user gets it. */
function t(key: string, options: Record<string, unknown> = {}): string {
  const value = key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], en);
  if (typeof value !== 'string') return key;
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name] ?? ''));
}

function example() {
  const parsed = parseProject(JSON.parse(readFileSync('public/examples/swift-express.en.json', 'utf8')));
  if (!parsed.ok) throw new Error('example does not parse');
  return parsed.value;
}

async function open(project = example(), order?: string[]) {
  const ids = order ?? availableSlides(project, t).map((s) => s.id);
  const deck = buildDeck(project, t, ids, '25 November 2026');
  const buffer = (await renderDeck(PptxGenJS, deck, '(continued)').write({
    outputType: 'nodebuffer',
  })) as Buffer;
  const zip = await JSZip.loadAsync(buffer);
  const files = Object.keys(zip.files);
  const charts = files.filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).sort();
  const slides = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  const read = (f: string) => zip.file(f)!.async('string');
  return { deck, charts, slides, read, files };
}

describe('PowerPoint deck', () => {
  it('has a native chart part per chart slide holding the project’s series names and values', async () => {
    const { deck, charts, read } = await open();
    const chartSlides = deck.slides.filter((s) => s.body.kind === 'chart');
    expect(charts).toHaveLength(chartSlides.length);
    const xml = await Promise.all(charts.map(read));
    // Five forces: the "Now" series with the example's intensities (buyers 3.67 …) as editable data.
    const forces = xml.find((x) => x.includes('<c:v>Now</c:v>'))!;
    expect(forces).toContain('<c:v>In 3 years</c:v>');
    expect(forces).toContain('<c:v>Rivalry</c:v>');
    // QSPM: one series per scored key factor; the embedded values are the TAS (S1: 0.15 × 2 for cost leadership).
    const qspm = xml.find((x) => x.includes('S1 Own air and ground network'))!;
    expect(qspm).toContain('<c:grouping val="stacked"/>');
    expect(qspm).toContain('<c:v>0.3</c:v>');
    // Every chart embeds its data as a workbook, which is what PowerPoint's "Edit data" opens.
  });

  it('embeds an Excel workbook per chart, so PowerPoint can edit the data', async () => {
    const { charts, files } = await open();
    const workbooks = files.filter((f) => /^ppt\/embeddings\/.*\.xlsx$/.test(f));
    expect(workbooks.length).toBe(charts.length);
  });

  it('the slides are the title slide and the chosen ones, in the chosen order', async () => {
    const { slides, read } = await open(example(), ['choice', 'forces', 'qspm']);
    expect(slides).toHaveLength(4);
    const texts = await Promise.all([2, 3, 4].map((n) => read(`ppt/slides/slide${n}.xml`)));
    expect(texts[0]).toContain('Chosen alternative: Differentiation');
    expect(texts[1]).toContain('Five forces: intensity now and in three years');
    expect(texts[2]).toContain('Why Differentiation leads');
  });

  it('draws the IE matrix as David lays it out, with the firm in its cell', async () => {
    const { read } = await open(example(), ['ieMatrix']);
    const xml = await read('ppt/slides/slide2.xml');
    const text = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('Internal–external (IE) matrix: Cell');
    expect(text).toMatch(/● Firm \(IFE 2\.\d\d, EFE \d\.\d\d\)/);
    expect(text).toContain('IX · Harvest or divest');
  });

  it('keeps hostile and Chinese text exactly, escaped for XML', async () => {
    const hostile = '<script>alert("x")</script> & ‘quotes’ 海底捞 🍲';
    const project = addItem(example(), 'strengths', hostile, 0, 'hostile');
    const { read } = await open(project, ['swot']);
    const xml = await read('ppt/slides/slide2.xml');
    expect(xml).not.toContain('<script>');
    const decode = (text: string) =>
      text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
    // A cell's text may be split into several runs (pptxgenjs wraps by words): join them per cell.
    const cells = [...xml.matchAll(/<a:tc[\s>][\s\S]*?<\/a:tc>/g)].map((cell) =>
      [...cell[0].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!)).join(''),
    );
    expect(cells).toContain(hostile);
  });

  it('a long table continues on further slides instead of being cut off', async () => {
    let project = example();
    for (let i = 0; i < 60; i += 1)
      project = addItem(project, 'threats', `Threat number ${i} ${'x'.repeat(120)}`);
    const { slides } = await open(project, ['swot']);
    expect(slides.length).toBeGreaterThan(3);
  });

  it('running text is split into slides at sentence ends', () => {
    const long = 'A sentence that is quite long. '.repeat(80).trim();
    const pages = paginate(['Statement.', long], 900);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.flat().join('').replace(/\s/g, '')).toBe(('Statement.' + long).replace(/\s/g, ''));
    expect(pages.flat().every((p) => p.length <= 900)).toBe(true);
  });
});
