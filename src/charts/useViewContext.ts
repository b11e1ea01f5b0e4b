import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { viewContext } from '../views/context';
import type { Translate, ViewContext } from '../views/types';

/** The context views are built in for the language on screen; the same object until the language changes. */
export function useViewContext(): ViewContext {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => viewContext(t as Translate, language), [t, language]);
}
