import { describe, expect, it } from "vitest";
import { SearchAllowance } from "./search-allowance";

const hour = 60 * 60 * 1000;

describe("each client's allowance of counted searches", () => {
  it("counts at most so many different searches a client makes in an hour, and the same one again", () => {
    const allowance = new SearchAllowance(30);
    const start = Date.now();
    const counted = Array.from({ length: 60 }, (_, i) =>
      allowance.allows("10.0.0.1", `search ${i}`, start + i),
    );
    expect(counted.filter(Boolean)).toHaveLength(30);
    expect(allowance.allows("10.0.0.1", "search 3", start + 100)).toBe(true);
    // Another client has its own.
    expect(allowance.allows("10.0.0.2", "search 59", start + 100)).toBe(true);
    // An hour on, the client starts again.
    expect(allowance.allows("10.0.0.1", "search 59", start + hour)).toBe(true);
  });

  it("remembers a bounded number of clients, forgetting those whose hour has passed", () => {
    const allowance = new SearchAllowance(5, 3);
    const start = Date.now();
    for (const client of ["a", "b", "c"])
      expect(allowance.allows(client, "falls", start)).toBe(true);
    expect(allowance.allows("d", "falls", start + 1)).toBe(false);
    expect(allowance.allows("d", "falls", start + hour)).toBe(true);
  });
});
