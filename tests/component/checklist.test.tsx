import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { failStorageWrites } from '../support/storage';
import { hireFixture } from './fixtures';
import { renderApp } from './renderApp';

describe('checklists', () => {
  it('ticks an item, records when, and unticks it', async () => {
    const { hire } = await hireFixture();
    const { user } = await renderApp(`/hires/${hire.id}`);
    const box = await screen.findByRole('checkbox', { name: /sted at arbejde/ });
    await user.click(box);
    await waitFor(() => expect(box).toBeChecked());
    const stored = await db.items.where({ ownerId: hire.id, templateId: 'workspace' }).first();
    expect(stored?.done).toBe(true);
    expect(stored?.doneAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // The box shows the click at once; the progress follows when the tick is saved.
    expect(
      await screen.findByRole('progressbar', { name: /Onboarding: 1 af 4/ }),
    ).toBeInTheDocument();

    await user.click(box);
    await waitFor(() => expect(box).not.toBeChecked());
    expect((await db.items.get(stored!.id))?.doneAt).toBeNull();
  });

  it('saves a note when the field loses focus and says so', async () => {
    const { team } = await hireFixture();
    const { user } = await renderApp(`/teams/${team.id}`);
    const list = await screen.findByRole('list', { name: 'Forberedelse af teamet' });
    const firstItem = within(list).getAllByRole('listitem')[0]!;
    await user.click(within(firstItem).getByRole('button', { name: /Tilføj note/ }));
    const note = within(firstItem).getByRole('textbox');
    await user.type(note, 'Temadag 4. marts');
    await user.tab();
    expect(await within(firstItem).findByText('Gemt')).toBeInTheDocument();
    const stored = await db.items.where({ ownerId: team.id, templateId: 'team-day' }).first();
    expect(stored?.note).toBe('Temadag 4. marts');
  });

  it('adds an own item, refuses an empty one, and removes it with undo', async () => {
    const { hire } = await hireFixture();
    const { user } = await renderApp(`/hires/${hire.id}`);
    const field = await screen.findByLabelText('Eget punkt');
    await user.click(screen.getByRole('button', { name: 'Tilføj punkt' }));
    expect(field).toHaveAccessibleDescription(/Skal udfyldes/);
    expect(await db.items.where('ownerId').equals(hire.id).count()).toBe(4);

    await user.type(field, 'Nøgle og adgangskort');
    await user.click(screen.getByRole('button', { name: 'Tilføj punkt' }));
    const own = await screen.findByRole('checkbox', { name: 'Nøgle og adgangskort' });
    expect(own).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Fjern: Nøgle og adgangskort' }));
    await waitFor(() =>
      expect(screen.queryByRole('checkbox', { name: 'Nøgle og adgangskort' })).toBeNull(),
    );
    await user.click(screen.getByRole('button', { name: 'Fortryd' }));
    expect(
      await screen.findByRole('checkbox', { name: 'Nøgle og adgangskort' }),
    ).toBeInTheDocument();
  });

  it('adds an item once for a double submit, and the next item typed meanwhile too', async () => {
    const { hire } = await hireFixture();
    await renderApp(`/hires/${hire.id}`);
    const field = await screen.findByLabelText<HTMLInputElement>('Eget punkt');
    const form = field.closest('form')!;
    const submitAs = (title: string) => {
      fireEvent.input(field, { target: { value: title } });
      fireEvent.submit(form);
    };
    // All in one task, before the first write has finished.
    submitAs('Nøgle');
    submitAs('Nøgle');
    submitAs('Adgangskort');
    expect(await screen.findByRole('checkbox', { name: 'Adgangskort' })).toBeInTheDocument();
    await waitFor(async () => {
      const titles = (await db.items.where('ownerId').equals(hire.id).toArray())
        .map((item) => item.title)
        .filter(Boolean);
      expect(titles.sort()).toEqual(['Adgangskort', 'Nøgle']);
    });
    expect(screen.getAllByRole('checkbox', { name: 'Nøgle' })).toHaveLength(1);
  });

  it('hides a guide item instead of deleting it, and shows it again', async () => {
    const { hire } = await hireFixture();
    const { user } = await renderApp(`/hires/${hire.id}`);
    const list = await screen.findByRole('list', { name: 'Onboarding' });
    await user.click(within(list).getAllByRole('button', { name: /^Skjul/ })[0]!);
    await waitFor(() => expect(within(list).getAllByRole('checkbox')).toHaveLength(3));
    expect(screen.getByRole('progressbar', { name: /0 af 3/ })).toBeInTheDocument();
    await user.click(screen.getByText('1 skjult punkt'));
    await user.click(screen.getByRole('button', { name: /^Vis igen/ }));
    await waitFor(() => expect(within(list).getAllByRole('checkbox')).toHaveLength(4));
  });

  it('adds a suggested item from the guide', async () => {
    const { hire } = await hireFixture();
    const { user } = await renderApp(`/hires/${hire.id}`);
    const suggestions = await screen.findByRole('region', { name: 'Forslag fra guiden' });
    const addButtons = within(suggestions).getAllByRole('button', { name: /^Tilføj/ });
    expect(addButtons).toHaveLength(6);
    await user.click(addButtons[0]!);
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Onboarding' })).getAllByRole('checkbox'),
      ).toHaveLength(5),
    );
    expect(within(suggestions).getAllByRole('button', { name: /^Tilføj/ })).toHaveLength(5);
  });

  it('shows a failed write as an error and leaves the item unticked', async () => {
    const { hire } = await hireFixture();
    const { user } = await renderApp(`/hires/${hire.id}`);
    const box = await screen.findByRole('checkbox', { name: /sted at arbejde/ });
    failStorageWrites();
    await user.click(box);
    expect(await screen.findByRole('alert')).toHaveTextContent(/kunne ikke gemmes/i);
    // The box showed the click at once and goes back when the write fails.
    await waitFor(() => expect(box).not.toBeChecked());
    expect((await db.items.get({ ownerId: hire.id, templateId: 'workspace' }))?.done).toBe(false);
  });
});
