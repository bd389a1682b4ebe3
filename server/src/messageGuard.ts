import * as decoding from 'lib0/decoding';
import { decodeUpdate } from 'yjs';

// The Hocuspocus message layout: document name, message type, then (for sync messages) the
// y-protocols sync step and, for step 2 and updates, the Yjs update itself.
const syncMessageTypes = new Set([0, 4]); // Sync, SyncReply
const updateSteps = new Set([1, 2]); // SyncStep2, Update

export type MessageProblem = 'malformed-message' | 'malformed-update';

/**
 * Why an incoming message must be refused before Hocuspocus applies it, if it must.
 * Yjs can half-apply a broken update before it throws, so every update is decoded in full
 * first; a message that does not decode at all is refused too.
 */
export function messageProblem(data: Uint8Array): MessageProblem | undefined {
  let update: Uint8Array;
  try {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder);
    if (!syncMessageTypes.has(decoding.readVarUint(decoder))) return undefined;
    if (!updateSteps.has(decoding.readVarUint(decoder))) return undefined;
    update = decoding.readVarUint8Array(decoder);
  } catch {
    return 'malformed-message';
  }
  try {
    decodeUpdate(update);
    return undefined;
  } catch {
    return 'malformed-update';
  }
}
