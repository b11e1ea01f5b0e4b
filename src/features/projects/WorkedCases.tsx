import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  cases: readonly string[];
  onOpenCase: (slug: string) => Promise<void>;
}

/** The course's worked cases: each opens as a new project of its own, which the student can change freely. */
export function WorkedCases({ cases, onOpenCase }: Props) {
  const { t } = useTranslation();
  const [opening, setOpening] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const open = async (slug: string) => {
    setOpening(slug);
    setFailed(null);
    try {
      await onOpenCase(slug);
    } catch {
      setFailed(slug);
    } finally {
      setOpening(null);
    }
  };
  return (
    <section className="worked-cases" aria-labelledby="worked-cases-heading">
      <h2 id="worked-cases-heading">{t('library.cases.heading')}</h2>
      <p className="muted">{t('library.cases.intro')}</p>
      <ul>
        {cases.map((slug) => {
          const title = t(`library.cases.${slug}.title`);
          return (
            <li key={slug} data-case={slug}>
              <h3>{title}</h3>
              <p>{t(`library.cases.${slug}.summary`)}</p>
              <button
                type="button"
                aria-label={t('library.cases.openNamed', { title })}
                disabled={opening !== null}
                onClick={() => void open(slug)}
              >
                {opening === slug ? t('library.cases.opening') : t('library.cases.open')}
              </button>
              {failed === slug && (
                <p className="field-error" role="alert">
                  {t('library.cases.failed')}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
