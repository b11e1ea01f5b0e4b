import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COURSE_STEPS,
  courseProgress,
  nextAction,
  type StepProgress,
  type Todo,
} from '../domain/project/courseSteps';
import { useAppStore } from '../state/store';
import { routeHref, type Route } from './route';

interface Props {
  route: Route;
  projectId: string;
  /** On a narrow window the steps are a drawer opened from the header's menu button. */
  open: boolean;
  onClose: () => void;
}

/**
 * The project's pages grouped under the course's five steps (服务战略的制定流程), each step and page with how far
 * the project has come on it and, at the foot, the next thing to do. A sidebar on a wide window, a drawer on a
 * narrow one.
 */
export function StepsNav({ route, projectId, open, onClose }: Props) {
  const { t } = useTranslation();
  // The sidebar re-renders only when a step's or page's state changes, not on every keystroke: the store
  // hands it the progress as text, equal from one keystroke to the next.
  const progress = useAppStore((s) => (s.project ? JSON.stringify(courseProgress(s.project)) : null));
  const steps = useMemo(() => (progress ? (JSON.parse(progress) as StepProgress[]) : null), [progress]);
  const next = steps ? nextAction(steps) : null;
  const ref = useRef<HTMLElement>(null);
  const stateId = useId();
  const todoText = (todo: Todo) => t(`steps.todo.${todo.key}`, todo.values);
  // Opened as a drawer: focus goes to the current page's link; Escape or a click on a link closes it.
  useEffect(() => {
    if (!open) return;
    const nav = ref.current;
    (nav?.querySelector<HTMLElement>('a[aria-current="page"]') ?? nav?.querySelector('a'))?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, onClose]);
  const link = (page: string, label: string, describedBy?: string, current = route.page === page) => (
    <a
      href={routeHref({ page: page as never, projectId })}
      aria-current={current ? 'page' : undefined}
      aria-describedby={describedBy}
      onClick={open ? onClose : undefined}
    >
      {label}
    </a>
  );
  return (
    <nav
      ref={ref}
      id="steps-nav"
      aria-label={t('app.nav')}
      className={open ? 'steps-nav open' : 'steps-nav'}
      onBlur={(e) => {
        const to = e.relatedTarget;
        // Focus going to the menu button is left to its click, which closes the drawer (closing here first
        // made that click open it again).
        if (
          !open ||
          !to ||
          e.currentTarget.contains(to) ||
          (to instanceof Element && to.closest('.steps-toggle'))
        )
          return;
        onClose();
      }}
    >
      <p className="steps-library">{link('library', t('app.library'))}</p>
      <h2 className="steps-heading">{t('steps.nav')}</h2>
      <ol className="steps">
        {COURSE_STEPS.map((step, i) => {
          const progress = steps?.[i];
          const state = progress?.state ?? 'empty';
          return (
            <li key={step.id} className={`step step-${state}`} data-testid={`step-${step.id}`}>
              <p className="step-title">
                <span className="step-badge" aria-hidden="true">
                  {state === 'done' ? '✓' : i + 1}
                </span>
                <span>{t(`steps.names.${step.id}`)}</span>
                <span className="visually-hidden">
                  {t('steps.stepState', { n: i + 1, state: t(`steps.state.${state}`) })}
                </span>
              </p>
              <ul>
                {step.pages.map((page, k) => {
                  const pageProgress = progress?.pages[k];
                  const pageState = pageProgress?.state ?? 'empty';
                  const id = `${stateId}-${page}`;
                  const todo = pageProgress?.todo[0];
                  const described =
                    pageState === 'done' || !todo
                      ? t(`steps.state.${pageState}`)
                      : t('steps.pageState', { state: t(`steps.state.${pageState}`), todo: todoText(todo) });
                  return (
                    <li key={page} className={`page-${pageState}`}>
                      <span className="page-dot" aria-hidden="true" title={described} />
                      {link(page, t(`app.${page}`), id)}
                      <span id={id} className="visually-hidden">
                        {described}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
      <h2 className="steps-heading">{t('steps.tools')}</h2>
      <ul className="steps-tools">
        <li>{link('workshop', t('app.workshop'))}</li>
        <li>{link('present', t('app.present'))}</li>
      </ul>
      <p className="steps-next" data-testid="steps-next">
        {next ? (
          <>
            <strong>{t('steps.next')}</strong> {t(`app.${next.page}`)}
            {t('common.colon')}
            {todoText(next.todo)} {link(next.page, t('steps.go'), undefined, false)}
          </>
        ) : (
          t('steps.allDone')
        )}
      </p>
    </nav>
  );
}
