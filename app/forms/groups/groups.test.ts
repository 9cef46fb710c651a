import { describe, expect, it } from "vitest";
import { submissionSchema } from "@/app/submit/schema";
import { listRows, problemsFor, read, validSubmission } from "../testing";
import { answer, readForm } from "../read-form";
import { posted } from "../testing";

const schema = submissionSchema(["patient-flow"]);

const valid = validSubmission;

/** Outcome rows as the form names them: outcome[0].measure and so on. */
const rows = (...answers: Record<string, string>[]) =>
  listRows("outcome", ...answers);

const lengthOfStay = {
  measure: "Average length of stay",
  before: "9.5",
  after: "7",
  unit: "days",
  period: "April to September 2024",
};

describe("measured results", () => {
  it("refuses hidden control characters in what was measured, its unit and period", () => {
    const { problems } = read(schema, {
      ...valid,
      ...rows({
        ...lengthOfStay,
        measure: "Stay\u0000",
        unit: "days\u001B[31m",
        period: "2024\u0007",
      }),
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      "Outcome 1: this must not include hidden control characters",
      "Outcome 1: this must not include hidden control characters",
      "Outcome 1: this must not include hidden control characters",
    ]);
    const cleaned = read(schema, {
      ...valid,
      ...rows({ ...lengthOfStay, unit: "\u202Edays" }),
    });
    expect(cleaned.value?.outcome[0]?.unit).toBe("days");
  });

  it("reads figures as people write them, and ignores rows left blank", () => {
    const { value } = read(schema, {
      ...valid,
      ...rows(
        lengthOfStay,
        { measure: "", before: " ", after: "", unit: "", period: "" },
        {
          ...lengthOfStay,
          measure: "Patients seen",
          before: "1,250",
          after: "£1,400",
          unit: "patients a month",
        },
      ),
    });
    expect(value?.outcome).toEqual([
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

  it("names each problem by its row, so the summary links to the right box, in the form's order", () => {
    expect(
      problemsFor(schema, {
        ...valid,
        title: "",
        oneOffCost: "lots",
        ...rows(
          { ...lengthOfStay, measure: "" },
          {
            ...lengthOfStay,
            before: "about ten",
            unit: "",
            period: "x".repeat(101),
          },
        ),
      }),
    ).toEqual([
      { field: "title", message: "Enter a title for your example" },
      {
        field: "outcome-0-measure",
        message: "Outcome 1: enter what was measured",
      },
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
      {
        field: "oneOffCost",
        message: "Enter the one-off cost as a number of pounds, like 12000",
      },
    ]);
  });

  it("allows a fall below zero but not a figure past any real one", () => {
    const after = (figure: string) =>
      read(schema, { ...valid, ...rows({ ...lengthOfStay, after: figure }) });
    expect(after("-3").value?.outcome[0]?.after).toBe(-3);
    expect(after("2000000000").problems[0]?.message).toBe(
      "Outcome 1: the figure after the change is too large",
    );
    expect(after("1e5").problems).toHaveLength(1);
  });

  it("adds a row and removes one with Conform's buttons, keeping the answers and showing no problems yet", () => {
    const form = posted({
      ...valid,
      title: "",
      ...rows(lengthOfStay, { ...lengthOfStay, measure: "Readmissions" }),
    });
    form.append(
      "__intent__",
      JSON.stringify({
        type: "remove",
        payload: { name: "outcome", index: 0 },
      }),
    );
    const removed = answer(readForm(form, schema), schema);
    expect(removed.error).toBeUndefined();
    expect(removed.initialValue).toMatchObject({
      outcome: [{ measure: "Readmissions" }],
    });
    form.set(
      "__intent__",
      JSON.stringify({ type: "insert", payload: { name: "outcome" } }),
    );
    const added = answer(readForm(form, schema), schema);
    expect((added.initialValue?.outcome as unknown[]).length).toBe(3);
  });

  it("does not read a row numbered past any form's rows", () => {
    const { value } = read(schema, {
      ...valid,
      "outcome[999999999].measure": "A billion rows",
    });
    expect(value?.outcome).toEqual([]);
  });
});

describe("what it cost", () => {
  const errorsFor = (costs: Record<string, string>) =>
    problemsFor(schema, { ...valid, ...costs });

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
