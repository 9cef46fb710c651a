import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/core/client";
import { alertLinks, subscriptions } from "@/db/core/schema";
import { digest } from "@/db/core/tokens";
import { seedCatalogue } from "@/db/catalogue/seed";
import {
  claimDueJobs,
  confirmSubscription,
  everyNewExample,
  findSubscription,
  forgetUnconfirmedAlerts,
  isStoppedAlertLink,
  maxUncheckedEmailsPerDay,
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

/** The token in an alert email's manage link. */
const manageToken = (text: string) =>
  /\/alerts\/manage\/([\w-]+)/.exec(text)![1]!;

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
    // Each email's links have a token of their own, in its header and its text alike.
    const alertToken = manageToken(alerts[1]!.textBody);
    expect(alertToken).not.toBe(confirmed.token);
    expect(alerts[1]!.headers).toEqual({
      "List-Unsubscribe": `<http://localhost:3000/alerts/unsubscribe/${alertToken}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect((await findSubscription(alertToken))?.email).toBe(confirmed.email);

    // Unsubscribed: nothing more.
    expect(await unsubscribe(alertToken)).toBe(true);
    await publish("Nuthatch discharge calls", { careSetting: "community" });
    await runJobs();
    expect(await queuedMailTo(confirmed.email)).toHaveLength(2);
    expect(await findSubscription(confirmed.token)).toBeNull();
    // Every link of the stopped alert says so, for 30 days, knowing nobody.
    expect(await isStoppedAlertLink(confirmed.token)).toBe(true);
    expect(await isStoppedAlertLink(alertToken)).toBe(true);
    await forgetUnconfirmedAlerts(new Date(Date.now() + 31 * day));
    expect(await isStoppedAlertLink(alertToken)).toBe(false);
  });

  it("keeps only a hash of each link's token, and never the token", async () => {
    const { email, token } = await confirmedAlert(filters({ q: "wren" }));
    await publish("Wren discharge calls");
    await runJobs();
    const [, alert] = await queuedMailTo(email);
    const tokens = [token, manageToken(alert!.textBody)];
    const stored =
      JSON.stringify(
        await db()
          .select()
          .from(subscriptions)
          .where(eq(subscriptions.email, email)),
      ) + JSON.stringify(await db().select().from(alertLinks));
    for (const one of tokens) {
      expect(stored).not.toContain(one);
      expect(stored).toContain(digest(one));
    }
  });

  it("sends an address nobody has checked at most 3 emails to confirm a day, however many ask", async () => {
    const now = new Date();
    const email = `Reader-${randomUUID()}@nhs.net`;
    for (let i = 0; i < 8; i++)
      await subscribe(
        {
          email: i % 2 ? email : email.toLowerCase(),
          filters: filters({ q: `word ${i}` }),
          description: "words typed by a stranger",
          frequency: "weekly",
        },
        new Date(now.getTime() + i * 60_000),
      );
    const sent = [
      ...(await queuedMailTo(email)),
      ...(await queuedMailTo(email.toLowerCase())),
    ];
    expect(sent).toHaveLength(maxUncheckedEmailsPerDay);
    for (const message of sent)
      expect(message.textBody).not.toContain("words typed by a stranger");
    // The next day, another may go.
    await subscribe(
      {
        email,
        filters: filters(),
        description: "all",
        frequency: "weekly",
      },
      new Date(now.getTime() + day + 60_000),
    );
    expect(await queuedMailTo(email)).toHaveLength(
      sent.filter((message) => message.recipient === email).length + 1,
    );
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
