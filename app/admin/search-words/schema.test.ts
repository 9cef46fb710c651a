import { describe, expect, it } from "vitest";
import { z } from "zod";
import { synonymSchema } from "./schema";

const valid = {
  word: "frailty",
  means: "older people",
  note: "Staff search for frailty when they mean older people.",
};

const errorsFor = (values: Record<string, unknown>) => {
  const parsed = synonymSchema.safeParse(values);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("teaching the search a word", () => {
  it("refuses hidden control characters, and keeps a note's line breaks", () => {
    expect(errorsFor({ ...valid, note: "Why\u001B[2J" }).note).toEqual([
      "Why must not include hidden control characters",
    ]);
    expect(errorsFor({ ...valid, word: "frail\u0000ty" }).word).toEqual([
      "Word must not include hidden control characters",
    ]);
    expect(synonymSchema.parse({ ...valid, note: "One\nTwo" }).note).toBe(
      "One\nTwo",
    );
  });

  it("removes bidirectional overrides", () => {
    expect(
      synonymSchema.parse({ ...valid, means: "older\u202E people" }).means,
    ).toBe("older people");
  });
});
