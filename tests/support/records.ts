import type { ChecklistItem, Hire } from '../../src/domain/types';

/** A stored hire as the app writes it ("MK" in team-1), for tests that build data by hand. */
export function hireRecord(fields: Partial<Hire> = {}): Hire {
  return {
    id: 'hire-1',
    teamId: 'team-1',
    name: 'MK',
    jobTitle: 'Peer-medarbejder',
    startDate: '2027-03-15',
    probationMonths: 3,
    weeklyHours: 25,
    cadence: 'three-talks',
    monthlyTalksAfter: 3,
    createdAt: '2027-02-01T10:00:00.000Z',
    ...fields,
  };
}

/** A stored checklist item of hire-1's onboarding list, not done; `fields` say the rest. */
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
