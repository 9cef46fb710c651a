/**
 * `npm run bench:mail`: what email costs, on SQLite and PostgreSQL, each in a process of its own
 * with a fresh database. With 10,000 confirmed alerts: how much a moderator's approve slows (beside
 * an approve with no alerts, in the same run), how long the publish's alerts take to write, and how
 * long a daily digest for 10,000 takes to build; then how many messages a second the sender gets
 * to a local SMTP server (beside nodemailer sending the same messages straight, no outbox).
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { benchEachEngine } from "./bench-engines";

const alertCount = Number(process.env.BENCH_ALERTS ?? 10_000);
const sendCount = Number(process.env.BENCH_MESSAGES ?? 1_000);

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function runEngine() {
  const { prepareDatabase, closeDatabase, transaction, subscriptions } =
    await import("@/db/core");
  const { seedCatalogue } = await import("@/db/catalogue/seed");
  const { approveSubmission, createSubmission, getExampleForReview } =
    await import("@/db/moderation");
  const { exampleAnswers, insertTestModerator } = await import("@/db/testing");
  const mail = await import("@/db/mail");
  const { readEnv } = await import("@/env");
  const { mailDelivery } = await import("@/mail/delivery");
  const { sendDueMessages } = await import("@/mail/sender");
  const { startTestMailServer } = await import("@/mail/testing");
  const nodemailer = (await import("nodemailer")).default;

  await prepareDatabase();
  await seedCatalogue();
  const moderator = await insertTestModerator();
  const submitted = async (title: string) => {
    const { reference } = await createSubmission({
      ...exampleAnswers(title),
      submissionKey: randomUUID(),
    });
    return (await getExampleForReview(reference))!.id;
  };
  const timeApprove = async (title: string) => {
    const id = await submitted(title);
    const start = performance.now();
    await approveSubmission({ id, moderatorId: moderator.id });
    return performance.now() - start;
  };
  const runJobs = async (now: Date) => {
    const start = performance.now();
    let messages = 0;
    for (const job of await mail.claimDueJobs(now, 120_000))
      messages += await mail.runJob(job, now);
    return { elapsed: performance.now() - start, messages };
  };

  // The reference: approving with no alerts at all.
  const withoutAlerts: number[] = [];
  for (let i = 0; i < 7; i += 1)
    withoutAlerts.push(await timeApprove(`Reference approve ${i}`));
  await runJobs(new Date());

  // 10,000 confirmed alerts on every new example, and 10,000 daily digests.
  const confirmedAt = new Date(Date.now() - 60_000);
  for (const frequency of ["immediately", "daily"] as const)
    await transaction(async (tx) => {
      const rows = Array.from({ length: alertCount }, (_, i) => ({
        email: `reader-${frequency}-${i}@nhs.net`,
        filters: mail.everyNewExample,
        description: "every new example",
        frequency,
        token: randomUUID().replace(/-/g, ""),
        createdAt: confirmedAt,
        confirmedAt,
        lastSentAt: confirmedAt,
      }));
      for (let start = 0; start < rows.length; start += 500)
        await tx.insert(subscriptions).values(rows.slice(start, start + 500));
    });

  const withAlerts: number[] = [];
  const expansions: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    withAlerts.push(await timeApprove(`Approve with alerts ${i}`));
    const { elapsed, messages } = await runJobs(new Date());
    if (messages !== alertCount)
      throw new Error(`Expected ${alertCount} alerts, queued ${messages}`);
    expansions.push(elapsed);
  }

  await mail.scheduleDigests(new Date());
  const morning = new Date();
  morning.setUTCHours(7, 0, 0, 0);
  morning.setUTCDate(morning.getUTCDate() + 1);
  const digest = await runJobs(morning);

  // The sender against a local SMTP server, beside nodemailer alone on the same messages.
  const server = await startTestMailServer();
  const settings = readEnv({
    ...process.env,
    SMTP_URL: server.url,
    MAIL_FROM: "bench@example.nhs.uk",
  });
  const direct = nodemailer.createTransport({
    url: server.url,
    pool: true,
    maxConnections: 5,
  });
  const sample = mail.submissionPublished(
    { email: "bench@nhs.net", name: "Bench" },
    { reference: "IX-0001", title: "Bench", slug: "bench" },
  );
  const directStart = performance.now();
  await Promise.all(
    Array.from({ length: sendCount }, (_, i) =>
      direct.sendMail({
        from: "bench@example.nhs.uk",
        to: `direct-${i}@nhs.net`,
        subject: sample.subject,
        text: sample.text,
        html: sample.html,
      }),
    ),
  );
  const directMs = performance.now() - directStart;
  direct.close();

  // Only the messages queued for the timed run are due: everything before is sent first.
  const delivery = mailDelivery(settings);
  const far = new Date(Date.now() + 60_000);
  while ((await sendDueMessages(delivery, far)).sent > 0);
  await transaction((tx) =>
    mail.queueMessages(
      tx,
      Array.from({ length: sendCount }, (_, i) => ({
        ...sample,
        to: `outbox-${i}@nhs.net`,
      })),
    ),
  );
  const before = server.received.length;
  const senderStart = performance.now();
  let sent = 0;
  while (sent < sendCount) sent += (await sendDueMessages(delivery)).sent;
  const senderMs = performance.now() - senderStart;
  delivery.close();
  await server.stop();
  if (server.received.length - before !== sendCount)
    throw new Error("The SMTP server did not receive every message");

  console.log(
    JSON.stringify({
      approveWithout: median(withoutAlerts),
      approveWith: median(withAlerts),
      expansion: median(expansions),
      digest: digest.elapsed,
      digestMessages: digest.messages,
      senderPerSecond: (sendCount / senderMs) * 1000,
      directPerSecond: (sendCount / directMs) * 1000,
    }),
  );
  await closeDatabase();
}

void benchEachEngine<
  Record<
    | "approveWithout"
    | "approveWith"
    | "expansion"
    | "digest"
    | "digestMessages"
    | "senderPerSecond"
    | "directPerSecond",
    number
  >
>({
  script: __filename,
  title: `Mail benchmark: ${alertCount.toLocaleString("en-GB")} alerts, ${sendCount.toLocaleString("en-GB")} messages sent`,
  database: "bench_mail",
  measure: runEngine,
  header: [
    "approve: no alerts / 10,000 alerts (difference)",
    "10,000 alerts queued",
    "daily digest for 10,000",
    "messages a second: sender / nodemailer alone (share)",
  ],
  row: (r) => {
    return [
      `${ms(r.approveWithout)} / ${ms(r.approveWith)} (${r.approveWith >= r.approveWithout ? "+" : "−"}${ms(Math.abs(r.approveWith - r.approveWithout))})`,
      ms(r.expansion),
      `${ms(r.digest)} (${r.digestMessages.toLocaleString("en-GB")} digests)`,
      `${Math.round(r.senderPerSecond)} / ${Math.round(r.directPerSecond)} (${Math.round((r.senderPerSecond / r.directPerSecond) * 100)}%)`,
    ];
  },
});
