import { describe, expect, it } from 'vitest';
import { buildSlideSvg, wrapText } from '../../src/export/slideSvg';

const HOSTILE = '<script>alert("x")</script> & “quotes” 海底捞 🍲';

function chart(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 800 400');
  const label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
  label.textContent = 'Rivalry & <rates>';
  svg.append(label);
  return svg;
}

describe('buildSlideSvg', () => {
  it('is well-formed 1920×1080 SVG whose texts are exactly what was typed', () => {
    const svg = buildSlideSvg(document, {
      title: HOSTILE,
      subtitle: 'Intensity 1–5',
      source: 'Source: 本项目',
      legend: [{ label: HOSTILE, colour: '#0072B2' }],
      chart: chart(),
      background: 'transparent',
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1920', '1080']);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toContain(HOSTILE);
    expect(texts).toContain('Rivalry & <rates>');
    expect(texts).toContain('Source: 本项目');
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    // Transparent: no full-slide background rectangle.
    expect(Array.from(doc.getElementsByTagName('rect')).some((r) => r.getAttribute('width') === '1920')).toBe(
      false,
    );
  });

  it('draws a map’s key with the marks’ own shapes, and a series’ key as squares', () => {
    const svg = buildSlideSvg(document, {
      title: 'Map',
      subtitle: '',
      source: '',
      legend: [
        { label: 'Us today', colour: '#000000', shape: 'circle' },
        { label: 'Alternatives', colour: '#0072b2', shape: 'diamond' },
        { label: 'Cost', colour: '#d55e00' },
      ],
      chart: chart(),
      background: 'transparent',
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const circles = Array.from(doc.getElementsByTagName('circle')).filter(
      (c) => c.getAttribute('fill') === '#000000',
    );
    expect(circles).toHaveLength(1);
    const rects = Array.from(doc.getElementsByTagName('rect'));
    expect(rects.find((r) => r.getAttribute('fill') === '#0072b2')!.getAttribute('transform')).toMatch(
      /^rotate\(45 /,
    );
    expect(rects.find((r) => r.getAttribute('fill') === '#d55e00')!.getAttribute('transform')).toBeNull();
  });

  it('wraps a long title by words, and Chinese by characters, to the width given', () => {
    const lines = wrapText(
      'Differentiation leads because the network and the brand outweigh the price gap',
      46,
      900,
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(
      'Differentiation leads because the network and the brand outweigh the price gap',
    );
    const zh = wrapText(
      '差异化战略领先：自有网络和品牌的优势超过了价格差距带来的劣势，而且在多数模拟中保持第一',
      46,
      1100,
    );
    expect(zh.length).toBe(2);
    expect(zh.join('')).toBe(
      '差异化战略领先：自有网络和品牌的优势超过了价格差距带来的劣势，而且在多数模拟中保持第一',
    );
  });
});

describe('text on an exported slide', () => {
  it('is at least 18 px once the chart is scaled onto the 1920 × 1080 slide', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    // A tall chart (scaled by about 0.67 to fit under the title) with 13 px and 30 px texts.
    svg.setAttribute('viewBox', '0 0 900 1200');
    const small = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    small.setAttribute('font-size', '13');
    small.textContent = '0.20';
    const inherited = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    inherited.setAttribute('font-size', '14');
    const tick = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    tick.textContent = 'Rivalry';
    inherited.append(tick);
    const big = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    big.setAttribute('font-size', '40');
    big.textContent = 'Title';
    svg.append(small, inherited, big);
    const out = buildSlideSvg(document, {
      title: 'T',
      subtitle: 'S',
      source: 'Source',
      legend: [],
      chart: svg,
      background: 'white',
    });
    const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
    const inner = doc.documentElement.querySelector('svg')!;
    const [, , w, h] = inner.getAttribute('viewBox')!.split(' ').map(Number);
    const scale = Math.min(
      Number(inner.getAttribute('width')) / w!,
      Number(inner.getAttribute('height')) / h!,
    );
    for (const text of Array.from(inner.querySelectorAll('text'))) {
      const size = Number(text.getAttribute('font-size') ?? text.parentElement!.getAttribute('font-size'));
      expect(size * scale, text.textContent!).toBeGreaterThanOrEqual(18 - 1e-9);
    }
    // What was large enough stays as it was.
    expect(
      Array.from(inner.querySelectorAll('text'))
        .find((t) => t.textContent === 'Title')!
        .getAttribute('font-size'),
    ).toBe('40');
  });
});
