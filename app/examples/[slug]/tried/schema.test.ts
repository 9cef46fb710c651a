import { describe, expect, it } from "vitest";
import { problemsFor } from "@/app/forms/testing";
import { adoptionReportSchema } from "./schema";

const valid = {
  careSetting: "community",
  region: "",
  organisation: "",
  changes: "We ran it for six weeks instead of twelve.",
  results: "Length of stay fell from 9 to 7 days.",
  state: "running",
  stoppedReason: "",
  contactName: "Jo Patel",
  contactEmail: "jo.patel@nhs.net",
  contactConsent: "",
  confirmation: "yes",
  submissionKey: "0b6f1d5e-8d0a-4c55-9a43-3f1e0a9d2c11",
};

const errorsFor = (values: Record<string, string>) =>
  problemsFor(adoptionReportSchema, values);

describe("the 'we tried this too' schema", () => {
  it("accepts a report, storing blanks as null and no reason for one still running", () => {
    const parsed = adoptionReportSchema.parse({
      ...valid,
      stoppedReason: "Typed before changing their mind",
    });
    expect(parsed).toMatchObject({
      careSetting: "community",
      region: null,
      organisation: null,
      state: "running",
      stoppedReason: null,
      contactConsent: false,
    });
  });

  it("asks why a team stopped", () => {
    expect(errorsFor({ ...valid, state: "stopped" })).toEqual([
      { field: "stoppedReason", message: "Enter why you stopped" },
    ]);
    expect(
      adoptionReportSchema.parse({
        ...valid,
        state: "stopped",
        stoppedReason: "  Funding ended.  ",
      }).stoppedReason,
    ).toBe("Funding ended.");
  });

  it("lists every problem once, in the order the form asks", () => {
    expect(
      errorsFor({ ...valid, careSetting: "", changes: " ", state: "maybe" }),
    ).toEqual([
      {
        field: "careSetting",
        message: "Select the care setting where you tried it",
      },
      {
        field: "changes",
        message:
          "Enter what you changed from the original, or say that you changed nothing",
      },
      { field: "state", message: "Select whether it is still running" },
    ]);
    const { confirmation: _unticked, ...unconfirmed } = valid;
    expect(errorsFor(unconfirmed)[0]?.message).toBe(
      "Confirm that your report can be shared publicly and contains no patient-identifiable information",
    );
  });

  it("refuses answers over their limits", () => {
    expect(errorsFor({ ...valid, results: "x".repeat(3001) })).toEqual([
      {
        field: "results",
        message: "What happened must be 3,000 characters or fewer",
      },
    ]);
  });
});
