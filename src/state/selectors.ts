import { useAppStore } from './store';

/**
 * Selector hooks: each returns the smallest thing its component shows, so that a keystroke re-renders only
 * the components whose part of the project changed. Components that only act on the project at a click read
 * it then with `currentProject()` instead of subscribing to it.
 */

/** The open project's id (null when none is open); unchanged by edits. */
export const useProjectId = (): string | null => useAppStore((s) => s.project?.id ?? null);

/** The open project's name. */
export const useProjectName = (): string | null => useAppStore((s) => s.project?.name ?? null);

/** The open project's SWOT (its identity changes only with an edit of the SWOT). */
export const useSwot = () => useAppStore((s) => s.project?.swot ?? null);

/** The open project's five forces (identity changes only with an edit of the forces). */
export const useForces = () => useAppStore((s) => s.project?.forces ?? null);

/** The open project's customer-value inputs (identity changes only with an edit of them). */
export const useCustomerValue = () => useAppStore((s) => s.project?.customers.value ?? null);

/** The open project's customers or segments and ABC settings (identity changes only with an edit of them). */
export const useSegments = () => useAppStore((s) => s.project?.customers.segments ?? null);
export const useAbcSettings = () => useAppStore((s) => s.project?.customers.abc ?? null);
/** The open project's satisfaction survey (identity changes only with an edit of it). */
export const useSatisfaction = () => useAppStore((s) => s.project?.customers.satisfaction ?? null);
/** The open project's RFM analysis: undefined while no project is open, null before an import. */
export const useRfm = () => useAppStore((s) => (s.project ? s.project.customers.rfm : undefined));

/** The open project's five-level funnel and heavy / medium / light groups (identity changes only with an edit). */
export const useLifecycle = () => useAppStore((s) => s.project?.customers.lifecycle ?? null);
export const useFrequency = () => useAppStore((s) => s.project?.customers.frequency ?? null);

/** The open project's service-level models and scenarios (identity changes only with an edit of one). */
export const useServiceModels = () => useAppStore((s) => s.project?.serviceModels ?? null);

/** The open project's workshop records (identity changes only when one is kept or dropped). */
export const useWorkshopRecords = () => useAppStore((s) => s.project?.workshop.records ?? null);

/** The strategy's own criteria (identity changes only with an edit of them). */
export const useCriteria = () => useAppStore((s) => s.project?.strategy.criteria ?? null);

/** A workshop's QSPM score counts, keyed "alternative|factor" (identity changes only when they are taken). */
export const useGroupScores = () => useAppStore((s) => s.project?.strategy.groupScores ?? null);
