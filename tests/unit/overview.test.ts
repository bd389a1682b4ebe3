import { describe, expect, it } from 'vitest';
import { progressByOwner } from '../../src/domain/progress';
import type { ChecklistItem } from '../../src/domain/types';
import { filterOverview } from '../../src/features/overview/filterOverview';
import type { TeamSummary } from '../../src/features/overview/useOverview';
import { hireRecord, itemRecord, teamRecord } from '../support/records';

let items = 0;
function item(ownerId: string, done: boolean, hidden = false): ChecklistItem {
  items += 1;
  return itemRecord({ id: `item-${items}`, ownerId, done, hidden });
}

describe('progressByOwner', () => {
  it('counts done of total per owner and leaves hidden items out', () => {
    const progress = progressByOwner([
      item('a', true),
      item('a', false),
      item('a', true, true),
      item('b', false),
    ]);
    expect(progress.get('a')).toEqual({ done: 1, total: 2 });
    expect(progress.get('b')).toEqual({ done: 0, total: 1 });
    expect(progress.get('c')).toBeUndefined();
  });
});

describe('filterOverview', () => {
  const team = (name: string, hires: string[]): TeamSummary => ({
    team: teamRecord({ id: name, name }),
    hires: hires.map((hire) => hireRecord({ id: hire, name: hire })),
  });
  const teams = [team('Bostøtten Nord', ['Ane', 'Bo']), team('Syd', ['Åse', 'Nordahl'])];

  it('keeps every team and hire for an empty or blank search', () => {
    expect(filterOverview(teams, '  ')).toEqual(teams);
  });

  it('keeps a matching team whole and, elsewhere, only the matching hires', () => {
    const found = filterOverview(teams, 'nord');
    expect(found.map((t) => [t.team.name, t.hires.map((h) => h.name)])).toEqual([
      ['Bostøtten Nord', ['Ane', 'Bo']],
      ['Syd', ['Nordahl']],
    ]);
  });

  it('ignores case, Danish letters included, and drops teams with no match', () => {
    expect(filterOverview(teams, 'ÅSE').map((t) => t.team.name)).toEqual(['Syd']);
    expect(filterOverview(teams, 'zz')).toEqual([]);
  });
});
