/* Functions that run inside the page (passed to addInitScript / page.evaluate): each must be
   self-contained. Times are performance.now() values, from the page's navigation start. */

/** Init script: records the time each readwrite IndexedDB transaction commits. */
export function recordCommits() {
  const commits = [];
  window.__benchCommits = commits;
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const tx = transaction.call(this, stores, mode, options);
    if (mode === 'readwrite')
      tx.addEventListener('complete', () => commits.push(performance.now()));
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
 * TodoMVC-like: adds `count` own items through the add form, ticks them all, removes them
 * all, as fast as the page takes input. Resolves when the screen shows the end state and
 * every change has committed; with the time taken and the number of commits.
 */
export async function checklistWorkload(count) {
  const start = performance.now();
  const commitsBefore = window.__benchCommits.length;
  const form = document.querySelector('main form.add-item-form');
  const input = form.querySelector('input');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const rows = () => [...document.querySelectorAll('main .checklist > li')];
  const ownRows = () => rows().filter((row) => row.textContent.includes('Bench item '));
  // A task boundary lets React render what the previous event changed.
  const nextTask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  const untilFrame = (what, done) =>
    new Promise((resolve, reject) => {
      const giveUp = performance.now() + 20_000;
      const check = (time) => {
        if (done()) resolve(time);
        else if (time > giveUp) reject(new Error(`workload: never ${what}`));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });

  for (let n = 1; n <= count; n += 1) {
    setValue.call(input, `Bench item ${n}`);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await nextTask();
    form.requestSubmit();
    await nextTask();
  }
  const added = await untilFrame(`${count} items shown`, () => ownRows().length === count);
  for (const row of ownRows()) row.querySelector('input[type="checkbox"]').click();
  const ticked = await untilFrame('all ticked', () =>
    ownRows().every((row) => row.querySelector('input').checked),
  );
  // Own items have a Remove button as their last action (guide items have Hide instead).
  for (const row of ownRows()) [...row.querySelectorAll('.item-actions button')].at(-1).click();
  const shownAt = await untilFrame('all removed', () => ownRows().length === 0);
  // The screen may show a change before it commits (Dexie's live queries are optimistic).
  const commits = () => window.__benchCommits.slice(commitsBefore);
  await untilFrame('all committed', () => commits().length >= count * 3);
  const end = Math.max(shownAt, commits().at(-1));
  const phases = { add: added - start, tick: ticked - added, remove: end - ticked };
  return { total: end - start, phases, commits: commits().length };
}
