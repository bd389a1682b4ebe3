import type { Referral } from '../domain/referral';
import { db } from './db';

/** Records the team's referral agreement (validate it first with validateReferral). */
export async function setReferral(teamId: string, referral: Referral): Promise<void> {
  const updated = await db.teams.update(teamId, { referral });
  if (updated === 0) throw new Error(`No team ${teamId}`);
}
