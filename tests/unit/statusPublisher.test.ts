import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { listItems, setItemDone, setItemNote } from '../../src/db/checklist';
import { setTalkNotes } from '../../src/db/talkWrites';
import { listTalks } from '../../src/db/talkReads';
import { readTeamStatusSources } from '../../src/db/statusSources';
import { readPublishedStatus } from '../../src/db/sync/statusDoc';
import {
  publishStatuses,
  startStatusPublisher,
  type PublishRound,
} from '../../src/db/sync/statusPublisher';
import type { SyncStatus } from '../../src/db/sync/syncStatus';
import { hireFixture } from '../component/fixtures';

const SECRET = 'PRIVAT-NOTE-4711';

/** In-memory status documents, counting the updates each gets. */
function memoryDocs() {
  const docs = new Map<string, Y.Doc>();
  const updates = new Map<string, number>();
  return {
    open: (hireId: string) => {
      let doc = docs.get(hireId);
      if (!doc) {
        doc = new Y.Doc();
        doc.on('update', () => updates.set(hireId, (updates.get(hireId) ?? 0) + 1));
        docs.set(hireId, doc);
      }
      return Promise.resolve(doc);
    },
    doc: (hireId: string) => docs.get(hireId)!,
    updates: (hireId: string) => updates.get(hireId) ?? 0,
  };
}

/** A round at a given time, with the team's sources as Dexie holds them now. */
async function round(
  teamId: string,
  docs: ReturnType<typeof memoryDocs>,
  published: Set<string>,
  now: string,
) {
  const sources = await readTeamStatusSources(teamId);
  const input: PublishRound = { sources, published, open: docs.open, now };
  return publishStatuses(input);
}

function snapshotOf(doc: Y.Doc) {
  const status = readPublishedStatus(doc);
  if (status.state !== 'published') throw new Error(`no snapshot: ${status.state}`);
  return status.snapshot as { createdAt: string; items: { done: boolean }[] };
}

describe('the status publisher', () => {
  it('writes the snapshot when the status changes, and nothing when it does not', async () => {
    const { team, hire } = await hireFixture();
    const docs = memoryDocs();
    const published = new Set<string>();

    expect(await round(team.id, docs, published, '2027-03-16T08:00:00.000Z')).toBe(1);
    expect(snapshotOf(docs.doc(hire.id)).createdAt).toBe('2027-03-16T08:00:00.000Z');
    const afterFirst = docs.updates(hire.id);

    // Notes change, time passes: the status the peer sees is the same, so nothing is written.
    const [item] = await listItems(hire.id);
    const [talk] = await listTalks(hire.id);
    await setItemNote(item!, SECRET);
    await setTalkNotes(talk!.id, SECRET);
    expect(await round(team.id, docs, published, '2027-03-17T08:00:00.000Z')).toBe(0);
    expect(docs.updates(hire.id)).toBe(afterFirst);

    // A fresh start (another device, or the app reopened) with the same data writes nothing.
    expect(await round(team.id, docs, new Set(), '2027-03-18T08:00:00.000Z')).toBe(0);

    // A tick is a change.
    await setItemDone(item!, true);
    expect(await round(team.id, docs, published, '2027-03-19T08:00:00.000Z')).toBe(1);
    const snapshot = snapshotOf(docs.doc(hire.id));
    expect(snapshot.items[0]!.done).toBe(true);
    expect(readPublishedStatus(docs.doc(hire.id))).toMatchObject({
      updatedAt: '2027-03-19T08:00:00.000Z',
    });

    // Never a note, of any kind, anywhere in the document.
    expect(JSON.stringify(docs.doc(hire.id).toJSON())).not.toContain(SECRET);
  });

  it('marks a deleted hire and takes their snapshot out of the document', async () => {
    const { team, hire } = await hireFixture();
    const docs = memoryDocs();
    const published = new Set<string>();
    await round(team.id, docs, published, '2027-03-16T08:00:00.000Z');

    const input: PublishRound = {
      sources: new Map(),
      published,
      open: docs.open,
      now: '2027-03-20T08:00:00.000Z',
    };
    expect(await publishStatuses(input)).toBe(1);
    expect(readPublishedStatus(docs.doc(hire.id))).toEqual({ state: 'deleted' });
    expect(JSON.stringify(docs.doc(hire.id).toJSON())).not.toContain('MK');
  });

  it('publishes on its own once the team is in step, and a tick after it', async () => {
    const { team, hire } = await hireFixture();
    const docs = memoryDocs();
    let status: SyncStatus = { state: 'waiting', changes: 1 };
    const listeners = new Set<(status: SyncStatus) => void>();
    const stop = startStatusPublisher({
      teamId: team.id,
      open: docs.open,
      team: {
        status: () => status,
        subscribe: (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
      delayMs: 10,
    });
    try {
      status = { state: 'synced' };
      listeners.forEach((listener) => listener(status));
      await vi.waitFor(() => expect(snapshotOf(docs.doc(hire.id)).items[0]!.done).toBe(false));

      const [item] = await listItems(hire.id);
      await setItemDone(item!, true);
      await vi.waitFor(() => expect(snapshotOf(docs.doc(hire.id)).items[0]!.done).toBe(true));
    } finally {
      stop();
    }
  });
});
