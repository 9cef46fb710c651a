import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvDocument, protectCell } from "./csv";

/** A strict reader: a stray quote or a row of another length is an error, not a guess. */
const read = (csv: string) =>
  parse(csv, {
    bom: true,
    relax_quotes: false,
    relax_column_count: false,
  }) as string[][];

describe("CSV downloads", () => {
  it("prefix every line of a cell that a spreadsheet would run as a formula", () => {
    for (const risky of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
      expect(protectCell(risky)).toBe(`'${risky}`);
    expect(protectCell("Home First")).toBe("Home First");
    expect(protectCell("")).toBe("");
    expect(protectCell("fine\n=cmd\nfine\n@x")).toBe("fine\n'=cmd\nfine\n'@x");
    expect(protectCell("a\r-1")).toBe("a\r'-1");
  });

  it("come back from a strict reader with every row and every cell as written", () => {
    const cell = fc.string({
      unit: fc.constantFrom(
        "a",
        " ",
        ",",
        '"',
        "\n",
        "\r",
        "=",
        "+",
        "-",
        "@",
        "\t",
        "é",
        "'",
      ),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
            minLength: 1,
            maxLength: 6,
          }),
        ),
        (rows) => {
          const back = read(csvDocument(rows));
          expect(back).toEqual(rows.map((row) => row.map(protectCell)));
          for (const row of back)
            for (const value of row)
              expect(
                value.split(/[\r\n]/).every((line) => !/^[=+\-@\t]/.test(line)),
              ).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
