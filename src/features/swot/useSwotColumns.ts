import { useState } from 'react';

export interface SwotColumns {
  note: boolean;
  weight: boolean;
  rating: boolean;
}

const KEY = 'ssw.swotColumns';
const DEFAULTS: SwotColumns = { note: true, weight: true, rating: true };

function read(): SwotColumns {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return DEFAULTS;
    const parsed = JSON.parse(raw) as Partial<SwotColumns>;
    return {
      note: parsed.note !== false,
      weight: parsed.weight !== false,
      rating: parsed.rating !== false,
    };
  } catch {
    return DEFAULTS;
  }
}

/** Which optional SWOT columns are shown; a view preference, remembered in this browser, not in the project. */
export function useSwotColumns(): [SwotColumns, (next: SwotColumns) => void] {
  const [columns, setColumns] = useState(read);
  const update = (next: SwotColumns) => {
    setColumns(next);
    try {
      localStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // kept for this page only
    }
  };
  return [columns, update];
}
