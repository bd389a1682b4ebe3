import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import chromiumConfig from '../../../scripts/chromium.json';
import { afterAll, beforeAll, beforeEach, afterEach, expect, inject } from 'vitest';
import { axeViolations } from './a11y';
import { WAIT_TIMEOUT } from './timeouts';

// One source for the browser and its flags, shared with the bench (scripts/bench.mjs).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? chromiumConfig.path;
export const CHROMIUM_ARGS = chromiumConfig.args;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface BrowserFixture {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /**
   * A further context (another device: empty storage) on the app, in Danish, with the same
   * waits as the test's own; `options` may change e.g. the viewport. The caller closes it.
   */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  /** Opens a path of the app and waits for its first heading. */
  open: (path: string, page?: Page) => Promise<void>;
}

/** One browser per test file, a fresh context (empty IndexedDB) per test. */
export function useBrowser(): BrowserFixture {
  const fixture = { baseUrl: inject('baseUrl') } as BrowserFixture;
  beforeAll(async () => {
    fixture.browser = await launchChromium();
  });
  afterAll(async () => {
    await fixture.browser?.close();
  });
  fixture.newContext = async (options) => {
    const context = await fixture.browser.newContext({
      baseURL: fixture.baseUrl,
      locale: 'da-DK',
      ...options,
    });
    // Every wait and navigation of every page in it; see timeouts.ts.
    context.setDefaultTimeout(WAIT_TIMEOUT);
    context.setDefaultNavigationTimeout(WAIT_TIMEOUT);
    return context;
  };
  beforeEach(async () => {
    fixture.context = await fixture.newContext();
    fixture.page = await fixture.context.newPage();
    fixture.page.on('pageerror', (error) => {
      throw error;
    });
  });
  afterEach(async () => {
    await fixture.context?.close();
  });
  fixture.open = async (path, page = fixture.page) => {
    await page.goto(path);
    await page.locator('h1').first().waitFor();
  };
  return fixture;
}

/** Fails on any axe violation of the given impacts (see axeViolations). */
export async function expectNoAxeViolations(
  page: Page,
  impacts: string[] = ['serious', 'critical'],
) {
  expect(await axeViolations(page, impacts)).toEqual([]);
}
