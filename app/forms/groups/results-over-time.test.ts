import { describe, expect, it } from "vitest";
import { moderatorEditSchema, submissionSchema } from "@/app/submit/schema";
import { listRows, posted, read, validSubmission } from "../testing";
import { readMeasureFiles } from "./results-over-time";

const schema = submissionSchema(["patient-flow"]);

const valid = validSubmission;

/** Measures as the form names them: measure[0].name and so on. */
const measures = (...answers: Record<string, string>[]) =>
  listRows("measure", ...answers);

const stay = {
  name: "Average length of stay",
  unit: "days",
  better: "lower",
  target: "8",
  points:
    "Jan 2024\t10\nFeb 2024\t11\nMar 2024\t6\tChecklist started\nApr 2024\t5",
  newPeriods: "Mar 2024",
};

const messages = (answers: Record<string, string>) =>
  read(schema, { ...valid, ...answers }).problems.map(
    (problem) => problem.message,
  );

describe("results over time", () => {
  it("reads a measure: its points in order, each note, and where a new period starts", () => {
    const { value } = read(schema, { ...valid, ...measures(stay) });
    expect(value?.measure).toEqual([
      {
        name: "Average length of stay",
        unit: "days",
        better: "lower",
        target: 8,
        points: [
          { date: "2024-01-01", value: 10, note: null, rebase: false },
          { date: "2024-02-01", value: 11, note: null, rebase: false },
          {
            date: "2024-03-01",
            value: 6,
            note: "Checklist started",
            rebase: true,
          },
          { date: "2024-04-01", value: 5, note: null, rebase: false },
        ],
      },
    ]);
  });

  it("is optional: no measure, or one left blank, sends none", () => {
    expect(read(schema, valid).value?.measure).toEqual([]);
    expect(
      read(schema, {
        ...valid,
        ...measures({ name: "", unit: "", points: "", newPeriods: "" }),
      }).value?.measure,
    ).toEqual([]);
  });

  it("names the measure and the row of each problem", () => {
    expect(
      messages(
        measures({
          ...stay,
          better: "",
          target: "about 8",
          points: "Jan 2024\t10\nFeb 2024\tn/a\nJan 2024\t4",
        }),
      ),
    ).toEqual([
      "Measure 1: select which way is better",
      "Measure 1: enter the target as a number, like 10 or 92.5",
      "Measure 1: row 2: ‘n/a’ is not a number. 1 more row needs correcting too",
    ]);
    expect(messages(measures({ ...stay, points: "Jan 2024\t10" }))).toEqual([
      "Measure 1: give at least 2 results, a date and a value on each line",
    ]);
  });

  it("starts a new period only at one of the results' dates, and not the first", () => {
    expect(messages(measures({ ...stay, newPeriods: "Jun 2024" }))).toEqual([
      "Measure 1: 2024-06-01 is not one of the dates of the results",
    ]);
    expect(messages(measures({ ...stay, newPeriods: "01/01/2024" }))).toEqual([
      "Measure 1: a new period cannot start at the first result (2024-01-01)",
    ]);
    expect(messages(measures({ ...stay, newPeriods: "soon" }))).toEqual([
      "Measure 1: ‘soon’ is not a date. Use a date like 2024-03-01, 01/03/2024 or Mar 2024",
    ]);
    const twice = read(schema, {
      ...valid,
      ...measures({ ...stay, newPeriods: "Feb 2024; 2024-04-01" }),
    });
    expect(
      twice.value?.measure[0]!.points.map((point) => point.rebase),
    ).toEqual([false, true, false, true]);
  });
});

describe("readMeasureFiles", () => {
  const withFile = (file: File) => {
    const form = posted({ ...valid, ...measures(stay) });
    form.append("measure[0].pointsFile", file);
    return form;
  };

  it("puts a CSV file's text in place of what was pasted", async () => {
    const read = await readMeasureFiles(
      withFile(new File(["Jan 2024,3\r\nFeb 2024,4\r\n"], "falls.csv")),
    );
    expect(read.getAll("measure[0].points")).toEqual([
      "Jan 2024,3\r\nFeb 2024,4\r\n",
    ]);
    expect(read.has("measure[0].pointsFile")).toBe(false);
    expect(read.get("title")).toBe("Ward huddles");
  });

  it("reads a file whose words are a problem's name on an object as text", async () => {
    const read = await readMeasureFiles(
      withFile(new File(["toString"], "odd.csv")),
    );
    expect(read.get("measure[0].points")).toBe("toString");
    expect(read.has("measure[0].pointsFile")).toBe(false);
  });

  it("keeps what was pasted when no file was chosen", async () => {
    const read = await readMeasureFiles(withFile(new File([], "")));
    expect(read.get("measure[0].points")).toBe(stay.points);
    expect(read.has("measure[0].pointsFile")).toBe(false);
  });

  it("says why a file that is not text, or too large, was not read", async () => {
    const notText = await readMeasureFiles(
      withFile(new File([new Uint8Array([0x50, 0x4b, 0x03, 0xff])], "a.xlsx")),
    );
    expect(notText.get("measure[0].pointsFile")).toBe("not-text");
    const large = await readMeasureFiles(
      withFile(new File(["x".repeat(300 * 1024)], "big.csv")),
    );
    expect(large.get("measure[0].pointsFile")).toBe("too-large");
    expect(
      read(
        schema,
        Object.fromEntries(notText) as Record<string, string>,
      ).problems.map((problem) => problem.message),
    ).toEqual([
      "Measure 1: the file is not a CSV file. Save it from your spreadsheet as CSV and choose it again",
    ]);
  });
});

describe("the 'Measured over time' evidence label", () => {
  const moderatorEdit = moderatorEditSchema(["patient-flow"]);
  const edit = {
    ...valid,
    evidence: "over-time",
  };
  const year = Array.from(
    { length: 12 },
    (_, i) => `2024-${String(i + 1).padStart(2, "0")}-01\t${10 + (i % 3)}`,
  ).join("\n");

  it("is never the sender's to give", () => {
    expect(messages({ evidence: "over-time" })).toEqual([
      "Select how the results were shown from the list",
    ]);
  });

  it("is a moderator's to give once a measure has 12 results", () => {
    expect(
      read(moderatorEdit, {
        ...edit,
        ...measures({ ...stay, newPeriods: "" }),
      }).problems.map((problem) => problem.message),
    ).toEqual([
      "‘Measured over time’ needs a measure over time with 12 or more results",
    ]);
    expect(
      read(moderatorEdit, {
        ...edit,
        ...measures({ ...stay, points: year, newPeriods: "" }),
      }).value?.evidence,
    ).toBe("over-time");
  });
});
