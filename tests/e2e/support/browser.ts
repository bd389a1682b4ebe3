import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import chromiumConfig from '../../../scripts/chromium.json';
import { afterAll, beforeAll, beforeEach, afterEach, expect, inject } from 'vitest';

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
  beforeEach(async () => {
    fixture.context = await fixture.browser.newContext({
      baseURL: fixture.baseUrl,
      locale: 'da-DK',
    });
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

/** Fails on any axe violation of the given impacts (WCAG 2.0/2.1 A and AA rules). */
export async function expectNoAxeViolations(
  page: Page,
  impacts: string[] = ['serious', 'critical'],
) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = results.violations
    .filter((violation) => impacts.includes(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(found).toEqual([]);
}
