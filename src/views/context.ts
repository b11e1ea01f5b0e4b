import { formatFixed, formatNumber } from '../i18n/format';
import type { Translate, ViewContext } from './types';

/** The context views are built in: the translator and the number formats of its language. */
export function viewContext(t: Translate, language: string): ViewContext {
  return {
    t,
    language,
    fixed: (value, digits = 2) => formatFixed(value, language, digits),
    number: (value, digits = 2) => formatNumber(value, language, digits),
  };
}
