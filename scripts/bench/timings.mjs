import { armTick, checklistWorkload, watchReady } from './inPage.mjs';
import { withProfileCopy } from './browser.mjs';

/**
 * The overview shows all its data when a team card (or, with no data, the first-run message)
 * is painted and no card is still reading its progress (aria-busy).
 */
const OVERVIEW_READY = 'main .team-card, main .empty-state';

/** Navigation start → the frame that paints the overview with all teams. */
export function coldStart(profile, baseUrl) {
  return withProfileCopy(profile.dir, baseUrl, async (page) => {
    await page.addInitScript(watchReady, OVERVIEW_READY);
    await page.goto('/');
    await page.waitForFunction(() => window.__benchReadyAt !== undefined, null, {
      timeout: 30_000,
    });
    return page.evaluate(() => window.__benchReadyAt);
  });
}

async function openSampleHire(page, profile) {
  await page.goto(`/hires/${profile.result.sampleHireId}`);
  await page.locator('main input[type="checkbox"]').first().waitFor();
}

/** `count` clicks on the sample hire's checkboxes, round robin: times to shown and durable. */
export function ticks(profile, baseUrl, count) {
  return withProfileCopy(profile.dir, baseUrl, async (page) => {
    await openSampleHire(page, profile);
    const boxes = await page.locator('main input[type="checkbox"]').count();
    const results = [];
    for (let n = 0; n < count; n += 1) {
      const id = await page.evaluate(armTick, n % boxes);
      await page.locator(`label[for="${id}"]`).click();
      results.push(await page.evaluate(() => window.__benchTick));
    }
    return results;
  });
}

/**
 * The workload's storage alone, through the app's repositories on the bench page (no screen):
 * with each step's changes made at once, and one after another: what storing costs.
 */
export function storageWorkload(profile, baseUrl, count) {
  return withProfileCopy(profile.dir, baseUrl, async (page) => {
    // The app's service worker would answer for the bench page, which is not part of the app.
    await page.goto('/');
    await page.evaluate(async () => {
      const workers = await navigator.serviceWorker.getRegistrations();
      await Promise.all(workers.map((worker) => worker.unregister()));
    });
    await page.goto('/__bench/bench.html');
    await page.waitForFunction(() => window.godtBegyndtBench !== undefined);
    const run = (together) =>
      page.evaluate(
        ([id, n, both]) => window.godtBegyndtBench.storageWorkload(id, n, both),
        [profile.result.sampleHireId, count, together],
      );
    return { together: await run(true), oneByOne: await run(false) };
  });
}

/** The TodoMVC-like workload on the sample hire's onboarding list; checks it was durable. */
export function workload(profile, baseUrl, count) {
  return withProfileCopy(profile.dir, baseUrl, async (page) => {
    await openSampleHire(page, profile);
    const rowsBefore = await page.locator('main .checklist > li').count();
    const result = await page.evaluate(checklistWorkload, count);
    // The workload waited for the last change's commit; what reloads is what IndexedDB holds.
    await page.reload();
    await page.locator('main input[type="checkbox"]').first().waitFor();
    const rowsAfter = await page.locator('main .checklist > li').count();
    if (rowsAfter !== rowsBefore) {
      throw new Error(`workload: ${rowsAfter} rows after reload, ${rowsBefore} before`);
    }
    return result;
  });
}
