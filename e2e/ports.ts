/**
 * Where the e2e tests' servers listen. Tests run in several workers at once, so each worker has
 * a block of ports of its own: its shared server on the first, and the servers its tests start for
 * themselves on the rest. Two tests in different workers never reach each other's servers.
 */
const base = Number(process.env.E2E_PORT ?? 3210);

/** Ports in each worker's block. */
export const portsPerWorker = 40;

/** This worker's place among those running at once (Playwright's parallel index), from 0. */
export const workerSlot = Number(process.env.TEST_PARALLEL_INDEX ?? 0);

/** The port of this worker's shared server, which most journeys use. */
export const workerPort = base + portsPerWorker * workerSlot;

/** A port for a server a test starts for itself: `offset` from 1 to 39, one per server a file runs at once. */
export function ownPort(offset: number): number {
  if (!Number.isInteger(offset) || offset < 1 || offset >= portsPerWorker)
    throw new Error(
      `A test's own port offset must be 1 to ${portsPerWorker - 1}`,
    );
  return workerPort + offset;
}
