import { readFileSync } from 'node:fs';
import { parseProject } from '../../src/domain/project/parseProject';
import type { Project } from '../../src/domain/project/types';

/** The shipped example project in a language ('en' or 'zh-CN'), parsed as the app loads it. */
export function example(language: 'en' | 'zh-CN' = 'en'): Project {
  const parsed = parseProject(
    JSON.parse(readFileSync(`public/examples/swift-express.${language}.json`, 'utf8')),
  );
  if (!parsed.ok) throw new Error('example does not parse');
  return parsed.value;
}
