import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/core/client";
import {
  findExampleRoute,
  listPublishedExamples,
} from "@/db/catalogue/examples";
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
} from "./examples";
import { examples, moderationEvents } from "@/db/core/schema";
import { searchExamples } from "@/db/search/search";
import { seedCatalogue } from "@/db/catalogue/seed";
import {
  exampleAnswers,
  insertTestModerator,
  queuedMailTo,
} from "@/db/testing";

beforeAll(async () => {
  await seedCatalogue();
});

const submit = async (title: string, extra: Partial<EditableFields> = {}) => {
  const { reference } = await createSubmission({
    ...exampleAnswers(title, extra),
    submissionKey: randomUUID(),
  });
  const example = await getExampleForReview(reference);
  if (!example) throw new Error("submission not stored");
  return example;
};

const eventsOf = async (exampleId: number, action: string) =>
  (
    await db()
      .select()
      .from(moderationEvents)
      .where(eq(moderationEvents.exampleId, exampleId))
  ).filter((event) => event.action === action);

describe("createSubmission", () => {
  it("stores a pending example that no public read can see", async () => {
    const example = await submit("Quokka discharge lounge");
    expect(example.status).toBe("pending");
    expect(example.reference).toBe(`IX-${String(example.id).padStart(4, "0")}`);
    expect(example.themes.map((theme) => theme.slug)).toEqual(["patient-flow"]);
    expect(await eventsOf(example.id, "submitted")).toHaveLength(1);
    expect((await searchExamples({ q: "quokka" })).total).toBe(0);
    expect(await findExampleRoute(example.slug)).toEqual({ kind: "missing" });
    expect((await listPublishedExamples()).map((e) => e.id)).not.toContain(
      example.id,
    );
  });

  it("stores a double submit once and gives both the same reference", async () => {
    const submission = {
      ...exampleAnswers("Wombat ward rounds"),
      submissionKey: randomUUID(),
    };
    const first = await createSubmission(submission);
    const second = await createSubmission(submission);
    expect(first.created).toBe(true);
    expect(second).toEqual({ reference: first.reference, created: false });
    const [{ total }] = (await db()
      .select({ total: count() })
      .from(examples)
      .where(eq(examples.title, "Wombat ward rounds"))) as [{ total: number }];
    expect(total).toBe(1);
  });

  it("stores nothing when a theme is unknown", async () => {
    const before = (await countExamplesByStatus()).pending;
    await expect(
      createSubmission({
        ...exampleAnswers("Unknown theme", { themes: ["no-such-theme"] }),
        submissionKey: randomUUID(),
      }),
    ).rejects.toThrow();
    expect((await countExamplesByStatus()).pending).toBe(before);
  });
});

describe("moderation", () => {
  it("lists pending submissions oldest first", async () => {
    const older = await submit("Older pending example");
    const newer = await submit("Newer pending example");
    const queue = (await listExamplesForModeration("pending")).items.map(
      (item) => item.reference,
    );
    expect(queue.indexOf(older.reference)).toBeLessThan(
      queue.indexOf(newer.reference),
    );
  });

  it("lists a long queue 20 at a time, keeping the page asked for within range", async () => {
    for (let i = 1; i <= 25; i++) await submit(`Queued example ${i}`);
    const total = (await countExamplesByStatus()).pending;
    const first = await listExamplesForModeration("pending");
    expect(first).toMatchObject({
      page: 1,
      total,
      pageCount: Math.ceil(total / 20),
    });
    expect(first.items).toHaveLength(20);
    const last = await listExamplesForModeration("pending", 9999);
    expect(last.page).toBe(first.pageCount);
    expect(last.items).toHaveLength(total - 20 * (first.pageCount - 1));
    const everyReference = (
      await Promise.all(
        Array.from({ length: first.pageCount }, async (_, i) =>
          (await listExamplesForModeration("pending", i + 1)).items.map(
            (item) => item.reference,
          ),
        ),
      )
    ).flat();
    expect(new Set(everyReference).size).toBe(total);
  });

  it("publishes on approval, searchable at once, and approving twice writes one audit row", async () => {
    const moderator = await insertTestModerator();
    const example = await submit("Axolotl frailty hub");
    const first = await approveSubmission({
      id: example.id,
      moderatorId: moderator.id,
      version: example.version,
    });
    const again = await approveSubmission({
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
    expect(await eventsOf(example.id, "approved")).toHaveLength(1);
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
    const moderator = await insertTestModerator();
    const example = await submit("Narwhal night shifts");
    await rejectSubmission({
      id: example.id,
      moderatorId: moderator.id,
      reason: "Duplicate",
      version: example.version,
    });
    const again = await rejectSubmission({
      id: example.id,
      moderatorId: moderator.id,
      reason: "Duplicate",
    });
    expect(again).toMatchObject({ ok: true, changed: false });
    const rejections = await eventsOf(example.id, "rejected");
    expect(rejections).toHaveLength(1);
    expect(rejections[0]?.reason).toBe("Duplicate");
    expect((await searchExamples({ q: "narwhal" })).total).toBe(0);
    expect(await findExampleRoute(example.slug)).toEqual({ kind: "missing" });
  });

  it("tells the second of two moderators that the first has already decided", async () => {
    const first = await insertTestModerator("Priya Shah");
    const second = await insertTestModerator("Tom Reid");
    const example = await submit("Pangolin pharmacy reviews");
    expect(
      (
        await approveSubmission({
          id: example.id,
          moderatorId: first.id,
          version: example.version,
        })
      ).ok,
    ).toBe(true);
    expect(
      await rejectSubmission({
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
    expect(await eventsOf(example.id, "rejected")).toHaveLength(0);
  });

  it("refuses an edit made to an out-of-date copy, and records who changed what", async () => {
    const first = await insertTestModerator("Ade Okafor");
    const second = await insertTestModerator("Beth Lowe");
    const example = await submit("Capybara clinic");
    const saved = await updateExample({
      id: example.id,
      moderatorId: first.id,
      version: example.version,
      fields: exampleAnswers("Capybara community clinic", {
        themes: ["patient-flow", "digital"],
      }),
    });
    expect(saved).toMatchObject({
      ok: true,
      changed: true,
      version: example.version + 1,
    });
    const stale = await updateExample({
      id: example.id,
      moderatorId: second.id,
      version: example.version,
      fields: exampleAnswers("Something else"),
    });
    expect(stale).toEqual({
      ok: false,
      problem: "conflict",
      status: "pending",
      decidedBy: "Ade Okafor",
    });
    const after = await getExampleForReview(example.reference);
    expect(after?.title).toBe("Capybara community clinic");
    const [edit] = await eventsOf(example.id, "edited");
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
    const moderator = await insertTestModerator();
    const example = await submit("Okapi outpatients");
    const approved = await approveSubmission({
      id: example.id,
      moderatorId: moderator.id,
    });
    if (!approved.ok) throw new Error("not approved");
    await withdrawExample({
      id: example.id,
      moderatorId: moderator.id,
      reason: "Trust asked",
      version: approved.version,
    });
    expect(await findExampleRoute(approved.slug)).toMatchObject({
      kind: "withdrawn",
    });
    expect((await searchExamples({ q: "okapi" })).total).toBe(0);
    expect((await eventsOf(example.id, "withdrawn"))[0]?.reason).toBe(
      "Trust asked",
    );
  });
});

describe("emails to the person who submitted an example", () => {
  it("queues 'we have it', then the decision with the reason or the link, only when asked for", async () => {
    const moderator = await insertTestModerator();
    const email = `sender-${randomUUID()}@nhs.net`;
    const rejected = await createSubmission({
      ...exampleAnswers("Otter outpatients", { contactEmail: email }),
      submissionKey: randomUUID(),
      emailUpdates: true,
    });
    const first = (await getExampleForReview(rejected.reference))!;
    await rejectSubmission({
      id: first.id,
      moderatorId: moderator.id,
      reason: "It names a patient in the results.",
    });
    const again = await createSubmission({
      ...exampleAnswers("Otter outpatients", { contactEmail: email }),
      submissionKey: randomUUID(),
      emailUpdates: true,
    });
    const second = (await getExampleForReview(again.reference))!;
    const approved = await approveSubmission({
      id: second.id,
      moderatorId: moderator.id,
    });
    // Deciding again changes nothing and sends nothing.
    await approveSubmission({ id: second.id, moderatorId: moderator.id });

    const mail = await queuedMailTo(email);
    expect(mail.map((message) => message.subject)).toEqual([
      `We have your example ${rejected.reference}`,
      `Your example ${rejected.reference} was not published`,
      `We have your example ${again.reference}`,
      `Your example ${again.reference} is published`,
    ]);
    // To an address nobody has checked: no name the sender typed.
    expect(mail[0]!.textBody).toMatch(/^Hello,/);
    expect(mail[0]!.textBody).not.toContain("Sam Jones");
    expect(mail[1]!.textBody).toContain("^ It names a patient in the results.");
    expect(approved.ok && approved.slug).toBeTruthy();
    expect(mail[3]!.textBody).toContain(
      `http://localhost:3000/examples/${approved.ok ? approved.slug : ""}`,
    );

    const quiet = `quiet-${randomUUID()}@nhs.net`;
    const notAsked = await createSubmission({
      ...exampleAnswers("Badger bed bureau", { contactEmail: quiet }),
      submissionKey: randomUUID(),
    });
    const third = (await getExampleForReview(notAsked.reference))!;
    await approveSubmission({ id: third.id, moderatorId: moderator.id });
    expect(await queuedMailTo(quiet)).toEqual([]);
  });

  it("says how long most decisions took, once there are enough to say", async () => {
    const moderator = await insertTestModerator();
    for (const title of ["Heron", "Ibis", "Jay", "Kite", "Lark", "Merlin"]) {
      const { reference } = await createSubmission({
        ...exampleAnswers(`${title} huddles`),
        submissionKey: randomUUID(),
      });
      const example = (await getExampleForReview(reference))!;
      await approveSubmission({ id: example.id, moderatorId: moderator.id });
    }
    const email = `patient-${randomUUID()}@nhs.net`;
    await createSubmission({
      ...exampleAnswers("Nightjar night rounds", { contactEmail: email }),
      submissionKey: randomUUID(),
      emailUpdates: true,
    });
    // Each was decided moments after it was sent.
    expect((await queuedMailTo(email))[0]!.textBody).toContain(
      "Most examples are checked within a day.",
    );
  });
});
