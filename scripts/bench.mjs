#!/usr/bin/env node
/**
 * npm run bench [-- --quick]: builds the app, serves it, drives Debian's Chromium and prints
 * the figures of README.md's budgets; writes them to bench-results/latest.json.
 * --quick (or BENCH_QUICK=1): one run of each, no Lighthouse; for `npm test`, where it
 * checks that the bench still works and fails when a byte budget is exceeded.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { removeProfile, seedProfile } from './bench/browser.mjs';
import { bytesOverBudget } from './bench/budgets.mjs';
import { measureBytes } from './bench/bytes.mjs';
import { lighthouse } from './bench/lighthouse.mjs';
import { table } from './bench/report.mjs';
import { buildSite, serveSite } from './bench/site.mjs';
import { percentile, summary } from './bench/stats.mjs';
import { coldStart, storageWorkload, ticks, workload } from './bench/timings.mjs';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const port = Number(process.env.BENCH_PORT ?? 4185);
/** Quick: one run of each on 0 and 100 hires (seeding 1,000 takes minutes), no Lighthouse. */
const plan = quick
  ? { runs: 1, hireCounts: [0, 100], ticks: 20, workloadItems: 100, lighthouseRuns: 0 }
  : { runs: 5, hireCounts: [0, 100, 1000], ticks: 200, workloadItems: 100, lighthouseRuns: 3 };
/** About 15 checklist items per hire: 4 default, 6 suggested, 5 own. */
const SEED = { hiresPerTeam: 25, ownItemsPerHire: 5 };

const log = (message) => console.error(`bench: ${message}`);

async function repeat(times, measure) {
  const values = [];
  for (let n = 0; n < times; n += 1) values.push(await measure());
  return values;
}

async function measureTicks(profile, baseUrl) {
  const runs = await repeat(Math.min(plan.runs, 3), () => ticks(profile, baseUrl, plan.ticks));
  const of = (key, p) =>
    summary(
      runs.map((run) =>
        percentile(
          run.map((t) => t[key]),
          p,
        ),
      ),
    );
  return {
    ticksPerRun: plan.ticks,
    shown: { p50: of('shown', 50), p95: of('shown', 95) },
    durable: { p50: of('durable', 50), p95: of('durable', 95) },
  };
}

async function measureLighthouse(profile, baseUrl) {
  const result = {};
  for (const formFactor of ['mobile', 'desktop']) {
    log(`Lighthouse ${formFactor} × ${plan.lighthouseRuns}`);
    const runs = await repeat(plan.lighthouseRuns, () =>
      lighthouse(profile, `${baseUrl}/`, formFactor),
    );
    result[formFactor] = Object.fromEntries(
      Object.keys(runs[0])
        .filter((key) => key !== 'failing')
        .map((key) => [key, summary(runs.map((run) => run[key]))]),
    );
    result[formFactor].failingAudits = [...new Set(runs.flatMap((run) => run.failing))];
  }
  return result;
}

async function main() {
  log(`${quick ? 'quick' : 'full'} run: ${JSON.stringify(plan)}`);
  log('building');
  const chunkModules = await buildSite();
  const server = await serveSite(port);
  const results = {
    quick,
    plan,
    seed: SEED,
    date: new Date().toISOString(),
    // Times depend on the machine and on what else runs on it.
    machine: { cpus: cpus().length, loadAverage: loadavg() },
    coldStart: {},
  };
  const profiles = [];
  try {
    results.bytes = await measureBytes(server.baseUrl, chunkModules);
    for (const hires of plan.hireCounts) {
      log(`seeding ${hires} hires`);
      const profile = await seedProfile(server.baseUrl, { hires, ...SEED });
      profiles.push(profile);
      log(`cold start, ${hires} hires × ${plan.runs}`);
      results.coldStart[hires] = summary(
        await repeat(plan.runs, () => coldStart(profile, server.baseUrl)),
      );
    }
    const [, withHundred] = profiles;
    const largest = profiles.at(-1);
    results.tickAndWorkloadHires = largest.result.hires;
    log(`ticks with ${largest.result.hires} hires: ${plan.ticks} per run`);
    results.tick = await measureTicks(largest, server.baseUrl);
    log(`workload × ${plan.runs}`);
    const workloads = await repeat(plan.runs, () =>
      workload(largest, server.baseUrl, plan.workloadItems),
    );
    results.workload = summary(workloads.map((run) => run.total));
    results.workloadPhases = workloads.map((run) => run.phases);
    results.workloadCommits = workloads.map(({ changes, commits }) => ({ changes, commits }));
    log(`workload's storage alone × ${plan.runs}`);
    const storage = await repeat(plan.runs, () =>
      storageWorkload(largest, server.baseUrl, plan.workloadItems),
    );
    results.workloadStorage = {
      together: summary(storage.map((run) => run.together)),
      oneByOne: summary(storage.map((run) => run.oneByOne)),
    };
    if (plan.lighthouseRuns > 0) {
      results.lighthouse = await measureLighthouse(withHundred, server.baseUrl);
    }
  } finally {
    await Promise.all(profiles.map(removeProfile));
    await server.close();
  }
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(table(results));
  const load = results.machine.loadAverage.map((n) => n.toFixed(1)).join(' ');
  console.log(`${results.machine.cpus} CPUs, load average ${load} (times are of this machine)`);
  const problems = bytesOverBudget(results.bytes);
  for (const problem of problems) console.error(`OVER BUDGET: ${problem}`);
  if (problems.length > 0) process.exitCode = 1;
}

await main();
