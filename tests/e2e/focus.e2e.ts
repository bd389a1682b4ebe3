import { describe, expect, it } from 'vitest';
import { appPages, TALKS } from './pages';
import { tabTo } from './support/a11y';
import { useBrowser } from './support/browser';
import { addHire, createTeam } from './support/journeys';

const TEAM_DAY = /^Teamet har haft en teamdag/;
const USER_COUNCIL = /^Brugerråd, dialogforum/;

/** A keyboard user never lands on the page itself after an action: focus goes on nearby. */
describe('focus after an action, in a real browser', () => {
  const fixture = useBrowser();

  it('goes to the next item after hiding one, and the note field opens focused', async () => {
    const { page } = fixture;
    await createTeam(page, 'Bostøtten Nord');
    const { shell, team } = appPages(page);

    await team.preparation.hide(TEAM_DAY);
    await team.preparation.box(TEAM_DAY).waitFor({ state: 'detached' });
    expect(await shell.hasFocus(team.preparation.box(USER_COUNCIL))).toBe(true);

    const note = await team.preparation.openNote('Brugerråd');
    expect(await shell.hasFocus(note)).toBe(true);
  });

  it('puts focus on an empty team name, and on an empty own item', async () => {
    const { page } = fixture;
    await page.goto('/');
    const { shell, overview, team } = appPages(page);
    await overview.submitNewTeam();
    await expect.poll(() => shell.hasFocus(overview.teamName)).toBe(true);

    await overview.createTeam('Bostøtten Nord');
    await team.preparation.submitOwnItem();
    await expect.poll(() => shell.hasFocus(team.preparation.ownItemField())).toBe(true);
  });

  it('goes on to the next suggestion after adding one from the guide', async () => {
    const { page } = fixture;
    await createTeam(page, 'Bostøtten Nord');
    await addHire(page, { name: 'MK', startDate: '2027-03-15' });
    const { shell, hire } = appPages(page);

    await hire.suggestionButton('Den nye kollega').click();
    await hire.onboarding.box(/^Den nye kollega/).waitFor();
    expect(await shell.hasFocus(hire.suggestionButton('Peer-medarbejderen er synlig'))).toBe(true);
  });

  it('stays in the talk after going back to the computed date; its notes open focused', async () => {
    const { page } = fixture;
    await createTeam(page, 'Bostøtten Nord');
    await addHire(page, { name: 'MK', startDate: '2027-03-15' });
    const { shell, hire, plan } = appPages(page);
    await hire.openPlan('MK');
    const talk = plan.talk(TALKS.after14Days);
    await talk.startMove('2027-03-31');
    await talk.save();

    await talk.resetButton().click();
    await talk.resetButton().waitFor({ state: 'detached' });
    expect(await shell.focusIsIn(talk.item)).toBe(true);

    const notes = await talk.openNotes();
    expect(await shell.hasFocus(notes)).toBe(true);
  });

  it('reaches "Tilføj peer-medarbejder" in fewer tabs than before', async () => {
    const { page } = fixture;
    await createTeam(page, 'Bostøtten Nord');
    await page.reload();
    const { team } = appPages(page);
    await team.preparation.box(TEAM_DAY).waitFor();
    // From the top of the page: the header 9, the team's actions 3, the 9 rows, the own-item
    // form 2, the referral 1. Each row took 4 stops (box, "why and how", note, hide): 53 in all;
    // now 2 (box, "more"), plus the worksheet link: 35.
    expect(await tabTo(page, team.addHireLink)).toBeLessThanOrEqual(40);
  });
});
