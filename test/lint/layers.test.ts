// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The rule ids ESLint reports for a file at `path` holding `code` (the file need not exist). */
async function ruleIds(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('the layers of DESIGN.md are linted', () => {
  it.each([
    ['src/domain/x.ts', "import { useAppStore } from '../state/store';\nexport const x = useAppStore;\n"],
    ['src/views/x.ts', "import { useAppStore } from '../state/store';\nexport const x = useAppStore;\n"],
    ['src/views/x.ts', "import { en } from '../i18n/en';\nexport const x = en;\n"],
    ['src/ui/x.ts', "import { useAppStore } from '../state/store';\nexport const x = useAppStore;\n"],
    ['src/charts/x.ts', "import { useAppStore } from '../state/store';\nexport const x = useAppStore;\n"],
    [
      'src/export/x.ts',
      "import { CurvesChart } from '../charts/CurvesChart';\nexport const x = CurvesChart;\n",
    ],
    [
      'src/state/x.ts',
      "import { serviceCostView } from '../views/serviceCostView';\nexport const x = serviceCostView;\n",
    ],
    ['src/workers/x.ts', "import { useAppStore } from '../state/store';\nexport const x = useAppStore;\n"],
  ])('refuses a cross-layer import in %s', async (path, code) => {
    expect(await ruleIds(path, code)).toContain('import-x/no-restricted-paths');
  });

  it('refuses one feature importing another', async () => {
    const ids = await ruleIds(
      'src/features/forces/x.ts',
      "import { SwotCanvas } from '../swot/SwotCanvas';\nexport const x = SwotCanvas;\n",
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('lets each layer import what lies below it', async () => {
    for (const [path, code] of <Array<[string, string]>>[
      ['src/views/x.ts', "import { formatFixed } from '../i18n/format';\nexport const x = formatFixed;\n"],
      ['src/charts/x.ts', "import { PALETTE } from '../views/theme';\nexport const x = PALETTE;\n"],
      [
        'src/features/forces/x.ts',
        "import { useAppStore } from '../../state/store';\nexport const x = useAppStore;\n",
      ],
    ])
      expect(await ruleIds(path, code), path).toEqual([]);
  });
}, 60_000);
