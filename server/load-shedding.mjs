// Load shedding for server.mjs: a cap on the requests Next works on at once and on the queue
// behind them. Past both, a request is answered at once with 503 and Retry-After instead of
// waiting until its client gives up. Plain JavaScript, as server.mjs is.

/**
 * @typedef {{ maxActive: number, maxQueued: number }} GateLimits
 * @typedef {(done: () => void) => void} Work
 */

/**
 * A gate that lets `maxActive` pieces of work run at once and `maxQueued` wait. `enter` runs the
 * work now or later and returns true, or returns false when the queue is full (the caller
 * answers "busy"). The work calls `done` once, however it ends.
 *
 * @param {GateLimits} limits
 */
export function loadGate({ maxActive, maxQueued }) {
  let active = 0;
  /** @type {{ work: Work, abandoned: () => boolean }[]} */
  const queue = [];
  let shed = 0;

  function start(work) {
    active += 1;
    let finished = false;
    work(() => {
      if (finished) return;
      finished = true;
      active -= 1;
      next();
    });
  }

  function next() {
    while (active < maxActive && queue.length > 0) {
      const waiting = queue.shift();
      // A client that left while it waited needs no answer.
      if (!waiting.abandoned()) start(waiting.work);
    }
  }

  return {
    /**
     * @param {Work} work
     * @param {() => boolean} abandoned whether the client has gone while the work waited
     */
    enter(work, abandoned = () => false) {
      if (active < maxActive) {
        start(work);
        return true;
      }
      if (queue.length < maxQueued) {
        queue.push({ work, abandoned });
        return true;
      }
      shed += 1;
      return false;
    },
    stats() {
      return { active, queued: queue.length, shed, maxActive, maxQueued };
    },
  };
}
