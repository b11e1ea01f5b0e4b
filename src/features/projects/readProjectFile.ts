import { LIMITS } from '../../domain/project/limits';
import { parseProjectText } from '../../domain/project/parseProject';
import type { Result } from '../../domain/project/result';
import type { Project } from '../../domain/project/types';

/** Reads a dropped or picked file as a project; the 5 MB limit is checked before reading any of it. */
export async function readProjectFile(file: File): Promise<Result<Project>> {
  if (file.size > LIMITS.fileBytes)
    return {
      ok: false,
      errors: [
        {
          path: '(file)',
          message: `is ${(file.size / 1048576).toFixed(1)} MB; project files are at most 5 MB`,
        },
      ],
    };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, errors: [{ path: '(file)', message: `could not be read: ${String(error)}` }] };
  }
  return parseProjectText(text);
}
