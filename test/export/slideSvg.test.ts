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
