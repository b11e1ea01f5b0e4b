import { parseProject } from '../domain/project/parseProject';
import type { Project } from '../domain/project/types';

/** Fetches the bundled example project in the UI language (public/examples/). */
export async function fetchExample(language: string): Promise<Project> {
  const file = language === 'zh-CN' ? 'swift-express.zh-CN.json' : 'swift-express.en.json';
  const response = await fetch(`${import.meta.env.BASE_URL}examples/${file}`);
  if (!response.ok) throw new Error(`example ${file}: HTTP ${response.status}`);
  const parsed = parseProject(await response.json());
  if (!parsed.ok)
    throw new Error(`example ${file}: ${parsed.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  return parsed.value;
}
