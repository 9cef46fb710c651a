import { describe, expect, it } from "vitest";
import {
  maxMeasurePoints,
  readDate,
  readMeasurePoints,
  readValue,
} from "./measure-points";

describe("reading results over time as a team pastes them", () => {
  it("reads dates as ISO, in UK order, or as a month", () => {
    expect(readDate("2024-03-01")).toBe("2024-03-01");
    expect(readDate("01/03/2024")).toBe("2024-03-01"); // 1 March, not 3 January
    expect(readDate("1/3/2024")).toBe("2024-03-01");
    expect(readDate("Mar 2024")).toBe("2024-03-01");
    expect(readDate("September 2024")).toBe("2024-09-01");
    expect(readDate("sept-2024")).toBe("2024-09-01");
    for (const wrong of [
      "31/02/2024",
      "2024-13-01",
      "03/01/24",
      "Mrch 2024",
      "",
      "Q1 2024",
    ])
      expect(readDate(wrong), wrong).toBeNull();
  });

  it("reads numbers as a spreadsheet shows them", () => {
    expect(readValue("1,234")).toBe(1234);
    expect(readValue('"1,234.5"')).toBe(1234.5);
    expect(readValue("-3.5")).toBe(-3.5);
    expect(readValue("12%")).toBe(12);
    expect(readValue(" 7 ")).toBe(7);
    for (const wrong of ["abc", "1,23", "12,34,567", "", "1e5", "£12", "1.2.3"])
      expect(readValue(wrong), wrong).toBeNull();
  });

  it("reads two columns pasted from a spreadsheet, with or without a header, skipping blank lines", () => {
    const pasted =
      "Month\tDays\r\nMar 2024\t12\n\n01/04/2024\t1,234\r\n2024-05-01\t9.5\n";
    expect(readMeasurePoints(pasted)).toEqual({
      ok: true,
      points: [
        { date: "2024-03-01", value: 12, note: null },
        { date: "2024-04-01", value: 1234, note: null },
        { date: "2024-05-01", value: 9.5, note: null },
      ],
    });
    expect(readMeasurePoints('2024-03-01,12\n2024-04-01,"1,234"')).toEqual({
      ok: true,
      points: [
        { date: "2024-03-01", value: 12, note: null },
        { date: "2024-04-01", value: 1234, note: null },
      ],
    });
    expect(readMeasurePoints("2024-03-01,1,234")).toEqual({
      ok: true,
      points: [{ date: "2024-03-01", value: 1234, note: null }],
    });
  });

  it("reads a third column as the point's note, in CSV or pasted with tabs", () => {
    expect(
      readMeasurePoints(
        'Mar 2024\t12\tNew discharge checklist started\n2024-04-01,"1,234","Audit, second round"\n2024-05-01,9,ward 3 closed',
      ),
    ).toEqual({
      ok: true,
      points: [
        {
          date: "2024-03-01",
          value: 12,
          note: "New discharge checklist started",
        },
        { date: "2024-04-01", value: 1234, note: "Audit, second round" },
        { date: "2024-05-01", value: 9, note: "ward 3 closed" },
      ],
    });
    expect(readMeasurePoints(`2024-03-01,12,${"x".repeat(201)}`)).toEqual({
      ok: false,
      problems: [
        { row: 1, message: "Row 1: the note must be 200 characters or fewer" },
      ],
    });
  });

  it("refuses a date given twice, a value that is not a number and a line without two columns, naming each row", () => {
    const result = readMeasurePoints(
      "date,value\n2024-03-01,12\n2024-04-01,twelve\n2024-03-01,13\njust one column\nnot a date,4",
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { row: 3, message: "Row 3: ‘twelve’ is not a number" },
        { row: 4, message: "Row 4: 2024-03-01 is given twice (also row 2)" },
        {
          row: 5,
          message:
            "Row 5: give a date and a value, separated by a tab or a comma",
        },
        {
          row: 6,
          message:
            "Row 6: ‘not a date’ is not a date. Use a date like 2024-03-01, 01/03/2024 or Mar 2024",
        },
      ],
    });
  });

  it("refuses more points than a measure may have, at once", () => {
    const rows = Array.from(
      { length: 10_000 },
      (_, i) =>
        `${new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10)},${i}`,
    ).join("\n");
    const result = readMeasurePoints(rows);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]!.message).toContain(
      `at most ${maxMeasurePoints.toLocaleString("en-GB")} points`,
    );
    const most = rows.split("\n").slice(0, maxMeasurePoints).join("\n");
    expect(readMeasurePoints(most).ok).toBe(true);
  });
});
