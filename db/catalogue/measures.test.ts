import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  approveSubmission,
  createSubmission,
  getExampleForReview,
  listHistory,
  updateExample,
} from "@/db/moderation";
import { searchExamples } from "@/db/search/search";
import { whenSearchIndexFresh } from "@/db/search/memory-index";
import { seedCatalogue } from "@/db/catalogue/seed";
import { exampleAnswers, insertTestModerator } from "@/db/testing";
import { listExampleResults, type MeasureValues } from "./measures";

beforeAll(async () => {
  await seedCatalogue();
});

const monthly = (values: number[], from = 2024): MeasureValues["points"] =>
  values.map((value, i) => ({
    date: `${from + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`,
    value,
    note: i === 3 ? "Checklist started" : null,
    rebase: i === 3,
  }));

const stay: MeasureValues = {
  name: "Average length of stay",
  unit: "days",
  better: "lower",
  target: 8,
  points: monthly([10, 11, 9, 6.5, 6, 7]),
};

async function publishWith(title: string, measures: MeasureValues[]) {
  const moderator = await insertTestModerator();
  const { reference } = await createSubmission(
    { ...exampleAnswers(title), submissionKey: randomUUID() },
    { measures },
  );
  const example = (await getExampleForReview(reference))!;
  await approveSubmission({
    id: example.id,
    moderatorId: moderator.id,
    version: example.version,
  });
  return { moderator, example: (await getExampleForReview(reference))! };
}

describe("measures over time", () => {
  it("are stored with the submission and read back in order, points by date", async () => {
    const falls: MeasureValues = {
      name: "Falls",
      unit: "falls a month",
      better: "neither",
      target: null,
      points: monthly([3, 4]).toReversed(),
    };
    const { example } = await publishWith("Ocelot discharge checklist", [
      stay,
      falls,
    ]);
    const { measures, outcomes } = await listExampleResults(example.id);
    expect(outcomes).toEqual([]);
    expect(measures).toEqual([stay, { ...falls, points: monthly([3, 4]) }]);
  });

  it("change with a moderator's edit, recorded in the history; the same measures change nothing", async () => {
    const { moderator, example } = await publishWith(
      "Pangolin discharge checklist",
      [stay],
    );
    const { themes, ...stored } = example;
    const fields = {
      ...exampleAnswers(stored.title),
      themes: themes.map((theme) => theme.slug),
    };
    const same = await updateExample({
      id: example.id,
      moderatorId: moderator.id,
      version: example.version,
      fields,
      measures: [stay],
    });
    expect(same).toMatchObject({ ok: true, changed: false });

    const longer = { ...stay, points: monthly([10, 11, 9, 6.5, 6, 7, 5]) };
    const edited = await updateExample({
      id: example.id,
      moderatorId: moderator.id,
      version: example.version,
      fields,
      measures: [longer],
    });
    expect(edited).toMatchObject({ ok: true, changed: true });
    expect((await listExampleResults(example.id)).measures).toEqual([longer]);
    const [latest] = await listHistory({ exampleId: example.id });
    expect(latest!.changes).toEqual({
      measures: {
        from: ["Average length of stay (6 results)"],
        to: ["Average length of stay (7 results)"],
      },
    });
  });

  it("are what the 'results shown over time' filter finds", async () => {
    await publishWith("Tapir frailty measures", [stay]);
    await publishWith("Tapir frailty words", []);
    await whenSearchIndexFresh();
    const all = await searchExamples({ q: "tapir" });
    expect(all.total).toBe(2);
    expect(all.facets.overTime).toEqual([
      expect.objectContaining({ value: "yes", count: 1 }),
    ]);
    const charted = await searchExamples({ q: "tapir", overTime: true });
    expect(charted.results.map((result) => result.title)).toEqual([
      "Tapir frailty measures",
    ]);
  });
});
