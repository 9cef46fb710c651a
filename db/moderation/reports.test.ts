import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createAdoptionReport,
  decideReport,
  getReportForReview,
  listPublishedReports,
  updateReport,
  type AdoptionReportFields,
} from "./reports";
import { getPublishedExampleBySlug } from "@/db/catalogue/examples";
import {
  countExamplesByStatus,
  getExampleForReview,
  listExamplesForModeration,
  withdrawExample,
} from "./examples";
import { seedCatalogue } from "@/db/catalogue/seed";
import {
  expectRefusedByCheck,
  insertTestExample,
  insertTestModerator,
  queuedMailTo,
} from "@/db/testing";

beforeAll(async () => {
  await seedCatalogue();
});

const answers = (
  extra: Partial<AdoptionReportFields> = {},
): AdoptionReportFields => ({
  organisation: null,
  careSetting: "community",
  region: "north-west",
  changes: "We ran it in the community team rather than on a ward.",
  results: "Readmissions fell from 14% to 9% over six months.",
  state: "running",
  stoppedReason: null,
  contactName: "Jo Patel",
  contactEmail: "jo.patel@nhs.net",
  contactConsent: false,
  contactForwarding: false,
  oneOffCost: null,
  runningCost: null,
  runningCostPeriod: null,
  staffHours: null,
  staffHoursPeriod: null,
  ...extra,
});

const newExample = (title: string) =>
  insertTestExample({
    title,
    slug: `${title.toLowerCase().replace(/\W+/g, "-")}-${randomUUID()}`,
  });

async function report(
  exampleId: number,
  extra: Partial<AdoptionReportFields> = {},
) {
  const created = await createAdoptionReport(exampleId, {
    ...answers(extra),
    submissionKey: randomUUID(),
  });
  if (!created.ok) throw new Error("report refused");
  return (await getReportForReview(created.reference))!;
}

describe("we tried this too", () => {
  it("keeps a report pending and private until a moderator approves it, then counts it", async () => {
    const example = await newExample("Discharge lounge");
    const moderator = await insertTestModerator();
    const pending = await report(example.id);
    expect(pending.reference).toMatch(/^TR-\d{4,}$/);
    expect(pending.status).toBe("pending");
    expect(await listPublishedReports(example.id)).toEqual([]);
    expect(
      (await getPublishedExampleBySlug(example.slug))?.publishedReportCount,
    ).toBe(0);
    // It waits in the same queue as new examples.
    const queue = await listExamplesForModeration("pending", 1);
    expect(queue.total).toBe((await countExamplesByStatus()).pending);
    expect(
      queue.items.map((item) => [item.kind, item.reference]),
    ).toContainEqual(["report", pending.reference]);
    expect(
      await decideReport("approve", {
        id: pending.id,
        moderatorId: moderator.id,
        version: pending.version,
      }),
    ).toMatchObject({ ok: true, changed: true, slug: example.slug });
    const published = await listPublishedReports(example.id);
    expect(published.map((r) => r.reference)).toEqual([pending.reference]);
    // Contact details stay private without consent.
    expect(published[0]!.contactEmail).toBeNull();
    expect(
      (await getPublishedExampleBySlug(example.slug))?.publishedReportCount,
    ).toBe(1);

    // Withdrawn: gone from the page and from the count, with a reason in its history.
    await decideReport("withdraw", {
      id: pending.id,
      moderatorId: moderator.id,
      reason: "Asked to take it down",
    });
    expect(await listPublishedReports(example.id)).toEqual([]);
    expect(
      (await getPublishedExampleBySlug(example.slug))?.publishedReportCount,
    ).toBe(0);
    expect(
      (await getReportForReview(pending.reference))!.history.map(
        (e) => e.action,
      ),
    ).toEqual(["withdrawn", "approved", "submitted"]);
    // The example's own history is not cluttered with its reports' events.
    expect(
      (await getExampleForReview(example.reference))!.history.map(
        (e) => e.action,
      ),
    ).toEqual([]);
  });

  it("stores a repeated post once, and refuses a report on an example that is not published", async () => {
    const example = await newExample("Ward huddles");
    const key = randomUUID();
    const first = await createAdoptionReport(example.id, {
      ...answers(),
      submissionKey: key,
    });
    const again = await createAdoptionReport(example.id, {
      ...answers(),
      submissionKey: key,
    });
    expect(first).toMatchObject({ ok: true, created: true });
    expect(again).toEqual({
      ok: true,
      reference: first.ok ? first.reference : "",
      created: false,
    });
    await withdrawExample({
      id: example.id,
      moderatorId: (await insertTestModerator()).id,
      reason: "Out of date",
    });
    expect(
      await createAdoptionReport(example.id, {
        ...answers(),
        submissionKey: randomUUID(),
      }),
    ).toEqual({ ok: false, problem: "example-gone" });
  });

  it("refuses a decision on a report another moderator changed since it was opened", async () => {
    const example = await newExample("Frailty hub");
    const first = await insertTestModerator("Ade Okafor");
    const second = await insertTestModerator("Beth Lowe");
    const pending = await report(example.id, {
      state: "stopped",
      stoppedReason: "Funding ended after the pilot.",
    });
    await decideReport("reject", {
      id: pending.id,
      moderatorId: first.id,
      version: pending.version,
      reason: "Duplicate",
    });
    expect(
      await decideReport("approve", {
        id: pending.id,
        moderatorId: second.id,
        version: pending.version,
      }),
    ).toEqual({
      ok: false,
      problem: "status",
      status: "rejected",
      decidedBy: "Ade Okafor",
    });
  });

  it("never lets the database hold a stopped report without its reason", async () => {
    const example = await newExample("Virtual ward");
    await expectRefusedByCheck(
      createAdoptionReport(example.id, {
        ...answers({ state: "stopped", stoppedReason: null }),
        submissionKey: randomUUID(),
      }),
    );
  });

  it("saves a moderator's edit with what changed, and refuses one made to an out-of-date copy", async () => {
    const example = await newExample("Falls clinic");
    const moderator = await insertTestModerator("Ade Okafor");
    const pending = await report(example.id);
    const edited = { ...answers(), results: "Falls fell by a third." };
    expect(
      await updateReport({
        id: pending.id,
        moderatorId: moderator.id,
        version: pending.version,
        fields: edited,
      }),
    ).toMatchObject({ ok: true, changed: true, version: pending.version + 1 });
    const saved = (await getReportForReview(pending.reference))!;
    expect(saved.results).toBe("Falls fell by a third.");
    expect(saved.history[0]).toMatchObject({
      action: "edited",
      moderatorName: "Ade Okafor",
      changes: {
        results: { from: answers().results, to: "Falls fell by a third." },
      },
    });
    expect(
      await updateReport({
        id: pending.id,
        moderatorId: moderator.id,
        version: pending.version,
        fields: answers(),
      }),
    ).toMatchObject({ ok: false, problem: "conflict" });
  });
});

describe("emails about a report", () => {
  it("tells the sender it was received and published, and the example's team that someone tried it", async () => {
    const team = `team-${randomUUID()}@nhs.net`;
    const sender = `sender-${randomUUID()}@nhs.net`;
    const example = await insertTestExample({
      title: "Puffin pre-op clinic",
      slug: `puffin-${randomUUID()}`,
      contactName: "Ali Khan",
      contactEmail: team,
      emailUpdates: true,
    });
    const moderator = await insertTestModerator();
    const created = await createAdoptionReport(example.id, {
      ...answers({ contactEmail: sender }),
      submissionKey: randomUUID(),
      emailUpdates: true,
    });
    if (!created.ok) throw new Error("report refused");
    const pending = (await getReportForReview(created.reference))!;
    await decideReport("approve", {
      id: pending.id,
      moderatorId: moderator.id,
    });

    expect((await queuedMailTo(sender)).map((mail) => mail.subject)).toEqual([
      `We have your report ${created.reference}`,
      `Your report ${created.reference} is published`,
    ]);
    const [told] = await queuedMailTo(team);
    expect(told!.subject).toBe(
      `Another team has tried your example ${example.reference}`,
    );
    expect(told!.textBody).toContain("Dear Ali Khan,");
    expect(told!.textBody).toContain(
      `/examples/${example.slug}#tried-elsewhere`,
    );
  });

  it("gives the reason when a report is not published, and says nothing to anyone who did not ask", async () => {
    const sender = `sender-${randomUUID()}@nhs.net`;
    const quiet = `quiet-${randomUUID()}@nhs.net`;
    const example = await newExample("Razorbill referrals");
    const moderator = await insertTestModerator();
    for (const [contactEmail, emailUpdates] of [
      [sender, true],
      [quiet, false],
    ] as const) {
      const created = await createAdoptionReport(example.id, {
        ...answers({ contactEmail }),
        submissionKey: randomUUID(),
        emailUpdates,
      });
      if (!created.ok) throw new Error("report refused");
      const pending = (await getReportForReview(created.reference))!;
      await decideReport("reject", {
        id: pending.id,
        moderatorId: moderator.id,
        reason: "It repeats another report word for word.",
      });
    }
    const mail = await queuedMailTo(sender);
    expect(mail[1]!.subject).toMatch(
      /^Your report TR-\d{4,} was not published$/,
    );
    expect(mail[1]!.textBody).toContain(
      "^ It repeats another report word for word.",
    );
    expect(await queuedMailTo(quiet)).toEqual([]);
  });
});
