/**
 * Where a peer worker's status opens: a snapshot link (`/shared`) or a live link (`/live`).
 * Kept apart from statusSnapshot.ts and liveLink.ts so the app shell can recognise the routes
 * without loading their code (zod, lz-string).
 */
import { paths } from '../config/paths';

const LINK_LANGUAGES = ['da', 'en'] as const;
export type LinkLanguage = (typeof LINK_LANGUAGES)[number];

const isAt = (pathname: string, path: string) => pathname === path || pathname === `${path}/`;

export function isSharedStatusPath(pathname: string): boolean {
  return isAt(pathname, paths.sharedStatus.path);
}

/**
 * Whether this is one of the peer's pages, which must work without this device's database
 * and never create it (a snapshot or a live status, on the peer's own phone).
 */
export function isPeerViewPath(pathname: string): boolean {
  return isSharedStatusPath(pathname) || isAt(pathname, paths.liveStatus.path);
}

/**
 * The full link: the snapshot rides in the fragment, which browsers never send to a server;
 * the language it was made in rides in the query, so the peer reads it in that language.
 */
export function sharedStatusUrl(origin: string, fragment: string, language: LinkLanguage): string {
  return `${origin}${paths.sharedStatus.href(fragment, language)}`;
}

/** A language a link names, or null when it names none we know. */
export function linkLanguageOf(value: string | null): LinkLanguage | null {
  return LINK_LANGUAGES.find((known) => known === value) ?? null;
}

/**
 * The language a peer's link was made in, or null (not a peer's page, or none given): in the
 * query of a snapshot link, in the fragment (`l=`) of a live link.
 */
export function peerLinkLanguage(pathname: string, search: string, hash = ''): LinkLanguage | null {
  if (isSharedStatusPath(pathname)) return linkLanguageOf(new URLSearchParams(search).get('lang'));
  if (isPeerViewPath(pathname)) return linkLanguageOf(new URLSearchParams(hash.slice(1)).get('l'));
  return null;
}
