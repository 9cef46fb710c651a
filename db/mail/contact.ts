import "server-only";
import { and, count, eq, gt } from "drizzle-orm";
import { db, transaction, type Transaction } from "@/db/core/client";
import { adoptionReports, examples, outbox } from "@/db/core/schema";
import { countContact } from "@/db/insights";
import { queueMessage } from "./outbox";
import { contactMessage, serviceLink } from "./templates";

/**
 * "Contact the team": a member of staff's message to the team behind a published example or
 * report, forwarded by email with their address as Reply-To. The team's address never reaches a
 * page: only whether they can be contacted does.
 */

/** Messages one team's address receives in a day at most, whoever sends them. */
export const contactMessagesPerDay = 10;

const day = 24 * 60 * 60 * 1000;

/** Which published work a message is about: an example, or one of its reports. */
export type ContactTarget = { exampleSlug: string; reportReference?: string };

/** What a contact page shows about the team it writes to: never their address. */
export type ContactableWork = {
  exampleSlug: string;
  exampleTitle: string;
  reference: string;
  kind: "example" | "report";
};

type Recipient = ContactableWork & {
  exampleId: number;
  email: string;
  name: string | null;
};

const agreed = (row: {
  contactEmail: string | null;
  contactForwarding: boolean | null;
  contactConsent: boolean | null;
}) =>
  Boolean(row.contactEmail && (row.contactForwarding || row.contactConsent));

async function recipientOf(
  on: Pick<Transaction, "select">,
  target: ContactTarget,
): Promise<Recipient | null> {
  const [example] = await on
    .select()
    .from(examples)
    .where(
      and(
        eq(examples.slug, target.exampleSlug),
        eq(examples.status, "published"),
      ),
    );
  if (!example) return null;
  const work = {
    exampleId: example.id,
    exampleSlug: example.slug,
    exampleTitle: example.title,
  };
  if (!target.reportReference)
    return agreed(example)
      ? {
          ...work,
          reference: example.reference,
          kind: "example",
          email: example.contactEmail!,
          name: example.contactName,
        }
      : null;
  const [report] = await on
    .select()
    .from(adoptionReports)
    .where(
      and(
        eq(adoptionReports.reference, target.reportReference),
        eq(adoptionReports.exampleId, example.id),
        eq(adoptionReports.status, "published"),
      ),
    );
  return report && agreed(report)
    ? {
        ...work,
        reference: report.reference,
        kind: "report",
        email: report.contactEmail!,
        name: report.contactName,
      }
    : null;
}

/** The published work a message would go to, or null if its team cannot be contacted here. */
export async function findContactableWork(
  target: ContactTarget,
): Promise<ContactableWork | null> {
  const recipient = await recipientOf(db(), target);
  if (!recipient) return null;
  const { email: _email, name: _name, exampleId: _id, ...work } = recipient;
  return work;
}

export type ForwardResult = "queued" | "too-many" | "not-contactable";

/**
 * Queues a member of staff's message to the team, unless the team can no longer be contacted or
 * has had its day's share of messages. The same `key` twice (a double click, a refresh) queues it
 * once.
 */
export function forwardContactMessage(
  target: ContactTarget,
  from: { name: string; organisation: string; email: string; message: string },
  key: string,
  now = new Date(),
): Promise<ForwardResult> {
  return transaction(async (tx): Promise<ForwardResult> => {
    const recipient = await recipientOf(tx, target);
    if (!recipient) return "not-contactable";
    const [alreadyQueued] = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(eq(outbox.idempotencyKey, key));
    if (alreadyQueued) return "queued";
    const [today] = await tx
      .select({ messages: count() })
      .from(outbox)
      .where(
        and(
          eq(outbox.kind, "contact-message"),
          eq(outbox.recipient, recipient.email),
          gt(outbox.createdAt, new Date(now.getTime() - day)),
        ),
      );
    if (Number(today?.messages ?? 0) >= contactMessagesPerDay)
      return "too-many";
    const what =
      recipient.kind === "example"
        ? `your example ‘${recipient.exampleTitle}’ (${recipient.reference})`
        : `your report of trying ‘${recipient.exampleTitle}’ (${recipient.reference})`;
    await queueMessage(
      tx,
      contactMessage(
        recipient,
        {
          what,
          reference: recipient.reference,
          link: serviceLink(
            `/examples/${recipient.exampleSlug}${recipient.kind === "report" ? "#tried-elsewhere" : ""}`,
          ),
        },
        from,
      ),
      now,
      key,
    );
    // For the moderators' Insights page: how often an example's team was contacted.
    if (recipient.kind === "example")
      await countContact(tx, recipient.exampleId, now);
    return "queued";
  });
}
