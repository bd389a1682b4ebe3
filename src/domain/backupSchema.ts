import {
  cadenceSchema,
  enteredDateSchema,
  idSchema,
  isoDateSchema,
  nameSchema,
  noteSchema,
  optionalNameSchema,
  referralSchema,
  settingSchema,
  timeOfDaySchema,
} from './fieldSchemas';
import { MONTHLY_TALKS, PROBATION_MONTHS, WEEKLY_HOURS } from './limits';
import { z } from './zod';

/** Marks a file as a Godt begyndt backup. */
export const BACKUP_FORMAT = 'godt-begyndt-backup';
/**
 * The format's version. Raise it when the shape of a backup changes, and teach
 * `parseBackup` (src/db/backup.ts) to upgrade files of the older version.
 */
export const BACKUP_VERSION = 1;
/** Files larger than this are refused before they are read (a real backup is far smaller). */
export const BACKUP_MAX_BYTES = 20 * 1024 * 1024;

// Strict objects: a field we do not know is refused rather than silently dropped.
// Also a talk's or guide item's stable id: its hire's or owner's id, a colon, a key (stableIds.ts).
const id = idSchema;
const name = nameSchema;
const optionalName = optionalNameSchema;
const note = noteSchema;
const timestamp = z.iso.datetime();
const wholeNumber = (min: number, max: number) => z.int().min(min).max(max);

export const teamSchema = z.strictObject({
  id,
  name,
  createdAt: timestamp,
  archivedAt: timestamp.nullable(),
  referral: referralSchema.nullable().optional(),
});

export const hireSchema = z.strictObject({
  id,
  teamId: id,
  name,
  jobTitle: optionalName,
  startDate: enteredDateSchema,
  probationMonths: wholeNumber(PROBATION_MONTHS.min, PROBATION_MONTHS.max),
  weeklyHours: wholeNumber(WEEKLY_HOURS.min, WEEKLY_HOURS.max).nullable(),
  cadence: cadenceSchema,
  monthlyTalksAfter: wholeNumber(MONTHLY_TALKS.min, MONTHLY_TALKS.max),
  createdAt: timestamp,
  anonymisedAt: timestamp.optional(),
});

export const checklistItemSchema = z.strictObject({
  id,
  ownerId: id,
  kind: z.enum(['team', 'onboarding']),
  templateId: id.nullable(),
  title: optionalName,
  done: z.boolean(),
  doneAt: timestamp.nullable(),
  note,
  hidden: z.boolean(),
  order: wholeNumber(0, Number.MAX_SAFE_INTEGER),
});

export const talkSchema = z.strictObject({
  id,
  hireId: id,
  key: id,
  computedDate: isoDateSchema,
  date: isoDateSchema,
  movedByHand: z.boolean(),
  time: timeOfDaySchema.nullable(),
  status: z.enum(['planned', 'held', 'cancelled']),
  notes: note,
  // An iCalendar INTEGER: 32 bits.
  sequence: wholeNumber(0, 2 ** 31 - 1).optional(),
  calendarId: id.optional(),
});

export const worksheetAnswerSchema = z.strictObject({
  id,
  teamId: id,
  questionId: id,
  text: note,
  updatedAt: timestamp,
});

export const backupDataSchema = z
  .strictObject({
    teams: z.array(teamSchema),
    hires: z.array(hireSchema),
    items: z.array(checklistItemSchema),
    talks: z.array(talkSchema),
    answers: z.array(worksheetAnswerSchema),
    settings: z.array(settingSchema),
  })
  .superRefine(checkReferences);

type Data = {
  teams: { id: string }[];
  hires: { id: string; teamId: string }[];
  items: { id: string; ownerId: string; kind: 'team' | 'onboarding' }[];
  talks: { id: string; hireId: string }[];
  answers: { id: string; teamId: string }[];
  settings: { key: string }[];
};

/** Every key is unique within its table, and every reference points into the file. */
function checkReferences(data: Data, ctx: z.RefinementCtx) {
  const problem = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const unique = (table: keyof Data, keys: string[]) => {
    const seen = new Set<string>();
    keys.forEach((key, index) => {
      if (seen.has(key)) problem([table, index], 'Duplicate key');
      seen.add(key);
    });
    return seen;
  };
  const teamIds = unique(
    'teams',
    data.teams.map((team) => team.id),
  );
  const hireIds = unique(
    'hires',
    data.hires.map((hire) => hire.id),
  );
  unique(
    'items',
    data.items.map((item) => item.id),
  );
  unique(
    'talks',
    data.talks.map((talk) => talk.id),
  );
  unique(
    'answers',
    data.answers.map((answer) => answer.id),
  );
  unique(
    'settings',
    data.settings.map((setting) => setting.key),
  );

  data.hires.forEach((hire, index) => {
    if (!teamIds.has(hire.teamId)) problem(['hires', index, 'teamId'], 'Unknown team');
  });
  data.items.forEach((item, index) => {
    const owners = item.kind === 'team' ? teamIds : hireIds;
    if (!owners.has(item.ownerId)) problem(['items', index, 'ownerId'], 'Unknown owner');
  });
  data.talks.forEach((talk, index) => {
    if (!hireIds.has(talk.hireId)) problem(['talks', index, 'hireId'], 'Unknown hire');
  });
  data.answers.forEach((answer, index) => {
    if (!teamIds.has(answer.teamId)) problem(['answers', index, 'teamId'], 'Unknown team');
  });
}

export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: timestamp,
  /** The whole database, or one team with its hires. */
  scope: z.enum(['all', 'team']),
  data: backupDataSchema,
});

export type BackupData = z.infer<typeof backupDataSchema>;
export type BackupFile = z.infer<typeof backupFileSchema>;
