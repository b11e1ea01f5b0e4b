import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../charts/ChartFrame';
import { NineCellChart } from '../../charts/NineCellChart';
import { MapKey } from '../../charts/positioningMarks';
import { clockView } from '../../views/clockView';
import { positioningView } from '../../views/positioningView';
import { StrategyClockChart } from '../../charts/StrategyClockChart';
import { PointsChart } from '../../charts/PointsChart';
import { valueBubbleView } from '../../views/pointsViews';
import type { Project } from '../../domain/project/types';
import { clockRoute, priceQualityCell } from '../../domain/strategy/positioning';
import { placedPlayers } from '../../views/names';
import { useViewContext } from '../../charts/useViewContext';
import { TableScroll } from '../../ui/TableScroll';

/** The price–quality nine cells, the strategy clock and the value–price bubbles, with a table of positions. */
export function PositionMaps({ project }: { project: Project }) {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const map = positioningView(project, ctx);
  const bubbles = valueBubbleView(project, ctx);
  const clock = clockView(project, ctx);
  const { placed, unplaced } = placedPlayers(project, t);
  return (
    <section aria-labelledby="maps-heading" className="strategy-section">
      <h2 id="maps-heading">{t('positioning.positionsTable')}</h2>
      {unplaced.map((name) => (
        <p key={name} className="muted small">
          {t('positioning.unplaced', { name })}
        </p>
      ))}
      <TableScroll>
        <table className="data-table" data-testid="positions-table">
          <thead>
            <tr>
              <th scope="col">{t('positioning.player')}</th>
              <th scope="col">{t('positioning.colCell')}</th>
              <th scope="col">{t('positioning.colRoute')}</th>
            </tr>
          </thead>
          <tbody>
            {placed.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{t(`positioning.cell.${priceQualityCell(p.quality, p.price)}`)}</td>
                <td>{t(`positioning.route.${clockRoute(p.price, p.quality)}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="chart-pair">
        {map && (
          <ChartFrame view={map}>
            <MapKey view={map} />
            <NineCellChart view={map} />
          </ChartFrame>
        )}
        {clock && (
          <ChartFrame view={clock}>
            <MapKey view={clock} />
            <StrategyClockChart view={clock} />
          </ChartFrame>
        )}
      </div>
      {bubbles && (
        <ChartFrame view={bubbles}>
          <PointsChart view={bubbles} />
        </ChartFrame>
      )}
    </section>
  );
}
