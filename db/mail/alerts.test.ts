import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seedCatalogue } from "@/db/catalogue/seed";
import {
  claimDueJobs,
  confirmSubscription,
  everyNewExample,
  findSubscription,
  forgetUnconfirmedAlerts,
  runJob,
  scheduleDigests,
  subscribe,
  unsubscribe,
  type AlertFilters,
} from "@/db/mail";
import {
  approveSubmission,
  createSubmission,
  getExampleForReview,
} from "@/db/moderation";
import {
  exampleAnswers,
  insertTestModerator,
  queuedMailTo,
} from "@/db/testing";

beforeAll(async () => {
  await seedCatalogue();
});

const day = 24 * 3600 * 1000;
const filters = (extra: Partial<AlertFilters> = {}): AlertFilters => ({
  ...everyNewExample,
  ...extra,
});

/** Subscribes and confirms from the token in the confirmation email, as a person would. */
async function confirmedAlert(
  alertFilters: AlertFilters,
  frequency: "immediately" | "daily" = "immediately",
  now = new Date(),
) {
  const email = `reader-${randomUUID()}@nhs.net`;
  await subscribe(
    { email, filters: alertFilters, description: "a test", frequency },
    now,
  );
  const [confirmation] = await queuedMailTo(email);
  const token = /\/alerts\/confirm\/([\w-]+)/.exec(confirmation!.textBody)![1]!;
  await confirmSubscription(token, now);
  return { email, token };
}

/** Submits and approves an example as a moderator would; returns its id. */
async function publish(
  title: string,
  extra: Parameters<typeof exampleAnswers>[1] = {},
) {
  const moderator = await insertTestModerator();
  const { reference } = await createSubmission({
    ...exampleAnswers(title, extra),
    submissionKey: randomUUID(),
  });
  const example = (await getExampleForReview(reference))!;
  await approveSubmission({ id: example.id, moderatorId: moderator.id });
  return example.id;
}

/** What the senders do each second: run every job that is due. */
async function runJobs(now = new Date()) {
  for (const job of await claimDueJobs(now, 120_000)) await runJob(job, now);
}

describe("email alerts", () => {
  it("sends nothing before the address confirms, then one alert for each matching example", async () => {
    const email = `reader-${randomUUID()}@nhs.net`;
    await subscribe({
      email,
      filters: filters({ themes: ["patient-flow"], settings: ["community"] }),
      description: "Patient flow, community",
      frequency: "immediately",
    });
    await publish("Kestrel discharge calls", { careSetting: "community" });
    await runJobs();
    expect((await queuedMailTo(email)).map((m) => m.subject)).toEqual([
      "Confirm your email alert",
    ]);

    const confirmed = await confirmedAlert(
      filters({ themes: ["patient-flow"], settings: ["community"] }),
    );
    await publish("Lapwing discharge calls", { careSetting: "community" });
    await publish("Magpie ward rounds", { careSetting: "acute" });
    await runJobs();
    const alerts = await queuedMailTo(confirmed.email);
    expect(alerts.map((m) => m.subject)).toEqual([
      "Confirm your email alert",
      "New example: Lapwing discharge calls",
    ]);
    expect(alerts[1]!.headers).toEqual({
      "List-Unsubscribe": `<http://localhost:3000/alerts/unsubscribe/${confirmed.token}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });

    // Unsubscribed: nothing more.
    expect(await unsubscribe(confirmed.token)).toBe(true);
    await publish("Nuthatch discharge calls", { careSetting: "community" });
    await runJobs();
    expect(await queuedMailTo(confirmed.email)).toHaveLength(2);
    expect(await findSubscription(confirmed.token)).toBeNull();
  });

  it("matches the words searched for in any form, and not examples without them", async () => {
    const { email } = await confirmedAlert(
      filters({ q: "the discharge lounges" }),
    );
    await publish("Osprey discharge lounge");
    await publish("Plover night rounds");
    await runJobs();
    expect((await queuedMailTo(email)).map((m) => m.subject)).toEqual([
      "Confirm your email alert",
      "New example: Osprey discharge lounge",
    ]);
  });

  it("collects a day's matching examples into one digest at 7am, once, and only what is new since", async () => {
    const now = new Date();
    const { email } = await confirmedAlert(
      filters({ settings: ["ambulance"] }),
      "daily",
      new Date(now.getTime() - 3600 * 1000),
    );
    await publish("Quail ambulance handover", { careSetting: "ambulance" });
    await publish("Redstart ambulance triage", { careSetting: "ambulance" });
    await publish("Robin acute triage", { careSetting: "acute" });
    const sevenAm = new Date(now);
    sevenAm.setUTCHours(7, 0, 0, 0);
    if (sevenAm <= now) sevenAm.setUTCDate(sevenAm.getUTCDate() + 1);
    await scheduleDigests(now);
    await scheduleDigests(now); // another instance schedules the same digest: still one
    await runJobs(new Date(sevenAm.getTime() - 60_000));
    expect(await queuedMailTo(email)).toHaveLength(1);
    await runJobs(sevenAm);
    const [, digest, ...more] = await queuedMailTo(email);
    expect(more).toEqual([]);
    expect(digest!.subject).toBe("2 new examples in the last day");
    expect(digest!.textBody).toContain("Quail ambulance handover");
    expect(digest!.textBody).toContain("Redstart ambulance triage");
    expect(digest!.textBody).not.toContain("Robin acute triage");
    // The next morning there is nothing new, so nothing is sent.
    const nextDay = new Date(sevenAm.getTime() + day);
    await scheduleDigests(sevenAm);
    await runJobs(nextDay);
    expect(await queuedMailTo(email)).toHaveLength(2);
  });

  it("forgets an alert nobody confirmed after 7 days, and its link stops working", async () => {
    const now = new Date();
    const email = `reader-${randomUUID()}@nhs.net`;
    await subscribe(
      { email, filters: filters(), description: "all", frequency: "weekly" },
      now,
    );
    const [confirmation] = await queuedMailTo(email);
    const token = /\/alerts\/confirm\/([\w-]+)/.exec(
      confirmation!.textBody,
    )![1]!;
    const later = new Date(now.getTime() + 8 * day);
    expect(await findSubscription(token, later)).toBeNull();
    expect(await confirmSubscription(token, later)).toBeNull();
    expect(await forgetUnconfirmedAlerts(later)).toBeGreaterThan(0);
    expect(await findSubscription(token, now)).toBeNull();
  });
});
