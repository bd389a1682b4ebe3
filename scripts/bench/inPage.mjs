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
 * Init script: records in window.__benchReadyAt the frame in which `selector` first matches
 * and nothing in main is loading or busy any more: the frame that paints it.
 */
export function watchReady(selector) {
  const ready = () =>
    document.querySelector(selector) !== null &&
    document.querySelector('main .loading, main [aria-busy="true"]') === null;
  const check = (time) => {
    if (ready()) window.__benchReadyAt = time;
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * Arms one tick of the index-th checkbox in main: resolves, after the click that follows,
 * with the time until the box is painted in its new state and until the write committed.
 */
export function armTick(index) {
  const box = document.querySelectorAll('main input[type="checkbox"]')[index];
  const expected = !box.checked;
  const commitsBefore = window.__benchCommits.length;
  window.__benchTick = new Promise((resolve, reject) => {
    let clickedAt = null;
    let shownAt = null;
    const giveUp = setTimeout(() => reject(new Error(`tick ${index} never finished`)), 5000);
    const onClick = (event) => (clickedAt = event.timeStamp);
    document.addEventListener('click', onClick, { capture: true, once: true });
    const frame = (time) => {
      if (clickedAt !== null && shownAt === null && box.checked === expected) shownAt = time;
      const committedAt = window.__benchCommits[commitsBefore];
      if (shownAt !== null && committedAt !== undefined) {
        clearTimeout(giveUp);
        resolve({ shown: shownAt - clickedAt, durable: committedAt - clickedAt });
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
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
  // A task posted from a frame's animation callback runs once that frame is rendered.
  const afterFrame = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  const untilRendered = (what, done) =>
    new Promise((resolve, reject) => {
      const giveUp = performance.now() + 20_000;
      const check = (time) => {
        if (done()) afterFrame().then(resolve);
        else if (time > giveUp) reject(new Error(`workload: never ${what}`));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });

  // The events a person's typing and Enter send the app; like Speedometer's synthetic key
  // events, the submit event skips the browser's own form-submission work (see README).
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
