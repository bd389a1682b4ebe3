import type { Device } from './store/store.js';

/** The app's team ids are UUIDs; allow any short url-safe id. */
export const teamIdPattern = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * The documents the server serves, by name:
 * - `team:<teamId>`: the team's shared plan, one Y.Doc (each table a Y.Map of records);
 * reserved for later: `private:<teamId>` (the manager's notes) and `status:<hireId>` (a peer
 * worker's read-only view). Any other name is refused.
 */
export type DocumentRef = { kind: 'team'; teamId: string };

export function teamDocumentName(teamId: string): string {
  return `team:${teamId}`;
}

export function parseDocumentName(name: string): DocumentRef | undefined {
  const [kind, id, ...rest] = name.split(':');
  if (kind === 'team' && id !== undefined && rest.length === 0 && teamIdPattern.test(id)) {
    return { kind: 'team', teamId: id };
  }
  return undefined;
}

export type Access = 'read-write' | 'read-only' | 'none';

/** What a (not revoked) device may do with a document. Peers get no team document. */
export function accessTo(device: Device, document: DocumentRef): Access {
  if (document.teamId !== device.teamId) return 'none';
  return device.role === 'manager' || device.role === 'staff' ? 'read-write' : 'none';
}
