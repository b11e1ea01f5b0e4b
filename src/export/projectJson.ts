import type { Project } from '../domain/project/types';

/** The project as a pretty-printed JSON file. */
export function projectToJsonBlob(project: Project): Blob {
  return new Blob([JSON.stringify(project, null, 2) + '\n'], { type: 'application/json' });
}

/** A file name stem with the characters that file systems refuse replaced. */
export function safeFileStem(name: string): string {
  const safe = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .trim()
    .slice(0, 120);
  return safe || 'project';
}

/** `<project name>.json`, with characters that file systems refuse replaced. */
export function projectFileName(project: Project): string {
  return `${safeFileStem(project.name)}.json`;
}
