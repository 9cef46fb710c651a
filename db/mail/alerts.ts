import "server-only";
import {
  and,
  asc,
  eq,
  gt,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  or,
  sql,
} from "drizzle-orm";
import { eng as englishStopWords } from "stopword";
import stem from "wink-porter2-stemmer";
import { db, engine, transaction, type Transaction } from "@/db/core/client";
import {
  alertLinks,
  exampleThemes,
  examples,
  mailJobs,
  measures,
  subscriptions,
  themes,
  type AlertFilters,
  type Subscription,
} from "@/db/core/schema";
import { digest, newToken } from "@/db/core/tokens";
import {
  isTokenShaped,
  type AlertFrequency,
  type MailJobKind,
} from "@/db/options";
import { queueMessage, queueMessages, queueSharedMessages } from "./outbox";
import { alertConfirm, digestAlert, newExampleAlerts } from "./templates";
import { checkReviewsDue } from "./reviews";
import { waitingSummaries } from "./waiting";

export type { AlertFilters, Subscription };

/**
 * Email alerts: "get emails about new examples" on any search, without an account. A publish
 * queues a job (in its own transaction, so the approve stays quick); a sender expands it into one
 * email per matching confirmed subscription. Daily and weekly digests are jobs too, made once
 * however many instances schedule them.
 */

const day = 24 * 60 * 60 * 1000;
/** How long a confirmation link works; an alert never confirmed is deleted after it. */
export const confirmWithinMs = 7 * day;
/** When digests go out: 7am UTC (7am in winter in the UK, 8am in summer). */
export const digestHourUtc = 7;

/** How long the links of a stopped alert still say so, before they are forgotten. */
export const stoppedLinksKeptMs = 30 * day;
/**
 * Each email's links have a token of their own; after 13 months a link is forgotten, unless it
 * is the newest its alert has, so that every alert can always be managed from its last email.
 */
export const alertLinksKeptMs = 396 * day;

/** An alert with no words and no filters: every new example. */
export const everyNewExample: AlertFilters = {
  q: "",
  themes: [],
  settings: [],
  stages: [],
  evidence: [],
  tried: false,
  overTime: false,
};

/**
 * Asks to confirm a new alert: stores it unconfirmed and queues the confirmation email in the
 * same transaction. The same whether or not the address has alerts already, so that the page
 * that follows can say the same thing to everyone.
 */
export async function subscribe(
  input: {
    email: string;
    filters: AlertFilters;
    description: string;
    frequency: AlertFrequency;
  },
  now = new Date(),
): Promise<void> {
  await transaction(async (tx) => {
    const [alert] = await tx
      .insert(subscriptions)
      .values({ ...input, createdAt: now })
      .returning({ id: subscriptions.id });
    const [token] = await newAlertLinks(tx, [alert!.id], now);
    await queueMessage(
      tx,
      alertConfirm({ email: input.email, token: token! }),
      now,
    );
  });
}

/**
 * A new token for the links of one email to each of these alerts, in order: only their hashes
 * are stored, so each email's links are made as it is queued.
 */
async function newAlertLinks(
  tx: Transaction,
  subscriptionIds: number[],
  now: Date,
): Promise<string[]> {
  const made = subscriptionIds.map((subscriptionId) => ({
    subscriptionId,
    ...newToken(),
  }));
  await engine().insertMany(
    tx,
    alertLinks,
    made.map(({ subscriptionId, hash }) => ({
      tokenHash: hash,
      subscriptionId,
      createdAt: now,
    })),
  );
  return made.map(({ token }) => token);
}

const usable = (now: Date) =>
  or(
    isNotNull(subscriptions.confirmedAt),
    gt(subscriptions.createdAt, new Date(now.getTime() - confirmWithinMs)),
  );

/** The alert a link's token belongs to (whether or not it is usable), by the token's hash. */
function alertOfLink(token: string) {
  return and(
    eq(alertLinks.subscriptionId, subscriptions.id),
    eq(alertLinks.tokenHash, digest(token)),
  );
}

/** The alert a link's token belongs to: confirmed, or still within its 7 days to confirm. */
export async function findSubscription(
  token: string,
  now = new Date(),
): Promise<Subscription | null> {
  if (!isTokenShaped(token)) return null;
  const [found] = await db()
    .select({ subscription: subscriptions })
    .from(subscriptions)
    .innerJoin(alertLinks, alertOfLink(token))
    .where(usable(now));
  return found?.subscription ?? null;
}

/** Whether a link's token belonged to an alert that has been stopped. */
export async function isStoppedAlertLink(token: string): Promise<boolean> {
  if (!isTokenShaped(token)) return false;
  const [found] = await db()
    .select({ stoppedAt: alertLinks.stoppedAt })
    .from(alertLinks)
    .where(
      and(
        eq(alertLinks.tokenHash, digest(token)),
        isNotNull(alertLinks.stoppedAt),
      ),
    );
  return found !== undefined;
}

/**
 * Confirms an alert from its email's link; from now on it is sent. An older alert of the same
 * address for the same search is replaced by this one, so nobody gets two of each email.
 */
export function confirmSubscription(
  token: string,
  now = new Date(),
): Promise<Subscription | null> {
  if (!isTokenShaped(token)) return Promise.resolve(null);
  return transaction(async (tx) => {
    const [link] = await tx
      .select({ subscription: subscriptions })
      .from(subscriptions)
      .innerJoin(alertLinks, alertOfLink(token))
      .where(usable(now));
    const found = link?.subscription;
    if (!found) return null;
    if (found.confirmedAt) return found;
    const same = await tx
      .select({ id: subscriptions.id, filters: subscriptions.filters })
      .from(subscriptions)
      .where(
        and(
          eq(subscriptions.email, found.email),
          ne(subscriptions.id, found.id),
          isNotNull(subscriptions.confirmedAt),
        ),
      );
    const duplicates = same
      .filter((row) => sameFilters(row.filters, found.filters))
      .map((row) => row.id);
    if (duplicates.length > 0)
      await tx
        .delete(subscriptions)
        .where(inArray(subscriptions.id, duplicates));
    const [confirmed] = await tx
      .update(subscriptions)
      .set({ confirmedAt: now, lastSentAt: now })
      .where(eq(subscriptions.id, found.id))
      .returning();
    return confirmed ?? null;
  });
}

const sameFilters = (a: AlertFilters, b: AlertFilters) =>
  JSON.stringify(normalised(a)) === JSON.stringify(normalised(b));

const normalised = (filters: AlertFilters) => ({
  q: filters.q.trim().toLowerCase(),
  themes: [...filters.themes].sort(),
  settings: [...filters.settings].sort(),
  stages: [...filters.stages].sort(),
  evidence: [...filters.evidence].sort(),
  tried: filters.tried,
  overTime: filters.overTime ?? false,
});

/** The id of the alert a link's token belongs to, within a transaction. */
async function linkedAlertId(
  tx: Transaction,
  token: string,
): Promise<number | null> {
  if (!isTokenShaped(token)) return null;
  const [link] = await tx
    .select({ id: alertLinks.subscriptionId })
    .from(alertLinks)
    .where(eq(alertLinks.tokenHash, digest(token)));
  return link?.id ?? null;
}

/** Changes how often a confirmed alert is sent. */
export async function changeAlertFrequency(
  token: string,
  frequency: AlertFrequency,
): Promise<boolean> {
  return transaction(async (tx) => {
    const id = await linkedAlertId(tx, token);
    if (id === null) return false;
    const changed = await tx
      .update(subscriptions)
      .set({ frequency })
      .where(
        and(eq(subscriptions.id, id), isNotNull(subscriptions.confirmedAt)),
      )
      .returning({ id: subscriptions.id });
    return changed.length > 0;
  });
}

/**
 * Deletes the alert, address and all: nothing more is sent. Its links stay a while, knowing
 * nobody, so that an old email's link can say the emails have stopped.
 */
export async function unsubscribe(
  token: string,
  now = new Date(),
): Promise<boolean> {
  return transaction(async (tx) => {
    const id = await linkedAlertId(tx, token);
    if (id === null) return false;
    await tx
      .update(alertLinks)
      .set({ subscriptionId: null, stoppedAt: now })
      .where(eq(alertLinks.subscriptionId, id));
    const gone = await tx
      .delete(subscriptions)
      .where(eq(subscriptions.id, id))
      .returning({ id: subscriptions.id });
    return gone.length > 0;
  });
}

/**
 * Deletes alerts never confirmed within their 7 days (their links with them), the links of
 * stopped alerts after 30 days, and links older than 13 months that are not their alert's newest.
 */
export async function forgetUnconfirmedAlerts(
  now = new Date(),
): Promise<number> {
  return transaction(async (tx) => {
    const gone = await tx
      .delete(subscriptions)
      .where(
        and(
          isNull(subscriptions.confirmedAt),
          lt(
            subscriptions.createdAt,
            new Date(now.getTime() - confirmWithinMs),
          ),
        ),
      )
      .returning({ id: subscriptions.id });
    await tx
      .delete(alertLinks)
      .where(
        lt(alertLinks.stoppedAt, new Date(now.getTime() - stoppedLinksKeptMs)),
      );
    await tx
      .delete(alertLinks)
      .where(
        and(
          lt(alertLinks.createdAt, new Date(now.getTime() - alertLinksKeptMs)),
          sql`EXISTS (SELECT 1 FROM ${alertLinks} newer WHERE newer.subscription_id = ${alertLinks.subscriptionId} AND newer.created_at > ${alertLinks.createdAt})`,
        ),
      );
    return gone.length;
  });
}

/** An example as alerts match it: its filters' values and its words. */
type Candidate = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date | null;
  careSetting: string | null;
  stage: string | null;
  evidence: string | null;
  publishedReportCount: number;
  /** It has a measure over time, shown as a chart. */
  showsResultsOverTime: boolean;
  themes: string[];
  words: Set<string>;
};

const stopWords = new Set(englishStopWords);
const wordsIn = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** Each word of the example and its stem, so that "wards" finds "ward" and "ward" finds "wards". */
function wordsOf(example: {
  title: string;
  summary: string;
  problem: string;
  approach: string;
  impact: string;
  learning: string | null;
  keywords: string[];
}): Set<string> {
  const words = wordsIn(
    [
      example.title,
      example.summary,
      example.problem,
      example.approach,
      example.impact,
      example.learning ?? "",
      ...example.keywords,
    ].join(" "),
  );
  return new Set(words.flatMap((word) => [word, stem(word)]));
}

/**
 * Whether a new example is one an alert asks for: every filter it sets (any of its values), and
 * every word it searches for (stop words aside) somewhere in the example, in any form.
 */
export function alertMatches(
  filters: AlertFilters,
  example: Candidate,
): boolean {
  const among = (chosen: string[], value: string | null) =>
    chosen.length === 0 || (value !== null && chosen.includes(value));
  if (
    filters.themes.length > 0 &&
    !filters.themes.some((theme) => example.themes.includes(theme))
  )
    return false;
  if (!among(filters.settings, example.careSetting)) return false;
  if (!among(filters.stages, example.stage)) return false;
  if (!among(filters.evidence, example.evidence)) return false;
  if (filters.tried && example.publishedReportCount === 0) return false;
  if (filters.overTime && !example.showsResultsOverTime) return false;
  return wordsIn(filters.q)
    .filter((word) => !stopWords.has(word))
    .every((word) => example.words.has(word) || example.words.has(stem(word)));
}

/** Published examples (by id, or published after `since`), as alerts match them. */
async function candidates(
  where: { ids: number[] } | { since: Date },
): Promise<Candidate[]> {
  const rows = await db()
    .select()
    .from(examples)
    .where(
      and(
        eq(examples.status, "published"),
        "ids" in where
          ? inArray(examples.id, where.ids.length ? where.ids : [-1])
          : gt(examples.publishedAt, where.since),
      ),
    )
    .orderBy(asc(examples.publishedAt));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [links, measured] = await Promise.all([
    db()
      .select({ exampleId: exampleThemes.exampleId, slug: themes.slug })
      .from(exampleThemes)
      .innerJoin(themes, eq(themes.id, exampleThemes.themeId))
      .where(inArray(exampleThemes.exampleId, ids)),
    db()
      .selectDistinct({ exampleId: measures.exampleId })
      .from(measures)
      .where(inArray(measures.exampleId, ids)),
  ]);
  const withMeasures = new Set(measured.map((row) => row.exampleId));
  return rows.map((row) => ({
    ...row,
    showsResultsOverTime: withMeasures.has(row.id),
    themes: links
      .filter((link) => link.exampleId === row.id)
      .map((link) => link.slug),
    words: wordsOf(row),
  }));
}

/** Queues the job that will send the alerts for a newly published example: in the approve's own transaction, so it is quick. */
export async function queueAlertsFor(
  tx: Transaction,
  exampleId: number,
  now = new Date(),
): Promise<void> {
  await tx.insert(mailJobs).values({
    kind: "alerts",
    key: `alerts:${exampleId}:${now.getTime()}`,
    exampleId,
    dueAt: now,
  });
}

/** The next 7am UTC after `now`, and the next Monday's. */
function nextDigestTimes(now: Date): { daily: Date; weekly: Date } {
  const daily = new Date(now);
  daily.setUTCHours(digestHourUtc, 0, 0, 0);
  if (daily <= now) daily.setUTCDate(daily.getUTCDate() + 1);
  const weekly = new Date(daily);
  while (weekly.getUTCDay() !== 1) weekly.setUTCDate(weekly.getUTCDate() + 1);
  return { daily, weekly };
}

/** Makes sure the next daily and weekly digests are scheduled: once, whichever instance asks. */
export async function scheduleDigests(now = new Date()): Promise<void> {
  const next = nextDigestTimes(now);
  await transaction(async (tx) => {
    for (const kind of ["daily", "weekly", "waiting"] as const)
      await tx
        .insert(mailJobs)
        .values({
          kind,
          key: `${kind}:${next[kind === "waiting" ? "daily" : kind].toISOString()}`,
          dueAt: next[kind === "waiting" ? "daily" : kind],
        })
        .onConflictDoNothing();
  });
}

type MailJob = typeof mailJobs.$inferSelect;

const jobIsDue = (now: Date) =>
  and(
    isNull(mailJobs.doneAt),
    lte(mailJobs.dueAt, now),
    or(isNull(mailJobs.claimedUntil), lt(mailJobs.claimedUntil, now)),
  );

/** Claims the jobs that are due, as the outbox's messages are claimed. */
export async function claimDueJobs(
  now: Date,
  leaseMs: number,
): Promise<MailJob[]> {
  const [any] = await db()
    .select({ id: mailJobs.id })
    .from(mailJobs)
    .where(jobIsDue(now))
    .limit(1);
  if (!any) return [];
  return transaction(async (tx) => {
    const due = await engine().rows<{ id: number }>(
      tx,
      sql`SELECT ${mailJobs.id} AS id FROM ${mailJobs} WHERE ${jobIsDue(now)}
          ORDER BY ${mailJobs.dueAt} LIMIT 10 ${engine().claimRows}`,
    );
    const ids = due.map(({ id }) => Number(id));
    if (ids.length === 0) return [];
    await tx
      .update(mailJobs)
      .set({ claimedUntil: new Date(now.getTime() + leaseMs) })
      .where(inArray(mailJobs.id, ids));
    return tx.select().from(mailJobs).where(inArray(mailJobs.id, ids));
  });
}

async function confirmedAlerts(frequency: AlertFrequency) {
  return db()
    .select()
    .from(subscriptions)
    .where(
      and(
        eq(subscriptions.frequency, frequency),
        isNotNull(subscriptions.confirmedAt),
      ),
    );
}

/**
 * Does one job: a publish's alerts, a digest, or the moderators' morning summary. Its emails and its "done" are written in one
 * transaction, so a job that stops half way sends nothing and is done again whole.
 */
export async function runJob(job: MailJob, now = new Date()): Promise<number> {
  const finish = (tx: Transaction) =>
    tx.update(mailJobs).set({ doneAt: now }).where(eq(mailJobs.id, job.id));
  if (job.kind === "alerts") {
    const [example] = await candidates({ ids: [job.exampleId ?? -1] });
    const alerts = example
      ? (await confirmedAlerts("immediately")).filter((alert) =>
          alertMatches(alert.filters, example),
        )
      : [];
    await transaction(async (tx) => {
      if (example) {
        const tokens = await newAlertLinks(
          tx,
          alerts.map((alert) => alert.id),
          now,
        );
        await queueSharedMessages(
          tx,
          newExampleAlerts(
            alerts.map((alert, i) => ({ ...alert, token: tokens[i]! })),
            example,
          ),
          now,
        );
      }
      await finish(tx);
    });
    return alerts.length;
  }
  if (job.kind === "waiting") {
    // Examples past their review date join what is waiting, or their teams are asked first.
    await checkReviewsDue(now);
    const summaries = await waitingSummaries(now);
    await transaction(async (tx) => {
      await queueMessages(tx, summaries, now);
      await finish(tx);
    });
    return summaries.length;
  }
  const kind = job.kind as Exclude<MailJobKind, "alerts" | "waiting">;
  const alerts = await confirmedAlerts(kind);
  const since = new Date(
    Math.min(
      now.getTime() - (kind === "daily" ? 2 : 8) * day,
      ...alerts.map((alert) => (alert.lastSentAt ?? now).getTime()),
    ),
  );
  const published = await candidates({ since });
  const news = alerts.flatMap((alert) => {
    const after = alert.lastSentAt ?? alert.confirmedAt ?? now;
    const matching = published.filter(
      (example) =>
        example.publishedAt! > after && alertMatches(alert.filters, example),
    );
    return matching.length > 0 ? [{ alert, matching }] : [];
  });
  const messages = await transaction(async (tx) => {
    const tokens = await newAlertLinks(
      tx,
      news.map(({ alert }) => alert.id),
      now,
    );
    const messages = news.map(({ alert, matching }, i) =>
      digestAlert(
        { ...alert, token: tokens[i]! },
        matching,
        kind === "daily" ? "in the last day" : "this week",
      ),
    );
    await queueMessages(tx, messages, now);
    const ids = alerts.map((alert) => alert.id);
    for (let start = 0; start < ids.length; start += 5000)
      await tx
        .update(subscriptions)
        .set({ lastSentAt: now })
        .where(inArray(subscriptions.id, ids.slice(start, start + 5000)));
    await finish(tx);
    return messages;
  });
  return messages.length;
}
