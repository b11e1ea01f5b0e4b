import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../domain/project/limits';
import './newProject.css';

/**
 * "New blank project": asks for the project's name first (a course case or a client's name), offering
 * "Untitled project" selected so that typing replaces it; an empty name is explained where it was typed.
 */
export function NewProjectForm({ onCreate }: { onCreate: (name: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState(false);
  const fieldId = useId();
  const errorId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  if (name === null)
    return (
      <button ref={opener} type="button" className="primary" onClick={() => setName(t('library.newName'))}>
        {t('library.newBlank')}
      </button>
    );
  const cancel = () => {
    setName(null);
    setError(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setError(true);
    void onCreate(name.trim());
  };
  return (
    <form className="new-project-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && cancel()}>
      <label htmlFor={fieldId}>{t('library.newNameLabel')}</label>
      <input
        id={fieldId}
        type="text"
        value={name}
        maxLength={LIMITS.nameChars}
        autoFocus
        onFocus={(e) => e.target.select()}
        aria-invalid={error}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setName(e.target.value);
          setError(false);
        }}
      />
      <button type="submit" className="primary">
        {t('library.create')}
      </button>
      <button type="button" onClick={cancel}>
        {t('library.cancel')}
      </button>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {t('library.nameRequired')}
        </p>
      )}
    </form>
  );
}
