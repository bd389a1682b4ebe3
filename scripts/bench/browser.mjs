import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import chromiumConfig from '../chromium.json' with { type: 'json' };
import { installRenderedClock, recordCommits } from './inPage.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? chromiumConfig.path;
export const CHROMIUM_ARGS = chromiumConfig.args;

/** A phone-free desktop window; Lighthouse covers the mobile view. */
const VIEWPORT = { width: 1280, height: 800 };

function launch(profileDir, baseUrl) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    baseURL: baseUrl,
    locale: 'da-DK',
    viewport: VIEWPORT,
  });
}

export async function tempDir(prefix) {
  return mkdtemp(join(tmpdir(), `godt-begyndt-${prefix}-`));
}

/**
 * A returning user's browser profile: its IndexedDB holds the seeded data, filled through the
 * app's own repositories on the bench page, and it has visited the app, whose service worker
 * has downloaded it for offline use. (On a first visit that download runs alongside the page
 * and slowed the first measurements.) Each measurement starts a fresh browser on a copy of it.
 */
export async function seedProfile(baseUrl, plan) {
  const dir = await tempDir('seed');
  const context = await launch(dir, baseUrl);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/__bench/bench.html');
    await page.waitForFunction(() => window.godtBegyndtBench !== undefined);
    const result =
      plan.hires === 0
        ? { teams: 0, hires: 0, items: 0, sampleHireId: null, teamNames: [] }
        : await page.evaluate((p) => window.godtBegyndtBench.seed(p), plan);
    await page.goto('/');
    const ready = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), 60_000)),
      ]),
    );
    if (!ready) throw new Error('The service worker never became ready');
    return { dir, result };
  } finally {
    await context.close();
  }
}

/**
 * Runs `measure(page)` in a new browser process on a copy of the profile: a returning user's
 * cold start, with the data and what the browser kept of the last visit on disk. Readwrite
 * transactions' commits are recorded in the page (see recordCommits), and it can wait for a
 * frame to be rendered (installRenderedClock).
 */
export async function withProfileCopy(profileDir, baseUrl, measure) {
  const dir = await tempDir('run');
  await cp(profileDir, dir, { recursive: true });
  const context = await launch(dir, baseUrl);
  try {
    await context.addInitScript(recordCommits);
    await context.addInitScript(installRenderedClock);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => {
      throw error;
    });
    return await measure(page, context);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function removeProfile(profile) {
  await rm(profile.dir, { recursive: true, force: true });
}
