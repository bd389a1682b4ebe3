import { db, type GodtBegyndtDb } from './db';

export async function getSetting<T>(
  key: string,
  fallback: T,
  database: GodtBegyndtDb = db,
): Promise<T> {
  const row = await database.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function putSetting(key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
