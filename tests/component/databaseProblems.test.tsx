import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startDatabase } from '../../src/app/startDatabase';
import { GodtBegyndtDb } from '../../src/db/db';
import { useUiStore } from '../../src/store/ui';
import { refuseStorage } from '../support/storage';
import { renderApp } from './renderApp';

let counter = 0;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function freshDb() {
  const database = new GodtBegyndtDb(`godt-begyndt-problems-${++counter}`);
  cleanups.push(async () => {
    database.close();
    await database.delete();
  });
  return database;
}

function openRaw(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => {
      cleanups.push(() => request.result.close());
      resolve(request.result);
    };
    request.onerror = () => reject(request.error);
  });
}

const problem = () => useUiStore.getState().dbProblem;

describe('the database shared with other tabs', () => {
  it('asks this tab to reload when a newer version opens the database elsewhere', async () => {
    const database = freshDb();
    await startDatabase(database);
    expect(problem()).toBeNull();

    // Another tab with a newer app version upgrades the database.
    await openRaw(database.name, 1000);
    await vi.waitFor(() => expect(problem()).toBe('outdated'));
    expect(database.isOpen()).toBe(false);
  });

  it('asks the user to close an older tab that blocks the upgrade, then carries on', async () => {
    const database = freshDb();
    // An older tab holds the database open at version 1 and ignores upgrade requests.
    const older = await openRaw(database.name, 10);

    const started = startDatabase(database);
    await vi.waitFor(() => expect(problem()).toBe('blocked'));

    older.close();
    await started;
    expect(problem()).toBeNull();
    expect(database.verno).toBe(4);
  });

  it('says so when the browser lets the app open no database at all', async () => {
    const database = freshDb();
    refuseStorage();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await startDatabase(database);
    expect(problem()).toBe('unavailable');
    await renderApp('/about');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Browseren lader ikke Godt begyndt gemme data/,
    );
  });

  it('shows each problem with what to do', async () => {
    useUiStore.setState({ dbProblem: 'blocked' });
    await renderApp('/about');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Luk de andre faner/);
    useUiStore.setState({ dbProblem: 'outdated' });
    expect(await screen.findByRole('button', { name: 'Genindlæs' })).toBeInTheDocument();
  });
});
