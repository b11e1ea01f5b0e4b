// @vitest-environment node
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../../src/domain/project/parseProject';
import { evaluateModel } from '../../../src/domain/service-cost/models';
import { classifyMove } from '../../../src/domain/service-cost/moves';
import { addItem } from '../../../src/domain/swot/edit';
import { availableSlides, buildDeck } from '../../../src/export/deck/deckSlides';
import { sample } from '../../../src/export/deck/curvesSlide';
import { noteLines, paginate, writeDeck } from '../../../src/export/deck/renderPptx';
import { en } from '../../../src/i18n/en';
import { placedPlayers } from '../../../src/views/names';
import { ctxEn as ctx, tEn as t } from '../../views/translate';

function example() {
  const parsed = parseProject(JSON.parse(readFileSync('public/examples/swift-express.en.json', 'utf8')));
  if (!parsed.ok) throw new Error('example does not parse');
  return parsed.value;
}

async function open(project = example(), order?: string[]) {
  const ids = order ?? availableSlides(project, ctx).map((s) => s.id);
  const deck = buildDeck(project, ctx, ids, '25 November 2026');
  const zip = await JSZip.loadAsync(await writeDeck(PptxGenJS, JSZip, deck, '(continued)'));
  const files = Object.keys(zip.files);
  // In the order they were added (the parts' numbers run on across decks in one session).
  const chartNumber = (f: string) => Number(/(\d+)\.xml$/.exec(f)![1]);
  const charts = files
    .filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
    .sort((a, b) => chartNumber(a) - chartNumber(b));
  const slides = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  const read = (f: string) => zip.file(f)!.async('string');
  return { deck, charts, slides, read, files, zip };
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
    // The QSPM has a series per key factor (the tornado has them as categories).
    const qspm = xml.find((x) =>
      /<c:tx>\s*<c:strRef>[\s\S]{0,200}<c:v>S1 Own air and ground network/.test(x),
    )!;
    expect(qspm).toContain('<c:grouping val="stacked"/>');
    expect(qspm).toContain('<c:v>0.3</c:v>');
    // Every chart embeds its data as a workbook, which is what PowerPoint's "Edit data" opens.
  });

  it('embeds an Excel workbook per chart, so PowerPoint can edit the data', async () => {
    const { charts, files } = await open();
    const workbooks = files.filter((f) => /^ppt\/embeddings\/.*\.xlsx$/.test(f));
    expect(workbooks.length).toBe(charts.length);
  });

  it('each chart shows exactly the numbers its embedded workbook holds, zeros included, gaps left blank', async () => {
    const { charts, read, zip } = await open();
    let numbers = 0;
    let zeros = 0;
    for (const chart of charts) {
      const xml = await read(chart);
      expect(xml).not.toContain('<c:v></c:v>');
      const id = /chart(\d+)\.xml$/.exec(chart)![1];
      const workbook = await JSZip.loadAsync(
        await zip.file(`ppt/embeddings/Microsoft_Excel_Worksheet${id}.xlsx`)!.async('uint8array'),
      );
      const sheet = await workbook.file('xl/worksheets/sheet1.xml')!.async('string');
      const cell = (ref: string) => {
        const m = new RegExp(`<c r="${ref}"(?:/>|><v>([^<]*)</v></c>)`).exec(sheet);
        return m ? (m[1] ?? null) : null;
      };
      for (const ref of xml.matchAll(
        /<c:numRef>\s*<c:f>Sheet1!\$([A-Z]+)\$(\d+):[^<]*<\/c:f>([\s\S]*?)<\/c:numRef>/g,
      )) {
        const [, column, first, cache] = ref;
        const points = new Map(
          [...cache!.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((m) => [Number(m[1]), m[2]]),
        );
        const count = Number(/<c:ptCount val="(\d+)"/.exec(cache!)![1]);
        for (let i = 0; i < count; i += 1) {
          const inSheet = cell(`${column}${Number(first) + i}`);
          const inChart = points.get(i) ?? null;
          expect(inSheet === null ? null : Number(inSheet), `${chart} ${column}${Number(first) + i}`).toBe(
            inChart === null ? null : Number(inChart),
          );
          if (inChart !== null) numbers += 1;
          if (inChart === '0') zeros += 1;
        }
      }
    }
    expect(numbers).toBeGreaterThan(200);
    expect(zeros).toBeGreaterThan(0); // the tornado's bars start at 0, some reference lines too
  });

  it('marks the optimum and today on the service-level curves, as dashed lines named on the chart', async () => {
    const project = example();
    // The example's hotline is staffed at its optimum: three agents more, and today is past it.
    const hotline = project.serviceModels[0]!;
    if (hotline.kind === 'callCentre') hotline.agents += 3;
    const { charts, read } = await open(project, [`service:${project.serviceModels[0]!.id}`]);
    const xml = await read(charts[0]!);
    expect(xml).toContain('<c:scatterChart>');
    const series = xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g)!;
    const names = series.map((s) => /<c:v>([^<]*)<\/c:v>/.exec(s)![1]);
    expect(names.slice(0, 3)).toEqual(['Cost', 'Revenue / benefit', 'Profit']);
    expect(names[3]).toMatch(/^Optimum \d+\.\d%$/);
    expect(names[4]).toMatch(/^Today \d+\.\d%$/);
    for (const line of series.slice(3)) {
      expect(line).toContain('<a:prstDash val="dash"/>');
      expect(line).toContain('<c:showSerName val="1"/>');
      // Two points: from the axis up to the curves.
      expect([...line.matchAll(/<c:yVal>[\s\S]*?<\/c:yVal>/g)][0]![0].match(/<c:pt /g)).toHaveLength(2);
    }
    // The optimum's line stands at the model's optimum and ends on its profit, as computed by the model.
    const view = evaluateModel(project.serviceModels[0]!);
    if (!view.ok || !view.value.optimum) throw new Error('the example hotline has an optimum');
    const values = (tag: string) => [
      ...new RegExp(`<c:${tag}>[\\s\\S]*?</c:${tag}>`)
        .exec(series[3]!)![0]
        .matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)</g),
    ];
    const [bottom, top] = values('yVal');
    const xs = new Map(values('xVal').map((m) => [m[1], Number(m[2])]));
    expect(xs.get(top![1])).toBeCloseTo(view.value.optimum.serviceLevel * 100, 2);
    expect(Number(top![2])).toBeCloseTo(view.value.optimum.profit!, 2);
    expect(Number(bottom![2])).toBeLessThanOrEqual(0);
    expect(names[3]).toBe(`Optimum ${(view.value.optimum.serviceLevel * 100).toFixed(1)}%`);
  });

  it('compares a baseline with its scenarios: their cost curves, operating points and moves', async () => {
    const project = example();
    const baseline = project.serviceModels.find((m) =>
      project.serviceModels.some((s) => s.baselineId === m.id),
    )!;
    const scenario = project.serviceModels.find((m) => m.baselineId === baseline.id)!;
    const { deck, charts, read } = await open(project, [`scenarios:${baseline.id}`]);
    const xml = await read(charts[0]!);
    const names = [...xml.matchAll(/<c:ser>[\s\S]*?<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
    expect(names).toEqual([
      baseline.name,
      scenario.name,
      `${baseline.name}: Today`,
      `${scenario.name}: Today`,
    ]);
    // The operating points are drawn as markers.
    expect(xml.match(/<c:symbol val="circle"\/>/g)).toHaveLength(2);
    // The note names each scenario's move, as the page's table does.
    const body = deck.slides[0]!.body as { note: string };
    const views = [baseline, scenario].map((m) => {
      const r = evaluateModel(m);
      if (!r.ok) throw new Error('example models evaluate');
      return r.value.operating;
    });
    expect(body.note).toContain(`${scenario.name}: ${(views[1]!.serviceLevel * 100).toFixed(1)}%`);
    expect(body.note).toContain(`(${en.serviceCost.move[classifyMove(views[0]!, views[1]!)]})`);
    expect(body.note).toContain(`${baseline.name}: `);
  });

  it('draws each service curve finely enough that today’s point lies on it', () => {
    const project = example();
    for (const model of project.serviceModels) {
      const slide = buildDeck(project, ctx, [`service:${model.id}`], '').slides[0]!;
      const chart = (
        slide.body as { chart: { x: number[]; series: Array<{ values: Array<number | null> }> } }
      ).chart;
      const view = evaluateModel(model);
      if (!view.ok) throw new Error('example models evaluate');
      const at = view.value.operating.serviceLevel * 100;
      // The cost curve's own rows, then straight-line interpolation at today's service level.
      const curve = chart.x
        .map((x, i) => ({ x, y: chart.series[0]!.values[i] }))
        .filter((p): p is { x: number; y: number } => p.y !== null);
      const right = curve.findIndex((p) => p.x >= at);
      const [a, b] = [curve[Math.max(0, right - 1)]!, curve[right]!];
      const drawn = b.x === a.x ? b.y : a.y + ((b.y - a.y) * (at - a.x)) / (b.x - a.x);
      expect(Math.abs(drawn - view.value.operating.cost), model.name).toBeLessThan(
        0.01 * view.value.operating.cost + 1,
      );
    }
    expect(sample(Array.from({ length: 201 }, (_, i) => i))).toHaveLength(51);
    expect(sample([1, 2, 3])).toEqual([1, 2, 3]);
  });

  it('places the players on Kotler’s nine cells, told apart by colour and shape, with a key', async () => {
    const { read } = await open(example(), ['positioning']);
    const slide = await read('ppt/slides/slide2.xml');
    const texts = [...slide.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]);
    for (const cell of [
      'Premium',
      'High value',
      'Superb value',
      'Overcharging',
      'Medium value',
      'Good value',
      'Rip-off',
      'False economy',
      'Economy',
    ])
      expect(texts).toContain(cell);
    const placed = placedPlayers(example(), t).placed;
    expect(texts).toEqual(expect.arrayContaining(placed.map((p) => p.name)));
    // The key names the kinds; alternatives are diamonds (one per alternative and one in the key).
    expect(texts).toEqual(expect.arrayContaining(['Us today', 'Alternatives', 'Competitors']));
    const diamonds = slide.match(/prstGeom prst="diamond"/g) ?? [];
    expect(diamonds).toHaveLength(placed.filter((p) => p.kind === 'alternative').length + 1);
    // The cells (the last is Economy) are drawn before the players' marks (behind them).
    expect(slide.indexOf('>Economy<')).toBeLessThan(slide.lastIndexOf('prst="diamond"'));
  });

  it('draws competitors’ value curves and CPM profiles dashed, the firm’s solid', async () => {
    const { charts, read } = await open(example(), ['valueCurves', 'cpm']);
    for (const chart of charts) {
      const series = (await read(chart)).match(/<c:ser>[\s\S]*?<\/c:ser>/g)!;
      expect(series[0]).not.toContain('<a:prstDash val="dash"/>');
      expect(series.at(-1)).toContain('<a:prstDash val="dash"/>');
    }
  });

  it('draws the word of mouth as a native waterfall: stacked bars on unfilled spacers, each labelled', async () => {
    const { charts, read } = await open(example(), ['wordOfMouth']);
    const xml = await read(charts[0]!);
    expect(xml).toContain('<c:grouping val="stacked"/>');
    const series = xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g)!;
    expect(series[0]).toContain('<a:noFill/>');
    // The course's numbers (26,000 yuan; +1 / −2 customers) as the bars' own labels.
    for (const text of ['+26,000', '52,000', '−52,000']) expect(xml).toContain(`<a:t>${text}</a:t>`);
    expect(xml.match(/<c:legendEntry>/g)).toHaveLength(5);
  });

  it('the slides are the title slide and the chosen ones, in the chosen order', async () => {
    const { slides, read } = await open(example(), ['choice', 'forces', 'qspm']);
    expect(slides).toHaveLength(4);
    const texts = await Promise.all([2, 3, 4].map((n) => read(`ppt/slides/slide${n}.xml`)));
    expect(texts[0]).toContain('Chosen alternative: Differentiation');
    expect(texts[1]).toContain('Five forces: intensity by force, now and in three years');
    expect(texts[2]).toContain('Why Differentiation leads');
  });

  it('draws the IE matrix as David lays it out, with the firm in its cell', async () => {
    const { read } = await open(example(), ['ieMatrix']);
    const xml = await read('ppt/slides/slide2.xml');
    const text = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('Internal–external (IE) matrix: Cell');
    expect(text).toMatch(/Firm \(IFE 2\.\d\d, EFE \d\.\d\d\)/);
    expect(text).toContain('IX · Harvest or divest');
    // Strong IFE on the left, as David draws it: the first band named under the plot is 3.0–4.0.
    expect(text.indexOf('3.0–4.0')).toBeLessThan(text.indexOf('1.0–1.99'));
    // The firm's cell is outlined.
    expect(xml).toContain('<a:ln w="38100"');
    // Tinted by prescription: three grow-and-build cells, three hold-and-maintain, three harvest-or-divest.
    for (const fill of ['D7EFE5', 'FDF1CF', 'F9DDD0'])
      expect(xml.match(new RegExp(`<a:srgbClr val="${fill}"/>`, 'g'))).toHaveLength(3);
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
    // A paragraph's text may be split into several runs: join them per paragraph (an item of the 2×2).
    const paragraphs = [...xml.matchAll(/<a:p>[\s\S]*?<\/a:p>/g)].map((p) =>
      [...p[0].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!)).join(''),
    );
    expect(paragraphs.some((p) => p.startsWith(`S1  ${hostile} (`))).toBe(true);
  });

  it('a long table continues on further slides instead of being cut off', async () => {
    let project = example();
    for (let i = 0; i < 60; i += 1)
      project = addItem(project, 'threats', `Threat number ${i} ${'x'.repeat(120)}`);
    const { slides } = await open(project, ['swot']);
    expect(slides.length).toBeGreaterThan(3);
  });

  it('a long note under a chart gets the lines it needs at 12 pt instead of being shrunk', async () => {
    const { deck, read } = await open(example(), ['valueCurves']);
    const note = (deck.slides[0]!.body as { note: string }).note;
    expect(noteLines(note)).toBeGreaterThan(1);
    const xml = await read('ppt/slides/slide2.xml');
    const shape = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)]
      .map((m) => m[0])
      .find((sp) => sp.includes('Us today: '))!;
    expect(shape).toContain('sz="1200"');
    expect(shape).not.toContain('Autofit');
    // The box is as tall as the lines (EMU: 914400 per inch).
    const height = Number(/<a:ext cx="\d+" cy="(\d+)"\/>/.exec(shape)![1]) / 914400;
    expect(height).toBeGreaterThanOrEqual(noteLines(note) * 0.24);
  });

  it('a long action title is set smaller instead of overflowing into the subtitle', async () => {
    const project = example();
    const { deck } = await open(project, ['forces']);
    const long = {
      ...deck,
      slides: [{ ...deck.slides[0]!, title: 'Buyers now hold the power. '.repeat(6) }],
    };
    const zip = await JSZip.loadAsync(await writeDeck(PptxGenJS, JSZip, long, '(continued)'));
    const xml = await zip.file('ppt/slides/slide2.xml')!.async('string');
    const title = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)]
      .map((m) => m[0])
      .find((sp) => sp.includes('Buyers now'))!;
    const size = Number(/sz="(\d+)"/.exec(title)![1]) / 100;
    expect(size).toBeLessThan(26);
    expect(size).toBeGreaterThanOrEqual(14);
    expect(title).not.toContain('Autofit');
  });

  it('counts a note’s lines with Chinese characters twice as wide as Latin ones', () => {
    expect(noteLines('Short note')).toBe(1);
    expect(noteLines('x'.repeat(300))).toBe(3);
    expect(noteLines('服'.repeat(200))).toBe(3);
    expect(noteLines('服'.repeat(60))).toBe(1);
  });

  it('running text is split into slides at sentence ends', () => {
    const long = 'A sentence that is quite long. '.repeat(80).trim();
    const pages = paginate(['Statement.', long], 900);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.flat().join('').replace(/\s/g, '')).toBe(('Statement.' + long).replace(/\s/g, ''));
    expect(pages.flat().every((p) => p.length <= 900)).toBe(true);
  });

  it('gives each kept workshop activity a slide: a vote’s items with dots, ratings with spread and the disagreement', async () => {
    const { deck, slides, read } = await open();
    const workshop = deck.slides.filter((s) => s.id.startsWith('workshop-'));
    expect(workshop.map((s) => s.title)).toEqual([
      'Workshop: Brainstorm',
      'Workshop: Dot vote',
      'Workshop: Rating',
    ]);
    const rate = workshop[2]!.body;
    expect(rate.kind === 'table' && rate.rows[2]).toEqual([
      'Rivalry: Little differentiation in standard parcel service',
      '3.88',
      '1.13',
      'The group disagrees (SD ≥ 1.0)',
    ]);
    // The slides' text with the XML taken out (pptxgenjs writes a table cell's words as runs of their own).
    const text = (await Promise.all(slides.map(read)))
      .join('')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ');
    expect(text.includes('Which items matter most for our strategy? · 8 participants')).toBe(true);
    expect(text.includes('W1 Prices 20–30% above franchise-based rivals 9')).toBe(true);
  });
});
