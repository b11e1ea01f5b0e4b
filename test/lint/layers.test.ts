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

  // Issue 13: components call named actions (state/<area>Actions.ts) that say how an edit is undone.
  it.each([
    [
      'src/features/swot/x.tsx',
      "import { addItem } from '../../domain/swot/edit';\nexport const x = addItem;\n",
      '@typescript-eslint/no-restricted-imports',
    ],
    [
      'src/app/x.tsx',
      "import { endCoalescing } from '../state/history';\nexport const x = endCoalescing;\n",
      '@typescript-eslint/no-restricted-imports',
    ],
    [
      'src/features/projects/x.tsx',
      "import { projectRepository } from '../../state/projectRepository';\nexport const x = projectRepository;\n",
      '@typescript-eslint/no-restricted-imports',
    ],
    [
      'src/app/x.tsx',
      "import { flushSave } from '../state/autosave';\nexport const x = flushSave;\n",
      '@typescript-eslint/no-restricted-imports',
    ],
    [
      'src/features/forces/x.tsx',
      "import { useAppStore } from '../../state/store';\nexport const x = () => useAppStore((s) => s.change);\n",
      'no-restricted-syntax',
    ],
    [
      'src/features/pestel/x.tsx',
      "import { useAppStore } from '../../state/store';\nexport const x = () => useAppStore.getState().change((p) => p);\n",
      'no-restricted-syntax',
    ],
  ])('refuses an edit built in a component: %s', async (path, code, rule) => {
    expect(await ruleIds(path, code)).toContain(rule);
  });

  it('lets each layer import what lies below it', async () => {
    for (const [path, code] of <Array<[string, string]>>[
      ['src/views/x.ts', "import { formatFixed } from '../i18n/format';\nexport const x = formatFixed;\n"],
      ['src/charts/x.ts', "import { PALETTE } from '../views/theme';\nexport const x = PALETTE;\n"],
      [
        'src/features/forces/x.ts',
        "import { useAppStore } from '../../state/store';\nexport const x = useAppStore;\n",
      ],
      [
        'src/features/forces/x.ts',
        "import { forcesActions } from '../../state/environmentActions';\nexport const x = forcesActions;\n",
      ],
      [
        'src/features/projects/x.ts',
        "import type { ProjectSummary } from '../../state/projectRepository';\nexport type X = ProjectSummary;\n",
      ],
    ])
      expect(await ruleIds(path, code), path).toEqual([]);
  });
}, 60_000);
