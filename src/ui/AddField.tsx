import { useId, useState, type KeyboardEvent } from 'react';
import { LIMITS } from '../domain/project/limits';

interface Props {
  label: string;
  placeholder: string;
  onAdd: (text: string) => void;
  className?: string;
  /** Why nothing more can be added here (the list is at its limit); the field then adds nothing. */
  full?: string;
}

/**
 * A text field that adds its text on Enter and stays focused, so Enter adds the next one. When the list is
 * full the field stays focusable (focus is not thrown away mid-typing) but is read-only, with the reason.
 */
export function AddField({ label, placeholder, onAdd, className, full }: Props) {
  const [text, setText] = useState('');
  const reasonId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    const value = text.trim();
    if (!value || full) return;
    onAdd(value);
    setText('');
  };
  return (
    <>
      <input
        className={className ?? 'add-field'}
        type="text"
        aria-label={label}
        placeholder={full ? '' : placeholder}
        value={text}
        maxLength={LIMITS.textChars}
        readOnly={Boolean(full)}
        aria-disabled={full ? true : undefined}
        aria-describedby={full ? reasonId : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {full && (
        <p id={reasonId} className="field-error small" role="status" data-testid="list-full">
          {full}
        </p>
      )}
    </>
  );
}
