import { describe, expect, it } from 'vitest';
import { createBlankProject } from '../../src/domain/project/defaults';
import { parseProjectText } from '../../src/domain/project/parseProject';
import { projectFileName, projectToJsonBlob } from '../../src/export/projectJson';

describe('project JSON file', () => {
  it('is named after the project, with characters file systems refuse replaced', () => {
    const p = createBlankProject('Q3: A/B "plan" 海底捞', '2026-11-25T10:00:00.000Z');
    expect(projectFileName(p)).toBe('Q3_ A_B _plan_ 海底捞.json');
    expect(projectFileName({ ...p, name: '///' })).toBe('___.json');
  });

  it('holds text exactly as typed and reads back to the same project', async () => {
    const p = createBlankProject('<script>alert("x")</script> & 🍲 服务', '2026-11-25T10:00:00.000Z');
    const text = await projectToJsonBlob(p).text();
    expect(parseProjectText(text)).toEqual({ ok: true, value: p });
  });
});
