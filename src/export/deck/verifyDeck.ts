import type JSZipType from 'jszip';
import { xmlProblem } from '../xmlText';

/**
 * The first XML part of a written deck (or of a chart's embedded workbook) that does not parse, as
 * "path: reason"; null when PowerPoint can read every part. Browser only (DOMParser).
 */
export async function deckProblem(JSZip: typeof JSZipType, bytes: Uint8Array): Promise<string | null> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [path, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    if (/\.(xml|rels)$/.test(path)) {
      const problem = xmlProblem(await file.async('string'));
      if (problem) return `${path}: ${problem}`;
    } else if (path.endsWith('.xlsx')) {
      const inner = await deckProblem(JSZip, await file.async('uint8array'));
      if (inner) return `${path} › ${inner}`;
    }
  }
  return null;
}
