import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';

/**
 * axe's violations of the WCAG 2.0/2.1 A and AA rules and of its best practices (which
 * Lighthouse's accessibility score counts too, e.g. heading order): of the given impacts, or
 * of any impact.
 */
export async function axeViolations(page: Page, impacts?: readonly string[]): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((violation) => !impacts || impacts.includes(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

/** Waits until the page has its heading and nothing in main is loading any more. */
export async function settle(page: Page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(
    () => document.querySelector('main .loading, main [aria-busy="true"]') === null,
  );
}

/** True when the page scrolls sideways (content wider than the viewport). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

/**
 * Whether the focused element shows a focus indicator: an outline or a shadow on itself or,
 * for dkfds' checkboxes (the input is hidden, its label draws the box), on the label's box.
 */
export function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const styles = [getComputedStyle(element)];
    const label = (element as HTMLInputElement).labels?.[0];
    if (element.matches('input[type="checkbox"], input[type="radio"]') && label) {
      styles.push(getComputedStyle(label, '::before'));
    }
    return styles.some(
      (style) =>
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none',
    );
  });
}

/**
 * Presses Tab until `target` has focus, checking at every stop that focus is visible.
 * Fails when the target is not reached: it is not in the tab order, or too far down.
 * Resolves to the number of presses it took.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<number> {
  const element = await target.elementHandle();
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
    if (!(await focusIsVisible(page))) throw new Error(`focus not visible on ${where}`);
    if (await element!.evaluate((el) => el === document.activeElement)) return press + 1;
  }
  throw new Error(`Tab never reached ${target}`);
}
