import "server-only";
import { and, asc, eq, isNull, lt, ne, sql } from "drizzle-orm";
import { db, transaction, type Transaction } from "@/db/core/client";
import {
  exampleClaims,
  examples,
  moderators,
  type ExampleClaim,
} from "@/db/core/schema";
import {
  claimApproved,
  claimNotApproved,
  claimReceived,
  queueMessage,
  tellModeratorsOfNewItem,
} from "@/db/mail";
import {
  checkDecision,
  nextReference,
  record,
  type ModerationResult,
} from "./examples";

/**
 * "Is this your trust's work?": the examples from the source report name no trust, so a team
 * can claim one. A moderator checks the claim as they check a submission; approving it makes the
 * claimant the example's contact (messages forwarded, or their details shown, as they chose), in
 * the same transaction as the decision and its email.
 */

export type { ExampleClaim };

/** What the claim form sends, as the claim stores it. */
export type ClaimFields = Pick<
  ExampleClaim,
  "organisation" | "involvement" | "contactName" | "contactForwarding"
> & {
  contactEmail: string;
  contactConsent: boolean;
  submissionKey: string;
};

/** Formats a claim's number as shown to people, for example 2 → CL-0002. */
export function formatClaimReference(n: number): string {
  return `CL-${String(n).padStart(4, "0")}`;
}

/** The facts about an example a claim needs: whether it can be claimed, and for the emails. */
const claimedExample = {
  id: examples.id,
  reference: examples.reference,
  title: examples.title,
  slug: examples.slug,
  status: examples.status,
  contactEmail: examples.contactEmail,
};

type ClaimedExample = {
  reference: string;
  title: string;
  slug: string;
  status: string;
  contactEmail: string | null;
};

/** Only a published example that has no contact can be claimed. */
export const canBeClaimed = (example: ClaimedExample) =>
  example.status === "published" && !example.contactEmail;

export type CreatedClaim =
  { ok: true; reference: string } | { ok: false; problem: "not-claimable" };

/**
 * Stores a claim as pending and tells the claimant and the moderators who asked, in one
 * transaction. The same submission key twice stores nothing new. Refused if the example is no
 * longer published or already has a contact.
 */
export function createClaim(
  exampleId: number,
  fields: ClaimFields,
): Promise<CreatedClaim> {
  return transaction(async (tx): Promise<CreatedClaim> => {
    const [existing] = await tx
      .select({ reference: exampleClaims.reference })
      .from(exampleClaims)
      .where(eq(exampleClaims.submissionKey, fields.submissionKey));
    if (existing) return { ok: true, reference: existing.reference };
    const [example] = await tx
      .select(claimedExample)
      .from(examples)
      .where(eq(examples.id, exampleId));
    if (!example || !canBeClaimed(example))
      return { ok: false, problem: "not-claimable" };

    const { id, reference } = await nextReference(
      tx,
      exampleClaims,
      formatClaimReference,
    );
    const now = new Date();
    await tx.insert(exampleClaims).values({
      ...fields,
      id,
      reference,
      exampleId,
      emailUpdates: true,
      status: "pending",
      createdAt: now,
      updatedAt: now,
    });
    await queueMessage(
      tx,
      claimReceived(claimant(fields), { reference, example }),
    );
    await tellModeratorsOfNewItem(tx, {
      kind: "claim",
      reference,
      title: example.title,
    });
    return { ok: true, reference };
  });
}

const claimant = (claim: {
  contactEmail: string | null;
  contactName: string | null;
}) => ({
  email: claim.contactEmail!,
  name: claim.contactName,
});

/** The reference of the claim sent with this key, or null if none was stored. */
export async function findClaimBySubmissionKey(
  submissionKey: string,
): Promise<string | null> {
  const [found] = await db()
    .select({ reference: exampleClaims.reference })
    .from(exampleClaims)
    .where(eq(exampleClaims.submissionKey, submissionKey));
  return found?.reference ?? null;
}

export type ClaimForReview = ExampleClaim & {
  example: ClaimedExample & { id: number };
  decidedByName: string | null;
  /** Other claims to the same example still waiting, so the moderator can compare them. */
  otherPending: string[];
};

/** A claim with its example and who decided it, for its review page. */
export async function getClaimForReview(
  reference: string,
): Promise<ClaimForReview | null> {
  const [found] = await db()
    .select({
      claim: exampleClaims,
      example: claimedExample,
      decidedByName: moderators.name,
    })
    .from(exampleClaims)
    .innerJoin(examples, eq(examples.id, exampleClaims.exampleId))
    .leftJoin(moderators, eq(moderators.id, exampleClaims.decidedBy))
    .where(eq(exampleClaims.reference, reference.toUpperCase()));
  if (!found) return null;
  const others = await db()
    .select({ reference: exampleClaims.reference })
    .from(exampleClaims)
    .where(
      and(
        eq(exampleClaims.exampleId, found.claim.exampleId),
        eq(exampleClaims.status, "pending"),
        ne(exampleClaims.id, found.claim.id),
      ),
    )
    .orderBy(asc(exampleClaims.createdAt));
  return {
    ...found.claim,
    example: found.example,
    decidedByName: found.decidedByName,
    otherPending: others.map((other) => other.reference),
  };
}

async function decidedBy(tx: Transaction, claim: ExampleClaim) {
  if (claim.decidedBy === null) return null;
  const [moderator] = await tx
    .select({ name: moderators.name })
    .from(moderators)
    .where(eq(moderators.id, claim.decidedBy));
  return moderator?.name ?? null;
}

/**
 * Approves a claim (its claimant becomes the example's contact) or rejects it with a reason, and
 * emails the claimant. Approving is refused once the example has a contact, so two claims to one
 * example cannot both win; a decision already made changes nothing.
 */
export function decideClaim(
  decision: "approve" | "reject",
  input: { id: number; moderatorId: number; version?: number; reason?: string },
): Promise<ModerationResult> {
  return transaction(async (tx): Promise<ModerationResult> => {
    const [found] = await tx
      .select({ claim: exampleClaims, example: claimedExample })
      .from(exampleClaims)
      .innerJoin(examples, eq(examples.id, exampleClaims.exampleId))
      .where(eq(exampleClaims.id, input.id));
    if (!found) return { ok: false, problem: "missing" };
    const { claim, example } = found;
    const refused = await checkDecision(claim, decision, {
      version: input.version,
      slug: example.slug,
      decidedBy: () => decidedBy(tx, claim),
    });
    if (refused) return refused;
    if (decision === "approve" && !canBeClaimed(example))
      return { ok: false, problem: "has-contact" };

    const now = new Date();
    const version = claim.version + 1;
    await tx
      .update(exampleClaims)
      .set({
        status: decision === "approve" ? "published" : "rejected",
        publishedAt: decision === "approve" ? now : null,
        decidedBy: input.moderatorId,
        reason: decision === "reject" ? (input.reason ?? null) : null,
        version,
        updatedAt: now,
      })
      .where(eq(exampleClaims.id, claim.id));
    const sent = { reference: claim.reference, example };
    if (decision === "approve") {
      // The example's own contact columns, so every contact feature (forwarding, reviews,
      // "another team tried it") works for it as for a submitted example.
      const contact = {
        contactName: claim.contactName,
        contactEmail: claim.contactEmail,
        contactConsent: claim.contactConsent,
        contactForwarding: claim.contactForwarding,
        emailUpdates: true,
      };
      // A new version, so a moderator's edit form opened before this cannot undo it unawares.
      await tx
        .update(examples)
        .set({
          ...contact,
          version: sql`${examples.version} + 1`,
          updatedAt: now,
        })
        .where(and(eq(examples.id, example.id), isNull(examples.contactEmail)));
      await record(tx, {
        exampleId: example.id,
        moderatorId: input.moderatorId,
        action: "edited",
        reason: `Claim ${claim.reference} approved: its team is now the contact.`,
        changes: {
          contactName: { from: null, to: claim.contactName },
          contactEmail: { from: null, to: claim.contactEmail },
        },
      });
      await queueMessage(tx, claimApproved(claimant(claim), sent));
    } else {
      await queueMessage(
        tx,
        claimNotApproved(claimant(claim), {
          ...sent,
          reason: input.reason ?? "",
        }),
      );
    }
    return { ok: true, changed: true, slug: example.slug, version };
  });
}

/** How long a decided claim, with the claimant's name and address, is kept. */
export const keepDecidedClaimsMs = 90 * 24 * 60 * 60 * 1000;

/**
 * Deletes claims decided more than 90 days ago: an approved claimant's details live on as the
 * example's contact, and the example's history says which claim named them.
 */
export async function forgetDecidedClaims(now = new Date()): Promise<number> {
  const deleted = await transaction((tx) =>
    tx
      .delete(exampleClaims)
      .where(
        and(
          ne(exampleClaims.status, "pending"),
          lt(
            exampleClaims.updatedAt,
            new Date(now.getTime() - keepDecidedClaimsMs),
          ),
        ),
      )
      .returning({ id: exampleClaims.id }),
  );
  return deleted.length;
}
