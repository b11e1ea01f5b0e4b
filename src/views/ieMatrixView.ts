import type { Project } from '../domain/project/types';
import { factorMatrix } from '../domain/swot/factorMatrix';
import { IE_CELLS, ieMatrixCell, type IePrescription } from '../domain/swot/scoring';
import { PALETTE, PRESCRIPTION_COLOURS } from './theme';
import type { MapView, ViewAxis, ViewContext } from './types';

const PRESCRIPTIONS = Object.keys(PRESCRIPTION_COLOURS) as IePrescription[];

/** An IE axis: the total weighted score 1–4, ticked at the band edges. */
function totalAxis(title: string, from: number, to: number, ctx: ViewContext): ViewAxis {
  return { title, min: from, max: to, ticks: [1, 2, 3, 4], decimals: 1, format: (v) => ctx.fixed(v, 1) };
}

/**
 * David's internal–external matrix: IFE bands across (strong 3–4 on the left), EFE bands up, nine cells
 * I–IX tinted by prescription, and the firm placed once both matrices are valid (else no player).
 */
export function ieMatrixView(swot: Project['swot'], ctx: ViewContext): MapView {
  const { t } = ctx;
  const ife = factorMatrix(swot, 'ife');
  const efe = factorMatrix(swot, 'efe');
  const placed = ife.valid && efe.valid ? ieMatrixCell(ife.total, efe.total) : null;
  const prescription = (p: IePrescription) => t(`scoring.prescription.${p}`);
  const position = placed
    ? t('scoring.iePosition', { cell: placed.cell, prescription: prescription(placed.prescription) })
    : t('scoring.iePending');
  const firm = placed
    ? `${t('scoring.firm')}${t('common.paren', { text: `IFE ${ctx.fixed(ife.total, 2)}${t('common.comma')}EFE ${ctx.fixed(efe.total, 2)}` })}`
    : '';
  const bands = ['1.0–1.99', '2.0–2.99', '3.0–4.0'];
  return {
    kind: 'map',
    id: 'ieMatrix',
    title: placed ? `${t('scoring.ieTitle')}${t('common.colon')}${position}` : t('scoring.ieTitle'),
    subtitle: t('scoring.ieSubtitle'),
    source: t('scoring.chartSource'),
    summary: placed ? `${firm}${t('common.colon')}${position}` : position,
    // IFE runs from 4 on the left to 1 on the right.
    x: totalAxis(t('scoring.ieAxisIfe'), 4, 1, ctx),
    y: totalAxis(t('scoring.ieAxisEfe'), 1, 4, ctx),
    cells: {
      rows: 3,
      cols: 3,
      items: IE_CELLS.map(({ cell, prescription: p }) => ({
        id: cell,
        label: `${cell} · ${prescription(p)}`,
        fill: PRESCRIPTION_COLOURS[p],
        active: placed?.cell === cell,
      })),
    },
    levels: { x: [...bands].reverse(), y: bands },
    cellKey: PRESCRIPTIONS.map((p) => ({ label: prescription(p), fill: PRESCRIPTION_COLOURS[p] })),
    players: placed
      ? [
          {
            id: 'firm',
            name: firm,
            kind: 'firm',
            x: ife.total,
            y: efe.total,
            colour: PALETTE.vermillion,
            shape: 'circle',
          },
        ]
      : [],
    legend: [],
    table: () => ({
      name: 'IE',
      rows: [
        ['IFE', 'EFE', t('scoring.ieTitle')],
        [ife.valid ? ife.total : null, efe.valid ? efe.total : null, position],
      ],
    }),
  };
}
