/**
 * Where a shared status opens. Kept apart from statusSnapshot.ts so the app shell can
 * recognise the route without loading the snapshot code (zod, lz-string).
 */
import { paths } from '../config/paths';

const { path, href } = paths.sharedStatus;

export function isSharedStatusPath(pathname: string): boolean {
  return pathname === path || pathname === `${path}/`;
}

/** The full link: the snapshot rides in the fragment, which browsers never send to a server. */
export function sharedStatusUrl(origin: string, fragment: string): string {
  return `${origin}${href(fragment)}`;
}
