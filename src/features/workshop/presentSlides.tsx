import type { ReactNode } from 'react';
import { CategoryChart } from '../../charts/CategoryChart';
import { IeMatrixChart } from '../../charts/IeMatrixChart';
import { NineCellChart } from '../../charts/NineCellChart';
import { PointsChart } from '../../charts/PointsChart';
import { QUADRANTS } from '../../domain/project/schema';
import type { Project } from '../../domain/project/types';
import { scoringViewOf } from '../../domain/strategy/analysis';
import { forcesView } from '../../views/environmentViews';
import { ieMatrixView } from '../../views/ieMatrixView';
import { pestelBubbleView } from '../../views/pointsViews';
import { positioningView } from '../../views/positioningView';
import { qspmView } from '../../views/strategyViews';
import type { Translate, ViewContext } from '../../views/types';
import type { FacilitatorRoom } from '../../workshop/facilitatorRoom';
import { RoomSlide } from './RoomSlide';
import { SwotSlide } from './SwotSlide';

export interface Slide {
  id: string;
  title: string;
  subtitle?: string;
  source?: string;
  body: ReactNode;
}

/**
 * The presentation's slides: the room (when one is open), then the project's own analyses in the order of
 * the course, each drawn by the same chart component as its page; analyses with nothing in them are left out.
 */
export function presentSlides(
  project: Project,
  room: FacilitatorRoom | null,
  ctx: ViewContext,
  t: Translate,
): Slide[] {
  const slides: Slide[] = [];
  if (room) slides.push({ id: 'room', title: t('workshop.present.room'), body: <RoomSlide room={room} /> });
  const chart = (
    id: string,
    view: { title: string; subtitle: string; source?: string } | null,
    body: ReactNode,
  ) => {
    if (view) slides.push({ id, title: view.title, subtitle: view.subtitle, source: view.source, body });
  };
  const bubbles = pestelBubbleView(project.pestel, ctx);
  chart('pestel', bubbles, bubbles && <PointsChart view={bubbles} />);
  const forces = forcesView(project.forces, ctx, 'radar');
  chart('forces', forces, forces && <CategoryChart view={forces} height={480} />);
  if (QUADRANTS.some((q) => project.swot[q].some((i) => i.text.trim())))
    slides.push({ id: 'swot', title: t('swot.heading'), body: <SwotSlide swot={project.swot} /> });
  const ie = ieMatrixView(project.swot, ctx);
  chart('ie', ie, <IeMatrixChart view={ie} />);
  const qspm = qspmView(project, scoringViewOf(project), ctx);
  chart('qspm', qspm, qspm && <CategoryChart view={qspm} height={480} />);
  const map = positioningView(project, ctx);
  chart('positioning', map, map && <NineCellChart view={map} />);
  return slides;
}
