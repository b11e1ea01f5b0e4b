import { FacilitatorRoom } from './facilitatorRoom';

let active: FacilitatorRoom | null = null;
let activeProject: string | null = null;

/**
 * The facilitator's room stays open while they move between the project's pages (the SWOT, the matrices):
 * one room at a time, for the project it was opened from.
 */
export function openRoom(projectId: string, relayUrl: string): FacilitatorRoom {
  if (active && activeProject === projectId && active.relayUrl === relayUrl) return active;
  active?.destroy();
  active = new FacilitatorRoom(projectId, relayUrl);
  activeProject = projectId;
  return active;
}

export function currentRoom(projectId: string): FacilitatorRoom | null {
  return activeProject === projectId ? active : null;
}

export function closeRoom(): void {
  active?.close();
  active = null;
  activeProject = null;
}
