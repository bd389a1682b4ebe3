import { createServer } from 'node:net';
import { removeProfile, seedProfile, withProfileCopy } from './browser.mjs';
import { percentile } from './stats.mjs';
import { buildSite, serveSite } from './site.mjs';

/** The list of the team page's preparation checklist (Danish, the bench's language). */
const PREPARATION = 'Forberedelse af teamet';

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The manager's device: opens the seeded team, shares it and makes a staff invitation. */
async function shareAndInvite(page, team, server) {
  await page.goto('/');
  await page.getByRole('link', { name: team, exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: team }).waitFor();
  await page.getByLabel('Serverens adresse').fill(server);
  await page.getByLabel('Navn på denne enhed').fill('Lederens computer');
  await page.getByRole('button', { name: 'Del teamet' }).click();
  await page.getByText(/^Teamet er delt via/).waitFor({ timeout: 120_000 });
  await page.getByRole('status').filter({ hasText: 'Synkroniseret' }).waitFor({ timeout: 120_000 });
  await page.getByRole('radio', { name: 'Medarbejder' }).check();
  await page.getByRole('button', { name: 'Lav invitation' }).click();
  const field = page.getByLabel(/^Invitationslink/);
  await field.waitFor();
  return field.inputValue();
}

/**
 * In the page: waits until the app's database holds `hires` hires, looking every 20 ms beside
 * the app (read-only, and only once the app has made the database: opening one that does not
 * exist would create it). Resolves to the time it saw them (epoch ms, this machine's clock).
 */
async function whenHiresStored(hires) {
  const count = () =>
    new Promise((resolve) => {
      const opening = indexedDB.open('godt-begyndt');
      opening.onerror = () => resolve(0);
      opening.onsuccess = () => {
        const database = opening.result;
        if (!database.objectStoreNames.contains('hires')) {
          database.close();
          resolve(0);
          return;
        }
        const counting = database.transaction('hires').objectStore('hires').count();
        counting.onsuccess = () => {
          database.close();
          resolve(counting.result);
        };
      };
    });
  const exists = async () =>
    (await indexedDB.databases()).some((database) => database.name === 'godt-begyndt');
  while (!((await exists()) && (await count()) >= hires)) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.timeOrigin + performance.now();
}

/**
 * The team lead's device joins by the link. Measured from the click on "Hent teamet" until
 * every hire is stored in B's IndexedDB, and until the team's page is shown (which the app
 * does once every record is stored); then the overview must count every hire.
 */
async function join(page, invitation, team, hires) {
  await page.goto(invitation);
  await page.getByLabel('Navn på denne enhed').fill('Teamlederens computer');
  const started = await page.evaluate(() => performance.timeOrigin + performance.now());
  const stored = page.evaluate(whenHiresStored, hires);
  await page.getByRole('button', { name: 'Hent teamet' }).click();
  await page.getByRole('heading', { level: 1, name: team }).waitFor({ timeout: 120_000 });
  const shownAt = await page.evaluate(() => performance.timeOrigin + performance.now());
  const storedMs = (await stored) - started;
  const ms = shownAt - started;
  const teamUrl = page.url();
  await page.goto('/');
  // i18next writes the count without a thousands separator.
  const counted = new RegExp(`\\b${hires} peer-medarbejder`);
  await page.getByText(counted).first().waitFor({ timeout: 60_000 });
  await page.goto(teamUrl);
  await page.getByRole('list', { name: PREPARATION }).waitFor();
  return { storedMs, shownMs: ms };
}

/** In the page: the time (epoch ms, this machine's clock) each checkbox last changed on screen. */
function watchBoxes(list) {
  const boxes = () => [
    ...document.querySelectorAll(`ul[aria-label="${list}"] input[type=checkbox]`),
  ];
  const seen = boxes().map((box) => box.checked);
  window.benchBoxChanged = seen.map(() => 0);
  const look = () => {
    boxes().forEach((box, index) => {
      if (box.checked !== seen[index]) {
        seen[index] = box.checked;
        window.benchBoxChanged[index] = performance.timeOrigin + performance.now();
      }
    });
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/**
 * A tick on device A until it is shown on device B, `count` times (items in turn, each
 * ticked and unticked): from A's click (epoch ms in A) to B's first frame showing it.
 */
async function propagation(a, b, count) {
  const list = a.getByRole('list', { name: PREPARATION });
  const items = await list.getByRole('checkbox').count();
  await b.evaluate(watchBoxes, PREPARATION);
  const times = [];
  for (let n = 0; n < count; n += 1) {
    const item = n % items;
    const clickedAt = await a.evaluate(() => performance.timeOrigin + performance.now());
    await list.getByRole('checkbox').nth(item).click();
    const shownAt = await b
      .waitForFunction(
        ([index, after]) => window.benchBoxChanged[index] > after && window.benchBoxChanged[index],
        [item, clickedAt],
        { timeout: 30_000, polling: 'raf' },
      )
      .then((handle) => handle.jsonValue());
    times.push(shownAt - clickedAt);
  }
  return times;
}

/** One run: a seeded team of `hires` on A, shared; B joins; `ticks` ticks from A to B. */
async function measureRun(site, server, hires, ticks, log) {
  const profiles = [];
  try {
    log(`seeding one team of ${hires} hires`);
    const seeded = await seedProfile(site.baseUrl, {
      hires,
      hiresPerTeam: hires,
      ownItemsPerHire: 5,
    });
    profiles.push(seeded);
    const fresh = await seedProfile(site.baseUrl, {
      hires: 0,
      hiresPerTeam: 1,
      ownItemsPerHire: 0,
    });
    profiles.push(fresh);
    const [team] = seeded.result.teamNames;
    return await withProfileCopy(seeded.dir, site.baseUrl, async (a) => {
      log('device A shares the team');
      const invitation = await shareAndInvite(a, team, `http://127.0.0.1:${server.port}`);
      return withProfileCopy(fresh.dir, site.baseUrl, async (b) => {
        log('device B joins');
        const { storedMs, shownMs } = await join(b, invitation, team, hires);
        log(`${ticks} ticks from A to B`);
        const times = await propagation(a, b, ticks);
        return {
          hires,
          storedMs,
          joinMs: shownMs,
          ticks: times.length,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
        };
      });
    });
  } finally {
    for (const profile of profiles) await removeProfile(profile);
  }
}

/**
 * Sync in the app itself: two Chromium devices on the built app and one sync server. For each
 * count, device A holds one team of that many hires (seeded through the app's repositories),
 * shares it and invites B. Measures B's join until the team is stored and shown, and `ticks`
 * ticks from A's click to B's screen. `startServer(env)` starts a server instance with `env`.
 */
export async function measureSyncInApp({ hireCounts, ticks, startServer, log }) {
  log('building the app and the seeding page');
  await buildSite();
  const site = await serveSite(await freePort());
  const server = await startServer({ ALLOWED_ORIGINS: site.baseUrl });
  try {
    const runs = [];
    for (const hires of hireCounts) runs.push(await measureRun(site, server, hires, ticks, log));
    return runs;
  } finally {
    server.child.kill();
    await server.exited;
    await site.close();
  }
}
