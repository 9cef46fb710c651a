import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./client";
import { findExampleRoute, listPublishedExamples } from "./examples";
import {
  approveSubmission,
  countExamplesByStatus,
  createSubmission,
  getExampleForReview,
  listExamplesForModeration,
  rejectSubmission,
  updateExample,
  withdrawExample,
  type EditableFields,
} from "./moderation";
import { examples, moderationEvents } from "./schema";
import { searchExamples } from "./search";
import { seedCatalogue } from "./seed";
import { insertTestModerator } from "./testing";

beforeAll(() => {
  seedCatalogue();
});

function fields(
  title: string,
  extra: Partial<EditableFields> = {},
): EditableFields {
  return {
    title,
    summary: `${title}: what it is, in a sentence.`,
    problem: "Patients waited too long for a bed on the ward.",
    approach: "The team reviewed every discharge each morning.",
    impact: "Waiting fell over six months.",
    learning: null,
    careSetting: "acute",
    region: null,
    stage: null,
    evidence: null,
    evidenceChecked: false,
    organisation: null,
    oneOffCost: null,
    runningCost: null,
    runningCostPeriod: null,
    staffHours: null,
    staffHoursPeriod: null,

    contactName: "Sam Jones",
    contactEmail: "sam.jones@nhs.net",
    contactConsent: false,
    moreInfoUrl: null,
    themes: ["patient-flow"],
    ...extra,
  };
}

const submit = (title: string, extra: Partial<EditableFields> = {}) => {
  const { reference } = createSubmission({
    ...fields(title, extra),
    submissionKey: randomUUID(),
  });
  const example = getExampleForReview(reference);
  if (!example) throw new Error("submission not stored");
  return example;
};

const eventsOf = (exampleId: number, action: string) =>
  db()
    .select()
    .from(moderationEvents)
    .where(eq(moderationEvents.exampleId, exampleId))
    .all()
    .filter((event) => event.action === action);

describe("createSubmission", () => {
  it("stores a pending example that no public read can see", async () => {
    const example = submit("Quokka discharge lounge");
    expect(example.status).toBe("pending");
    expect(example.reference).toBe(`IX-${String(example.id).padStart(4, "0")}`);
    expect(example.themes.map((theme) => theme.slug)).toEqual(["patient-flow"]);
    expect(eventsOf(example.id, "submitted")).toHaveLength(1);
    expect((await searchExamples({ q: "quokka" })).total).toBe(0);
    expect(await findExampleRoute(example.slug)).toEqual({ kind: "missing" });
    expect((await listPublishedExamples()).map((e) => e.id)).not.toContain(
      example.id,
    );
  });

  it("stores a double submit once and gives both the same reference", () => {
    const submission = {
      ...fields("Wombat ward rounds"),
      submissionKey: randomUUID(),
    };
    const first = createSubmission(submission);
    const second = createSubmission(submission);
    expect(first.created).toBe(true);
    expect(second).toEqual({ reference: first.reference, created: false });
    const [{ total }] = db()
      .select({ total: count() })
      .from(examples)
      .where(eq(examples.title, "Wombat ward rounds"))
      .all() as [{ total: number }];
    expect(total).toBe(1);
  });

  it("stores nothing when a theme is unknown", () => {
    const before = countExamplesByStatus().pending;
    expect(() =>
      createSubmission({
        ...fields("Unknown theme", { themes: ["no-such-theme"] }),
        submissionKey: randomUUID(),
      }),
    ).toThrow();
    expect(countExamplesByStatus().pending).toBe(before);
  });
});

describe("moderation", () => {
  it("lists pending submissions oldest first", () => {
    const older = submit("Older pending example");
    const newer = submit("Newer pending example");
    const queue = listExamplesForModeration("pending").items.map(
      (item) => item.reference,
    );
    expect(queue.indexOf(older.reference)).toBeLessThan(
      queue.indexOf(newer.reference),
    );
  });

  it("lists a long queue 20 at a time, keeping the page asked for within range", () => {
    for (let i = 1; i <= 25; i++) submit(`Queued example ${i}`);
    const total = countExamplesByStatus().pending;
    const first = listExamplesForModeration("pending");
    expect(first).toMatchObject({
      page: 1,
      total,
      pageCount: Math.ceil(total / 20),
    });
    expect(first.items).toHaveLength(20);
    const last = listExamplesForModeration("pending", 9999);
    expect(last.page).toBe(first.pageCount);
    expect(last.items).toHaveLength(total - 20 * (first.pageCount - 1));
    const everyReference = Array.from({ length: first.pageCount }, (_, i) =>
      listExamplesForModeration("pending", i + 1).items.map(
        (item) => item.reference,
      ),
    ).flat();
    expect(new Set(everyReference).size).toBe(total);
  });

  it("publishes on approval, searchable at once, and approving twice writes one audit row", async () => {
    const moderator = insertTestModerator();
    const example = submit("Axolotl frailty hub");
    const first = approveSubmission({
      id: example.id,
      moderatorId: moderator.id,
      version: example.version,
    });
    const again = approveSubmission({
      id: example.id,
      moderatorId: moderator.id,
      version: example.version,
    });
    expect(first).toMatchObject({
      ok: true,
      changed: true,
      slug: "axolotl-frailty-hub",
    });
    expect(again).toMatchObject({ ok: true, changed: false });
    expect(eventsOf(example.id, "approved")).toHaveLength(1);
    expect(
      (await searchExamples({ q: "axolotl fraility" })).results.map(
        (hit) => hit.slug,
      ),
    ).toContain("axolotl-frailty-hub");
    expect(await findExampleRoute("axolotl-frailty-hub")).toMatchObject({
      kind: "published",
    });
  });

  it("keeps a rejected example private, and rejecting twice writes one audit row", async () => {
    const moderator = insertTestModerator();
    const example = submit("Narwhal night shifts");
    rejectSubmission({
      id: example.id,
      moderatorId: moderator.id,
      reason: "Duplicate",
      version: example.version,
    });
    const again = rejectSubmission({
      id: example.id,
      moderatorId: moderator.id,
      reason: "Duplicate",
    });
    expect(again).toMatchObject({ ok: true, changed: false });
    const rejections = eventsOf(example.id, "rejected");
    expect(rejections).toHaveLength(1);
    expect(rejections[0]?.reason).toBe("Duplicate");
    expect((await searchExamples({ q: "narwhal" })).total).toBe(0);
    expect(await findExampleRoute(example.slug)).toEqual({ kind: "missing" });
  });

  it("tells the second of two moderators that the first has already decided", () => {
    const first = insertTestModerator("Priya Shah");
    const second = insertTestModerator("Tom Reid");
    const example = submit("Pangolin pharmacy reviews");
    expect(
      approveSubmission({
        id: example.id,
        moderatorId: first.id,
        version: example.version,
      }).ok,
    ).toBe(true);
    expect(
      rejectSubmission({
        id: example.id,
        moderatorId: second.id,
        reason: "Too late",
        version: example.version,
      }),
    ).toEqual({
      ok: false,
      problem: "status",
      status: "published",
      decidedBy: "Priya Shah",
    });
    expect(eventsOf(example.id, "rejected")).toHaveLength(0);
  });

  it("refuses an edit made to an out-of-date copy, and records who changed what", () => {
    const first = insertTestModerator("Ade Okafor");
    const second = insertTestModerator("Beth Lowe");
    const example = submit("Capybara clinic");
    const saved = updateExample({
      id: example.id,
      moderatorId: first.id,
      version: example.version,
      fields: fields("Capybara community clinic", {
        themes: ["patient-flow", "digital"],
      }),
    });
    expect(saved).toMatchObject({
      ok: true,
      changed: true,
      version: example.version + 1,
    });
    const stale = updateExample({
      id: example.id,
      moderatorId: second.id,
      version: example.version,
      fields: fields("Something else"),
    });
    expect(stale).toEqual({
      ok: false,
      problem: "conflict",
      status: "pending",
      decidedBy: "Ade Okafor",
    });
    const after = getExampleForReview(example.reference);
    expect(after?.title).toBe("Capybara community clinic");
    const [edit] = eventsOf(example.id, "edited");
    expect(edit?.changes).toEqual({
      title: { from: "Capybara clinic", to: "Capybara community clinic" },
      summary: {
        from: "Capybara clinic: what it is, in a sentence.",
        to: "Capybara community clinic: what it is, in a sentence.",
      },
      themes: { from: ["patient-flow"], to: ["digital", "patient-flow"] },
    });
  });

  it("withdraws a published example, which then answers as withdrawn", async () => {
    const moderator = insertTestModerator();
    const example = submit("Okapi outpatients");
    const approved = approveSubmission({
      id: example.id,
      moderatorId: moderator.id,
    });
    if (!approved.ok) throw new Error("not approved");
    withdrawExample({
      id: example.id,
      moderatorId: moderator.id,
      reason: "Trust asked",
      version: approved.version,
    });
    expect(await findExampleRoute(approved.slug)).toMatchObject({
      kind: "withdrawn",
    });
    expect((await searchExamples({ q: "okapi" })).total).toBe(0);
    expect(eventsOf(example.id, "withdrawn")[0]?.reason).toBe("Trust asked");
  });
});
