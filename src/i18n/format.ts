/**
 * The locale to format with: the browser's own when it is a variant of the UI language (en-GB dates for a
 * British user reading English), else the UI language itself.
 */
export function formatLocale(uiLanguage: string): string {
  const browser = typeof navigator === 'undefined' ? '' : navigator.language;
  return browser.toLowerCase().startsWith(uiLanguage.slice(0, 2).toLowerCase()) ? browser : uiLanguage;
}

/** Locale-aware formatting of dates and numbers for the current UI language. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(formatLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

export function formatTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(formatLocale(locale), { timeStyle: 'medium' }).format(date);
}

// Building an Intl.NumberFormat costs far more than using one; charts format hundreds of ticks per frame.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, minDigits: number, maxDigits: number): Intl.NumberFormat {
  const key = `${locale}|${minDigits}|${maxDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(formatLocale(locale), {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, locale: string, maximumFractionDigits = 2): string {
  return numberFormat(locale, 0, maximumFractionDigits).format(value);
}

/** A number with exactly `digits` decimals (0.60, 2.50), as scores in a matrix are read. */
export function formatFixed(value: number, locale: string, digits = 2): string {
  return numberFormat(locale, digits, digits).format(value);
}
