import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { checklistWriter, listItems, setItemDone, useChecklist } from '../../src/db/checklist';
import { db } from '../../src/db/db';
import { holdStore } from '../support/storage';
import { hireFixture } from './fixtures';

async function renderChecklist() {
  const { hire } = await hireFixture();
  const view = renderHook(() => useChecklist(hire.id));
  await waitFor(() => expect(view.result.current).toHaveLength(4));
  return { hire, view, items: () => view.result.current! };
}

describe('useChecklist', () => {
  it('shows a tick at once, before it is stored, and keeps showing it once stored', async () => {
    const { hire, items } = await renderChecklist();
    const first = items()[0]!;
    // Another tab's write holds the items back until the test has looked at the screen.
    const otherTab = await holdStore(db.name, 'items');
    let stored!: Promise<void>;
    // The screen shows the change in the next frame, while its write still waits.
    await act(async () => {
      stored = setItemDone(first, true);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    expect(items()[0]!.done).toBe(true);
    expect(((await otherTab.read(first.id)) as typeof first).done).toBe(false);
    await otherTab.release();
    await act(() => stored);
    expect(items()[0]!.done).toBe(true);
    await waitFor(() => expect(checklistWriter.pending.snapshot()).toEqual([]));
    expect(items()[0]!.done).toBe(true);
    expect((await listItems(hire.id))[0]!.done).toBe(true);
  });

  it('shows a change made elsewhere (another tab) once it is stored', async () => {
    const { items } = await renderChecklist();
    const first = items()[0]!;
    await act(() => db.items.update(first.id, { note: 'Fra den anden fane' }));
    await waitFor(() => expect(items()[0]!.note).toBe('Fra den anden fane'));
  });
});

describe('closing the page while a change is being stored', () => {
  it('asks first, and no longer once the change is stored', async () => {
    const { hire } = await hireFixture();
    const [first] = await listItems(hire.id);
    const closing = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(closing()).toBe(false);
    const stored = setItemDone(first!, true);
    expect(closing()).toBe(true);
    await stored;
    expect(closing()).toBe(false);
  });
});
