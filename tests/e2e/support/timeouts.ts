/**
 * How long the browser tests wait, in one place. They run on a small machine shared with
 * other work (2 cores, load average above 10 at times), where a first load can take tens of
 * seconds, so each wait allows far more than a quiet machine needs. Every wait waits for a
 * state (a heading, a checked box, a download), never for a fixed time, so a generous limit
 * only costs time when something is really wrong.
 */

/** One wait: a navigation, a locator, a `waitForFunction`, an `expect.poll`. */
export const WAIT_TIMEOUT = 75_000;

/** One test, or one hook: several waits in a row, each within WAIT_TIMEOUT. */
export const TEST_TIMEOUT = 180_000;

/** A test that walks every screen, or fills a team with 30 hires through the forms. */
export const LONG_TEST_TIMEOUT = 600_000;
