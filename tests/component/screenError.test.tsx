import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';

// A screen whose code cannot be loaded, as when its chunk fails to download.
vi.mock('../../src/features/about/AboutPage', () => {
  throw new Error('chunk failed to load');
});

describe('a screen that fails to load', () => {
  it('says so inside the frame, and the other screens still work', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = await renderApp('/about');
    expect(await screen.findByRole('heading', { level: 1, name: 'Noget gik galt' })).toBeVisible();
    expect(screen.getByText(/Dine data er ikke berørt/)).toBeVisible();

    const menu = screen.getByRole('navigation', { name: 'Hovedmenu' });
    await user.click(within(menu).getByRole('link', { name: 'Overblik' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Overblik' })).toBeVisible();
    expect(screen.queryByText('Noget gik galt')).not.toBeInTheDocument();
  });
});
