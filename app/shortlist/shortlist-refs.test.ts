import { describe, expect, it } from "vitest";
import {
  readShortlistRefs,
  shortlistLimit,
  shortlistUrl,
} from "./shortlist-refs";

describe("readShortlistRefs", () => {
  it("keeps references in the order given, once each, however they were typed", () => {
    expect(readShortlistRefs("IX-0006, ix-0005,IX-0006 IX-0010")).toEqual({
      references: ["IX-0006", "IX-0005", "IX-0010"],
      unrecognised: [],
      leftOut: 0,
    });
  });

  it("sets aside what cannot be a reference, to say so", () => {
    const read = readShortlistRefs("IX-0005,<script>,IX-12");
    expect(read.references).toEqual(["IX-0005"]);
    expect(read.unrecognised).toEqual(["<script>", "IX-12"]);
  });

  it(`stops at ${shortlistLimit} references and counts the rest`, () => {
    const many = Array.from(
      { length: shortlistLimit + 3 },
      (_, i) => `IX-${String(i + 1).padStart(4, "0")}`,
    );
    const read = readShortlistRefs(many.join(","));
    expect(read.references).toHaveLength(shortlistLimit);
    expect(read.leftOut).toBe(3);
  });

  it("reads an empty or missing link as an empty list, and writes it back the same", () => {
    expect(readShortlistRefs(undefined).references).toEqual([]);
    expect(readShortlistRefs(["", " "]).references).toEqual([]);
    expect(shortlistUrl([])).toBe("/shortlist");
    expect(shortlistUrl(["IX-0005", "IX-0006"])).toBe(
      "/shortlist?refs=IX-0005,IX-0006",
    );
  });
});
