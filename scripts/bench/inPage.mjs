/* Functions that run inside the page (passed to addInitScript / page.evaluate): each must be
   self-contained. Times are performance.now() values, from the page's navigation start. */

/**
 * Init script: records the time each readwrite IndexedDB transaction commits
 * (window.__benchCommits), and when each one started and ended, committed or not
 * (window.__benchTransactions).
 */
export function recordCommits() {
  const commits = [];
  const transactions = [];
  window.__benchCommits = commits;
  window.__benchTransactions = transactions;
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const tx = transaction.call(this, stores, mode, options);
    if (mode === 'readwrite') {
      const record = { startedAt: performance.now(), endedAt: null, committed: false };
      transactions.push(record);
      tx.addEventListener('complete', () => {
        commits.push(performance.now());
        Object.assign(record, { endedAt: performance.now(), committed: true });
      });
      tx.addEventListener('abort', () => (record.endedAt = performance.now()));
    }
    return tx;
  };
}

/**
 * Init script: window.__benchWhenRendered(what, done, timeout) resolves with the time at which
 * the first frame in which done() holds has been rendered: a task posted from that frame's
 * animation callback runs once the frame is rendered. The callback's own timestamp is no
 * measure: it is when the frame began, and a long task that holds the frame back (a render of
 * 100 cards, say) comes after it.
 */
export function installRenderedClock() {
  window.__benchWhenRendered = (what, done, timeout) =>
    new Promise((resolve, reject) => {
      const giveUp = performance.now() + timeout;
      const check = () => {
        if (done()) {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
        } else if (performance.now() > giveUp) reject(new Error(`never ${what}`));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
}

/**
 * Init script: records in window.__benchReadyAt when the first frame in which `selector`
 * matches and nothing in main is loading or busy any more has been rendered.
 */
export function watchReady(selector) {
  const ready = () =>
    document.querySelector(selector) !== null &&
    document.querySelector('main .loading, main [aria-busy="true"]') === null;
  // By the first frame, every init script has run (the clock's too), in whatever order.
  requestAnimationFrame(() =>
    window
      .__benchWhenRendered('ready', ready, 30_000)
      .then((time) => (window.__benchReadyAt = time)),
  );
}

/**
 * Arms one tick of the index-th checkbox in main: resolves, after the click that follows,
 * with the time until a frame showing the box in its new state has been rendered and until
 * the write committed.
 */
export function armTick(index) {
  const box = document.querySelectorAll('main input[type="checkbox"]')[index];
  const expected = !box.checked;
  const commitsBefore = window.__benchCommits.length;
  let clickedAt = null;
  document.addEventListener('click', (event) => (clickedAt = event.timeStamp), {
    capture: true,
    once: true,
  });
  const when = (what, done) => window.__benchWhenRendered(`tick ${index} ${what}`, done, 5000);
  window.__benchTick = when('shown', () => clickedAt !== null && box.checked === expected).then(
    async (shownAt) => {
      await when('committed', () => window.__benchCommits[commitsBefore] !== undefined);
      const committedAt = window.__benchCommits[commitsBefore];
      return { shown: shownAt - clickedAt, durable: committedAt - clickedAt };
    },
  );
  return box.id;
}

/**
 * The TodoMVC workload, in Speedometer's steps: add `count` own items through the add form,
 * tick them all, remove them all. Each step dispatches its events in one go, as Speedometer
 * does, and ends once a frame showing its end state has been rendered. Resolves when that
 * is so for the last step and every change has committed; with the time taken, the number
 * of changes and of commits (the app may commit several changes in one transaction).
 */
export async function checklistWorkload(count) {
  const start = performance.now();
  const commitsBefore = window.__benchCommits.length;
  const form = document.querySelector('main form.add-item-form');
  const input = form.querySelector('input');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const rows = () => [...document.querySelectorAll('main .checklist > li')];
  const ownRows = () => rows().filter((row) => row.textContent.includes('Bench item '));
  const untilRendered = (what, done) =>
    window.__benchWhenRendered(`workload: ${what}`, done, 20_000);

  // The events a person's typing and Enter send the app; like Speedometer's synthetic key
  // events, the submit event skips the browser's own form-submission work (see docs/PERFORMANCE.md).
  const submitter = form.querySelector('button[type="submit"]');
  for (let n = 1; n <= count; n += 1) {
    setValue.call(input, `Bench item ${n}`);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    form.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter }));
  }
  const added = await untilRendered(`${count} items shown`, () => ownRows().length === count);
  for (const row of ownRows()) row.querySelector('input[type="checkbox"]').click();
  const ticked = await untilRendered('all ticked', () =>
    ownRows().every((row) => row.querySelector('input').checked),
  );
  // Own items have a Remove button as their last action (guide items have Hide instead).
  const removeButtons = ownRows().map((row) =>
    row.querySelector('.item-actions button:last-child'),
  );
  let lastInputAt = null;
  for (const button of removeButtons) {
    lastInputAt = performance.now();
    button.click();
  }
  const shownAt = await untilRendered('all removed', () => ownRows().length === 0);
  // The screen may show a change before it commits. Every change is durable once a
  // transaction that started after the last input has committed (the last change is in
  // it, or in an earlier one) and no readwrite transaction is still open.
  const transactions = window.__benchTransactions;
  await untilRendered(
    'all committed',
    () =>
      transactions.every((tx) => tx.endedAt !== null) &&
      transactions.some((tx) => tx.committed && tx.startedAt >= lastInputAt),
  );
  const commits = window.__benchCommits.slice(commitsBefore);
  const end = Math.max(shownAt, commits.at(-1));
  const phases = { add: added - start, tick: ticked - added, remove: end - ticked };
  return { total: end - start, phases, changes: count * 3, commits: commits.length };
}
