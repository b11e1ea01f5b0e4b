import type JSZipType from 'jszip';
import type { SeriesStyle } from './deckModel';

type JSZip = typeof JSZipType;

/** What pptxgenjs cannot say about one chart: per-series styles, and the true values of its embedded sheet. */
export interface ChartPatch {
  /** One per series, in the chart's series order. */
  styles: Array<SeriesStyle | undefined>;
  /** The embedded sheet's numeric columns by column index (A = 0); a label column is undefined. */
  columns: Array<ReadonlyArray<number | null> | undefined>;
}

const EMPTY_POINT = /<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g;

const OFF = '<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/>';

/** A label at one point showing the series name; every other point unlabelled. */
function nameLabel(index: number, position: 't' | 'l' | 'r'): string {
  return (
    `<c:dLbls><c:dLbl><c:idx val="${index}"/>` +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>' +
    `<c:dLblPos val="${position}"/>${OFF}<c:showSerName val="1"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>` +
    `${OFF}<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const DATA_LABELS = /<c:dLbls>[\s\S]*?<\/c:dLbls>/;

/** A text of our own in each bar that has one, centred, bold and white; no other label. */
function pointLabels(labels: ReadonlyArray<string | null>): string {
  const each = labels
    .map((text, i) =>
      text === null
        ? ''
        : `<c:dLbl><c:idx val="${i}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r>` +
          `<a:rPr lang="en-US" sz="1200" b="1"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:rPr>` +
          `<a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:dLblPos val="ctr"/>` +
          `${OFF.replace('<c:showVal val="0"/>', '<c:showVal val="1"/>')}<c:showSerName val="0"/>` +
          '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>',
    )
    .join('');
  return `<c:dLbls>${each}${OFF}<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
}

function patchSeries(series: string, style: SeriesStyle | undefined): string {
  if (!style) return series;
  let out = series;
  if (style.hidden)
    out = out
      .replace(/<c:spPr>[\s\S]*?<\/c:spPr>/, '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>')
      .replace(DATA_LABELS, '<c:dLbls><c:delete val="1"/></c:dLbls>');
  if (style.pointLabels) out = out.replace(DATA_LABELS, pointLabels(style.pointLabels));
  // The first dash element is the series line's (in c:spPr, before the marker's).
  if (style.dash) out = out.replace('<a:prstDash val="solid"/>', '<a:prstDash val="dash"/>');
  if (style.marker) out = out.replace(/<c:symbol val="[^"]*"\/>/, `<c:symbol val="${style.marker}"/>`);
  if (style.labelAt !== undefined) {
    const label = nameLabel(style.labelAt, style.labelPosition ?? 't');
    out = /<c:dLbls>[\s\S]*?<\/c:dLbls>/.test(out)
      ? out.replace(/<c:dLbls>[\s\S]*?<\/c:dLbls>/, label)
      : out.replace('</c:marker>', `</c:marker>${label}`);
  }
  return out;
}

/**
 * A chart part with its missing points left out (pptxgenjs writes an empty value, which is not a number) and
 * each series styled as asked: dashed lines, markers, a name label, a waterfall's unfilled spacers and the
 * texts in its bars, and no legend entry for a series that asks for none.
 */
export function patchChartXml(xml: string, styles: ChartPatch['styles']): string {
  let index = 0;
  const unlisted = styles
    .map((style, i) => (style?.hidden || style?.legend === false ? i : -1))
    .filter((i) => i >= 0);
  const entries = unlisted
    .map((i) => `<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>`)
    .join('');
  return xml
    .replace(EMPTY_POINT, '')
    .replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (series) => patchSeries(series, styles[index++]))
    .replace(/(<c:legend><c:legendPos val="[a-z]+"\/>)/, `$1${entries}`);
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/**
 * The embedded sheet with every numeric cell holding the chart's true value. pptxgenjs writes 0 as an empty
 * cell (its issue #1430), so "Edit data" in PowerPoint would show blanks and redraw the zeros as gaps.
 */
export function patchSheetXml(xml: string, columns: ChartPatch['columns']): string {
  return xml.replace(/<c r="([A-Z]+)(\d+)"><v>([^<]*)<\/v><\/c>/g, (cell, letters: string, row: string) => {
    const column = columns[columnIndex(letters)];
    const rowIndex = Number(row) - 2;
    if (!column || rowIndex < 0 || rowIndex >= column.length) return cell;
    const value = column[rowIndex];
    return value === null || value === undefined || !Number.isFinite(value)
      ? `<c r="${letters}${row}"/>`
      : `<c r="${letters}${row}"><v>${value}</v></c>`;
  });
}

const chartNumber = (path: string) => Number(/chart(\d+)\.xml$/.exec(path)![1]);

/**
 * Applies the patches to a deck written by pptxgenjs. Its chart parts are numbered in the order the charts
 * were added (the numbers run on across decks in one session), so the n-th part by number is the n-th patch.
 */
export async function patchDeck(JSZip: JSZip, pptx: ArrayBuffer | Uint8Array, patches: ChartPatch[]) {
  const zip = await JSZip.loadAsync(pptx);
  const charts = Object.keys(zip.files)
    .filter((path) => /^ppt\/charts\/chart\d+\.xml$/.test(path))
    .sort((a, b) => chartNumber(a) - chartNumber(b));
  if (charts.length !== patches.length)
    throw new Error(`the deck has ${charts.length} charts, but ${patches.length} were drawn`);
  await Promise.all(
    charts.map(async (path, i) => {
      const patch = patches[i]!;
      zip.file(path, patchChartXml(await zip.file(path)!.async('string'), patch.styles));
      const workbookPath = `ppt/embeddings/Microsoft_Excel_Worksheet${chartNumber(path)}.xlsx`;
      const workbookFile = zip.file(workbookPath);
      if (!workbookFile) return;
      const workbook = await JSZip.loadAsync(await workbookFile.async('uint8array'));
      const sheetPath = 'xl/worksheets/sheet1.xml';
      const sheet = workbook.file(sheetPath);
      if (!sheet) return;
      workbook.file(sheetPath, patchSheetXml(await sheet.async('string'), patch.columns));
      zip.file(workbookPath, await workbook.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    }),
  );
  return zip;
}
