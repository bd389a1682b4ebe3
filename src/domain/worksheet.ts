/**
 * The questions the guide asks a team to settle at a meeting or team day, in the guide's
 * order. Ids are stable (answers are stored under them): never rename.
 */
export const WORKSHEET_QUESTION_IDS = [
  'recovery',
  'collaboration',
  'management-support',
  'missing',
  'evaluation',
] as const;

export type WorksheetQuestionId = (typeof WORKSHEET_QUESTION_IDS)[number];

/** One answer per team and question, so saving again overwrites instead of adding. */
export function worksheetAnswerId(teamId: string, questionId: WorksheetQuestionId): string {
  return `${teamId}:${questionId}`;
}
