import { xmlProblem, xmlSafeText } from './xmlText';
import { textWidth } from '../views/textFit';
import { FONT } from '../views/theme';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A 16:9 slide in px: 1920 × 1080 (PNG at 2× is 3840 × 2160). */
export const SLIDE = { width: 1920, height: 1080 } as const;

const MARGIN = 96;
const TITLE = 46;
const SUBTITLE = 28;
const LEGEND = 24;
const SOURCE = 20;
/** The smallest text on a slide, in px at 1920 × 1080 (DESIGN.md: text ≥ 18 px). */
export const MIN_TEXT = 18;

/** A text element's font size in px: its own, else the nearest ancestor's, else the browser default 16. */
function fontSizeOf(el: Element): number {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const own = (node as SVGElement).style?.fontSize || node.getAttribute('font-size');
    const size = own ? parseFloat(own) : NaN;
    if (Number.isFinite(size)) return size;
  }
  return 16;
}

/**
 * Raises every text of the chart that would be drawn under MIN_TEXT px once the chart is scaled by
 * `scale` onto the slide: an axis tick legible on screen can be too small on a projected slide.
 */
export function raiseSmallText(chart: SVGSVGElement, scale: number): void {
  const floor = Math.ceil((MIN_TEXT / scale) * 10) / 10;
  for (const el of Array.from(chart.querySelectorAll('text'))) {
    if (fontSizeOf(el) >= floor) continue;
    el.setAttribute('font-size', String(floor));
    (el as SVGElement).style?.removeProperty('font-size');
  }
}

export interface SlideOptions {
  /** The action title: the point the chart makes, as the user worded it. */
  title: string;
  subtitle: string;
  source: string;
  /** The key; a map's entries carry the shape of their marks. */
  legend: Array<{ label: string; colour: string; shape?: 'circle' | 'diamond' }>;
  /** The chart as drawn on screen: its SVG is copied, so the export is the same drawing, not a screenshot. */
  chart: SVGSVGElement;
  background: 'white' | 'transparent';
}

/** Splits a text into lines of at most `width` px (by words, or by characters for Chinese). */
export function wrapText(text: string, fontSize: number, width: number): string[] {
  const tokens = text.match(/[\u1100-\uffff]|[^\s\u1100-\uffff]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && textWidth((line + token).trimEnd(), fontSize) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** A key's swatch, 22 px: the marks' own shape for a map's key, else a rounded square. */
function legendSwatch(doc: Document, item: SlideOptions['legend'][number], x: number, y: number): SVGElement {
  const circle = item.shape === 'circle';
  const swatch = doc.createElementNS(SVG_NS, circle ? 'circle' : 'rect');
  const attrs: Record<string, string | number> = circle
    ? { cx: x + 11, cy: y + 11, r: 11 }
    : {
        x: x + (item.shape ? 3 : 0),
        y: y + (item.shape ? 3 : 0),
        width: item.shape ? 16 : 22,
        height: item.shape ? 16 : 22,
        rx: item.shape ? 0 : 4,
      };
  if (item.shape === 'diamond') attrs.transform = `rotate(45 ${x + 11} ${y + 11})`;
  for (const [k, v] of Object.entries({ ...attrs, fill: item.colour })) swatch.setAttribute(k, String(v));
  return swatch;
}

function text(doc: Document, content: string, attrs: Record<string, string | number>): SVGTextElement {
  const el = doc.createElementNS(SVG_NS, 'text');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  // textContent escapes &, < and quotes when serialised: typed text stays text.
  el.textContent = content;
  return el;
}

/**
 * The chart on a 16:9 slide as standalone SVG: action title (wrapped to two lines at most), subtitle with
 * units, legend, the chart's own vector drawing scaled to fit, and the source line. Text stays text.
 */
export function buildSlideSvg(doc: Document, options: SlideOptions): string {
  const { width, height } = SLIDE;
  const inner = width - 2 * MARGIN;
  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', FONT.family);
  if (options.background === 'white') {
    const bg = doc.createElementNS(SVG_NS, 'rect');
    bg.setAttribute('width', String(width));
    bg.setAttribute('height', String(height));
    bg.setAttribute('fill', '#ffffff');
    root.append(bg);
  }
  let y = 72;
  const titleLines = wrapText(options.title, TITLE, inner).slice(0, 2);
  for (const line of titleLines) {
    y += TITLE * 1.15;
    root.append(text(doc, line, { x: MARGIN, y, 'font-size': TITLE, 'font-weight': 700, fill: '#111827' }));
  }
  y += SUBTITLE * 1.5;
  root.append(text(doc, options.subtitle, { x: MARGIN, y, 'font-size': SUBTITLE, fill: '#4b5563' }));
  if (options.legend.length > 0) {
    y += LEGEND * 2;
    let x = MARGIN;
    for (const item of options.legend) {
      const w = 28 + textWidth(item.label, LEGEND) + 36;
      if (x + w > width - MARGIN) {
        x = MARGIN;
        y += LEGEND * 1.6;
      }
      const swatch = legendSwatch(doc, item, x, y - LEGEND + 4);
      root.append(swatch, text(doc, item.label, { x: x + 30, y, 'font-size': LEGEND, fill: '#1f2937' }));
      x += w;
    }
  }
  const top = y + 28;
  const bottom = height - 72;
  const box = options.chart.getBoundingClientRect();
  const viewBox =
    options.chart.getAttribute('viewBox') ??
    `0 0 ${Math.round(box.width) || 800} ${Math.round(box.height) || 450}`;
  const chart = options.chart.cloneNode(true) as SVGSVGElement;
  chart.removeAttribute('style');
  chart.removeAttribute('class');
  chart.setAttribute('viewBox', viewBox);
  chart.setAttribute('x', String(MARGIN));
  chart.setAttribute('y', String(top));
  chart.setAttribute('width', String(inner));
  chart.setAttribute('height', String(bottom - top));
  chart.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  // Raised labels may reach past the chart's own box (a tornado's names to the left): the slide has room.
  chart.setAttribute('overflow', 'visible');
  const [, , vbWidth, vbHeight] = viewBox.split(/[\s,]+/).map(Number);
  raiseSmallText(chart, Math.min(inner / (vbWidth || inner), (bottom - top) / (vbHeight || bottom - top)));
  root.append(chart);
  root.append(text(doc, options.source, { x: MARGIN, y: height - 40, 'font-size': SOURCE, fill: '#6b7280' }));
  // Text as typed can hold characters XML refuses; an SVG holding one would not open at all.
  const svg = xmlSafeText(
    '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(root),
  );
  const problem = xmlProblem(svg, 'image/svg+xml');
  if (problem) throw new Error(`the SVG is not well-formed: ${problem}`);
  return svg;
}
