import type { Device } from './store/store.js';

/** The app's team and hire ids are UUIDs; allow any short url-safe id. */
export const teamIdPattern = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * The documents the server serves, by name:
 * - `team:<teamId>`: the team's shared plan, one Y.Doc (each table a Y.Map of records);
 * - `private:<teamId>`: the manager's notes on talks and private items, for managers only;
 * - `status:<teamId>:<hireId>`: one hire's status (no notes), kept by manager and staff
 *   devices, read by that hire's peer link.
 * Any other name is refused.
 */
export type DocumentRef =
  | { kind: 'team' | 'private'; teamId: string; hireId: null }
  | { kind: 'status'; teamId: string; hireId: string };
export type DocumentKind = DocumentRef['kind'];

export function statusDocumentName(teamId: string, hireId: string): string {
  return `status:${teamId}:${hireId}`;
}

const isId = (id: string | undefined): id is string => id !== undefined && teamIdPattern.test(id);

export function parseDocumentName(name: string): DocumentRef | undefined {
  const [kind, teamId, hireId, ...rest] = name.split(':');
  if (rest.length > 0 || !isId(teamId)) return undefined;
  if ((kind === 'team' || kind === 'private') && hireId === undefined) {
    return { kind, teamId, hireId: null };
  }
  if (kind === 'status' && isId(hireId)) return { kind, teamId, hireId };
  return undefined;
}

export type Access = 'read-write' | 'read-only' | 'none';

/**
 * What a (not revoked) device may do with a document of its team: a manager everything; staff
 * all but the private notes; a peer link only reads its own hire's status.
 */
export function accessTo(device: Device, document: DocumentRef): Access {
  if (document.teamId !== device.teamId) return 'none';
  switch (device.role) {
    case 'manager':
      return 'read-write';
    case 'staff':
      return document.kind === 'private' ? 'none' : 'read-write';
    case 'peer':
      return document.kind === 'status' && document.hireId === device.hireId ? 'read-only' : 'none';
  }
}
