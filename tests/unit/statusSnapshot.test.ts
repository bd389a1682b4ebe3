import { decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  MAX_ENCODED_LENGTH,
  buildStatusSnapshot,
  decodeStatusSnapshot,
  encodeStatusSnapshot,
  packSnapshotText,
  type StatusSnapshotInput,
} from '../../src/domain/statusSnapshot';
import { hireRecord, itemRecord, talkRecord } from '../support/records';

const SECRETS = {
  accommodations: 'PRIVAT-HENSYN-4711',
  ownItem: 'PRIVAT-EGEN-NOTE-22',
  buddy: 'PRIVAT-BUDDY-NOTE-9',
  talk: 'PRIVAT-SAMTALE-NOTE-5',
};

const hire = hireRecord({ createdAt: '2027-03-01T09:00:00.000Z' });
const item = itemRecord;
const talk = talkRecord;

function input(overrides: Partial<StatusSnapshotInput> = {}): StatusSnapshotInput {
  return {
    hire,
    teamName: 'Bostøtten Nord',
    items: [
      item({ id: 'a', templateId: 'workspace', done: true, doneAt: '2027-03-10T10:00:00.000Z' }),
      item({ id: 'b', templateId: 'accommodations', done: true, note: SECRETS.accommodations }),
      item({ id: 'c', templateId: 'training-scheduled', hidden: true }),
      item({ id: 'd', title: 'Nøgle til kontoret', note: SECRETS.ownItem }),
    ],
    teamItems: [
      item({ id: 't1', ownerId: 'team-1', kind: 'team', templateId: 'team-day', done: true }),
      item({
        id: 't2',
        ownerId: 'team-1',
        kind: 'team',
        templateId: 'mentor-buddy',
        done: true,
        note: SECRETS.buddy,
      }),
      item({ id: 't3', ownerId: 'team-1', kind: 'team', templateId: 'user-council' }),
    ],
    talks: [
      talk({ id: 'x3', key: 'three-weeks-before-end', date: '2027-05-24' }),
      talk({ id: 'x1', key: 'after-14-days', date: '2027-03-29', status: 'held' }),
      talk({
        id: 'x2',
        key: 'week-before-midpoint',
        date: '2027-04-22',
        time: '10:30',
        notes: SECRETS.talk,
      }),
      talk({ id: 'x4', key: 'monthly-1', date: '2027-07-14', status: 'cancelled' }),
    ],
    lastDay: '2027-06-14',
    createdAt: '2027-04-01T08:15:00.000Z',
    ...overrides,
  };
}

function encode(overrides: Partial<StatusSnapshotInput> = {}): string {
  const result = encodeStatusSnapshot(buildStatusSnapshot(input(overrides)));
  if (!result.ok) throw new Error(`could not encode: ${result.error}`);
  return result.fragment;
}

function payloadText(fragment: string): string {
  const payload = fragment.split('.')[3] ?? '';
  return decompressFromEncodedURIComponent(payload) ?? '';
}

describe('buildStatusSnapshot', () => {
  it('keeps what the peer may see: visible items, team progress, buddy, talks in date order', () => {
    const snapshot = buildStatusSnapshot(input());
    expect(snapshot.items).toEqual([
      { templateId: 'workspace', done: true },
      { templateId: 'accommodations', done: true },
      { title: 'Nøgle til kontoret', done: false },
    ]);
    expect(snapshot.team).toEqual({ done: 2, total: 3, buddy: true });
    expect(snapshot.talks).toEqual([
      { key: 'after-14-days', date: '2027-03-29', time: null, held: true },
      { key: 'week-before-midpoint', date: '2027-04-22', time: '10:30', held: false },
      { key: 'three-weeks-before-end', date: '2027-05-24', time: null, held: false },
    ]);
    expect(snapshot).toMatchObject({
      name: 'MK',
      teamName: 'Bostøtten Nord',
      lastDay: '2027-06-14',
    });
    expect(snapshot.referral).toBeUndefined();
  });

  it('says nothing about a buddy when the team hid that item', () => {
    const teamItems = input().teamItems.map((i) =>
      i.templateId === 'mentor-buddy' ? { ...i, hidden: true } : i,
    );
    expect(buildStatusSnapshot(input({ teamItems })).team).toEqual({
      done: 1,
      total: 2,
      buddy: null,
    });
  });

  it('carries the team referral agreement when one is given', () => {
    const referral = {
      ways: ['contact-person' as const, 'users-themselves' as const],
      description: 'Brugerne kan selv ringe.',
    };
    const result = decodeStatusSnapshot(encode({ referral }));
    expect(result.ok && result.snapshot.referral).toEqual(referral);
  });
});

describe('encode and decode', () => {
  it('round-trips a snapshot through the link fragment, with or without "#"', () => {
    const fragment = encode();
    expect(fragment).toMatch(/^v1\.\d+\.[0-9a-f]{8}\.[A-Za-z0-9+\-$]+$/);
    const expected = buildStatusSnapshot(input());
    expect(decodeStatusSnapshot(fragment)).toEqual({ ok: true, snapshot: expected });
    expect(decodeStatusSnapshot(`#${fragment}`)).toEqual({ ok: true, snapshot: expected });
  });

  it('opens a link whose characters a messenger percent-encoded', () => {
    const fragment = encode();
    const escaped = fragment.replace(/\$/g, '%24').replace(/\+/g, '%2B');
    expect(decodeStatusSnapshot(escaped).ok).toBe(true);
  });

  it('leaves every private note out of the link and the decoded status', () => {
    const fragment = encode();
    const json = payloadText(fragment);
    expect(json).toContain('Nøgle til kontoret'); // the payload is readable here …
    const decoded = JSON.stringify(decodeStatusSnapshot(fragment));
    for (const secret of Object.values(SECRETS)) {
      expect(json).not.toContain(secret); // … and holds no note
      expect(decoded).not.toContain(secret);
      expect(fragment).not.toContain(secret);
    }
    expect(json).not.toMatch(/"notes?"/);
  });

  it('refuses to make a link that would be too long', () => {
    const items = Array.from({ length: 101 }, (_, i) =>
      item({ id: `own-${i}`, title: `Punkt ${i}` }),
    );
    expect(encodeStatusSnapshot(buildStatusSnapshot(input({ items })))).toEqual({
      ok: false,
      error: 'oversized',
    });
  });
});

describe('bad links', () => {
  it.each([
    ['cut off inside the payload', (f: string) => f.slice(0, -5)],
    ['cut off after the version', () => 'v1'],
    ['cut off inside the header', (f: string) => f.slice(0, f.indexOf('.', 3) + 4)],
    ['with nothing after "#"', () => ''],
  ])('calls a link %s truncated', (_, cut) => {
    expect(decodeStatusSnapshot(cut(encode()))).toEqual({ ok: false, error: 'truncated' });
  });

  it.each([
    [
      'a changed payload character',
      (f: string) => f.slice(0, -3) + (f.endsWith('A') ? 'B' : 'A') + f.slice(-2),
    ],
    ['extra characters at the end', (f: string) => `${f}AAAA`],
    ['a wrong checksum', (f: string) => f.replace(/\.[0-9a-f]{8}\./, '.00000000.')],
    ['no version at all', () => 'hello-world'],
    ['version 0', (f: string) => f.replace(/^v1/, 'v0')],
    ['a broken percent escape', (f: string) => `${f}%E0%A4%A`],
  ])('calls a link with %s corrupt', (_, alter) => {
    expect(decodeStatusSnapshot(alter(encode()))).toEqual({ ok: false, error: 'corrupt' });
  });

  it('rejects a well-formed link whose content breaks the schema', () => {
    const snapshot = buildStatusSnapshot(input());
    const cases = [
      '{not json',
      JSON.stringify({ ...snapshot, note: SECRETS.talk }), // strict: unknown fields are refused
      JSON.stringify({ ...snapshot, startDate: '2027-02-30' }),
      JSON.stringify({ ...snapshot, name: 'x'.repeat(101) }),
      JSON.stringify({ ...snapshot, items: [{ templateId: 'no-such-item', done: true }] }),
      JSON.stringify({ ...snapshot, talks: [{ ...snapshot.talks[0], notes: 'hi' }] }),
    ];
    for (const json of cases) {
      expect(decodeStatusSnapshot(packSnapshotText(json))).toEqual({ ok: false, error: 'corrupt' });
    }
  });

  it('tells a link from a newer version of the app apart', () => {
    const snapshot = buildStatusSnapshot(input());
    expect(decodeStatusSnapshot(packSnapshotText(JSON.stringify(snapshot), 2))).toEqual({
      ok: false,
      error: 'unsupported-version',
    });
    expect(decodeStatusSnapshot(encode().replace(/^v1\./, 'v12.'))).toEqual({
      ok: false,
      error: 'unsupported-version',
    });
  });

  it('refuses an oversized link before decompressing it', () => {
    const huge = `v1.${MAX_ENCODED_LENGTH}.00000000.${'A'.repeat(MAX_ENCODED_LENGTH)}`;
    expect(decodeStatusSnapshot(huge)).toEqual({ ok: false, error: 'oversized' });
  });
});
