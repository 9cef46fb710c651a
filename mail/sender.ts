import "server-only";
import { logger } from "@/app/logger";
import { env } from "@/env";
import { isDatabaseOpen } from "@/db/core";
import { now as appNow } from "@/db/core/clock";
import {
  claimDueJobs,
  claimDueMessages,
  forgetOldMessages,
  forgetOldForwardingStops,
  forgetUnconfirmedAlerts,
  recordFailedAttempt,
  recordSent,
  runJob,
  scheduleDigests,
} from "@/db/mail";
import { forgetDecidedClaims } from "@/db/moderation";
import { mailDelivery, readDeliveryFailure, type Delivery } from "./delivery";

/** How long an instance has to send what it claimed before another may try: well past the timeouts. */
const leaseMs = 2 * 60 * 1000;
/** Messages claimed at a time: sent together over the pool's connections. */
const batchSize = 50;
const pollMs = 1000;
const tidyEveryMs = 60 * 60 * 1000;

/**
 * One pass: claims the messages that are due and sends them, recording for each the server's
 * answer, a retry after a temporary failure, or a permanent one. Never logs an address or a body.
 */
export async function sendDueMessages(
  delivery: Delivery,
  now = new Date(),
): Promise<{ sent: number; retrying: number; failed: number }> {
  const claimed = await claimDueMessages(now, { limit: batchSize, leaseMs });
  const counts = { sent: 0, retrying: 0, failed: 0 };
  await Promise.all(
    claimed.map(async (message) => {
      const about = { id: message.id, kind: message.kind };
      let answer: string;
      try {
        answer = await delivery.send(message);
      } catch (error) {
        const failure = readDeliveryFailure(error);
        const outcome = await recordFailedAttempt(message.id, failure, now);
        counts[outcome] += 1;
        const code = (error as { responseCode?: number; code?: string })
          .responseCode;
        logger.warn(
          {
            event: outcome === "failed" ? "mail.failed" : "mail.retrying",
            ...about,
            attempt: message.attempts,
            responseCode: code,
          },
          outcome === "failed"
            ? "The mail server refused a message: not trying again"
            : "A message could not be sent: trying again later",
        );
        return;
      }
      await recordSent(message.id, answer, now);
      counts.sent += 1;
      logger.info({ event: "mail.sent", ...about }, "Message sent");
    }),
  );
  return counts;
}

/**
 * Runs the jobs that are due: a publish's alerts, a digest. A job that fails is claimed again
 * once its lease lapses, and done whole, since its emails and its "done" commit together.
 */
export async function runDueJobs(now = new Date()): Promise<number> {
  let queued = 0;
  for (const job of await claimDueJobs(now, leaseMs)) {
    const count = await runJob(job, now);
    queued += count;
    logger.info(
      { event: "mail.job_done", id: job.id, kind: job.kind, messages: count },
      "Alerts queued",
    );
  }
  return queued;
}

/** What each instance does once an hour: schedule the next digests, forget what has expired. */
async function tidy(now = new Date()) {
  await scheduleDigests(now);
  const forgotten = await forgetOldMessages(now);
  const unconfirmed = await forgetUnconfirmedAlerts(now);
  const claims = await forgetDecidedClaims(now);
  const stopLinks = await forgetOldForwardingStops(now);
  if (forgotten + unconfirmed + claims + stopLinks > 0)
    logger.info(
      {
        event: "mail.forgotten",
        messages: forgotten,
        alerts: unconfirmed,
        claims,
        stopLinks,
      },
      "Deleted messages, unconfirmed alerts, decided claims and links past their keeping time",
    );
}

const state = globalThis as unknown as { mailSenderStarted?: boolean };

/**
 * Every second until the database closes: runs the jobs that are due (alerts, digests), then
 * sends what the outbox holds; once an hour, schedules digests and forgets what has expired.
 * Whichever instance claims a job or a message first does it; the others skip it.
 */
export function startMailSender(): void {
  if (state.mailSenderStarted) return;
  state.mailSenderStarted = true;
  const delivery = mailDelivery(env);
  logger.info(
    { event: "mail.ready", delivery: delivery.description },
    "Sending email",
  );
  let busy = false;
  let tidiedAt = 0;
  const timer = setInterval(() => {
    if (busy) return;
    if (!isDatabaseOpen()) {
      clearInterval(timer);
      delivery.close();
      state.mailSenderStarted = false;
      return;
    }
    busy = true;
    void (async () => {
      try {
        // By the app's clock, which tests may move on (a claim's lease lapsing, a retry due).
        const at = appNow();
        if (Date.now() - tidiedAt > tidyEveryMs) {
          await tidy(at);
          tidiedAt = Date.now();
        }
        await runDueJobs(at);
        await sendDueMessages(delivery, at);
      } catch (error) {
        // The database is away: the messages wait in the outbox for the next pass. Only the
        // error's name is logged, since a failed query's text can carry its values.
        logger.warn(
          { event: "mail.pass_failed", error: (error as Error).name },
          "Could not read the outbox: trying again shortly",
        );
      } finally {
        busy = false;
      }
    })();
  }, pollMs);
  timer.unref();
}
