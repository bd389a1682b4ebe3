/**
 * The peer worker's live link: `/live#s=<server>&t=<team>&h=<hire>&k=<token>&l=<language>`.
 * Everything rides in the fragment, which the browser never sends to any server, so the
 * read-only token stays out of server logs.
 */
import { paths } from '../config/paths';
import { linkLanguageOf, type LinkLanguage } from './statusLink';

export interface LiveLink {
  /** The sync server's base URL, e.g. `https://sync.kommune.dk`. */
  server: string;
  teamId: string;
  hireId: string;
  /** The peer device's read-only token for the hire's status document. */
  token: string;
  language: LinkLanguage;
}

/** The server's own id pattern (server/src/documents.ts `teamIdPattern`), for hires too. */
const ID = /^[A-Za-z0-9_-]{1,100}$/;
const TOKEN = /^[A-Za-z0-9_-]{16,200}$/;
const SERVER = /^https?:\/\/[^\s]+$/i;

export function liveFragment(link: LiveLink): string {
  return new URLSearchParams({
    s: link.server,
    t: link.teamId,
    h: link.hireId,
    k: link.token,
    l: link.language,
  }).toString();
}

export function liveStatusUrl(origin: string, link: LiveLink): string {
  return `${origin}${paths.liveStatus.href(liveFragment(link))}`;
}

/** The link a fragment carries, or null when a part is missing or malformed. */
export function parseLiveFragment(hash: string): LiveLink | null {
  const fields = new URLSearchParams(hash.replace(/^#/, ''));
  const field = (name: string) => fields.get(name)?.trim() ?? '';
  const link = {
    server: field('s'),
    teamId: field('t'),
    hireId: field('h'),
    token: field('k'),
    language: linkLanguageOf(field('l')) ?? 'da',
  };
  const valid =
    SERVER.test(link.server) &&
    ID.test(link.teamId) &&
    ID.test(link.hireId) &&
    TOKEN.test(link.token);
  return valid ? link : null;
}
