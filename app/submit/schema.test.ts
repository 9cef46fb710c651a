import { z } from "zod";
import { describe, expect, it } from "vitest";
import { read } from "@/app/forms/testing";
import { submissionSchema } from "@/app/submit/schema";

const schema = submissionSchema(["patient-flow", "digital"]);

const valid = {
  title: "Discharge lounge",
  summary: "A lounge where patients wait for transport home.",
  problem: "Beds were held while patients waited.",
  approach: "We opened a staffed lounge.",
  impact: "Beds were freed earlier in the day.",
  learning: "",
  themes: ["patient-flow"],
  careSetting: "acute",
  region: "",
  organisation: "",
  contactName: "Sam Jones",
  contactEmail: "sam.jones@nhs.net",
  moreInfoUrl: "",
  confirmation: "yes",
  submissionKey: "0b6f1d5e-8d0a-4c55-9a43-3f1e0a9d2c11",
};

const errorsFor = (values: Record<string, unknown>) => {
  const parsed = schema.safeParse(values);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("submissionSchema", () => {
  it("accepts a complete submission, turning blank optional answers into null", () => {
    const parsed = schema.parse(valid);
    expect(parsed).toMatchObject({
      learning: null,
      region: null,
      organisation: null,
      moreInfoUrl: null,
      contactConsent: false,
    });
  });

  it("asks for every required answer by name", () => {
    const errors = errorsFor({});
    expect(errors.title).toEqual(["Enter a title for your example"]);
    expect(errors.summary).toEqual(["Enter a summary of your example"]);
    expect(errors.problem).toEqual(["Enter why the work was needed"]);
    expect(errors.approach).toEqual(["Enter what was done"]);
    expect(errors.impact).toEqual(["Enter the results so far"]);
    expect(errors.themes).toEqual(["Select at least one theme"]);
    expect(errors.careSetting).toEqual(["Select the care setting"]);
    expect(errors.contactName).toEqual(["Enter your name"]);
    expect(errors.contactEmail).toEqual(["Enter your work email address"]);
    expect(errors.confirmation?.[0]).toMatch(
      /^Confirm that the example can be shared publicly/,
    );
    expect(errors.learning).toBeUndefined();
    expect(errors.region).toBeUndefined();
  });

  it("treats answers of only spaces as empty and trims the rest", () => {
    expect(errorsFor({ ...valid, title: "   " }).title).toEqual([
      "Enter a title for your example",
    ]);
    expect(
      schema.parse({ ...valid, title: "  Discharge lounge \n" }).title,
    ).toBe("Discharge lounge");
  });

  it("caps the summary at 300 characters, counting a line break as one", () => {
    expect(errorsFor({ ...valid, summary: "a".repeat(301) }).summary).toEqual([
      "Summary must be 300 characters or fewer",
    ]);
    const withWindowsBreaks = `${"a".repeat(149)}\r\n${"b".repeat(150)}`;
    expect(
      schema.parse({ ...valid, summary: withWindowsBreaks }).summary,
    ).toHaveLength(300);
    expect(errorsFor({ ...valid, title: "t".repeat(151) }).title).toEqual([
      "Title must be 150 characters or fewer",
    ]);
    expect(errorsFor({ ...valid, problem: "p".repeat(3001) }).problem).toEqual([
      "Why it was needed must be 3,000 characters or fewer",
    ]);
  });

  it("normalises Unicode so the same words are stored the same way", () => {
    const decomposed = "Cafe\u0301 for carers";
    expect(schema.parse({ ...valid, title: decomposed }).title).toBe(
      "Caf\u00e9 for carers",
    );
  });

  it("refuses control characters but keeps line breaks in longer answers", () => {
    expect(errorsFor({ ...valid, title: "Null\u0000byte" }).title).toEqual([
      "Title must not include hidden control characters",
    ]);
    expect(errorsFor({ ...valid, approach: "Bell\u0007" }).approach).toEqual([
      "What was done must not include hidden control characters",
    ]);
    expect(errorsFor({ ...valid, title: "Two\nlines" }).title).toEqual([
      "Title must be on one line",
    ]);
    expect(schema.parse({ ...valid, approach: "First\nSecond" }).approach).toBe(
      "First\nSecond",
    );
  });

  it("removes bidirectional overrides and isolates from every answer, so text reads as it is stored", () => {
    const parsed = schema.parse({
      ...valid,
      title: "Invoice\u202Efdp.exe",
      summary: "A \u2066hidden\u2069 turn and \u202Ain\u202C order",
      contactName: "Sam\u202D Jones",
    });
    expect(parsed.title).toBe("Invoicefdp.exe");
    expect(parsed.summary).toBe("A hidden turn and in order");
    expect(parsed.contactName).toBe("Sam Jones");
  });

  it("only takes http and https links", () => {
    expect(
      schema.parse({
        ...valid,
        moreInfoUrl: " https://www.example.nhs.uk/home-first ",
      }).moreInfoUrl,
    ).toBe("https://www.example.nhs.uk/home-first");
    expect(
      errorsFor({ ...valid, moreInfoUrl: "http://example.org" }).moreInfoUrl,
    ).toBeUndefined();
    for (const hostile of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "ftp://example.org/file",
      "www.example.org",
      "https://",
    ]) {
      expect(
        errorsFor({ ...valid, moreInfoUrl: hostile }).moreInfoUrl?.[0],
        hostile,
      ).toMatch(/^Enter a link that starts with https:\/\/ or http:\/\//);
    }
  });

  it("checks the email address, care setting, region and themes against their lists", () => {
    expect(
      errorsFor({ ...valid, contactEmail: "sam.jones" }).contactEmail,
    ).toEqual([
      "Enter an email address in the correct format, like name@nhs.net",
    ]);
    expect(
      errorsFor({ ...valid, careSetting: "hospital" }).careSetting,
    ).toEqual(["Select the care setting"]);
    expect(errorsFor({ ...valid, region: "Atlantis" }).region).toEqual([
      "Select a region from the list",
    ]);
    expect(errorsFor({ ...valid, themes: ["made-up"] }).themes).toEqual([
      "Select themes from the list",
    ]);
  });

  it("keeps the show-my-details choice only when ticked", () => {
    expect(
      schema.parse({ ...valid, contactConsent: "yes" }).contactConsent,
    ).toBe(true);
    expect(
      schema.parse({ ...valid, contactConsent: "on" }).contactConsent,
    ).toBe(false);
  });
});

describe("reading the form post", () => {
  it("reads one ticked theme or several as a list, and leaves out Next's own fields", () => {
    const answers = { ...valid, $ACTION_ID_abc: "" };
    expect(
      read(schema, { ...answers, themes: "digital" }).value?.themes,
    ).toEqual(["digital"]);
    expect(
      read(schema, { ...answers, themes: ["digital", "patient-flow"] }).value,
    ).toMatchObject({ themes: ["digital", "patient-flow"] });
  });
});
