import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/app/i18n';
import { AutosaveTextarea } from '../../src/ui/AutosaveTextarea';

const i18n = initI18n();

/**
 * A note whose stored text the test controls: `storeElsewhere` is another tab's save, seen
 * as the database's new value. Saves from this field are recorded and stored too.
 */
async function renderNote(stored: string) {
  await i18n.changeLanguage('da');
  await i18n.loadNamespaces('common');
  const saves: string[] = [];
  const onSave = vi.fn(async (text: string) => {
    saves.push(text);
    view.rerender(field(text));
    return true;
  });
  const field = (value: string) => (
    <AutosaveTextarea label="Note" value={value} onSave={onSave} delayMs={60_000} />
  );
  const view = render(field(stored));
  const user = userEvent.setup();
  const storeElsewhere = (text: string) => act(() => view.rerender(field(text)));
  return { user, saves, storeElsewhere, textbox: screen.getByRole('textbox', { name: 'Note' }) };
}

const conflict = () => screen.getByRole('alert');

describe('a note edited in two tabs', () => {
  it('takes another tab’s text at once while nothing is typed here', async () => {
    const { storeElsewhere, textbox } = await renderNote('Første udgave');
    storeElsewhere('Fra den anden fane');
    expect(textbox).toHaveValue('Fra den anden fane');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the other text while typing here, saves nothing, and keeps mine when chosen', async () => {
    const { user, saves, storeElsewhere, textbox } = await renderNote('Første udgave');
    await user.clear(textbox);
    await user.type(textbox, 'Min tekst');
    storeElsewhere('Fra den anden fane');
    expect(within(conflict()).getByText('Fra den anden fane')).toBeInTheDocument();
    expect(textbox).toHaveValue('Min tekst');
    // Leaving the field does not overwrite the other tab's text while the choice is open.
    await user.tab();
    expect(saves).toEqual([]);

    await user.click(within(conflict()).getByRole('button', { name: 'Behold min tekst' }));
    expect(saves).toEqual(['Min tekst']);
    expect(await screen.findByText('Gemt')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('takes the other tab’s text when chosen, and saves nothing of mine', async () => {
    const { user, saves, storeElsewhere, textbox } = await renderNote('Første udgave');
    await user.type(textbox, ' med tilføjelse');
    storeElsewhere('Fra den anden fane');
    await user.click(within(conflict()).getByRole('button', { name: 'Brug den anden tekst' }));
    expect(textbox).toHaveValue('Fra den anden fane');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.tab();
    expect(saves).toEqual([]);
  });
});
