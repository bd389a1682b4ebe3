import { vi } from 'vitest';

/** The message of every write failStorageWrites refuses. */
export const STORAGE_FAILURE = 'Simulated storage failure';

type WriteMethod = 'put' | 'add' | 'delete' | 'clear';
const WRITES: readonly WriteMethod[] = ['put', 'add', 'delete', 'clear'];

/**
 * Makes IndexedDB itself refuse writes, as a full or broken disk would: every put, add,
 * delete and clear on the given object stores (on all stores, when none are given) throws a
 * DOMException named `errorName`. The app meets the failure where it would meet a real one,
 * below Dexie. Undone after the test (the config restores mocks).
 */
export function failStorageWrites(
  options: { stores?: readonly string[]; errorName?: string } = {},
) {
  const { stores, errorName = 'UnknownError' } = options;
  for (const method of WRITES) {
    const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
      this: IDBObjectStore,
      ...args: unknown[]
    ) {
      if (!stores || stores.includes(this.name)) {
        throw new DOMException(STORAGE_FAILURE, errorName);
      }
      return original.apply(this, args);
    } as never);
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Holds an object store the way another tab's long write would: a second connection keeps a
 * readwrite transaction on it open, so this page's writes to the store wait until
 * `release()`. Meanwhile `read(key)` shows what the store really holds.
 */
export async function holdStore(databaseName: string, storeName: string) {
  const connection = await request(indexedDB.open(databaseName));
  const transaction = connection.transaction(storeName, 'readwrite');
  const store = transaction.objectStore(storeName);
  const finished = new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error);
  });
  let held = true;
  // A transaction commits as soon as it has no request left: keep one going while held.
  const keepOpen = () => {
    if (held) store.count().onsuccess = keepOpen;
  };
  keepOpen();
  return {
    read: (key: IDBValidKey) => request(store.get(key)),
    release: async () => {
      held = false;
      await finished;
      connection.close();
    },
  };
}

/**
 * Makes the browser refuse to open any IndexedDB database, as private browsing or blocked
 * storage does. Undone after the test (the config restores mocks).
 */
export function refuseStorage() {
  vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
    throw new DOMException('Storage is disabled', 'SecurityError');
  });
}
