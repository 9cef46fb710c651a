import "server-only";
import { randomUUID } from "node:crypto";
import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  inArray,
  isNull,
  lt,
  lte,
  ne,
  notExists,
  or,
  sql,
} from "drizzle-orm";
import { z } from "zod";
import { env } from "@/env";
import { db, engine, transaction, type Transaction } from "@/db/core/client";
import { messageBodies, outbox, type OutboxMessage } from "@/db/core/schema";
import type { MessageStatus } from "@/db/options";
import {
  fillSlots,
  toUncheckedAddresses,
  withLinkTokensHidden,
  type OutgoingMessage,
  type SharedMessages,
} from "./templates";

export type { OutboxMessage };

const day = 24 * 60 * 60 * 1000;

/** How long a message may wait for a mail server that is away before it is given up on. */
export const giveUpAfterMs = day;
/** How long a sent or failed message, with its address and body, is kept. */
export const keepMessagesMs = 30 * day;

const oneLine = (what: string) =>
  z
    .string()
    .min(1)
    .refine((value) => !/[\r\n]/.test(value), `${what} must be on one line`);
const address = z.email().max(254);

/** What the outbox accepts: addresses that are addresses, and no header that could start another. */
const envelopeSchema = z.object({
  kind: z.string().regex(/^[a-z-]+$/),
  to: address,
  replyTo: address.nullish(),
  subject: oneLine("The subject").pipe(z.string().max(200)),
  headers: z
    .record(z.string().regex(/^[A-Za-z][A-Za-z-]*$/), oneLine("A header"))
    .optional(),
});
const bodySchema = z.object({
  text: z.string().min(1),
  html: z.string().min(1),
});
const outgoingSchema = envelopeSchema.extend(bodySchema.shape);

/**
 * How many emails to an address nobody has checked (receipts, links to confirm) it gets in a
 * day, however many people and places ask: more would let a stranger fill someone's inbox.
 */
export const maxUncheckedEmailsPerDay = 3;

/**
 * Puts a message in the outbox, inside the transaction of what caused it: if that rolls back,
 * so does the message, and once it commits the message will be sent by whichever instance claims
 * it. A message that is not a valid email throws, which rolls the cause back too. A receipt or a
 * link to confirm past an address's daily limit is not queued (false); what caused it stands, and
 * the page says the same to everyone. Writes run one at a time on every instance (decision 3), so
 * the count holds across instances.
 */
export async function queueMessage(
  tx: Transaction,
  message: OutgoingMessage,
  now = new Date(),
  idempotencyKey?: string,
): Promise<boolean> {
  const row = outboxRow(message, now, idempotencyKey);
  if (
    (toUncheckedAddresses as readonly string[]).includes(message.kind) &&
    (await uncheckedEmailsSince(tx, row.recipient, now)) >=
      maxUncheckedEmailsPerDay
  )
    return false;
  await tx.insert(outbox).values(row);
  return true;
}

/** Emails to an unchecked address queued for it in the day before `now`, whatever the case of its letters. */
async function uncheckedEmailsSince(
  tx: Transaction,
  recipient: string,
  now: Date,
): Promise<number> {
  const [row] = await tx
    .select({ sent: count() })
    .from(outbox)
    .where(
      and(
        inArray(outbox.kind, [...toUncheckedAddresses]),
        gt(outbox.createdAt, new Date(now.getTime() - day)),
        sql`lower(${outbox.recipient}) = ${recipient.toLowerCase()}`,
      ),
    );
  return row?.sent ?? 0;
}

/** Many messages at once (a digest), through the engine's insertMany: thousands in well under a second. */
export async function queueMessages(
  tx: Transaction,
  messages: OutgoingMessage[],
  now = new Date(),
): Promise<void> {
  await engine().insertMany(
    tx,
    outbox,
    messages.map((message) => outboxRow(message, now)),
  );
}

function outboxRow(
  message: OutgoingMessage,
  now: Date,
  idempotencyKey?: string,
): typeof outbox.$inferInsert {
  const { text, html, ...envelope } = outgoingSchema.parse(message);
  return {
    ...envelopeColumns(envelope, now, idempotencyKey),
    textBody: text,
    htmlBody: html,
  };
}

function envelopeColumns(
  valid: z.output<typeof envelopeSchema>,
  now: Date,
  idempotencyKey?: string,
) {
  return {
    messageId: `<${randomUUID()}@${new URL(env.SITE_URL).hostname}>`,
    idempotencyKey: idempotencyKey ?? null,
    kind: valid.kind,
    recipient: valid.to,
    replyTo: valid.replyTo ?? null,
    subject: valid.subject,
    headers: valid.headers ?? null,
    status: "queued" as const,
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
    giveUpAt: new Date(now.getTime() + giveUpAfterMs),
  };
}

const fillsSchema = z.record(z.string(), z.string());

/**
 * Many messages with one body (a publish's alerts): the body stored once, and each message with
 * its own envelope and the values for the body's slots. Each is then sent, listed and retried as
 * any other; the body is put together when it is read (withBodies).
 */
export async function queueSharedMessages(
  tx: Transaction,
  shared: SharedMessages,
  now = new Date(),
): Promise<void> {
  if (shared.messages.length === 0) return;
  const body = bodySchema.parse(shared);
  const [stored] = await tx
    .insert(messageBodies)
    .values({ textBody: body.text, htmlBody: body.html, createdAt: now })
    .returning({ id: messageBodies.id });
  await engine().insertMany(
    tx,
    outbox,
    shared.messages.map(({ fills, ...message }) => ({
      ...envelopeColumns(
        envelopeSchema.parse({ ...message, kind: shared.kind }),
        now,
      ),
      textBody: "",
      htmlBody: "",
      bodyId: stored!.id,
      fills: fillsSchema.parse(fills),
    })),
  );
}

/** Each message as it is sent and shown: a shared body with the message's own values filled in. */
async function withBodies(
  on: Pick<Transaction, "select">,
  rows: OutboxMessage[],
): Promise<OutboxMessage[]> {
  const ids = [...new Set(rows.flatMap((row) => row.bodyId ?? []))];
  if (ids.length === 0) return rows;
  const bodies = new Map(
    (
      await on
        .select()
        .from(messageBodies)
        .where(inArray(messageBodies.id, ids))
    ).map((body) => [body.id, body]),
  );
  return rows.map((row) => {
    const body = row.bodyId === null ? undefined : bodies.get(row.bodyId);
    if (!body) return row;
    const fills = row.fills ?? {};
    return {
      ...row,
      textBody: fillSlots(body.textBody, fills, "text"),
      htmlBody: fillSlots(body.htmlBody, fills, "html"),
    };
  });
}

const isDue = (now: Date) =>
  and(
    eq(outbox.status, "queued"),
    lte(outbox.nextAttemptAt, now),
    or(isNull(outbox.claimedUntil), lt(outbox.claimedUntil, now)),
  );

/**
 * Claims up to `limit` messages that are due, for this instance to send until `leaseMs` from
 * now; past that, if it has not said how it went (it stopped mid-send), any instance may claim
 * them again. Looks first without writing, so an empty outbox costs one read.
 */
export async function claimDueMessages(
  now: Date,
  { limit, leaseMs }: { limit: number; leaseMs: number },
): Promise<OutboxMessage[]> {
  const [any] = await db()
    .select({ id: outbox.id })
    .from(outbox)
    .where(isDue(now))
    .limit(1);
  if (!any) return [];
  return transaction(async (tx) => {
    const due = await engine().rows<{ id: number }>(
      tx,
      sql`SELECT ${outbox.id} AS id FROM ${outbox} WHERE ${isDue(now)}
          ORDER BY ${outbox.nextAttemptAt}, ${outbox.id} LIMIT ${limit} ${engine().claimRows}`,
    );
    const ids = due.map(({ id }) => Number(id));
    if (ids.length === 0) return [];
    await tx
      .update(outbox)
      .set({
        claimedUntil: new Date(now.getTime() + leaseMs),
        attempts: sql`${outbox.attempts} + 1`,
        lastAttemptAt: now,
      })
      .where(inArray(outbox.id, ids));
    return withBodies(
      tx,
      await tx
        .select()
        .from(outbox)
        .where(inArray(outbox.id, ids))
        .orderBy(asc(outbox.id)),
    );
  });
}

/** The mail server accepted it: `answer` is what it said. */
export async function recordSent(
  id: number,
  answer: string,
  now = new Date(),
): Promise<void> {
  await transaction((tx) =>
    tx
      .update(outbox)
      .set({
        status: "sent",
        sentAt: now,
        claimedUntil: null,
        serverAnswer: answer,
      })
      .where(and(eq(outbox.id, id), eq(outbox.status, "queued"))),
  );
}

/** How long to wait after the nth failed attempt: 5 seconds, doubling, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(attempts - 1, 0), 60 * 60 * 1000);
}

/**
 * The attempt failed. A permanent refusal (the server's 5xx: no such mailbox, refused as spam)
 * fails the message at once; anything else (the server away, busy or saying 4xx) is tried again
 * later, until a day has passed. Returns what became of it.
 */
export function recordFailedAttempt(
  id: number,
  failure: { permanent: boolean; answer: string },
  now = new Date(),
): Promise<"retrying" | "failed"> {
  return transaction(async (tx) => {
    const [message] = await tx
      .select({ attempts: outbox.attempts, giveUpAt: outbox.giveUpAt })
      .from(outbox)
      .where(and(eq(outbox.id, id), eq(outbox.status, "queued")));
    if (!message) return "failed";
    const next = new Date(now.getTime() + retryDelayMs(message.attempts));
    const givingUp = failure.permanent || next >= message.giveUpAt;
    await tx
      .update(outbox)
      .set(
        givingUp
          ? {
              status: "failed",
              claimedUntil: null,
              serverAnswer: failure.permanent
                ? failure.answer
                : `Gave up after a day of trying: ${failure.answer}`,
            }
          : {
              nextAttemptAt: next,
              claimedUntil: null,
              serverAnswer: failure.answer,
            },
      )
      .where(eq(outbox.id, id));
    return givingUp ? "failed" : "retrying";
  });
}

/** A moderator asks for a failed message to be tried again, for another day. */
export async function sendAgain(
  id: number,
  now = new Date(),
): Promise<boolean> {
  return transaction(async (tx) => {
    const changed = await tx
      .update(outbox)
      .set({
        status: "queued",
        attempts: 0,
        nextAttemptAt: now,
        giveUpAt: new Date(now.getTime() + giveUpAfterMs),
        claimedUntil: null,
      })
      .where(and(eq(outbox.id, id), eq(outbox.status, "failed")))
      .returning({ id: outbox.id });
    return changed.length > 0;
  });
}

/** Deletes sent and failed messages whose last attempt was more than 30 days ago. */
export async function forgetOldMessages(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - keepMessagesMs);
  return transaction(async (tx) => {
    const gone = await tx
      .delete(outbox)
      .where(and(ne(outbox.status, "queued"), lt(outbox.lastAttemptAt, before)))
      .returning({ id: outbox.id });
    // A shared body goes with the last message that used it.
    await tx
      .delete(messageBodies)
      .where(
        notExists(
          tx
            .select({ id: outbox.id })
            .from(outbox)
            .where(eq(outbox.bodyId, messageBodies.id)),
        ),
      );
    return gone.length;
  });
}

export type MessageSummary = Pick<
  OutboxMessage,
  | "id"
  | "kind"
  | "recipient"
  | "subject"
  | "status"
  | "attempts"
  | "createdAt"
  | "lastAttemptAt"
  | "nextAttemptAt"
  | "sentAt"
  | "serverAnswer"
>;

/** The newest messages, for the moderators' Email page; bodies are read one at a time. */
export function listRecentMessages(limit = 100): Promise<MessageSummary[]> {
  return db()
    .select({
      id: outbox.id,
      kind: outbox.kind,
      recipient: outbox.recipient,
      subject: outbox.subject,
      status: outbox.status,
      attempts: outbox.attempts,
      createdAt: outbox.createdAt,
      lastAttemptAt: outbox.lastAttemptAt,
      nextAttemptAt: outbox.nextAttemptAt,
      sentAt: outbox.sentAt,
      serverAnswer: outbox.serverAnswer,
    })
    .from(outbox)
    .orderBy(desc(outbox.id))
    .limit(limit);
}

/** How many messages are in each status. */
export async function countMessagesByStatus(): Promise<
  Record<MessageStatus, number>
> {
  const rows = await db()
    .select({ status: outbox.status, count: count() })
    .from(outbox)
    .groupBy(outbox.status);
  const counts = { queued: 0, sent: 0, failed: 0 };
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

/** One message with its body, or null. */
export async function getMessage(id: number): Promise<OutboxMessage | null> {
  const [message] = await db().select().from(outbox).where(eq(outbox.id, id));
  return message ? (await withBodies(db(), [message]))[0]! : null;
}

/**
 * One message as moderators may read it: a link that is its recipient's key (to confirm, manage
 * or answer) without its token, and no headers, which carry one too.
 */
export async function getMessageForModerators(
  id: number,
): Promise<OutboxMessage | null> {
  const message = await getMessage(id);
  return message
    ? {
        ...message,
        textBody: withLinkTokensHidden(message.textBody),
        htmlBody: withLinkTokensHidden(message.htmlBody),
        headers: null,
      }
    : null;
}
