import type { TFunction } from 'i18next';
import { SyncServerError } from '../db/syncServer';

const KNOWN = [
  'unreachable',
  'invitation-used',
  'invitation-expired',
  'invitation-unknown',
  'team-exists',
  'token-revoked',
  'unauthorized',
  'forbidden',
] as const;

/** What to tell the user when a request to the sync server failed. */
export function syncErrorText(error: unknown, t: TFunction<'sync'>): string {
  const code = error instanceof SyncServerError ? error.code : 'internal';
  const known = KNOWN.find((name) => name === code);
  return known ? t(`error.${known}`) : t('error.other', { code });
}
