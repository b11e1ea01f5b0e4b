import { parseProject } from '../domain/project/parseProject';
import type { Project } from '../domain/project/types';

const fetched = new Map<string, Promise<unknown>>();

/** The example's JSON in `language`, fetched once: `prefetchExample` may have started it before the app. */
function exampleJson(language: string): Promise<unknown> {
  const file = language === 'zh-CN' ? 'swift-express.zh-CN.json' : 'swift-express.en.json';
  let json = fetched.get(file);
  if (!json) {
    json = fetch(`${import.meta.env.BASE_URL}examples/${file}`).then((response) => {
      if (!response.ok) throw new Error(`example ${file}: HTTP ${response.status}`);
      return response.json();
    });
    // A failed fetch is not kept: the next call tries again.
    json.catch(() => fetched.delete(file));
    fetched.set(file, json);
  }
  return json;
}

/**
 * Starts fetching the example while the language and the first page's code load, on the address a first
 * visit opens (the example is then seeded): it was the last request before the first page could show.
 */
export function prefetchExample(language: string): void {
  void exampleJson(language).catch(() => undefined);
}

/** The bundled example project in the UI language (public/examples/). */
export async function fetchExample(language: string): Promise<Project> {
  const json = await exampleJson(language);
  // A copy: the fetched JSON is kept for the next call, and parsing must not see an earlier call's changes.
  const parsed = parseProject(structuredClone(json));
  if (!parsed.ok)
    throw new Error(`example ${language}: ${parsed.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  return parsed.value;
}
