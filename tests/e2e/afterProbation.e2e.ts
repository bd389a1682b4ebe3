import { describe, expect, it } from 'vitest';
import { addMonthsClamped, localIsoDate } from '../../src/domain/dates';
import { axeViolations, scrollsSideways, settle } from './support/a11y';
import { useBrowser } from './support/browser';
import { addHire, createTeam } from './support/journeys';

describe('after probation', () => {
  const browser = useBrowser();

  it('offers to delete or anonymise a hire long past probation, accessibly, and anonymises', async () => {
    const { page } = browser;
    await createTeam(page, 'Bostøtten Nord');
    // A start a year ago: 3 months' probation plus 6 months have passed.
    const startDate = addMonthsClamped(localIsoDate(new Date()), -12);
    await addHire(page, { name: 'Maria Kristensen', startDate });
    const notice = page.getByRole('region', { name: 'Tid til at rydde op' });
    await notice.waitFor();
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });

    await notice.getByRole('button', { name: 'Anonymisér' }).click();
    const dialog = page.getByRole('dialog', { name: 'Anonymisér »Maria Kristensen«?' });
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Anonymisér peer-medarbejderen' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Peer-medarbejder (anonymiseret)' })
      .waitFor();
    expect(await notice.count()).toBe(0);
  });
});
