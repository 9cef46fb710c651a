import { describe, expect, it } from "vitest";
import {
  changeOutcomeRows,
  outcomeRowsChanged,
  readOutcomes,
} from "./outcomes";
import { fieldErrorsInOrder } from "./fields";
import { submissionSchema } from "@/app/submit/schema";

const row = (n: number, answers: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(answers).map(([field, value]) => [
      `outcome-${n}-${field}`,
      value,
    ]),
  );

const lengthOfStay = {
  measure: "Average length of stay",
  before: "9.5",
  after: "7",
  unit: "days",
  period: "April to September 2024",
};

describe("measured outcomes", () => {
  it("refuses hidden control characters in what was measured, its unit and period", () => {
    const { outcomes, errors } = readOutcomes({
      outcomeCount: "1",
      ...row(0, {
        ...lengthOfStay,
        measure: "Stay\u0000",
        unit: "days\u001B[31m",
        period: "2024\u0007",
      }),
    });
    expect(outcomes).toEqual([]);
    expect(errors.map((error) => error.message)).toEqual([
      "Outcome 1: this must not include hidden control characters",
      "Outcome 1: this must not include hidden control characters",
      "Outcome 1: this must not include hidden control characters",
    ]);
    const cleaned = readOutcomes({
      outcomeCount: "1",
      ...row(0, { ...lengthOfStay, unit: "\u202Edays" }),
    });
    expect(cleaned.outcomes[0]?.unit).toBe("days");
  });

  it("reads figures as people write them, and ignores rows left blank", () => {
    const { outcomes, errors } = readOutcomes({
      outcomeCount: "3",
      ...row(0, lengthOfStay),
      ...row(1, { measure: "", before: " ", after: "", unit: "", period: "" }),
      ...row(2, {
        ...lengthOfStay,
        measure: "Patients seen",
        before: "1,250",
        after: "£1,400",
        unit: "patients a month",
      }),
    });
    expect(errors).toEqual([]);
    expect(outcomes).toEqual([
      { ...lengthOfStay, before: 9.5, after: 7 },
      {
        ...lengthOfStay,
        measure: "Patients seen",
        before: 1250,
        after: 1400,
        unit: "patients a month",
      },
    ]);
  });

  it("names each problem by its row, so the summary links to the right box", () => {
    const { errors } = readOutcomes({
      outcomeCount: "2",
      ...row(0, lengthOfStay),
      ...row(1, {
        ...lengthOfStay,
        before: "about ten",
        unit: "",
        period: "x".repeat(101),
      }),
    });
    expect(errors).toEqual([
      {
        field: "outcome-1-before",
        message:
          "Outcome 2: enter the figure before the change as a number, like 14 or 3.5",
      },
      {
        field: "outcome-1-unit",
        message: "Outcome 2: enter the unit, like days, % or patients a month",
      },
      {
        field: "outcome-1-period",
        message: "Outcome 2: this must be 100 characters or fewer",
      },
    ]);
  });

  it("allows a fall below zero but not a figure past any real one", () => {
    const read = (after: string) =>
      readOutcomes({ ...row(0, { ...lengthOfStay, after }) });
    expect(read("-3").outcomes[0]?.after).toBe(-3);
    expect(read("2000000000").errors[0]?.message).toBe(
      "Outcome 1: the figure after the change is too large",
    );
    expect(read("1e5").errors).toHaveLength(1);
  });

  it("adds a row, and removes one keeping the others' answers, never below one", () => {
    const values = {
      outcomeCount: "2",
      ...row(0, lengthOfStay),
      ...row(1, { ...lengthOfStay, measure: "Readmissions" }),
    };
    expect(changeOutcomeRows(values, { add: true }).outcomeCount).toBe("3");
    const removed = changeOutcomeRows(values, { remove: 0 });
    expect(removed.outcomeCount).toBe("1");
    expect(removed["outcome-0-measure"]).toBe("Readmissions");
    expect(removed["outcome-1-measure"]).toBeUndefined();
    expect(
      changeOutcomeRows({ outcomeCount: "1" }, { remove: 0 }).outcomeCount,
    ).toBe("1");
    expect(
      outcomeRowsChanged({ ...values, intent: "add-outcome" })?.outcomeCount,
    ).toBe("3");
    expect(outcomeRowsChanged({ ...values, intent: "" })).toBeNull();
  });
});

describe("what it cost", () => {
  const valid = {
    title: "Ward huddles",
    summary: "A daily huddle.",
    problem: "Delays.",
    approach: "Huddles.",
    impact: "Fewer delays.",
    themes: ["patient-flow"],
    careSetting: "acute",
    contactName: "Sam",
    contactEmail: "sam@nhs.net",
    confirmation: "yes",
    submissionKey: "0b6f1d5e-8d0a-4c55-9a43-3f1e0a9d2c11",
  };
  const schema = submissionSchema(["patient-flow"]);
  const errorsFor = (costs: Record<string, string>) => {
    const parsed = schema.safeParse({ ...valid, ...costs });
    return parsed.success ? [] : fieldErrorsInOrder(parsed.error);
  };

  it("stores pounds and hours with their periods, and nothing where left blank", () => {
    const parsed = schema.parse({
      ...valid,
      oneOffCost: "£12,000",
      runningCost: "500",
      runningCostPeriod: "month",
      staffHours: "7.5",
      staffHoursPeriod: "week",
    });
    expect(parsed).toMatchObject({
      oneOffCost: 12000,
      runningCost: 500,
      runningCostPeriod: "month",
      staffHours: 7.5,
      staffHoursPeriod: "week",
    });
    expect(schema.parse(valid)).toMatchObject({
      oneOffCost: null,
      runningCost: null,
      runningCostPeriod: null,
      staffHours: null,
      staffHoursPeriod: null,
    });
  });

  it("asks for the period of a running cost or staff time, and drops a period on its own", () => {
    expect(errorsFor({ runningCost: "500", staffHours: "3" })).toEqual([
      {
        field: "runningCostPeriod",
        message: "Select how often the running cost is paid",
      },
      {
        field: "staffHoursPeriod",
        message: "Select what period the staff time is for",
      },
    ]);
    expect(
      schema.parse({ ...valid, runningCostPeriod: "year" }).runningCostPeriod,
    ).toBeNull();
  });

  it("refuses amounts that cannot be right", () => {
    expect(errorsFor({ oneOffCost: "-5" })[0]?.message).toBe(
      "The one-off cost cannot be less than 0",
    );
    expect(errorsFor({ oneOffCost: "12.50" })[0]?.message).toBe(
      "Enter the one-off cost in whole pounds",
    );
    expect(errorsFor({ oneOffCost: "lots" })[0]?.message).toBe(
      "Enter the one-off cost as a number of pounds, like 12000",
    );
    expect(
      errorsFor({ staffHours: "2000000", staffHoursPeriod: "year" })[0]
        ?.message,
    ).toBe("The staff time is too large");
    expect(
      errorsFor({ runningCost: "5", runningCostPeriod: "fortnight" })[0]
        ?.message,
    ).toBe("Select how often the running cost is paid");
  });
});
