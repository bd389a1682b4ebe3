import type { IsoDate } from './dates';
import type { Referral } from './referral';

export type Id = string;
/** An instant, as Date#toISOString. */
export type Timestamp = string;

export interface Team {
  id: Id;
  name: string;
  createdAt: Timestamp;
  archivedAt: Timestamp | null;
  /** How users get in touch with the peer worker; absent on teams stored before it existed. */
  referral?: Referral | null;
}

export const CADENCES = ['three-talks', 'biweekly'] as const;
export type Cadence = (typeof CADENCES)[number];

export interface Hire {
  id: Id;
  teamId: Id;
  name: string;
  jobTitle: string;
  startDate: IsoDate;
  probationMonths: number;
  weeklyHours: number | null;
  cadence: Cadence;
  monthlyTalksAfter: number;
  createdAt: Timestamp;
  /** When the name and notes were removed after probation (cleanupDue.ts); absent until then. */
  anonymisedAt?: Timestamp;
}

export type ChecklistKind = 'team' | 'onboarding';

export interface ChecklistItem {
  id: Id;
  /** The team (team-preparation list) or hire (onboarding list) that owns the item. */
  ownerId: Id;
  kind: ChecklistKind;
  /** The guide's stable item id, or null for the user's own item. */
  templateId: string | null;
  /** The user's own title; empty for guide items, whose text comes from the locale. */
  title: string;
  done: boolean;
  doneAt: Timestamp | null;
  note: string;
  hidden: boolean;
  order: number;
}

export type TalkStatus = 'planned' | 'held' | 'cancelled';

export interface Talk {
  id: Id;
  hireId: Id;
  key: string;
  /** The date the rule gives, after moving off days off. */
  computedDate: IsoDate;
  /** The date in force: the computed one, or one the manager chose. */
  date: IsoDate;
  movedByHand: boolean;
  /** A time of day ('HH:mm') the manager set, or null for an all-day talk. */
  time: string | null;
  status: TalkStatus;
  /** Private to the manager: never in the peer's view, a share link or a calendar file. */
  notes: string;
  /**
   * The calendar file's SEQUENCE for this talk, raised on every write (src/db/talkSequence.ts);
   * absent on talks not written since it came in.
   */
  sequence?: number;
  /**
   * The id in the talk's calendar UID when it is not the talk's id: the id a talk had before
   * ids were stable (src/domain/stableIds.ts), so calendars that imported it update that event.
   */
  calendarId?: string;
}

/** One free-text answer on a team's team-day worksheet. */
export interface WorksheetAnswer {
  id: Id;
  teamId: Id;
  questionId: string;
  text: string;
  updatedAt: Timestamp;
}

export interface Setting {
  key: string;
  value: unknown;
}
