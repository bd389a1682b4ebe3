import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  eventually,
  isSynced,
  putRecord,
  rawConnection,
  storedDoc,
  syncClient,
  type SyncClient,
  storeKind,
  teamServerForEachTest,
} from './support.js';

const maxMessageBytes = 64 * 1024;

describe(`refused messages (${storeKind})`, () => {
  const team = teamServerForEachTest(() => ({ maxMessageBytes }));
  let name: string;
  let device: SyncClient;

  /** The document as the server holds it: what a newly connected device receives. */
  const served = async () => {
    const fresh = syncClient(team.running.ws, name, team.manager.token);
    await eventually(() => expect(isSynced(fresh)).toBe(true));
    fresh.destroy();
    return fresh.doc;
  };

  const expectSameDocument = (actual: Y.Doc, expected: Y.Doc) => {
    expect(actual.getMap('hires').toJSON()).toEqual(expected.getMap('hires').toJSON());
    expect(Y.encodeStateVector(actual)).toEqual(Y.encodeStateVector(expected));
  };

  /** A real change to the document, as another device would send it. */
  const nextUpdate = (fields: Record<string, unknown>) => {
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(device.doc));
    putRecord(other, 'hires', 'h2', fields);
    return Y.encodeStateAsUpdate(other, Y.encodeStateVector(device.doc));
  };

  beforeEach(async () => {
    name = `team:${team.manager.teamId}`;
    device = team.client(name, team.manager.token);
    putRecord(device.doc, 'hires', 'h1', { name: 'A. B.', title: 'peer-medarbejder' });
    await eventually(() => expect(isSynced(device)).toBe(true));
  });

  it('refuses a malformed update, logs it, and keeps the document as it was', async () => {
    const raw = await rawConnection(team.running.ws, name, team.manager.token);
    const update = nextUpdate({ name: 'C. D.', note: 'x'.repeat(200) });
    // Cut short: Yjs would apply the first part of it before throwing.
    raw.sendUpdate(update.slice(0, update.length - 20));

    expect(await raw.closed).toEqual({ code: 1007, reason: 'malformed-update' });
    expect(team.running.logs()).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        event: 'message-refused',
        reason: 'malformed-update',
      }),
    );
    expectSameDocument(await served(), device.doc);
    device.destroy();
    await team.restart();
    expectSameDocument((await storedDoc(team.running.store, name))!, device.doc);
  });

  it('refuses a message over the size limit, logs it, and keeps the document as it was', async () => {
    const raw = await rawConnection(team.running.ws, name, team.manager.token);
    raw.sendUpdate(nextUpdate({ name: 'E. F.', note: 'x'.repeat(maxMessageBytes) }));

    expect((await raw.closed).code).toBe(1009);
    expect(team.running.logs()).toContainEqual(
      expect.objectContaining({ level: 'warn', event: 'message-refused', reason: 'too-large' }),
    );
    expectSameDocument(await served(), device.doc);
    device.destroy();
    await team.restart();
    expectSameDocument((await storedDoc(team.running.store, name))!, device.doc);
  });

  it('applies a well-formed update sent the same way (the refusals are not the raw client)', async () => {
    const raw = await rawConnection(team.running.ws, name, team.manager.token);
    raw.sendUpdate(nextUpdate({ name: 'G. H.' }));
    await eventually(() =>
      expect(device.doc.getMap<Y.Map<unknown>>('hires').get('h2')?.toJSON()).toEqual({
        name: 'G. H.',
      }),
    );
    raw.socket.close();
  });
});
