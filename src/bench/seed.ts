/**
 * Bench-only entry (bench.html, built by vite.bench.config.ts, never part of the app's build):
 * fills the app's database through its own repositories, so the benchmark measures data
 * shaped exactly as the app writes it.
 */
import { addItem, listItems, removeItem, setItemDone } from '../db/checklist';
import { createHire } from '../db/hireWrites';
import { createTeam } from '../db/teams';
import { addDays, type IsoDate } from '../domain/dates';
import { SUGGESTED_ONBOARDING_IDS } from '../domain/templates';

export interface SeedPlan {
  hires: number;
  hiresPerTeam: number;
  /** Own items added to each hire besides the 4 default and 6 suggested guide items. */
  ownItemsPerHire: number;
}

export interface SeedResult {
  teams: number;
  hires: number;
  items: number;
  /** A hire in the middle of the data, for the tick and workload measurements. */
  sampleHireId: string | null;
  teamNames: string[];
}

const FIRST_START: IsoDate = '2026-01-05';

async function seedHire(teamId: string, index: number, plan: SeedPlan): Promise<string> {
  const hire = await createHire(teamId, {
    name: `Peer ${String(index + 1).padStart(4, '0')}`,
    jobTitle: 'Peer-medarbejder',
    startDate: addDays(FIRST_START, (index * 3) % 540),
    probationMonths: 3,
    weeklyHours: 25,
  });
  for (const templateId of SUGGESTED_ONBOARDING_IDS) {
    await addItem(hire.id, 'onboarding', { templateId });
  }
  for (let n = 1; n <= plan.ownItemsPerHire; n += 1) {
    await addItem(hire.id, 'onboarding', { title: `Eget punkt ${n}` });
  }
  // Tick a varying share of the items so progress differs from hire to hire.
  const items = await listItems(hire.id);
  const ticked = items.slice(0, index % (items.length + 1));
  for (const item of ticked) await setItemDone(item, true);
  return hire.id;
}

export async function seed(plan: SeedPlan): Promise<SeedResult> {
  const teamCount = Math.ceil(plan.hires / plan.hiresPerTeam);
  const result: SeedResult = { teams: 0, hires: 0, items: 0, sampleHireId: null, teamNames: [] };
  const hireIds: string[] = [];
  for (let t = 0; t < teamCount; t += 1) {
    const team = await createTeam(`Team ${String(t + 1).padStart(3, '0')}`);
    result.teams += 1;
    result.teamNames.push(team.name);
    const inTeam = Math.min(plan.hiresPerTeam, plan.hires - hireIds.length);
    for (let h = 0; h < inTeam; h += 1) {
      hireIds.push(await seedHire(team.id, hireIds.length, plan));
    }
  }
  result.hires = hireIds.length;
  result.items = teamCount * 9 + result.hires * (4 + SUGGESTED_ONBOARDING_IDS.length);
  result.items += result.hires * plan.ownItemsPerHire;
  result.sampleHireId = hireIds[Math.floor(hireIds.length / 2)] ?? null;
  return result;
}

/**
 * The checklist workload's storage alone, through the app's repositories and no screen: adds
 * `count` own items to the hire, ticks them, removes them. `together`: each step's changes
 * are made at once (the write queue shares transactions); otherwise each waits for the last.
 * The time the screen's workload cannot go below on this machine.
 */
export async function storageWorkload(hireId: string, count: number, together: boolean) {
  const start = performance.now();
  const run = async <T>(steps: (() => Promise<T>)[]): Promise<T[]> => {
    if (together) return Promise.all(steps.map((step) => step()));
    const results: T[] = [];
    for (const step of steps) results.push(await step());
    return results;
  };
  const numbers = Array.from({ length: count }, (_, n) => n + 1);
  const added = await run(
    numbers.map((n) => () => addItem(hireId, 'onboarding', { title: `Storage item ${n}` })),
  );
  await run(added.map((item) => () => setItemDone(item, true)));
  await run(added.map((item) => () => removeItem(item)));
  return performance.now() - start;
}

declare global {
  interface Window {
    godtBegyndtBench?: { seed: typeof seed; storageWorkload: typeof storageWorkload };
  }
}

window.godtBegyndtBench = { seed, storageWorkload };
