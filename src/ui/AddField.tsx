import { useState, type KeyboardEvent } from 'react';

interface Props {
  label: string;
  placeholder: string;
  onAdd: (text: string) => void;
  className?: string;
}

/** A text field that adds its text on Enter and stays focused, so Enter adds the next one. */
export function AddField({ label, placeholder, onAdd, className }: Props) {
  const [text, setText] = useState('');
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    const value = text.trim();
    if (!value) return;
    onAdd(value);
    setText('');
  };
  return (
    <input
      className={className ?? 'add-field'}
      type="text"
      aria-label={label}
      placeholder={placeholder}
      value={text}
      maxLength={1000}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={onKeyDown}
    />
  );
}
