import { describe, expect, it } from "vitest";
import type { ExampleWithThemes } from "@/db/catalogue";
import { protectCell, toCsv, toOpenData } from "./open-data";

const example: ExampleWithThemes = {
  id: 1,
  slug: "ward-huddles",
  reference: "IX-0042",
  title: "=SUM(A1:A9)",
  summary: "+44 7700 900000",
  problem: "-1",
  approach: "@import",
  impact: "\tTabbed",
  learning: null,
  organisation: null,
  careSetting: "acute",
  region: null,
  keywords: [],
  sourceTitle: null,
  sourceChapter: null,
  sourceUrl: null,
  sourcePeriod: null,
  contactName: "Alex Smith",
  contactEmail: "alex.smith@nhs.net",
  contactConsent: false,
  contactForwarding: false,
  emailUpdates: true,
  moreInfoUrl: null,
  submissionKey: "0b6f1d5e-8d0a-4c55-9a43-3f1e0a9d2c11",
  version: 1,
  status: "published",
  createdAt: new Date("2026-01-02T00:00:00Z"),
  updatedAt: new Date("2026-01-03T00:00:00Z"),
  publishedAt: new Date("2026-01-02T00:00:00Z"),
  confirmedAt: new Date("2026-01-02T00:00:00Z"),
  reviewDueAt: new Date("2028-01-02T00:00:00Z"),
  reviewToken: "a-secret-review-token-for-a-test",
  reviewAskedAt: null,
  dueForReviewAt: null,
  stage: null,
  evidence: null,
  evidenceChecked: false,
  publishedReportCount: 0,
  oneOffCost: null,
  runningCost: null,
  runningCostPeriod: null,
  staffHours: null,
  staffHoursPeriod: null,
  themes: [{ slug: "patient-flow", name: "Patient flow" }],
};

describe("open data", () => {
  it("prefixes cells a spreadsheet would run as formulas", () => {
    for (const risky of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) {
      expect(protectCell(risky)).toBe(`'${risky}`);
    }
    expect(protectCell("Home First")).toBe("Home First");
    expect(protectCell("")).toBe("");
  });

  it("writes a header row and protected cells, as UTF-8 with a byte order mark", () => {
    const csv = toCsv([example]);
    expect(csv.startsWith("\uFEFFReference,Title,Summary,")).toBe(true);
    const row = csv.split("\r\n")[1] ?? "";
    expect(
      row.startsWith(
        "IX-0042,'=SUM(A1:A9),'+44 7700 900000,'-1,'@import,'\tTabbed,",
      ),
    ).toBe(true);
    expect(row).toContain("Patient flow");
    expect(row).toContain("Acute");
  });

  it("never gives out the link a team answers its review question with", () => {
    expect(JSON.stringify(toOpenData(example))).not.toContain(
      "a-secret-review-token",
    );
    expect(toCsv([example])).not.toContain("a-secret-review-token");
  });

  it("leaves out contact details unless the person agreed to share them", () => {
    expect(toOpenData(example).contact).toBeNull();
    expect(toCsv([example])).not.toContain("alex.smith@nhs.net");
    expect(toOpenData({ ...example, contactConsent: true }).contact).toEqual({
      name: "Alex Smith",
      email: "alex.smith@nhs.net",
    });
  });
});
