/**
 * A talk's calendar SEQUENCE (RFC 5545): how it rises. Its own small module, because the
 * database applies it on every write and must not pull the calendar writer into the
 * first screen's bundle.
 */

/** Minutes since the epoch: the SEQUENCE files had before talks kept their own. */
export function exportSequence(exportedAt: number): number {
  return Math.floor(exportedAt / 60_000);
}

/**
 * The sequence a talk gets when it is written at `now`: above its previous one, so two
 * changes within a minute still differ, and above the minute, so it also passes every
 * file exported before talks had a sequence (those used the minute of export).
 */
export function nextTalkSequence(previous: number | undefined, now: number): number {
  return Math.max(previous ?? 0, exportSequence(now)) + 1;
}
