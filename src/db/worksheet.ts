import type { WorksheetAnswer } from '../domain/types';
import { NOTE_MAX_LENGTH } from '../domain/limits';
import { worksheetAnswerId, type WorksheetQuestionId } from '../domain/worksheet';
import { db } from './db';
import { nowStamp } from './ids';

/** The team's team-day answers, by question id. */
export async function answersOfTeam(teamId: string): Promise<Map<string, WorksheetAnswer>> {
  const answers = await db.answers.where('teamId').equals(teamId).toArray();
  return new Map(answers.map((answer) => [answer.questionId, answer]));
}

/** Stores (or overwrites) the team's answer to one question. */
export async function saveAnswer(
  teamId: string,
  questionId: WorksheetQuestionId,
  text: string,
): Promise<void> {
  if (text.length > NOTE_MAX_LENGTH) throw new RangeError('Answer is too long');
  await db.transaction('rw', db.teams, db.answers, async () => {
    // A team deleted in another tab must not get orphaned answers.
    if (!(await db.teams.get(teamId))) throw new Error(`No team ${teamId}`);
    await db.answers.put({
      id: worksheetAnswerId(teamId, questionId),
      teamId,
      questionId,
      text,
      updatedAt: nowStamp(),
    });
  });
}
