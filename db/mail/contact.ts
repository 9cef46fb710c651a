import "server-only";
import { and, count, eq, gt, lt } from "drizzle-orm";
import { db, transaction, type Transaction } from "@/db/core/client";
import {
  adoptionReports,
  examples,
  forwardingStopLinks,
  outbox,
} from "@/db/core/schema";
import { digest, newToken } from "@/db/core/tokens";
import { isTokenShaped } from "@/db/options";
import { countContact } from "@/db/insights";
import { queueMessage } from "./outbox";
import { contactMessage, serviceLink } from "./templates";

/**
 * "Contact the team": a member of staff's message to the team behind a published example or
 * report, forwarded by email with their address as Reply-To. The team's address reaches a page only
 * where they chose to show it beside their work.
 */

/** Messages one team's address receives in a day at most, whoever sends them. */
export const contactMessagesPerDay = 10;

const day = 24 * 60 * 60 * 1000;

/** Which published work a message is about: an example, or one of its reports. */
export type ContactTarget = { exampleSlug: string; reportReference?: string };

/** What a contact page shows about the team it writes to: never their address itself. */
export type ContactableWork = {
  exampleSlug: string;
  exampleTitle: string;
  reference: string;
  kind: "example" | "report";
  /** The team chose to show its name and address beside the work as well. */
  addressShown: boolean;
};

type Recipient = ContactableWork & {
  exampleId: number;
  reportId: number | null;
  email: string;
  name: string | null;
};

const shown = (row: {
  contactName: string | null;
  contactEmail: string | null;
  contactConsent: boolean | null;
}) => Boolean(row.contactConsent && row.contactName && row.contactEmail);

/** Only a team that asked for messages to be forwarded gets them: showing an address is not that. */
const agreed = (row: {
  contactEmail: string | null;
  contactForwarding: boolean | null;
}) => Boolean(row.contactEmail && row.contactForwarding);

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
          reportId: null,
          reference: example.reference,
          kind: "example",
          addressShown: shown(example),
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
        reportId: report.id,
        reference: report.reference,
        kind: "report",
        addressShown: shown(report),
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
  const {
    email: _email,
    name: _name,
    exampleId: _id,
    reportId: _report,
    ...work
  } = recipient;
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
    const stop = newToken();
    await tx.insert(forwardingStopLinks).values({
      tokenHash: stop.hash,
      exampleId: recipient.exampleId,
      reportId: recipient.reportId,
      createdAt: now,
    });
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
          stopToken: stop.token,
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

/** How long a forwarded message's "stop these messages" link works. */
export const forwardingStopLinksKeptMs = 396 * day;

/** What a "stop these messages" link stops: the example's title, and whether it still forwards. */
export type ForwardingStop = {
  exampleSlug: string;
  exampleTitle: string;
  reference: string;
  kind: "example" | "report";
  forwarding: boolean;
};

async function stopTarget(
  on: Pick<Transaction, "select">,
  token: string,
): Promise<
  (ForwardingStop & { exampleId: number; reportId: number | null }) | null
> {
  if (!isTokenShaped(token)) return null;
  const [link] = await on
    .select({
      exampleId: forwardingStopLinks.exampleId,
      reportId: forwardingStopLinks.reportId,
      exampleSlug: examples.slug,
      exampleTitle: examples.title,
      exampleReference: examples.reference,
      exampleForwarding: examples.contactForwarding,
    })
    .from(forwardingStopLinks)
    .innerJoin(examples, eq(examples.id, forwardingStopLinks.exampleId))
    .where(eq(forwardingStopLinks.tokenHash, digest(token)));
  if (!link) return null;
  const base = {
    exampleId: link.exampleId,
    exampleSlug: link.exampleSlug,
    exampleTitle: link.exampleTitle,
  };
  if (link.reportId === null)
    return {
      ...base,
      reportId: null,
      reference: link.exampleReference,
      kind: "example",
      forwarding: Boolean(link.exampleForwarding),
    };
  const [report] = await on
    .select({
      reference: adoptionReports.reference,
      forwarding: adoptionReports.contactForwarding,
    })
    .from(adoptionReports)
    .where(eq(adoptionReports.id, link.reportId));
  return report
    ? {
        ...base,
        reportId: link.reportId,
        reference: report.reference,
        kind: "report",
        forwarding: Boolean(report.forwarding),
      }
    : null;
}

/** The work a forwarded message's "stop these messages" link is about, or null if it is unknown. */
export async function findForwardingStop(
  token: string,
): Promise<ForwardingStop | null> {
  const found = await stopTarget(db(), token);
  if (!found) return null;
  const { exampleId: _example, reportId: _report, ...stop } = found;
  return stop;
}

/**
 * The team no longer wants messages from staff: forwarding stops for the example (or report) the
 * link came with. Its address stays on the page if the team chose to show it there. Asking twice
 * changes nothing; an unknown link is false.
 */
export function stopForwarding(token: string): Promise<boolean> {
  return transaction(async (tx) => {
    const found = await stopTarget(tx, token);
    if (!found) return false;
    if (found.reportId === null)
      await tx
        .update(examples)
        .set({ contactForwarding: false })
        .where(eq(examples.id, found.exampleId));
    else
      await tx
        .update(adoptionReports)
        .set({ contactForwarding: false })
        .where(eq(adoptionReports.id, found.reportId));
    return true;
  });
}

/** Deletes "stop these messages" links past their 13 months. */
export async function forgetOldForwardingStops(
  now = new Date(),
): Promise<number> {
  const gone = await transaction((tx) =>
    tx
      .delete(forwardingStopLinks)
      .where(
        lt(
          forwardingStopLinks.createdAt,
          new Date(now.getTime() - forwardingStopLinksKeptMs),
        ),
      )
      .returning({ tokenHash: forwardingStopLinks.tokenHash }),
  );
  return gone.length;
}
