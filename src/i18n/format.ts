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

/**
 * A share (0–1) in percent with one decimal, or with as many more (up to 4) as keep a share below 1 from
 * showing as 100.0: 16 agents answering 99.96% of calls within 13 s have not reached the 100% no queue reaches.
 */
export function formatSharePercent(share: number, locale: string): string {
  let digits = 1;
  const roundsToAll = () => share < 1 && Number((share * 100).toFixed(digits)) >= 100;
  while (digits < 4 && roundsToAll()) digits++;
  // Closer to 1 than 4 decimals show: cut, not rounded (99.9999, never 100.0000).
  return formatFixed(roundsToAll() ? Math.floor(share * 1e6) / 1e4 : share * 100, locale, digits);
}
