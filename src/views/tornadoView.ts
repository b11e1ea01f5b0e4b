import type { Project } from '../domain/project/types';
import type { ScoringView } from '../domain/strategy/analysis';
import { alternativeName } from './names';
import { stepDecimals, ticksBetween } from './scale';
import { PALETTE } from './theme';
import type { TornadoView, ViewContext } from './types';

/**
 * The largest weight on the tornado's axis: flip weights lie in (0, min(1, total of the weights)), so the
 * axis runs to that total rounded up to a tenth, never past 1.
 */
export function tornadoMax(weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  return Math.max(0.1, Math.min(1, Math.ceil(total * 10 - 1e-9) / 10));
}

/** The tornado draws the factors that move the leader soonest; the table (CSV) and the page list them all. */
export const TORNADO_ROWS = 30;

/**
 * How far each key factor's weight can move before the leader stops leading: one row per factor, the most
 * sensitive first, today's weight marked and the flip points ticked. Null until two alternatives are scored.
 */
export function tornadoView(project: Project, scoring: ScoringView, ctx: ViewContext): TornadoView | null {
  const { t } = ctx;
  const alternatives = project.strategy.alternatives;
  const leader = alternatives.find((a) => a.id === scoring.ranking[0]);
  if (!leader || scoring.ranges.length === 0) return null;
  const max = tornadoMax(scoring.counted.weights);
  const step = max > 0.5 ? 0.1 : 0.05;
  const sorted = [...scoring.ranges].sort((a, b) => (a.shift ?? Infinity) - (b.shift ?? Infinity));
  const byId = new Map(scoring.factors.map((f) => [f.id, f]));
  const labelOf = (id: string) => {
    const f = byId.get(id)!;
    return `${f.label} ${f.text}`;
  };
  const rows = sorted.slice(0, TORNADO_ROWS).map((r) => {
    return { id: r.factorId, label: labelOf(r.factorId), value: r.weight, lower: r.lower, upper: r.upper };
  });
  const format = (v: number) => ctx.fixed(v, 2);
  const name = (i: number | null) => (i === null ? null : alternativeName(alternatives[i]!, t));
  const h = (key: string) => t(`strategy.${key}`);
  return {
    kind: 'tornado',
    id: 'tornado',
    title: t('strategy.tornadoTitle', { name: alternativeName(leader, t) }),
    subtitle:
      sorted.length > rows.length
        ? t('strategy.tornadoSubtitleTop', { shown: rows.length, total: sorted.length })
        : t('strategy.tornadoSubtitle'),
    source: t('strategy.source'),
    summary: rows
      .map((r) => `${r.label}${t('common.colon')}${format(r.lower ?? 0)}–${format(r.upper ?? max)}`)
      .join(t('common.listSeparator')),
    x: {
      title: t('strategy.tornadoAxis'),
      min: 0,
      max,
      ticks: ticksBetween(0, max, step),
      decimals: stepDecimals(step),
      format: (v) => ctx.fixed(v, stepDecimals(step)),
    },
    rows,
    colours: { range: PALETTE.sky, flip: PALETTE.vermillion, today: PALETTE.black },
    legend: { range: h('colRange'), flip: h('flipPoint'), today: h('todayWeight') },
    table: () => ({
      name: t('strategy.sensitivity'),
      rows: [
        [h('factor'), h('weight'), h('colRangeFrom'), h('colRangeTo'), h('colChallenger'), h('colShift')],
        ...sorted.map((r) => [
          labelOf(r.factorId),
          r.weight,
          r.lower ?? 0,
          r.upper ?? max,
          [name(r.lowerChallenger), name(r.upperChallenger)].filter((n) => n !== null).join(', '),
          r.shift,
        ]),
      ],
    }),
  };
}
