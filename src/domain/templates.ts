import type { GuideSectionId } from './guide';
import type { ChecklistKind } from './types';

/** The guide's team-preparation items, in the guide's order. Ids are stable: never rename. */
export const TEAM_TEMPLATE_IDS = [
  'team-day',
  'user-council',
  'role-communicated',
  'concerns-forum',
  'training-offered',
  'mentor-buddy',
  'function-description-known',
  'peer-introduction',
  'users-informed',
] as const;

/** The guide's onboarding items for each new peer worker. */
export const ONBOARDING_TEMPLATE_IDS = [
  'workspace',
  'function-description',
  'accommodations',
  'training-scheduled',
] as const;

/** Practice tips from the guide, offered as extra onboarding items (not added by default). */
export const SUGGESTED_ONBOARDING_IDS = [
  'introduce-to-staff',
  'visible-to-users',
  'referral-agreed',
  'breaks-and-community',
  'supervision',
  'peer-network',
] as const;

export function defaultTemplateIds(kind: ChecklistKind): readonly string[] {
  return kind === 'team' ? TEAM_TEMPLATE_IDS : ONBOARDING_TEMPLATE_IDS;
}

/** Items whose notes are private to the manager (never shared with the peer worker). */
export const PRIVATE_NOTE_TEMPLATE_IDS: readonly string[] = ['accommodations'];

/** The guide section that explains a checklist item ("read more in the guide"). */
export const GUIDE_SECTION_BY_TEMPLATE: Readonly<Record<string, GuideSectionId>> = {
  'team-day': 'team-worries',
  'role-communicated': 'good-start',
  'concerns-forum': 'good-start',
  'training-offered': 'good-start',
  'function-description-known': 'qualifications',
  'function-description': 'qualifications',
  accommodations: 'illness',
  'training-scheduled': 'peer-education',
  supervision: 'manager-advice',
  'peer-network': 'manager-advice',
};
