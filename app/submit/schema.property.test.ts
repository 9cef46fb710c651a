import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileString, nastyStrings } from "@/e2e/hostile-strings";
import { fieldLimits } from "@/app/forms/fields";
import { submissionSchema } from "@/app/submit/schema";

const themeSlugs = ["digital", "patient-flow"];
const controlCharacters =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// The submission form's text questions: not a moderator's reason, a report's, a message's or a
// claim's.
const textFields = Object.keys(fieldLimits).filter(
  (field) =>
    ![
      "reason",
      "changes",
      "results",
      "stoppedReason",
      "message",
      "involvement",
    ].includes(field),
) as (keyof typeof fieldLimits)[];

// Text that should get through: markup, SQL and odd Unicode are all fine as plain text.
const acceptableText = fc.oneof(
  fc.constantFrom(
    ...nastyStrings.filter(
      (text) =>
        text.trim() !== "" && !/[\u0000-\u001F\u007F-\u009F]/.test(text),
    ),
  ),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 100 }),
);

const reasonableAnswers = fc.record({
  title: acceptableText,
  summary: acceptableText,
  problem: acceptableText,
  approach: acceptableText,
  impact: acceptableText,
  learning: acceptableText,
  moreInfoUrl: fc.oneof(fc.constant(""), fc.webUrl()),
  themes: fc.subarray(themeSlugs, { minLength: 1 }),
  careSetting: fc.constantFrom("acute", "community"),
  region: fc.constant(""),
  stage: fc.constantFrom("", "pilot", "sustained"),
  evidence: fc.constantFrom("", "described", "control-group"),
  organisation: acceptableText,
  contactName: acceptableText,
  // fast-check's emailAddress() makes RFC-legal oddities that no NHS address uses.
  contactEmail: fc
    .tuple(
      fc.stringMatching(/^[a-z][a-z0-9.]{0,20}[a-z0-9]$/),
      fc.constantFrom("nhs.net", "example.nhs.uk"),
    )
    .map(([name, domain]) => `${name}@${domain}`),
  contactConsent: fc.constantFrom("yes", ""),
  confirmation: fc.constant("yes"),
  submissionKey: fc.uuid({ version: 4 }),
});

// Reasonable answers with up to three of them swapped for something hostile.
const answers = fc
  .tuple(
    reasonableAnswers,
    fc.subarray(
      [
        "title",
        "summary",
        "problem",
        "learning",
        "moreInfoUrl",
        "careSetting",
        "region",
        "stage",
        "evidence",
        "contactEmail",
        "submissionKey",
      ] as const,
      { maxLength: 3 },
    ),
    fc.array(hostileString(), { minLength: 3, maxLength: 3 }),
  )
  .map(([values, swapped, hostile]) => {
    const answers: Record<string, unknown> = { ...values };
    swapped.forEach((field, index) => (answers[field] = hostile[index]));
    return answers;
  });

// 1,000 cases: each swaps up to three answers for hostile text, so every field meets a few hundred
// hostile values. About a second on an idle machine; the timeout allows for a busy one.
const runs = 1000;

describe("the submission schema against hostile input", () => {
  it(
    "never throws, and whatever it accepts is clean, capped plain text",
    { timeout: 60_000 },
    () => {
      let accepted = 0;
      const schema = submissionSchema(themeSlugs);
      fc.assert(
        fc.property(answers, (values) => {
          const parsed = schema.safeParse(values);
          if (!parsed.success) {
            // Every refusal names a field the form can show it against.
            for (const issue of parsed.error.issues)
              expect(String(issue.path[0] ?? "")).not.toBe("");
            return;
          }
          for (const field of textFields) {
            const value = parsed.data[field as keyof typeof parsed.data];
            if (value === null) continue;
            expect(typeof value).toBe("string");
            const text = value as string;
            expect(text.length).toBeLessThanOrEqual(fieldLimits[field]);
            expect(text).not.toMatch(controlCharacters);
            expect(text).toBe(text.trim());
            expect(text).toBe(text.normalize("NFC"));
          }
          accepted += 1;
          if (parsed.data.moreInfoUrl !== null)
            expect(parsed.data.moreInfoUrl).toMatch(/^https?:\/\//i);
          expect(
            parsed.data.themes.every((slug) => themeSlugs.includes(slug)),
          ).toBe(true);
        }),
        { numRuns: runs },
      );
      // Enough answers get through for the checks on accepted text to mean something.
      expect(accepted).toBeGreaterThan(runs / 10);
    },
  );
});
