import { FacilitatorRoom, savedRoom } from './facilitatorRoom';

let active: FacilitatorRoom | null = null;
let activeProject: string | null = null;

/**
 * The facilitator's room stays open while they move between the project's pages (the SWOT, the matrices):
 * one room at a time, for the project it was opened from.
 */
export function openRoom(
  projectId: string,
  relayUrl: string,
  link: (roomId: string) => string,
): FacilitatorRoom {
  if (active && activeProject === projectId && active.relayUrl === relayUrl) return active;
  active?.destroy();
  active = new FacilitatorRoom(projectId, relayUrl, link);
  activeProject = projectId;
  return active;
}

export function currentRoom(projectId: string): FacilitatorRoom | null {
  return activeProject === projectId ? active : null;
}

/** The room open for the project, or the one it had open before a reload, opened again with the same link. */
export function resumeRoom(projectId: string): FacilitatorRoom | null {
  const open = currentRoom(projectId);
  if (open) return open;
  const saved = savedRoom(projectId);
  return saved?.link ? openRoom(projectId, saved.relayUrl, () => saved.link!) : null;
}

export function closeRoom(): void {
  active?.close();
  active = null;
  activeProject = null;
}
