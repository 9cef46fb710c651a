export type GateLimits = { maxActive: number; maxQueued: number };
export type Work = (done: () => void) => void;

export declare function loadGate(limits: GateLimits): {
  enter(work: Work, abandoned?: () => boolean): boolean;
  stats(): {
    active: number;
    queued: number;
    shed: number;
    maxActive: number;
    maxQueued: number;
  };
};
