/**
 * An invitation to a shared team travels in a link's fragment (`/join#server=…&invitation=…`),
 * which the browser never sends to any server, so the one-time token stays out of server logs.
 */

export interface JoinInvitation {
  /** The sync server's base URL, e.g. `https://sync.kommune.dk`. */
  server: string;
  /** The one-time invitation token the server issued. */
  invitation: string;
}

/** The fragment (without `#`) of an invitation link. */
export function joinFragment({ server, invitation }: JoinInvitation): string {
  return new URLSearchParams({ server, invitation }).toString();
}

/** The invitation a link's fragment carries, or null when a part is missing or malformed. */
export function parseJoinFragment(hash: string): JoinInvitation | null {
  const fields = new URLSearchParams(hash.replace(/^#/, ''));
  const server = fields.get('server')?.trim() ?? '';
  const invitation = fields.get('invitation')?.trim() ?? '';
  if (!/^https?:\/\/[^\s]+$/i.test(server) || !/^[A-Za-z0-9_-]{16,200}$/.test(invitation)) {
    return null;
  }
  return { server, invitation };
}
