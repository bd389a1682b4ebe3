import type { TeamSummary } from './useOverview';

function normalise(text: string): string {
  return text.trim().toLocaleLowerCase();
}

/**
 * The teams and hires a search matches: a team whose name matches keeps all its hires;
 * otherwise only its hires whose name matches, and the team goes if none do.
 */
export function filterOverview(teams: readonly TeamSummary[], query: string): TeamSummary[] {
  const wanted = normalise(query);
  if (!wanted) return [...teams];
  const matches = (text: string) => normalise(text).includes(wanted);
  return teams.flatMap((summary) => {
    if (matches(summary.team.name)) return [summary];
    const hires = summary.hires.filter((hire) => matches(hire.name));
    return hires.length > 0 ? [{ ...summary, hires }] : [];
  });
}

export function countHires(teams: readonly TeamSummary[]): number {
  return teams.reduce((sum, summary) => sum + summary.hires.length, 0);
}
