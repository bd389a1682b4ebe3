/**
 * The peer worker's status as a snapshot that travels in a link's fragment (after '#',
 * never sent to a server). Pure: the caller passes in the records and the time.
 *
 * Link format: `v<version>.<payload length>.<checksum>.<payload>`, where the payload is the
 * snapshot's JSON compressed with lz-string. The length tells a cut-off link from an altered
 * one; the checksum catches a changed character that would otherwise still decompress.
 *
 * Private by construction: the snapshot is built field by field from what the peer may see.
 * No note of any kind (checklist notes, the accommodations item, talk notes) is ever read.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { z } from './zod';
import { compareIso, type IsoDate } from './dates';
import { isoDateSchema, referralSchema, timeOfDaySchema } from './fieldSchemas';
import { NAME_MAX_LENGTH } from './limits';
import { checklistProgress } from './progress';
import { ONBOARDING_TEMPLATE_IDS, SUGGESTED_ONBOARDING_IDS } from './templates';
import type { ChecklistItem, Hire, Talk, Timestamp } from './types';

const SNAPSHOT_VERSION = 1;
/** Longest fragment we make or open: fits every browser and messenger, and bounds the work. */
export const MAX_ENCODED_LENGTH = 20_000;
/** Longest JSON we accept after decompression (lz-string can expand a small input a lot). */
const MAX_JSON_LENGTH = 200_000;

const SNAPSHOT_LIMITS = {
  text: NAME_MAX_LENGTH,
  itemTitle: 200,
  items: 100,
  talks: 60,
} as const;

const text = (max: number) => z.string().max(max);
const GUIDE_ITEM_IDS = [...ONBOARDING_TEMPLATE_IDS, ...SUGGESTED_ONBOARDING_IDS] as const;

const itemSchema = z.union([
  z.strictObject({ templateId: z.enum(GUIDE_ITEM_IDS), done: z.boolean() }),
  z.strictObject({ title: text(SNAPSHOT_LIMITS.itemTitle).min(1), done: z.boolean() }),
]);

const talkSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]{1,40}$/),
  date: isoDateSchema,
  time: timeOfDaySchema.nullable(),
  held: z.boolean(),
});

const snapshotSchema = z.strictObject({
  createdAt: z.iso.datetime(),
  name: text(SNAPSHOT_LIMITS.text).min(1),
  jobTitle: text(SNAPSHOT_LIMITS.text),
  teamName: text(SNAPSHOT_LIMITS.text),
  startDate: isoDateSchema,
  lastDay: isoDateSchema,
  items: z.array(itemSchema).max(SNAPSHOT_LIMITS.items),
  team: z.strictObject({
    done: z.number().int().min(0).max(SNAPSHOT_LIMITS.items),
    total: z.number().int().min(0).max(SNAPSHOT_LIMITS.items),
    /** The 'mentor-buddy' team item's done state; null when the team hid the item. */
    buddy: z.boolean().nullable(),
  }),
  talks: z.array(talkSchema).max(SNAPSHOT_LIMITS.talks),
  /** How users reach the peer worker, when the team has agreed it. */
  referral: referralSchema.optional(),
});

export type StatusSnapshot = z.infer<typeof snapshotSchema>;
export type SnapshotItem = StatusSnapshot['items'][number];
export type SnapshotTalk = StatusSnapshot['talks'][number];
export type SnapshotReferral = z.infer<typeof referralSchema>;

export interface StatusSnapshotInput {
  hire: Hire;
  teamName: string;
  /** The hire's onboarding items. */
  items: readonly ChecklistItem[];
  /** The team's preparation items (only progress and the buddy's done state are used). */
  teamItems: readonly ChecklistItem[];
  talks: readonly Talk[];
  lastDay: IsoDate;
  createdAt: Timestamp;
  referral?: SnapshotReferral;
}

type GuideItemId = (typeof GUIDE_ITEM_IDS)[number];

function isGuideItemId(templateId: string): templateId is GuideItemId {
  return (GUIDE_ITEM_IDS as readonly string[]).includes(templateId);
}

/** An onboarding item as the peer sees it: the guide's id, or the manager's own title. */
function snapshotItem(item: ChecklistItem): SnapshotItem | null {
  if (item.templateId === null) return { title: item.title, done: item.done };
  return isGuideItemId(item.templateId) ? { templateId: item.templateId, done: item.done } : null;
}

function snapshotTalk(talk: Talk): SnapshotTalk {
  return { key: talk.key, date: talk.date, time: talk.time, held: talk.status === 'held' };
}

export function buildStatusSnapshot(input: StatusSnapshotInput): StatusSnapshot {
  const { hire, teamItems } = input;
  const buddyItem = teamItems.find((item) => item.templateId === 'mentor-buddy' && !item.hidden);
  const snapshot: StatusSnapshot = {
    createdAt: input.createdAt,
    name: hire.name,
    jobTitle: hire.jobTitle,
    teamName: input.teamName,
    startDate: hire.startDate,
    lastDay: input.lastDay,
    items: input.items.filter((item) => !item.hidden).flatMap((item) => snapshotItem(item) ?? []),
    team: { ...checklistProgress(teamItems), buddy: buddyItem ? buddyItem.done : null },
    talks: input.talks
      .filter((talk) => talk.status !== 'cancelled')
      .map(snapshotTalk)
      .sort((a, b) => compareIso(a.date, b.date)),
  };
  if (input.referral) {
    snapshot.referral = { ways: [...input.referral.ways], description: input.referral.description };
  }
  return snapshot;
}

/**
 * A snapshot that came from elsewhere (a live status document, the peer's saved copy), or null
 * when it is not one this version can show.
 */
export function parseStatusSnapshot(value: unknown): StatusSnapshot | null {
  const checked = snapshotSchema.safeParse(value);
  return checked.success ? checked.data : null;
}

export type SnapshotError = 'truncated' | 'corrupt' | 'unsupported-version' | 'oversized';

export type EncodeResult = { ok: true; fragment: string } | { ok: false; error: 'oversized' };
export type DecodeResult =
  { ok: true; snapshot: StatusSnapshot } | { ok: false; error: SnapshotError };

/** FNV-1a over the payload's characters, as 8 hex digits: cheap, and enough to spot a typo. */
function checksum(payload: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < payload.length; i += 1) {
    hash ^= payload.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Wraps any text in the link format (the encoder's last step; tests use it to craft links). */
export function packSnapshotText(json: string, version = SNAPSHOT_VERSION): string {
  const payload = compressToEncodedURIComponent(json);
  return `v${version}.${payload.length}.${checksum(payload)}.${payload}`;
}

/**
 * The fragment for a snapshot, or 'oversized' when it does not fit in a link (too many or too
 * long items: the only ways a snapshot built from stored records can fail the schema).
 */
export function encodeStatusSnapshot(snapshot: StatusSnapshot): EncodeResult {
  const checked = snapshotSchema.safeParse(snapshot);
  if (!checked.success) return { ok: false, error: 'oversized' };
  const fragment = packSnapshotText(JSON.stringify(checked.data));
  return fragment.length > MAX_ENCODED_LENGTH
    ? { ok: false, error: 'oversized' }
    : { ok: true, fragment };
}

const VERSION = /^v(\d+)(?:\.|$)/;
const FULL_HEADER = /^v\d+\.(\d+)\.([0-9a-f]{8})\.([A-Za-z0-9+\-$]*)$/;
/** A link that ends inside its header was cut off, not altered. */
const PARTIAL_HEADER = /^v\d+(\.\d*(\.[0-9a-f]{0,8})?)?$/;

const fail = (error: SnapshotError): DecodeResult => ({ ok: false, error });

function decodeUriSafely(fragment: string): string | null {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return null;
  }
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** Opens a link's fragment (with or without '#'); every bad input gets an error kind. */
export function decodeStatusSnapshot(rawFragment: string): DecodeResult {
  const raw = rawFragment.replace(/^#/, '');
  if (raw.length > MAX_ENCODED_LENGTH) return fail('oversized');
  // Some messengers percent-encode characters of a link; undo that first.
  const fragment = decodeUriSafely(raw);
  if (fragment === null) return fail('corrupt');
  if (fragment === '' || fragment === 'v') return fail('truncated');

  const version = VERSION.exec(fragment);
  if (!version) return fail('corrupt');
  if (Number(version[1]) > SNAPSHOT_VERSION) return fail('unsupported-version');
  if (Number(version[1]) !== SNAPSHOT_VERSION) return fail('corrupt');

  const header = FULL_HEADER.exec(fragment);
  if (!header) return fail(PARTIAL_HEADER.test(fragment) ? 'truncated' : 'corrupt');
  const [, length, sum, payload = ''] = header;
  if (payload.length < Number(length)) return fail('truncated');
  if (payload.length > Number(length) || checksum(payload) !== sum) return fail('corrupt');

  const json = decompressFromEncodedURIComponent(payload);
  if (!json) return fail('corrupt');
  if (json.length > MAX_JSON_LENGTH) return fail('oversized');
  const snapshot = parseStatusSnapshot(parseJson(json));
  return snapshot ? { ok: true, snapshot } : fail('corrupt');
}
