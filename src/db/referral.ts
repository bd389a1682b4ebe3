import { referralOfTeam, type Referral } from '../domain/referral';
import { db } from './db';

/** The team's agreement on how users reach the peer worker, or null when none is recorded. */
export async function getReferral(teamId: string): Promise<Referral | null> {
  const team = await db.teams.get(teamId);
  return team ? referralOfTeam(team) : null;
}

/** Records the team's referral agreement (validate it first with validateReferral). */
export async function setReferral(teamId: string, referral: Referral): Promise<void> {
  const updated = await db.teams.update(teamId, { referral });
  if (updated === 0) throw new Error(`No team ${teamId}`);
}
