import { createHire } from '../../src/db/hireWrites';
import { createTeam } from '../../src/db/teams';
import { hireDraft, type HireDraft } from '../support/records';

/**
 * A team ("Team A") with one hire (hireDraft: "MK", 3 months from 15 March 2027), stored
 * through the repositories as the app stores them; `fields` change the hire.
 */
export async function hireFixture(fields: Partial<HireDraft> = {}) {
  const team = await createTeam('Team A');
  const hire = await createHire(team.id, hireDraft(fields));
  return { team, hire };
}
