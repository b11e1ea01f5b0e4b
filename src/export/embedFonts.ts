import { FONT } from '../views/theme';
import {
  EMBEDDED_FAMILY,
  LATIN_FAMILY,
  notIn,
  fontFaceRule,
  parseFontFaces,
  slicesFor,
  textByWeight,
  type Weight,
} from './svgFonts';

// The woff2 slices are build assets fetched only for the characters an export shows.
const FILES = import.meta.glob(
  '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-{400,700}-normal.woff2',
  {
    query: '?url',
    import: 'default',
  },
) as Record<string, () => Promise<string>>;

const LATIN_FILES = import.meta.glob(
  '/node_modules/@fontsource/noto-sans/files/noto-sans-{latin,latin-ext}-{400,700}-normal.woff2',
  { query: '?url', import: 'default' },
) as Record<string, () => Promise<string>>;
const LATIN_FACES: Record<Weight, () => Promise<string>> = {
  400: () => import('@fontsource/noto-sans/400.css?raw').then((m) => m.default as string),
  700: () => import('@fontsource/noto-sans/700.css?raw').then((m) => m.default as string),
};
const FACES: Record<Weight, () => Promise<string>> = {
  400: () => import('@fontsource/noto-sans-sc/400.css?raw').then((m) => m.default as string),
  700: () => import('@fontsource/noto-sans-sc/700.css?raw').then((m) => m.default as string),
};

async function base64(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${url}`));
    reader.readAsDataURL(blob);
  });
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

/** The inline @font-face rules of one family for a text: only the slices it needs, fetched together. */
async function familyRules(
  family: string,
  weight: Weight,
  text: string,
  faces: Record<Weight, () => Promise<string>>,
  files: Record<string, () => Promise<string>>,
  folder: string,
): Promise<{ rules: string[]; rest: string }> {
  const all = parseFontFaces(await faces[weight]()).filter((s) => files[`${folder}${s.file}`]);
  const slices = slicesFor(text, all);
  const rules = await Promise.all(
    slices.map((slice) =>
      files[`${folder}${slice.file}`]!()
        .then(base64)
        .then((data) => fontFaceRule(weight, slice, data, family)),
    ),
  );
  return { rules, rest: notIn(text, slices) };
}

/**
 * The SVG with its fonts embedded (OFL): Noto Sans for Latin text, Noto Sans SC for Chinese, only the
 * slices its text needs, so that it renders the same on a machine without the app's fonts. Text stays text.
 */
export async function embedFonts(svg: string): Promise<string> {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  const texts = textByWeight(root);
  const perWeight = await Promise.all(
    ([400, 700] as const)
      .filter((weight) => texts[weight].trim() !== '')
      .map(async (weight) => {
        const latin = await familyRules(
          LATIN_FAMILY,
          weight,
          texts[weight],
          LATIN_FACES,
          LATIN_FILES,
          '/node_modules/@fontsource/noto-sans/files/',
        );
        const chinese = await familyRules(
          EMBEDDED_FAMILY,
          weight,
          latin.rest,
          FACES,
          FILES,
          '/node_modules/@fontsource/noto-sans-sc/files/',
        );
        return [...latin.rules, ...chinese.rules];
      }),
  );
  const rules = perWeight.flat();
  const family = `'${LATIN_FAMILY}', '${EMBEDDED_FAMILY}', ${FONT.family}`;
  const style = doc.createElementNS('http://www.w3.org/2000/svg', 'style');
  // Charts name their own font on their elements; the embedded one comes first everywhere.
  style.textContent = `${rules.join('\n')}\ntext,tspan{font-family:${family} !important;}`;
  root.insertBefore(style, root.firstChild);
  root.setAttribute('font-family', family);
  return new XMLSerializer().serializeToString(doc);
}
