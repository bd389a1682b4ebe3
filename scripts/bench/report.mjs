import { BYTE_BUDGETS, KB, SCORE_BUDGETS, TIME_BUDGETS } from './budgets.mjs';

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (value) => `${Math.round(value)} ms`;
const score = (value) => value.toFixed(2);

function row(name, value, format, budget, better = 'lower') {
  if (value === undefined) return null;
  const figure = typeof value === 'number' ? { median: value } : value;
  const spread =
    figure.runs > 1 ? `${format(figure.min)}–${format(figure.max)} (${figure.runs} runs)` : '';
  const kept = better === 'lower' ? figure.median <= budget : figure.median >= budget;
  const verdict =
    budget === undefined
      ? ''
      : `${better === 'lower' ? '≤' : '≥'} ${format(budget)} ${kept ? 'ok' : 'MISSED'}`;
  return [name, format(figure.median), spread, verdict];
}

function byteRows({ firstScreen, dist }) {
  const budget = (id) => BYTE_BUDGETS.find((b) => b.id === id)?.max;
  return [
    row('first screen: JS', firstScreen.js, kb, budget('firstScreen.js')),
    row('first screen: CSS', firstScreen.css, kb),
    row('first screen: fonts', firstScreen.font, kb),
    row('first screen: JS+CSS+fonts', firstScreen.total, kb, budget('firstScreen.total')),
    row('all of dist: JS', dist.js, kb),
    row('all of dist: CSS', dist.css, kb),
    row('all of dist: fonts', dist.font, kb),
    row('all of dist: JS+CSS+fonts', dist.total, kb),
  ];
}

function timeRows(results) {
  const rows = Object.entries(results.coldStart ?? {}).map(([hires, figure]) =>
    row(`cold start, ${hires} hires`, figure, ms, TIME_BUDGETS[`coldStart.${hires}`]),
  );
  const { tick, workload, tickAndWorkloadHires: hires } = results;
  if (tick) {
    rows.push(row(`tick shown, p50 (${hires} hires)`, tick.shown.p50, ms));
    rows.push(
      row(`tick shown, p95 (${hires} hires)`, tick.shown.p95, ms, TIME_BUDGETS['tick.shown.p95']),
    );
    rows.push(row(`tick durable, p50 (${hires} hires)`, tick.durable.p50, ms));
    rows.push(
      row(
        `tick durable, p95 (${hires} hires)`,
        tick.durable.p95,
        ms,
        TIME_BUDGETS['tick.durable.p95'],
      ),
    );
  }
  rows.push(row(`100-item workload (${hires} hires)`, workload, ms, TIME_BUDGETS.workload));
  const storage = results.workloadStorage;
  if (storage) {
    rows.push(row(`  its storage alone, changes together`, storage.together, ms));
    rows.push(row(`  its storage alone, one after another`, storage.oneByOne, ms));
  }
  return rows;
}

function scoreRows(lighthouse = {}) {
  return Object.entries(lighthouse).flatMap(([formFactor, scores]) => [
    ...['performance', 'accessibility', 'bestPractices'].map((category) =>
      row(
        `Lighthouse ${formFactor}: ${category}`,
        scores[category],
        score,
        SCORE_BUDGETS[`${formFactor}.${category}`],
        'higher',
      ),
    ),
    row(`Lighthouse ${formFactor}: TBT`, scores.tbt, ms),
    row(`Lighthouse ${formFactor}: LCP`, scores.lcp, ms),
    row(`Lighthouse ${formFactor}: CLS`, scores.cls, (v) => v.toFixed(3)),
    row(`Lighthouse ${formFactor}: host CPU index`, scores.benchmarkIndex, (v) =>
      String(Math.round(v)),
    ),
  ]);
}

/** The results as a plain-text table, one figure a line. */
export function table(results) {
  const rows = [
    ['measure', 'median', 'spread', 'budget'],
    ...byteRows(results.bytes),
    ...timeRows(results),
    ...scoreRows(results.lighthouse),
  ].filter(Boolean);
  return textTable(rows);
}

/** Rows of cells (the first the header) as aligned plain-text columns. */
export function textTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((r) => r[column].length)));
  const line = (cells) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join(
    '\n',
  );
}
