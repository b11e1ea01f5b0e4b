import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { chartsDrawn } from '../ui/usePacedValue';
import { ChartHeightContext, EXPORT_STAGE } from './chartSize';
import { useTranslation } from 'react-i18next';
import { download } from '../export/download';
import type { ChartView } from '../views/types';
import { useViewContext } from './useViewContext';
import { safeFileStem } from '../export/projectJson';
import { svgToPng } from '../export/rasterize';
import { buildSlideSvg, SLIDE } from '../export/slideSvg';
import { ActionStatus, type ActionState } from '../ui/ActionStatus';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The chart element of the frame: drawn again off screen at slide proportions for the export. */
  chart: ReactNode;
  title: string;
  subtitle: string;
  source: string;
  /** The chart's view, if it has one: then it also goes to PowerPoint, its slide drawn from the view. */
  view?: ChartView;
}

/** Width and height the chart is drawn at for a slide: the area under the title, in proportion. */
const STAGE = EXPORT_STAGE;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The chart drawn on the stage and its legend, read when exporting (the same drawing, not a screenshot). */
function chartParts(stage: HTMLElement) {
  const svgs = Array.from(stage.querySelectorAll<SVGSVGElement>('svg'));
  const area = (svg: SVGSVGElement) => svg.getBoundingClientRect().width * svg.getBoundingClientRect().height;
  const chart = svgs.sort((a, b) => area(b) - area(a))[0];
  const legend = Array.from(stage.querySelectorAll('.chart-legend li')).map((li) => {
    const swatch = li.querySelector<HTMLElement>('.swatch');
    const mark = swatch?.dataset.shape;
    const shape: 'circle' | 'diamond' | null = mark === 'circle' || mark === 'diamond' ? mark : null;
    return {
      label: li.textContent?.trim() ?? '',
      colour: swatch?.style.background || '#6b7280',
      // A map's key shows each kind's mark (circle or diamond); a series' key, a square.
      ...(shape && { shape }),
    };
  });
  return { chart, legend };
}

/** Export one chart as a 16:9 slide: PNG (1× or 2×), SVG, or a PNG on the clipboard, with an editable title. */
export function ChartExportDialog({ open, onClose, chart, title, subtitle, source, view }: Props) {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const ref = useRef<HTMLDialogElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const [actionTitle, setActionTitle] = useState(title);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [status, setStatus] = useState<ActionState>({ kind: 'idle' });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setActionTitle(title);
      setStatus({ kind: 'idle' });
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, title]);

  const slide = async () => {
    // The stage's chart mounts in its turn, then measures itself after a frame or two (ResizeObserver).
    if (stage.current) await chartsDrawn(stage.current);
    await nextFrame();
    await nextFrame();
    const element = stage.current;
    const parts = element ? chartParts(element) : null;
    if (!parts?.chart) throw new Error(t('chartExport.noChart'));
    return buildSlideSvg(document, {
      title: actionTitle.trim() || title,
      subtitle,
      source,
      legend: parts.legend,
      chart: parts.chart,
      background,
    });
  };
  const stem = safeFileStem(actionTitle.trim() || title);
  const run = async (action: () => Promise<string>) => {
    try {
      setStatus({ kind: 'done', message: await action() });
    } catch (error) {
      setStatus({ kind: 'error', message: t('chartExport.failed', { reason: (error as Error).message }) });
    }
  };
  const png = (scale: number) =>
    run(async () => {
      const blob = await svgToPng(await slide(), SLIDE.width, SLIDE.height, scale);
      download(blob, `${stem}${scale > 1 ? '@2x' : ''}.png`);
      return t('chartExport.saved', { name: `${stem}.png` });
    });
  return (
    <dialog
      ref={ref}
      className="dialog chart-export"
      aria-labelledby={headingId}
      onCancel={onClose}
      onClose={onClose}
    >
      <h2 id={headingId}>{t('chartExport.heading')}</h2>
      <label className="stacked">
        {t('chartExport.actionTitle')}
        <input
          type="text"
          value={actionTitle}
          maxLength={300}
          onChange={(e) => setActionTitle(e.target.value)}
        />
      </label>
      <fieldset>
        <legend>{t('chartExport.background')}</legend>
        {(['white', 'transparent'] as const).map((b) => (
          <label key={b}>
            <input
              type="radio"
              name={`${headingId}-bg`}
              checked={background === b}
              onChange={() => setBackground(b)}
            />
            {t(`chartExport.${b}`)}
          </label>
        ))}
      </fieldset>
      <div className="export-actions">
        <button type="button" onClick={() => png(1)}>
          {t('chartExport.png')}
        </button>
        <button type="button" onClick={() => png(2)}>
          {t('chartExport.png2x')}
        </button>
        <button
          type="button"
          onClick={() =>
            run(async () => {
              const { embedFonts } = await import('../export/embedFonts');
              const svg = await embedFonts(await slide());
              download(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `${stem}.svg`);
              return t('chartExport.saved', { name: `${stem}.svg` });
            })
          }
        >
          {t('chartExport.svg')}
        </button>
        {view && (
          <button
            type="button"
            onClick={() =>
              run(async () => {
                const { slideFile } = await import('../export/deck/deckFile');
                const { slideOfView } = await import('../export/deck/slideOfView');
                const file = await slideFile(slideOfView(view), actionTitle.trim() || title, ctx);
                download(file.blob, file.name);
                return t('chartExport.saved', { name: file.name });
              })
            }
          >
            {t('chartExport.pptx')}
          </button>
        )}
        <button
          type="button"
          onClick={() =>
            run(async () => {
              if (!navigator.clipboard || typeof ClipboardItem === 'undefined')
                throw new Error(t('chartExport.noClipboard'));
              // The clipboard item gets a promise, so that Safari keeps the user's gesture.
              const blob = slide().then((svg) => svgToPng(svg, SLIDE.width, SLIDE.height, 1));
              await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
              return t('chartExport.copied');
            })
          }
        >
          {t('chartExport.copy')}
        </button>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('chartExport.close')}
        </button>
      </div>
      {open && (
        <div
          ref={stage}
          className="export-stage"
          aria-hidden="true"
          style={{ position: 'fixed', left: -20000, top: 0, width: STAGE.width }}
        >
          <ChartHeightContext.Provider value={STAGE.height}>{chart}</ChartHeightContext.Provider>
        </div>
      )}
      <ActionStatus status={status} />
    </dialog>
  );
}
