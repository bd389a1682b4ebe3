import { Redis as RedisSync } from '@hocuspocus/extension-redis';
import { OutgoingMessage, type Hocuspocus } from '@hocuspocus/server';
import { Redis as IORedis } from 'ioredis';
import type { Logger } from './log.js';

/** Keys and channels of this server in Redis start with it. */
const prefix = 'godt-begyndt';
const revocationChannel = `${prefix}:revoked-devices`;

/**
 * Hocuspocus's Redis extension without its store lock. The lock lets only one instance store a
 * document at a time and makes the others skip their store, which can leave an edit that only
 * they had applied unsaved. Our PostgreSQL store merges every save into the stored state
 * instead, so every instance stores its own view and none is skipped.
 */
class SharedDocuments extends RedisSync {
  override async onStoreDocument(): Promise<void> {}
  override async afterStoreDocument(): Promise<void> {}

  /** Asks the other instances for what this one missed (after Redis was unreachable). */
  resync(hocuspocus: Hocuspocus): void {
    for (const document of hocuspocus.documents.values()) {
      const step = new OutgoingMessage(document.name)
        .createSyncMessage()
        .writeFirstSyncStepFor(document);
      const message = Buffer.concat([this.messagePrefix, Buffer.from(step.toUint8Array())]);
      void this.pub.publish(`${prefix}:${document.name}`, message).catch(() => undefined);
    }
  }
}

export interface Cluster {
  /** Goes into Hocuspocus's extensions: shares every document's updates through Redis. */
  readonly extension: RedisSync;
  /** Closes the device's sockets on every instance, this one included. */
  revokeEverywhere(deviceId: string): void;
  /** Once the Hocuspocus instance exists: resync its documents whenever Redis is back. */
  attach(hocuspocus: Hocuspocus): void;
  close(): Promise<void>;
}

/**
 * Joins the instances that share `redisUrl` (a redis:// URL or a Unix socket path).
 * A revocation is a Redis message every instance receives; ioredis queues it while Redis is
 * unreachable and sends it on reconnection.
 */
export function joinCluster(
  redisUrl: string,
  log: Logger,
  disconnectDevice: (deviceId: string) => void,
): Cluster {
  const connect = (role: string) => {
    const client = new IORedis(redisUrl, { maxRetriesPerRequest: null });
    // ioredis reconnects by itself; without a listener it would print every attempt.
    client.on('error', (error: Error) =>
      log.warn('redis-connection-lost', { connection: role, message: error.message }),
    );
    return client;
  };
  const extension = new SharedDocuments({
    prefix,
    createClient: () => connect('documents'),
  });
  const revocations = connect('revocations');
  void revocations.subscribe(revocationChannel);
  revocations.on('message', (_channel: string, deviceId: string) => disconnectDevice(deviceId));

  return {
    extension,
    revokeEverywhere(deviceId) {
      disconnectDevice(deviceId);
      extension.pub.publish(revocationChannel, deviceId).catch((error: Error) => {
        log.error('revocation-not-shared', { deviceId, message: error.message });
      });
    },
    attach(hocuspocus) {
      let connectedBefore = false;
      extension.sub.on('ready', () => {
        if (connectedBefore) {
          log.info('redis-reconnected', { documents: hocuspocus.getDocumentsCount() });
          extension.resync(hocuspocus);
        }
        connectedBefore = true;
      });
    },
    async close() {
      revocations.disconnect();
      await extension.onDestroy();
    },
  };
}
