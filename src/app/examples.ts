import { parseProject } from '../domain/project/parseProject';
import type { Project } from '../domain/project/types';

/**
 * The course's worked cases (public/examples/, one file per language), each a complete project from
 * environment analysis to implementation, listed in the library and opened as a copy.
 */
export const WORKED_CASES = ['dhl-call-centre', 'hotpot-chain', 'ecommerce-service'] as const;
export type WorkedCase = (typeof WORKED_CASES)[number];
/** Every bundled example: the one a first visit opens, then the worked cases. */
export const EXAMPLES = ['swift-express', ...WORKED_CASES] as const;
export type ExampleSlug = (typeof EXAMPLES)[number];

const fetched = new Map<string, Promise<unknown>>();

/** An example's JSON in `language`, fetched once: `prefetchExample` may have started it before the app. */
function exampleJson(language: string, slug: ExampleSlug): Promise<unknown> {
  const file = `${slug}.${language === 'zh-CN' ? 'zh-CN' : 'en'}.json`;
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
  void exampleJson(language, 'swift-express').catch(() => undefined);
}

/** A bundled example project in the UI language (public/examples/). */
export async function fetchExample(language: string, slug: ExampleSlug = 'swift-express'): Promise<Project> {
  const json = await exampleJson(language, slug);
  // A copy: the fetched JSON is kept for the next call, and parsing must not see an earlier call's changes.
  const parsed = parseProject(structuredClone(json));
  if (!parsed.ok)
    throw new Error(
      `example ${slug} ${language}: ${parsed.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
    );
  return parsed.value;
}
