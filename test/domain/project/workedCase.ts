import { readFileSync } from 'node:fs';
import { parseProject } from '../../../src/domain/project/parseProject';
import type { Project } from '../../../src/domain/project/types';

export const LANGUAGES = ['en', 'zh-CN'] as const;

/** A bundled example's file as stored (public/examples/). */
export function raw(slug: string, language: string): unknown {
  return JSON.parse(readFileSync(`public/examples/${slug}.${language}.json`, 'utf8'));
}

/** A worked case as the app opens it. */
export function workedCase(slug: string, language: (typeof LANGUAGES)[number] = 'en'): Project {
  const parsed = parseProject(raw(slug, language));
  if (!parsed.ok) throw new Error(`${slug}.${language}: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return parsed.value;
}
