import type { Page } from 'playwright-core';

/** Every record one of the app's IndexedDB stores holds, read in the page. */
export function storedRecords(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('godt-begyndt');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const connection = open.result;
          const request = connection.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            connection.close();
            resolve(request.result as Record<string, unknown>[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}
