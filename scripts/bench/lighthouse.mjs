import { execFile, spawn } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH, tempDir } from './browser.mjs';

const run = promisify(execFile);
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/**
 * Lighthouse simulates a first load over a slow network: its copy of the profile keeps the
 * data but no service worker and no caches, or the app would come from them with nothing for
 * the simulation to slow down.
 */
const EARLIER_VISITS = ['Service Worker', 'Cache', 'Code Cache'];

/** Starts Chromium on a copy of the profile with a DevTools port Lighthouse can use. */
async function startChromium(profileDir) {
  const dir = await tempDir('lighthouse');
  await cp(profileDir, dir, { recursive: true });
  for (const kept of EARLIER_VISITS) {
    await rm(join(dir, 'Default', kept), { recursive: true, force: true });
  }
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${dir}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise((resolve, reject) => {
    let output = '';
    child.stderr.on('data', (data) => {
      output += data;
      const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (found) resolve(Number(found[1]));
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${output}`)));
  });
  return {
    port,
    stop: async () => {
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Lighthouse 12 on the overview (the seeded data kept: --disable-storage-reset), in its
 * mobile (default) or desktop preset. Resolves to the category scores and key metrics.
 */
export async function lighthouse(profile, url, formFactor) {
  const chromium = await startChromium(profile.dir);
  try {
    const args = [
      url,
      `--port=${chromium.port}`,
      '--disable-storage-reset',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
    ];
    const { stdout } = await run('node_modules/.bin/lighthouse', args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      maxBuffer: 64 * 1024 * 1024,
    });
    const report = JSON.parse(stdout);
    const score = (id) => report.categories[id].score;
    const metric = (id) => report.audits[id].numericValue;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      // Lighthouse's own measure of this machine's CPU: its mobile preset assumes a fast
      // desktop host (an index of about 1,000 or more) that it slows down 4×.
      benchmarkIndex: report.environment.benchmarkIndex,
      failing: Object.values(report.audits)
        .filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 0.9 &&
            audit.scoreDisplayMode !== 'informative' &&
            audit.scoreDisplayMode !== 'notApplicable',
        )
        .map((audit) => audit.id),
    };
  } finally {
    await chromium.stop();
  }
}
