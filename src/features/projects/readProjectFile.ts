import { LIMITS } from '../../domain/project/limits';
import { fileTooBig } from '../../domain/project/parseProject';
import { parseFileText } from '../../state/projectParsing';
import { problem } from '../../domain/project/problems';
import type { Result } from '../../domain/project/result';
import type { Project } from '../../domain/project/types';

/** Reads a dropped or picked file as a project; the 5 MB limit is checked before reading any of it. */
export async function readProjectFile(file: File): Promise<Result<Project>> {
  if (file.size > LIMITS.fileBytes) return { ok: false, errors: [fileTooBig(file.size)] };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, errors: [problem('(file)', 'unreadable', { detail: String(error) })] };
  }
  return parseFileText(text);
}
