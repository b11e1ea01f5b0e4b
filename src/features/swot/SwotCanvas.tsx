import { swotTable } from '../../views/tables';
import { useViewContext } from '../../charts/useViewContext';
import {
  closestCorners,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvButton } from '../../ui/CsvButton';
import { QUADRANTS } from '../../domain/project/schema';
import type { Project, Quadrant } from '../../domain/project/types';
import { findItem } from '../../domain/swot/findItem';
import { itemLabels } from '../../domain/swot/labels';
import { describeSources } from '../../domain/swot/sourceLabels';
import { swotActions } from '../../state/swotActions';
import { currentProject, useAppStore } from '../../state/store';
import { SwotQuadrant } from './SwotQuadrant';
import { useSwotColumns } from './useSwotColumns';

/** Where a drop lands: over a quadrant's empty area (its end) or over an item (that item's place). */
function dropTarget(
  project: Project,
  overId: UniqueIdentifier,
): { quadrant: Quadrant; index: number } | null {
  const id = String(overId);
  if (id.startsWith('quadrant:')) {
    const quadrant = id.slice('quadrant:'.length) as Quadrant;
    return { quadrant, index: project.swot[quadrant].length };
  }
  return findItem(project, id);
}

// Kept outside the component: new options on each render would give dnd-kit new sensors, and every
// sortable row would render again on each keystroke.
const POINTER_OPTIONS = { activationConstraint: { distance: 4 } };
const KEYBOARD_OPTIONS = { coordinateGetter: sortableKeyboardCoordinates };

/**
 * Alt+Shift+→ / ← moves focus to the next / previous quadrant (S → W → O → T → S): to its first item's text, or
 * its add field when it has none.
 */
function jumpQuadrant(event: KeyboardEvent<HTMLDivElement>) {
  if (!event.altKey || !event.shiftKey || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
  const from = (event.target as HTMLElement).closest<HTMLElement>('.quadrant');
  const sections = [...event.currentTarget.querySelectorAll<HTMLElement>('.quadrant')];
  const at = from ? sections.indexOf(from) : -1;
  if (sections.length === 0) return;
  event.preventDefault();
  const step = event.key === 'ArrowRight' ? 1 : -1;
  const to = sections[(at + step + sections.length) % sections.length]!;
  const target =
    to.querySelector<HTMLElement>('.swot-item textarea.item-text') ?? to.querySelector<HTMLElement>('input');
  target?.focus();
}

/** The SWOT canvas: four quadrants whose items can be reordered and moved by mouse, touch or keyboard. */
export function SwotCanvas() {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const project = useAppStore((s) => s.project);
  const swot = project?.swot;
  // Typing an item's text changes neither the labels (S1, W2 …) nor where items came from: both are keyed
  // by the items' order and sources, so that the rows (memoised) are not all drawn again on each key.
  const orderKey = swot ? QUADRANTS.map((q) => swot[q].map((i) => i.id).join(',')).join(';') : '';
  const sourceKey = swot
    ? QUADRANTS.flatMap((q) =>
        swot[q].map((i) => (i.source ? `${i.id}>${i.source.kind}:${i.source.id}` : '')),
      )
        .filter(Boolean)
        .join(',')
    : '';
  const pestel = project?.pestel;
  const forces = project?.forces;
  const projectId = project?.id;
  const sources = useMemo(() => {
    const links = new Map<string, { text: string; href: string }>();
    const current = useAppStore.getState().project;
    if (!current || !sourceKey) return links;
    for (const [itemId, d] of describeSources(current, (c) => t(`pestel.code.${c}`))) {
      const text =
        d.kind === 'pestel'
          ? t('swot.fromPestel', { code: d.code, category: t(`pestel.category.${d.category}`) })
          : d.kind === 'force'
            ? t('swot.fromForce', { force: t(`forces.short.${d.force}`) })
            : t('swot.fromSatisfaction');
      const page = d.kind === 'pestel' ? 'pestel' : d.kind === 'force' ? 'forces' : 'customers';
      links.set(itemId, { text, href: `#/p/${projectId}/${page}` });
    }
    return links;
    // The project is read when one of these changes; its other edits do not change the sources.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sourceKey, pestel, forces, projectId, t]);
  const [columns, setColumns] = useSwotColumns();
  const labels = useMemo(
    () => {
      const current = useAppStore.getState().project;
      return current ? itemLabels(current.swot) : new Map<string, string>();
    },
    // Labels follow the order of the items only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [orderKey],
  );
  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(KeyboardSensor, KEYBOARD_OPTIONS),
  );
  if (!swot) return null;

  const quadrantName = (overId: UniqueIdentifier | undefined) => {
    const project = useAppStore.getState().project;
    if (!project || overId === undefined) return '';
    const target = dropTarget(project, overId);
    return target ? t(`swot.quadrant.${target.quadrant}`) : '';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('swot.dnd.picked', { label: labels.get(String(active.id)) }),
    onDragOver: ({ active, over }) => {
      const label = labels.get(String(active.id));
      const target = over ? labels.get(String(over.id)) : undefined;
      if (target) return t('swot.dnd.overItem', { label, target, quadrant: quadrantName(over?.id) });
      return t('swot.dnd.over', { label, quadrant: quadrantName(over?.id) });
    },
    onDragEnd: ({ active, over }) =>
      t('swot.dnd.dropped', { label: labels.get(String(active.id)), quadrant: quadrantName(over?.id) }),
    onDragCancel: ({ active }) => t('swot.dnd.cancelled', { label: labels.get(String(active.id)) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const project = useAppStore.getState().project;
    if (!project) return;
    const from = findItem(project, String(active.id));
    const to = dropTarget(project, over.id);
    if (!from || !to || (from.quadrant === to.quadrant && from.index === to.index)) return;
    swotActions.moveItem(String(active.id), to.quadrant, to.index);
  };

  return (
    <div className="page swot-page">
      <div className="page-head">
        <div>
          <h1>{t('swot.heading')}</h1>
          <p className="intro">{t('swot.intro')}</p>
          <p className="page-actions">
            <CsvButton
              current={currentProject}
              table={(p) => swotTable(p.swot, ctx)}
              what={t('csv.what.swot')}
            />
          </p>
        </div>
        <fieldset className="columns-toggle">
          <legend>{t('swot.columns')}</legend>
          {(['note', 'weight', 'rating'] as const).map((key) => (
            <label key={key}>
              <input
                type="checkbox"
                checked={columns[key]}
                onChange={(e) => setColumns({ ...columns, [key]: e.target.checked })}
              />
              {t(`swot.show${key[0]!.toUpperCase()}${key.slice(1)}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="muted small">{t('swot.keyboardHelp')}</p>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('swot.dnd.instructions') } }}
      >
        <div className="swot-grid" onKeyDown={jumpQuadrant}>
          <div className="axis-label axis-internal" aria-hidden="true">
            {t('swot.internal')}
          </div>
          <div className="axis-label axis-external" aria-hidden="true">
            {t('swot.external')}
          </div>
          {QUADRANTS.map((q) => (
            <SwotQuadrant
              key={q}
              quadrant={q}
              items={swot[q]}
              labels={labels}
              columns={columns}
              sources={sources}
            />
          ))}
        </div>
      </DndContext>
    </div>
  );
}
