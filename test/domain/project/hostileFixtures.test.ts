import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectText } from '../../../src/domain/project/parseProject';

const dir = 'test/fixtures/hostile';
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<
  string,
  { expect: 'refused'; path: string } | { expect: 'accepted' }
>;
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'manifest.json');

/** What a browser's File.text() gives: decoded by its byte order mark (sniffed, then removed), else as UTF-8. */
function fileText(name: string): string {
  const bytes = readFileSync(join(dir, name));
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

describe('hostile project files', () => {
  it('has at least 60, each with an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    expect(Object.keys(manifest).sort()).toEqual([...files].sort());
  });

  it.each(files)('%s is refused at its path, or accepted, as the manifest says', (name) => {
    const result = parseProjectText(fileText(name));
    const expected = manifest[name]!;
    if (expected.expect === 'accepted') expect(result.ok || result.errors).toBe(true);
    else {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors[0]!.path.startsWith(expected.path), result.errors[0]!.path).toBe(true);
        expect(result.errors[0]!.message.length).toBeGreaterThan(5);
      }
    }
  });
});
