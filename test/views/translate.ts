import { en } from '../../src/i18n/en';
import { zhCN } from '../../src/i18n/zh-CN';
import { viewContext } from '../../src/views/context';
import type { Translate } from '../../src/views/types';

/** Messages by key with {{placeholders}} filled, as i18next does: what a user of that language reads. */
function translator(messages: object): Translate {
  const lookup = (key: string) =>
    key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], messages);
  return (key, options = {}) => {
    const { count } = options;
    // Plural keys as i18next picks them (English and Chinese: `_one` for 1, else `_other`).
    const value =
      lookup(key) ??
      (typeof count === 'number'
        ? (lookup(`${key}_${count === 1 ? 'one' : 'other'}`) ?? lookup(`${key}_other`))
        : undefined);
    if (typeof value !== 'string') return key;
    return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name] ?? ''));
  };
}

export const tEn = translator(en);
export const tZh = translator(zhCN);
export const ctxEn = viewContext(tEn, 'en');
export const ctxZh = viewContext(tZh, 'zh-CN');
