import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addItem } from '../../src/db/checklist';
import { hireFixture } from './fixtures';
import { renderApp } from './renderApp';

describe('removing several own items', () => {
  it('leaves one undo message, for the latest removal, and undo brings that item back', async () => {
    const { hire } = await hireFixture();
    for (const title of ['Nøgle', 'Adgangskort', 'Telefon']) {
      await addItem(hire.id, 'onboarding', { title });
    }
    const { user } = await renderApp(`/hires/${hire.id}`);
    const list = await screen.findByRole('list', { name: 'Onboarding' });
    for (const title of ['Nøgle', 'Adgangskort', 'Telefon']) {
      await user.click(within(list).getByRole('button', { name: `Fjern: ${title}` }));
    }
    await waitFor(() => expect(within(list).getAllByRole('checkbox')).toHaveLength(4));
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Fortryd' })).toHaveLength(1));
    expect(screen.getByText('Punktet »Telefon« er fjernet.')).toBeInTheDocument();
    expect(screen.queryByText(/Punktet »(Nøgle|Adgangskort)« er fjernet/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Fortryd' }));
    expect(await within(list).findByRole('checkbox', { name: 'Telefon' })).toBeInTheDocument();
    expect(within(list).getAllByRole('checkbox')).toHaveLength(5);
  });
});
