/**
 * The budgets (README.md states them with the latest figures). Bytes are asserted in every
 * run, quick or full; times and scores are reported against their budget, not asserted,
 * since they depend on the machine.
 */
export const KB = 1000;

/** Asserted byte budgets of the first screen (the overview on a first visit). */
export const BYTE_BUDGETS = [
  { id: 'firstScreen.js', label: 'first screen JS (gzip)', max: 150 * KB },
  { id: 'firstScreen.total', label: 'first screen JS+CSS+fonts (gzip)', max: 200 * KB },
];

export const TIME_BUDGETS = {
  'coldStart.1000': 1500,
  'tick.shown.p95': 50,
  'tick.durable.p95': 100,
  workload: 400,
};

export const SCORE_BUDGETS = {
  'mobile.performance': 0.95,
  'mobile.accessibility': 1,
  'mobile.bestPractices': 1,
};

function at(object, path) {
  return path.split('.').reduce((value, key) => value?.[key], object);
}

/** Byte budgets that the measured bytes exceed, as messages; empty when all are kept. */
export function bytesOverBudget(bytes) {
  const problems = BYTE_BUDGETS.filter((b) => at(bytes, b.id) > b.max).map(
    (b) => `${b.label}: ${(at(bytes, b.id) / KB).toFixed(1)} KB > ${b.max / KB} KB`,
  );
  if (bytes.loadedTooEarly.length > 0) {
    problems.push(`loaded on the first screen but only needed later: ${bytes.loadedTooEarly}`);
  }
  return problems;
}
