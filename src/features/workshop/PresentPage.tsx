import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartTextContext, type ChartTextTarget } from '../../charts/chartFont';
import { useViewContext } from '../../charts/useViewContext';
import { useAppStore } from '../../state/store';
import type { Translate } from '../../views/types';
import { resumeRoom } from '../../workshop/activeRoom';
import { FitBox } from './FitBox';
import { presentSlides } from './presentSlides';
import './present.css';

/** The slide's own size (px): drawn at this size and scaled to the screen, so that it fills any projector. */
const STAGE = { width: 1280, height: 720 };
const SLIDE_KEY = 'ssw.present.slide';
/** The charts' height on a slide, and the box they are drawn in (px of the stage). */
const CHART_HEIGHT = 440;
/** The slide's padding left and right (present.css). */
const SIDE_PADDING = 56;
/**
 * Chart text of at least 20 px on the stage (30 px on a 1920×1080 projector), larger than the slide's source
 * line, to be read from the back of a room; each chart's own layout makes room for it.
 */
const CHART_TEXT: ChartTextTarget = {
  labelPx: 20,
  box: { width: STAGE.width - 2 * SIDE_PADDING, height: CHART_HEIGHT },
};

/** Presentation mode: the agenda, the room and the project's charts one at a time, in large type, by keyboard. */
export function PresentPage() {
  const { t } = useTranslation();
  const project = useAppStore((s) => s.project)!;
  const ctx = useViewContext();
  const [room] = useState(() => resumeRoom(project.id));
  const slides = useMemo(() => presentSlides(project, room, ctx, t as Translate), [project, room, ctx, t]);
  const total = slides.length + 1;
  const [index, setIndex] = useState(() =>
    Math.min(Number(sessionStorage.getItem(SLIDE_KEY)) || 0, total - 1),
  );
  const at = Math.min(index, total - 1);
  const scale = useStageScale();
  const stageRef = useRef<HTMLDivElement>(null);

  const go = (n: number) => {
    const next = Math.max(0, Math.min(total - 1, n));
    setIndex(next);
    sessionStorage.setItem(SLIDE_KEY, String(next));
  };
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    window.location.hash = `#/p/${project.id}/workshop`;
  };
  const fullScreen = () => void document.documentElement.requestFullscreen?.().catch(() => undefined);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const moves: Record<string, () => void> = {
        ArrowRight: () => go(at + 1),
        ArrowDown: () => go(at + 1),
        PageDown: () => go(at + 1),
        ' ': () => go(at + 1),
        ArrowLeft: () => go(at - 1),
        ArrowUp: () => go(at - 1),
        PageUp: () => go(at - 1),
        Home: () => go(0),
        End: () => go(total - 1),
        Escape: leave,
        f: fullScreen,
        F: fullScreen,
      };
      const move = moves[e.key];
      if (!move || (e.target instanceof HTMLElement && e.target.closest('input, textarea, select'))) return;
      e.preventDefault();
      move();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  useEffect(() => stageRef.current?.focus(), []);

  const slide = at === 0 ? null : slides[at - 1]!;
  return (
    <div
      className="present-page"
      role="region"
      aria-roledescription={t('workshop.present.label')}
      aria-label={project.name}
    >
      <div
        ref={stageRef}
        tabIndex={-1}
        className="present-stage"
        style={{
          width: STAGE.width,
          height: STAGE.height,
          transform: `translate(-50%, -50%) scale(${scale})`,
        }}
        aria-live="polite"
        data-testid="slide"
      >
        {slide === null ? (
          <div className="present-slide">
            <p className="present-kicker">{t('workshop.present.agenda')}</p>
            <h1>{project.name}</h1>
            <ol className="present-agenda">
              {slides.map((s, n) => (
                <li key={s.id}>
                  <button type="button" onClick={() => go(n + 1)}>
                    {s.title}
                  </button>
                </li>
              ))}
            </ol>
            {slides.length === 0 && <p>{t('workshop.present.emptySlide')}</p>}
            <p className="present-hint">{t('workshop.present.keys')}</p>
          </div>
        ) : (
          <div className="present-slide">
            <h1>{slide.title}</h1>
            {slide.subtitle && <p className="present-subtitle">{slide.subtitle}</p>}
            <div className="present-body">
              <FitBox fitKey={slide.id} chartHeight={CHART_HEIGHT}>
                <ChartTextContext.Provider value={CHART_TEXT}>{slide.body}</ChartTextContext.Provider>
              </FitBox>
            </div>
            {slide.source && <p className="present-source">{slide.source}</p>}
          </div>
        )}
      </div>
      <nav className="present-controls" aria-label={t('workshop.present.label')}>
        <button
          type="button"
          onClick={() => go(at - 1)}
          disabled={at === 0}
          aria-label={t('workshop.present.previous')}
        >
          ←
        </button>
        <span data-testid="slide-number">{t('workshop.present.slideOf', { n: at + 1, total })}</span>
        <button
          type="button"
          onClick={() => go(at + 1)}
          disabled={at === total - 1}
          aria-label={t('workshop.present.next')}
        >
          →
        </button>
        <button type="button" onClick={fullScreen}>
          {t('workshop.present.fullScreen')}
        </button>
        <button type="button" onClick={leave}>
          {t('workshop.present.leave')}
        </button>
      </nav>
    </div>
  );
}

/** How much the 1280×720 stage is scaled to fill the window (kept in proportion). */
function useStageScale(): number {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const fit = () =>
      setScale(Math.min(window.innerWidth / STAGE.width, (window.innerHeight - 48) / STAGE.height));
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, []);
  return scale;
}
