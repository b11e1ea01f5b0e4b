import { useShallow } from 'zustand/react/shallow';
import { createId } from '../domain/project/ids';
import type { SwotSource } from '../domain/project/types';
import { itemLabels } from '../domain/swot/labels';
import { sendToSwot, sourceKey, sourceUses } from '../domain/swot/sources';
import { endCoalescing } from './history';
import { useAppStore } from './store';

const NONE: readonly string[] = [];

export type SwotTarget = 'opportunities' | 'threats';

/**
 * Sending an environment factor to the SWOT: where it already is (its item labels), how full the two
 * target quadrants are, and the action itself, one undo step, which says where the item went.
 */
export function useSwotSending(source: SwotSource) {
  const counts = useAppStore(
    useShallow((s) => ({
      opportunities: s.project?.swot.opportunities.length ?? 0,
      threats: s.project?.swot.threats.length ?? 0,
    })),
  );
  const uses = useAppStore((s) =>
    s.project ? (sourceUses(s.project.swot).get(sourceKey(source)) ?? NONE) : NONE,
  );
  const send = (text: string, quadrant: SwotTarget, notice: (label: string) => string) => {
    const id = createId();
    endCoalescing();
    useAppStore.getState().change((p) => sendToSwot(p, source, text, quadrant, id));
    const project = useAppStore.getState().project;
    const label = project ? itemLabels(project.swot).get(id) : undefined;
    if (label) useAppStore.getState().setNotice(notice(label));
  };
  return { counts, uses, send };
}
