import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { MessageTree } from './en';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'zh-CN', label: '简体中文' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

/** Where the chosen language is remembered (index.html's static shell reads it too). */
export const LANGUAGE_STORAGE_KEY = 'ssw.language';

/** The remembered language, else the browser's (any zh → zh-CN), else English. */
export function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (saved === 'en' || saved === 'zh-CN') return saved;
  } catch {
    // storage blocked: fall through to the browser's language
  }
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Each language's messages come in a chunk of their own, fetched the first time the language is used. */
const MESSAGES: Record<Language, () => Promise<MessageTree>> = {
  en: () => import('./en').then((m) => m.en),
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
};

/** Fetches a language's messages (once) and adds them; resolves when they can be shown. */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await MESSAGES[language](), true, true);
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // remembered for this page only
  }
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

/** Ready once the first language's messages are in: the app renders no text before. */
export const i18nReady: Promise<void> = i18next
  .use(initReactI18next)
  .init({
    resources: {},
    partialBundledLanguages: true,
    lng: initialLanguage(),
    // Both languages have every key (test/i18n/messages.test.ts): no fallback is fetched.
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  .then(() => loadLanguage(initialLanguage()));

export default i18next;
