import type { ChecklistItem, Hire, Talk, Team } from '../../src/domain/types';

/**
 * Stored records as the app writes them, one factory per kind, for tests that build data by
 * hand: "MK" in "Team A" (team-1), starting Monday 15 March 2027. `fields` say the rest.
 */

export function teamRecord(fields: Partial<Team> = {}): Team {
  return {
    id: 'team-1',
    name: 'Team A',
    createdAt: '2027-01-01T10:00:00.000Z',
    archivedAt: null,
    ...fields,
  };
}

/** What the hire form sends to createHire: MK, 3 months' probation, 25 hours a week. */
export function hireDraft(fields: Partial<HireDraft> = {}): HireDraft {
  return {
    name: 'MK',
    jobTitle: 'Peer-medarbejder',
    startDate: '2027-03-15',
    probationMonths: 3,
    weeklyHours: 25,
    ...fields,
  };
}

export type HireDraft = Pick<
  Hire,
  'name' | 'jobTitle' | 'startDate' | 'probationMonths' | 'weeklyHours'
>;

export function hireRecord(fields: Partial<Hire> = {}): Hire {
  return {
    id: 'hire-1',
    teamId: 'team-1',
    ...hireDraft(),
    cadence: 'three-talks',
    monthlyTalksAfter: 3,
    createdAt: '2027-02-01T10:00:00.000Z',
    ...fields,
  };
}

/** A checklist item of hire-1's onboarding list, not done. */
export function itemRecord(
  fields: Partial<ChecklistItem> & Pick<ChecklistItem, 'id'>,
): ChecklistItem {
  return {
    ownerId: 'hire-1',
    kind: 'onboarding',
    templateId: null,
    title: '',
    done: false,
    doneAt: null,
    note: '',
    hidden: false,
    order: 0,
    ...fields,
  };
}

/** A planned all-day talk of hire-1 on `date`, not moved (its computed date is the same). */
export function talkRecord(fields: Partial<Talk> & Pick<Talk, 'id' | 'key' | 'date'>): Talk {
  return {
    hireId: 'hire-1',
    computedDate: fields.date,
    movedByHand: false,
    time: null,
    status: 'planned',
    notes: '',
    ...fields,
  };
}
