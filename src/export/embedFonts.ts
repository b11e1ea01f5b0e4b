import { FONT } from '../views/theme';
import {
  EMBEDDED_FAMILY,
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

/**
 * The SVG with Noto Sans SC embedded (OFL), only the slices its text needs, so that it renders the same
 * on a machine without the app's fonts, Chinese included. Text stays text.
 */
export async function embedFonts(svg: string): Promise<string> {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  const texts = textByWeight(root);
  const perWeight = await Promise.all(
    ([400, 700] as const)
      .filter((weight) => texts[weight].trim() !== '')
      .map(async (weight) => {
        const slices = slicesFor(texts[weight], parseFontFaces(await FACES[weight]()));
        // Fetched together: a Chinese chart needs a dozen or more slices.
        return Promise.all(
          slices.flatMap((slice) => {
            const load = FILES[`/node_modules/@fontsource/noto-sans-sc/files/${slice.file}`];
            return load
              ? [
                  load()
                    .then(base64)
                    .then((data) => fontFaceRule(weight, slice, data)),
                ]
              : [];
          }),
        );
      }),
  );
  const rules = perWeight.flat();
  const family = `'${EMBEDDED_FAMILY}', ${FONT.family}`;
  const style = doc.createElementNS('http://www.w3.org/2000/svg', 'style');
  // Charts name their own font on their elements; the embedded one comes first everywhere.
  style.textContent = `${rules.join('\n')}\ntext,tspan{font-family:${family} !important;}`;
  root.insertBefore(style, root.firstChild);
  root.setAttribute('font-family', family);
  return new XMLSerializer().serializeToString(doc);
}
