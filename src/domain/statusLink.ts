/**
 * Where a shared status opens. Kept apart from statusSnapshot.ts so the app shell can
 * recognise the route without loading the snapshot code (zod, lz-string).
 */
export const SHARED_STATUS_PATH = '/shared';

export function isSharedStatusPath(pathname: string): boolean {
  return pathname === SHARED_STATUS_PATH || pathname === `${SHARED_STATUS_PATH}/`;
}

/** The full link: the snapshot rides in the fragment, which browsers never send to a server. */
export function sharedStatusUrl(origin: string, fragment: string): string {
  return `${origin}${SHARED_STATUS_PATH}#${fragment}`;
}
