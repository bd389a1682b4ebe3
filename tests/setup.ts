import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

// jsdom has no <dialog> behaviour; give it the little the app uses.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}

// The machine is small and test files run side by side: allow slow first renders.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});

beforeEach(async () => {
  if (typeof window === 'undefined') return;
  // Each test starts with an empty database and the default language.
  const { db } = await import('../src/db/db');
  db.close();
  await db.delete();
  await db.open();
  localStorage.clear();
  const { useUiStore } = await import('../src/store/ui');
  useUiStore.setState({ language: 'da', toasts: [], dbProblem: null });
});
