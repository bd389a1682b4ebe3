#!/usr/bin/env node
/**
 * Load test of the sync server: simulated devices (Node, `ws`, loopback only) spread over teams,
 * each editing its team's document at a steady pace; the server(s) run as child processes.
 * Reports the propagation time of an edit to the team's other devices (p50/p95/p99), the
 * servers' CPU and memory, errors, and the edits missing at the end on any device or in the
 * database. Bounded in devices and time; it stops by itself. Exit code 1 when a target is missed.
 *
 *   npm run bench:sync -- --load                          500 devices, 100 teams, 60 s, 1 instance
 *   npm run bench:sync -- --load --clients 50 --seconds 10   a short smoke run
 *   bash scripts/with-postgres.sh bash scripts/with-redis.sh \
 *     npm run bench:sync -- --load --instances 2          two instances through Redis
 *
 * Without --load it measures one team instead (measureTeam below): propagation of a change,
 * a new device's join, and the bytes stored.
 *
 *   npm run bench:sync -- --app                           the same in the app: two Chromium
 *   npm run bench:sync -- --app --app-hires 25            devices (scripts/bench/syncInApp.mjs)
 *
 * Flags: --clients N (500) --teams N (100) --seconds N (60) --interval MS (2000)
 *        --instances 1|2 (1; 2 needs DATABASE_URL and REDIS_URL) --p95 MS (target, 250)
 * One instance stores to PostgreSQL when DATABASE_URL is set, else to SQLite in a temporary folder.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { textTable } from './bench/report.mjs';
import { measureSyncInApp } from './bench/syncInApp.mjs';

const { values: flags } = parseArgs({
  options: {
    load: { type: 'boolean', default: false },
    app: { type: 'boolean', default: false },
    'app-hires': { type: 'string', default: '25,1000' },
    clients: { type: 'string', default: '500' },
    teams: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '60' },
    interval: { type: 'string', default: '2000' },
    instances: { type: 'string', default: '1' },
    p95: { type: 'string', default: '250' },
  },
});
const limits = { clients: [1, 2000], teams: [1, 1000], seconds: [1, 600], instances: [1, 2] };
const settings = {
  clients: Number(flags.clients),
  teams: Number(flags.teams),
  seconds: Number(flags.seconds),
  intervalMs: Number(flags.interval),
  instances: Number(flags.instances),
  p95TargetMs: Number(flags.p95),
};
for (const [name, [min, max]] of Object.entries(limits)) {
  const value = settings[name];
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} must be a whole number from ${min} to ${max}`);
    process.exit(2);
  }
}
const appHires = flags['app-hires'].split(',').map(Number);
if (!appHires.every((count) => Number.isInteger(count) && count >= 1 && count <= 2000)) {
  console.error('--app-hires must be whole numbers from 1 to 2000, separated by commas');
  process.exit(2);
}
if (settings.teams > settings.clients) settings.teams = settings.clients;
if (settings.instances > 1 && !(process.env.DATABASE_URL && process.env.REDIS_URL)) {
  console.error(
    'Two instances need DATABASE_URL and REDIS_URL (scripts/with-postgres.sh, with-redis.sh)',
  );
  process.exit(2);
}

const root = new URL('..', import.meta.url).pathname;
const clockTicks = Number(execFileSync('getconf', ['CLK_TCK']).toString()) || 100;
const errors = new Map();
const countError = (kind) => errors.set(kind, (errors.get(kind) ?? 0) + 1);
const dataDir = mkdtempSync(join(tmpdir(), 'bench-sync-'));

/** Polls `check` until it holds or `ms` pass; true when it held. */
async function waitFor(check, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

async function startInstance(env = {}) {
  const child = spawn(process.execPath, [join(root, 'server/dist/index.js')], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit');
  const port = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      let entry;
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (entry.event === 'started') resolve(entry.port);
      else if (entry.level === 'warn' || entry.level === 'error')
        countError(`server ${entry.event}`);
    });
    createInterface({ input: child.stderr }).on('line', () => countError('server stderr'));
    void exited.then(() => reject(new Error('a server instance exited before it started')));
  });
  return { child, port, exited };
}

/** The process's CPU seconds so far and its resident memory in MB, from /proc. */
function usage(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / clockTicks;
  const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuSeconds, rssMb: Number(rss?.[1] ?? 0) / 1024 };
}

async function post(base, path, body, token) {
  const response = await fetch(base + path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

/** One manager and (clients/teams − 1) staff devices per team, joined by invitation. */
async function registerDevices(base) {
  const perTeam = Array.from({ length: settings.teams }, () => 0);
  for (let i = 0; i < settings.clients; i += 1) perTeam[i % settings.teams] += 1;
  const teams = [];
  const queue = perTeam.map((count, index) => ({ count, index }));
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const teamId = `bench-${process.pid}-${next.index}`;
      const manager = await post(base, '/api/teams', { teamId, deviceName: 'bench manager' });
      const tokens = [manager.token];
      for (let i = 1; i < next.count; i += 1) {
        const { invitation } = await post(
          base,
          `/api/teams/${teamId}/invitations`,
          { role: 'staff' },
          manager.token,
        );
        tokens.push(
          (await post(base, '/api/join', { invitation, deviceName: `bench ${i}` })).token,
        );
      }
      teams.push({ teamId, tokens });
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return teams;
}

function connectDevice(url, teamId, token, index, latencies) {
  const { doc, provider, socket } = openProvider(url, teamId, token);
  provider.on('authenticationFailed', () => countError('client refused'));
  provider.on('close', ({ event }) => {
    if (!stopping) countError(`client closed ${event.code}`);
  });
  const edits = doc.getMap('edits');
  let recording = false;
  edits.observe((event) => {
    if (event.transaction.local || !recording) return;
    const now = Date.now();
    for (const [key, change] of event.changes.keys) {
      if (change.action === 'add') latencies.push(now - edits.get(key));
    }
  });
  provider.attach();
  const written = [];
  return {
    teamId,
    doc,
    provider,
    written,
    record: () => (recording = true),
    edit() {
      const key = `${index}:${written.length}`;
      written.push(key);
      edits.set(key, Date.now());
    },
    synced: () => provider.isSynced && !provider.hasUnsyncedChanges,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function storedEdits(teamIds) {
  const { openStore } = await import(join(root, 'server/dist/store/open.js'));
  const { createLogger } = await import(join(root, 'server/dist/log.js'));
  const store = await openStore({
    databaseUrl: process.env.DATABASE_URL,
    dataDir,
    log: createLogger('error', () => {}),
  });
  const byTeam = new Map();
  for (const teamId of teamIds) {
    const state = await store.loadDocument(`team:${teamId}`);
    const doc = new Y.Doc();
    if (state) Y.applyUpdate(doc, state);
    byTeam.set(teamId, new Set(doc.getMap('edits').keys()));
  }
  await store.close();
  return byTeam;
}

let stopping = false;

async function main() {
  const loadBefore = loadavg();
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-b', join(root, 'server')]);
  const instances = [];
  for (let i = 0; i < settings.instances; i += 1) instances.push(await startInstance());
  const urls = instances.map(({ port }) => `ws://127.0.0.1:${port}`);

  const teams = await registerDevices(`http://127.0.0.1:${instances[0].port}`);
  const latencies = [];
  const devices = [];
  let index = 0;
  for (const { teamId, tokens } of teams) {
    for (const token of tokens) {
      devices.push(connectDevice(urls[index % urls.length], teamId, token, index, latencies));
      index += 1;
      // Connect in small waves, as devices do when a working day starts.
      if (index % 50 === 0) await waitFor(() => devices.every((d) => d.synced()), 30_000);
    }
  }
  const allConnected = await waitFor(() => devices.every((d) => d.synced()), 60_000);
  if (!allConnected) countError('devices not connected before the start');
  for (const device of devices) device.record();

  // The simulated devices share this one process: its own delays are part of every figure.
  const clientLag = monitorEventLoopDelay({ resolution: 10 });
  clientLag.enable();
  const startUsage = instances.map(({ child }) => usage(child.pid));
  let peakRssMb = 0;
  const sampler = setInterval(() => {
    const rss = instances.reduce((sum, { child }) => sum + usage(child.pid).rssMb, 0);
    peakRssMb = Math.max(peakRssMb, rss);
  }, 1000);
  const started = Date.now();
  const timers = devices.map((device) => {
    const offset = Math.random() * settings.intervalMs;
    return setTimeout(() => {
      device.edit();
      timers.push(setInterval(() => device.edit(), settings.intervalMs));
    }, offset);
  });
  await new Promise((resolve) => setTimeout(resolve, settings.seconds * 1000));
  for (const timer of timers) clearInterval(timer);
  const editingSeconds = (Date.now() - started) / 1000;
  const endUsage = instances.map(({ child }) => usage(child.pid));
  clearInterval(sampler);
  clientLag.disable();

  // Every device must end with every edit of its team.
  const expectedByTeam = new Map();
  for (const device of devices) {
    const keys = expectedByTeam.get(device.teamId) ?? [];
    keys.push(...device.written);
    expectedByTeam.set(device.teamId, keys);
  }
  const missingOn = (device) =>
    expectedByTeam.get(device.teamId).filter((key) => !device.doc.getMap('edits').has(key)).length;
  await waitFor(() => devices.every((d) => d.synced() && missingOn(d) === 0), 30_000);
  const lostOnDevices = devices.reduce((sum, device) => sum + missingOn(device), 0);

  stopping = true;
  for (const device of devices) device.destroy();
  for (const { child, exited } of instances) {
    child.kill('SIGTERM');
    await exited;
  }
  const stored = await storedEdits([...expectedByTeam.keys()]);
  let lostInDatabase = 0;
  for (const [teamId, keys] of expectedByTeam) {
    lostInDatabase += keys.filter((key) => !stored.get(teamId).has(key)).length;
  }

  latencies.sort((a, b) => a - b);
  const cpuSeconds = endUsage.reduce(
    (sum, end, i) => sum + end.cpuSeconds - startUsage[i].cpuSeconds,
    0,
  );
  const edits = devices.reduce((sum, device) => sum + device.written.length, 0);
  const result = {
    settings: { ...settings, store: process.env.DATABASE_URL ? 'postgres' : 'sqlite' },
    edits,
    deliveries: latencies.length,
    propagationMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? NaN,
    },
    server: {
      cpuPercentOfOneCore: Math.round((cpuSeconds / editingSeconds) * 100),
      peakRssMb: Math.round(peakRssMb),
    },
    benchEventLoopDelayMs: {
      p95: Math.round(clientLag.percentile(95) / 1e6),
      max: Math.round(clientLag.max / 1e6),
    },
    lost: { onDevices: lostOnDevices, inDatabase: lostInDatabase },
    errors: Object.fromEntries(errors),
    loadAverage: {
      before: loadBefore.map((n) => n.toFixed(2)),
      after: loadavg().map((n) => n.toFixed(2)),
    },
  };
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(
    join(root, `bench-results/sync-load-${settings.instances}.json`),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  report(result);
  const met =
    result.propagationMs.p95 <= settings.p95TargetMs && lostOnDevices + lostInDatabase === 0;
  process.exit(met ? 0 : 1);
}

function report(result) {
  const { settings: s, propagationMs: p, server, lost } = result;
  console.log(
    `Sync load: ${s.clients} devices over ${s.teams} teams, an edit each every ${s.intervalMs} ms ` +
      `for ${s.seconds} s, ${s.instances} instance(s) on ${s.store}${s.instances > 1 ? ' + Redis' : ''}`,
  );
  console.log(`  edits ${result.edits}, deliveries to other devices ${result.deliveries}`);
  console.log(
    `  propagation p50 ${p.p50} ms · p95 ${p.p95} ms (target ≤ ${s.p95TargetMs}) · p99 ${p.p99} ms · max ${p.max} ms`,
  );
  console.log(
    `  server CPU ${server.cpuPercentOfOneCore} % of one core · peak memory ${server.peakRssMb} MB (RSS)`,
  );
  console.log(
    `  the simulated devices' own event-loop delay: p95 ${result.benchEventLoopDelayMs.p95} ms · max ${result.benchEventLoopDelayMs.max} ms`,
  );
  console.log(
    `  lost edits: ${lost.onDevices} on devices, ${lost.inDatabase} in the database (target 0)`,
  );
  console.log(`  errors: ${JSON.stringify(result.errors)}`);
  console.log(
    `  load average before ${result.loadAverage.before.join(' ')}, after ${result.loadAverage.after.join(' ')}`,
  );
}

/**
 * The default mode, on Y.Docs shaped like the app's team document (one Y.Map per table, each
 * record a nested Y.Map; src/db/sync/teamDoc.ts), not the Dexie bridge itself: the figures are
 * the document's arrival on device B, before the bridge writes it to Dexie.
 */
const TEAM_BUDGETS = { propagationP95Ms: 100, join1000Ms: 3000 };

const JOB_TITLE = 'Social- og sundhedsassistent';

function seedTeam(doc, teamId, hires) {
  doc.transact(() => {
    const team = new Y.Map();
    doc.getMap('teams').set(teamId, team);
    team.set('id', teamId);
    team.set('name', 'Bench team');
    const table = doc.getMap('hires');
    for (let i = 0; i < hires; i += 1) {
      const hire = new Y.Map();
      table.set(`hire-${i}`, hire);
      const fields = {
        id: `hire-${i}`,
        teamId,
        name: `Hire number ${i}`,
        jobTitle: JOB_TITLE,
        startDate: '2026-01-05',
        probationMonths: 3,
        weeklyHours: 37,
        cadence: 'standard',
        monthlyTalksAfter: 3,
        createdAt: new Date().toISOString(),
      };
      for (const [name, value] of Object.entries(fields)) hire.set(name, value);
    }
  });
}

async function joinedToken(base, teamId, managerToken, name) {
  const { invitation } = await post(
    base,
    `/api/teams/${teamId}/invitations`,
    { role: 'staff' },
    managerToken,
  );
  return (await post(base, '/api/join', { invitation, deviceName: name })).token;
}

/** A Y.Doc with a provider for the team's document, not attached yet (listeners go first). */
function openProvider(url, teamId, token) {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: `team:${teamId}`,
    token,
    document: doc,
  });
  return { doc, provider, socket };
}

function openDevice(url, teamId, token) {
  const { doc, provider, socket } = openProvider(url, teamId, token);
  provider.attach();
  return {
    doc,
    synced: () => provider.isSynced && !provider.hasUnsyncedChanges,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** The bytes the server stores for the team, once its stored state passes `check`. */
async function storedBytes(store, teamId, check) {
  let bytes = NaN;
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const state = await store.loadDocument(`team:${teamId}`).catch(() => null);
    if (state) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      if (check(doc)) return state.byteLength;
      bytes = state.byteLength;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return bytes;
}

/** Seeds a team of `hires` on device A, then times a new device until it holds them all. */
async function teamWithHires(base, url, hires) {
  const teamId = `bench-${process.pid}-${hires}`;
  const manager = await post(base, '/api/teams', { teamId, deviceName: 'bench A' });
  const a = openDevice(url, teamId, manager.token);
  seedTeam(a.doc, teamId, hires);
  await waitFor(() => a.synced(), 30_000);
  const token = await joinedToken(base, teamId, manager.token, 'bench new device');
  const started = performance.now();
  const joining = openDevice(url, teamId, token);
  await waitFor(() => joining.doc.getMap('hires').size === hires, 30_000);
  const joinMs = performance.now() - started;
  joining.destroy();
  return { teamId, manager, a, joinMs };
}

async function measureTeam() {
  delete process.env.DATABASE_URL; // the default mode measures the SQLite default
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-b', join(root, 'server')]);
  const instance = await startInstance();
  const base = `http://127.0.0.1:${instance.port}`;
  const url = `ws://127.0.0.1:${instance.port}`;
  const { openStore } = await import(join(root, 'server/dist/store/open.js'));
  const { createLogger } = await import(join(root, 'server/dist/log.js'));
  const store = await openStore({ dataDir, log: createLogger('error', () => {}) });

  const small = await teamWithHires(base, url, 25);
  small.a.destroy();
  const { teamId, manager, a, joinMs } = await teamWithHires(base, url, 1000);
  const seededBytes = await storedBytes(store, teamId, (doc) => doc.getMap('hires').size === 1000);

  const b = openDevice(url, teamId, await joinedToken(base, teamId, manager.token, 'bench B'));
  await waitFor(() => b.synced() && b.doc.getMap('hires').size === 1000, 30_000);
  const hiresA = a.doc.getMap('hires');
  const hiresB = b.doc.getMap('hires');
  const latencies = [];
  // 200 changes one after another, each timed from its commit on A to its arrival on B; then
  // 800 more without waiting, to make 1,000 edits for the stored bytes.
  for (let i = 0; i < 1000; i += 1) {
    const id = `hire-${i}`;
    // As long as the seeded title, so the growth is the edits' history, not a shorter value.
    const value = `${JOB_TITLE.slice(0, -4)}${String(i).padStart(4, '0')}`;
    const started = performance.now();
    hiresA.get(id).set('jobTitle', value);
    if (i < 200) {
      await new Promise((resolve) => {
        const arrived = () => {
          if (hiresB.get(id)?.get('jobTitle') !== value) return;
          hiresB.unobserveDeep(arrived);
          resolve();
        };
        hiresB.observeDeep(arrived);
      });
      latencies.push(performance.now() - started);
    }
  }
  const editedBytes = await storedBytes(
    store,
    teamId,
    (doc) =>
      doc.getMap('hires').get('hire-999')?.get('jobTitle') === `${JOB_TITLE.slice(0, -4)}0999`,
  );
  a.destroy();
  b.destroy();
  await store.close();
  instance.child.kill('SIGTERM');
  await instance.exited;
  rmSync(dataDir, { recursive: true, force: true });

  latencies.sort((x, y) => x - y);
  const ms = (value) => `${Math.round(value)} ms`;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const verdict = (value, budget) => `≤ ${ms(budget)} ${value <= budget ? 'ok' : 'over'}`;
  const p95 = percentile(latencies, 95);
  const rows = [
    ['measure', 'figure', 'budget'],
    ['change A → B, p50 (200 changes, 1,000 hires)', ms(percentile(latencies, 50)), ''],
    [
      'change A → B, p95 (200 changes, 1,000 hires)',
      ms(p95),
      verdict(p95, TEAM_BUDGETS.propagationP95Ms),
    ],
    ['new device has all records, 25 hires', ms(small.joinMs), ''],
    [
      'new device has all records, 1,000 hires',
      ms(joinMs),
      verdict(joinMs, TEAM_BUDGETS.join1000Ms),
    ],
    ['server stores for the team, 1,000 hires', kb(seededBytes), ''],
    ['  after 1,000 edits', kb(editedBytes), `growth ${kb(editedBytes - seededBytes)}`],
  ];
  console.log(
    "Sync, one team on one server (SQLite, loopback); Y.Docs shaped like the app's team document, not the Dexie bridge",
  );
  console.log(textTable(rows));
  const met = p95 <= TEAM_BUDGETS.propagationP95Ms && joinMs <= TEAM_BUDGETS.join1000Ms;
  process.exit(met ? 0 : 1);
}

/** The same in the app: two Chromium devices on the built app (scripts/bench/syncInApp.mjs). */
async function measureApp() {
  delete process.env.DATABASE_URL;
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-b', join(root, 'server')]);
  const log = (line) => console.error(`bench:sync: ${line}`);
  const runs = await measureSyncInApp({
    hireCounts: appHires,
    ticks: 50,
    startServer: startInstance,
    log,
  });
  rmSync(dataDir, { recursive: true, force: true });
  const ms = (value) => `${Math.round(value)} ms`;
  const verdict = (value, budget) => `≤ ${ms(budget)} ${value <= budget ? 'ok' : 'over'}`;
  const largest = runs.at(-1);
  const rows = [
    ['measure', 'figure', 'budget'],
    ...runs.flatMap((run) => [
      [`tick on A shown on B, p50 (${run.ticks} ticks, ${run.hires} hires)`, ms(run.p50), ''],
      [
        `tick on A shown on B, p95 (${run.ticks} ticks, ${run.hires} hires)`,
        ms(run.p95),
        run === largest ? verdict(run.p95, TEAM_BUDGETS.propagationP95Ms) : '',
      ],
      [`new device joins: every hire stored, ${run.hires} hires`, ms(run.storedMs), ''],
      [
        `new device joins: team stored and shown, ${run.hires} hires`,
        ms(run.joinMs),
        run === largest ? verdict(run.joinMs, TEAM_BUDGETS.join1000Ms) : '',
      ],
    ]),
  ];
  console.log(
    'Sync in the app: two Chromium devices on the built app, one server (SQLite, loopback)',
  );
  console.log(textTable(rows));
  const met =
    largest.p95 <= TEAM_BUDGETS.propagationP95Ms && largest.joinMs <= TEAM_BUDGETS.join1000Ms;
  process.exit(met ? 0 : 1);
}

const modes = { load: main, app: measureApp, team: measureTeam };
modes[flags.load ? 'load' : flags.app ? 'app' : 'team']().catch((error) => {
  console.error(error);
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
});
