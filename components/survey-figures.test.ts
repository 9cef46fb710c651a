import { describe, expect, it } from "vitest";
import { seedStatements } from "@/seed/catalogue";
import { agreedShare, headlineSentence, reportedTotal } from "./survey-figures";

const bySlug = (slug: string) => {
  const statement = seedStatements.find((s) => s.slug === slug);
  if (!statement) throw new Error(`no statement ${slug}`);
  return statement;
};

describe("survey figures", () => {
  it("adds strongly agree and agree into the headline share the report gives", () => {
    expect(seedStatements.map(agreedShare)).toEqual([29, 89, 70, 86, 71]);
  });

  it("keeps totals as reported, without forcing them to 100", () => {
    expect(seedStatements.map(reportedTotal)).toEqual([97, 100, 99, 100, 100]);
  });

  it("words the headline sentence with its split", () => {
    expect(
      headlineSentence(bySlug("board-prioritising-quality-improvement")),
    ).toBe(
      "89% of trust leaders agreed that their trust board is prioritising a focus on quality improvement and trust-wide improvement programmes (31% strongly agreed, 58% agreed).",
    );
    expect(headlineSentence(bySlug("nhs-impact-helpful"))).toBe(
      "29% of trust leaders agreed that NHS IMPACT has been helpful in ensuring a focus on quality improvement (4% strongly agreed, 25% agreed).",
    );
  });
});
