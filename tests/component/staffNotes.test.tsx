import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { LINK_PREFIX } from '../../src/db/syncLink';
import { hireFixture } from './fixtures';
import { renderApp } from './renderApp';

const KEPT_ELSEWHERE = 'Noten til dette punkt gemmes kun på lederens enheder.';

it('offers a staff device no note on the accommodations item, and says where it is kept', async () => {
  const { team, hire } = await hireFixture();
  const link = { teamId: team.id, deviceId: 'd', token: 't', role: 'staff', server: 'x' };
  await db.device.put({ key: LINK_PREFIX + team.id, value: link });
  await renderApp(`/hires/${hire.id}`);
  const row = (await screen.findByText(KEPT_ELSEWHERE)).closest('li')!;
  expect(row).toHaveTextContent('Eventuelle behov for særlige hensyn er drøftet');
  expect(within(row).queryByRole('button', { name: /Tilføj note/ })).toBeNull();
  // The other items keep their note field.
  expect(screen.getAllByRole('button', { name: /Tilføj note/ }).length).toBeGreaterThan(0);
});
