import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hireFixture } from './fixtures';
import { renderApp } from './renderApp';

describe('a hire’s details, read-only', () => {
  it('names the facts plainly: "optional" belongs to the form, not to what was filled in', async () => {
    const { hire } = await hireFixture({ jobTitle: 'Peer-medarbejder', weeklyHours: 25 });
    await renderApp(`/hires/${hire.id}`);
    await screen.findByRole('heading', { level: 1, name: hire.name });
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    expect(terms).toContain('Stillingsbetegnelse');
    expect(terms).toContain('Timer om ugen');
    expect(terms.filter((term) => term?.includes('valgfri'))).toEqual([]);
  });
});
