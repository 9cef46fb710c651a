import { describe, expect, it } from "vitest";
import type { ExampleWithThemes } from "@/db/catalogue";
import { parse } from "csv-parse/sync";
import { toCsv, toOpenData } from "./open-data";

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
  reviewTokenHash: "a-secret-review-token-hash-for-a-test",
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

  it("keeps a cell of several lines one cell, each line protected", () => {
    const impact = "+cmd|' /C calc'!A0\n@SUM(1+1)\n-2+3";
    const rows = parse(toCsv([{ ...example, impact }]), {
      bom: true,
      relax_quotes: false,
      relax_column_count: false,
    }) as string[][];
    expect(rows).toHaveLength(2);
    const [header, row] = rows as [string[], string[]];
    expect(row).toHaveLength(header.length);
    expect(row[header.indexOf("Results so far")]).toBe(
      "'+cmd|' /C calc'!A0\n'@SUM(1+1)\n'-2+3",
    );
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
