import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../src/i18n/i18n';
import { shellEn } from '../../src/i18n/shell.en';
import { shellZh } from '../../src/i18n/shell.zh-CN';

// index.html paints the shell before any script, so it holds its own copy of two messages and of the rule
// that picks the language; BootShell (React) then shows the same words. They must not drift apart.
const html = readFileSync('index.html', 'utf8');

describe('the static shell in index.html', () => {
  it('says what BootShell says, in English and in Chinese', () => {
    expect(html).toContain(`>${shellEn.app.title}<`);
    expect(html).toContain(`>${shellEn.app.loading}<`);
    expect(html).toContain(`'${shellZh.app.title}'`);
    expect(html).toContain(`'${shellZh.app.loading}'`);
  });

  it('reads the language from where the app remembers it', () => {
    expect(html).toContain(`localStorage.getItem('${LANGUAGE_STORAGE_KEY}')`);
  });
});
