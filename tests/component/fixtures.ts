import { createHire } from '../../src/db/hireWrites';
import { createTeam } from '../../src/db/teams';

/** A team ("Team A") with one hire ("MK", 25 hours a week), stored through the repositories. */
export async function hireFixture(startDate = '2027-03-15', probationMonths = 3) {
  const team = await createTeam('Team A');
  const hire = await createHire(team.id, {
    name: 'MK',
    jobTitle: '',
    startDate,
    probationMonths,
    weeklyHours: 25,
  });
  return { team, hire };
}
