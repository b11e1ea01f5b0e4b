import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectPage } from './route';
import './styles/guide.css';

/** Pages that have a guide: every page of the course's steps. */
export const GUIDED_PAGES = [
  'pestel',
  'forces',
  'customers',
  'swot',
  'scoring',
  'objectives',
  'tows',
  'service',
  'positioning',
  'strategy',
  'summary',
  'plan',
  'report',
] as const satisfies readonly ProjectPage[];
type GuidedPage = (typeof GUIDED_PAGES)[number];

const KEY = 'ssw.guide.closed';
/** Where the sidebar is beside the page rather than a drawer (steps.css). */
const WIDE = '(min-width: 1100px)';

function closedPages(): Set<string> {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(raw) ? raw.filter((p): p is string => typeof p === 'string') : []);
  } catch {
    return new Set();
  }
}

function remember(page: string, open: boolean): void {
  const closed = closedPages();
  if (open) closed.delete(page);
  else closed.add(page);
  try {
    localStorage.setItem(KEY, JSON.stringify([...closed]));
  } catch {
    // Storage blocked: the panel is remembered for this page's life only.
  }
}

export const isGuided = (page: string): page is GuidedPage =>
  (GUIDED_PAGES as readonly string[]).includes(page);

/**
 * "What belongs here / common mistakes" for a page, in the course's terms: open until the user closes it, and
 * closed from then on (remembered in this browser, per page); closed to start with on a narrow window.
 */
export function GuidePanel({ page }: { page: GuidedPage }) {
  const { t } = useTranslation();
  // On a narrow window (a phone) the guide starts closed: open, it would fill the first screen.
  const [open, setOpen] = useState(
    () => !closedPages().has(page) && (typeof matchMedia === 'undefined' || matchMedia(WIDE).matches),
  );
  return (
    <div className="page guide-page">
      <details
        className="guide"
        open={open}
        data-testid="guide"
        onToggle={(e) => {
          const next = e.currentTarget.open;
          if (next === open) return;
          setOpen(next);
          remember(page, next);
        }}
      >
        <summary>{t('guide.summary')}</summary>
        <div className="guide-body">
          <div>
            <p className="guide-heading">{t('guide.what')}</p>
            <p>{t(`guide.pages.${page}.what`)}</p>
          </div>
          <div>
            <p className="guide-heading">{t('guide.mistakes')}</p>
            <ul>
              <li>{t(`guide.pages.${page}.m1`)}</li>
              <li>{t(`guide.pages.${page}.m2`)}</li>
              <li>{t(`guide.pages.${page}.m3`)}</li>
            </ul>
          </div>
        </div>
      </details>
    </div>
  );
}
