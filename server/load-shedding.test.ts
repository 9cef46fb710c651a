import { describe, expect, it } from "vitest";
import { loadGate } from "./load-shedding.mjs";

describe("the load gate", () => {
  it("runs up to its cap, queues up to its queue, turns the rest away, and runs the queue in order as work ends", () => {
    const gate = loadGate({ maxActive: 2, maxQueued: 1 });
    const started: number[] = [];
    const finishers: (() => void)[] = [];
    const work = (n: number) => (done: () => void) => {
      started.push(n);
      finishers.push(done);
    };
    expect(gate.enter(work(1))).toBe(true);
    expect(gate.enter(work(2))).toBe(true);
    expect(gate.enter(work(3))).toBe(true);
    expect(gate.enter(work(4))).toBe(false);
    expect(started).toEqual([1, 2]);
    expect(gate.stats()).toMatchObject({ active: 2, queued: 1, shed: 1 });

    finishers[0]!();
    // Calling done twice frees one place, not two.
    finishers[0]!();
    expect(started).toEqual([1, 2, 3]);
    expect(gate.stats()).toMatchObject({ active: 2, queued: 0 });
    finishers[1]!();
    finishers[2]!();
    expect(gate.stats()).toMatchObject({ active: 0, queued: 0, shed: 1 });
  });

  it("skips a queued request whose client has gone", () => {
    const gate = loadGate({ maxActive: 1, maxQueued: 2 });
    const started: string[] = [];
    let finish = () => {};
    gate.enter((done) => {
      started.push("first");
      finish = done;
    });
    gate.enter(
      () => started.push("gone"),
      () => true,
    );
    gate.enter(() => started.push("waiting"));
    finish();
    expect(started).toEqual(["first", "waiting"]);
  });
});
