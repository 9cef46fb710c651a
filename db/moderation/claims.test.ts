import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findContactableWork } from "@/db/mail";
import {
  insertTestExample,
  insertTestModerator,
  queuedMailTo,
} from "@/db/testing";
import {
  createClaim,
  decideClaim,
  forgetDecidedClaims,
  getClaimForReview,
  keepDecidedClaimsMs,
  type ClaimFields,
} from "./claims";
import {
  getExampleForReview,
  listExamplesForModeration,
  listHistory,
} from "./examples";

let made = 0;
/** An example as the source report's are: published, naming no team. */
const unclaimedExample = () => {
  made += 1;
  return insertTestExample({ title: `Unclaimed work ${made}` });
};

const claimBy = (email: string, extra: Partial<ClaimFields> = {}) => ({
  organisation: "An NHS trust",
  involvement: "I led the project and still run it.",
  contactName: "Sam Okafor",
  contactEmail: email,
  contactForwarding: true,
  contactConsent: false,
  submissionKey: randomUUID(),
  ...extra,
});

describe("claims to examples that name no team", () => {
  it("a claim waits in the queue; approving it makes the claimant the example's contact, by email", async () => {
    const example = await unclaimedExample();
    expect(await findContactableWork({ exampleSlug: example.slug })).toBeNull();
    const fields = claimBy("sam.okafor@nhs.net");
    const created = await createClaim(example.id, fields);
    expect(created).toEqual({
      ok: true,
      reference: expect.stringMatching(/^CL-\d{4,}$/),
    });
    if (!created.ok) return;
    // A refresh sends the same key again: the same claim, not a second one.
    expect(await createClaim(example.id, fields)).toEqual(created);

    const queue = await listExamplesForModeration("pending");
    expect(queue.items).toContainEqual(
      expect.objectContaining({
        kind: "claim",
        reference: created.reference,
        title: example.title,
        organisation: "An NHS trust",
      }),
    );

    const claim = (await getClaimForReview(created.reference))!;
    const moderator = await insertTestModerator("Priya Shah");
    const approved = await decideClaim("approve", {
      id: claim.id,
      moderatorId: moderator.id,
      version: claim.version,
    });
    expect(approved).toMatchObject({ ok: true, changed: true });

    const after = (await getExampleForReview(example.reference))!;
    expect(after).toMatchObject({
      contactName: "Sam Okafor",
      contactEmail: "sam.okafor@nhs.net",
      contactForwarding: true,
      contactConsent: false,
      version: example.version + 1,
    });
    expect(
      await findContactableWork({ exampleSlug: example.slug }),
    ).toMatchObject({ reference: example.reference });
    expect((await listHistory({ exampleId: example.id }))[0]).toMatchObject({
      action: "edited",
      reason: `Claim ${created.reference} approved: its team is now the contact.`,
      moderatorName: "Priya Shah",
    });
    expect((await getClaimForReview(created.reference))!).toMatchObject({
      status: "published",
      decidedByName: "Priya Shah",
    });

    const mail = await queuedMailTo("sam.okafor@nhs.net");
    expect(mail.map((message) => message.subject)).toEqual([
      `We have your claim ${created.reference}`,
      `You are now the contact for ${example.reference}`,
    ]);
    expect(mail[1]!.textBody).toContain(`/examples/${example.slug}`);

    // Approving again changes nothing and sends nothing more.
    expect(
      await decideClaim("approve", { id: claim.id, moderatorId: moderator.id }),
    ).toMatchObject({ ok: true, changed: false });
    expect(await queuedMailTo("sam.okafor@nhs.net")).toHaveLength(2);
  });

  it("once one claim wins, another to the same example cannot be approved, and new claims are refused", async () => {
    const example = await unclaimedExample();
    const first = await createClaim(example.id, claimBy("first@nhs.net"));
    const second = await createClaim(example.id, claimBy("second@nhs.net"));
    if (!first.ok || !second.ok)
      throw new Error("Both claims should be stored");
    const moderator = await insertTestModerator();
    const firstClaim = (await getClaimForReview(first.reference))!;
    expect(firstClaim.otherPending).toEqual([second.reference]);
    await decideClaim("approve", {
      id: firstClaim.id,
      moderatorId: moderator.id,
    });

    const secondClaim = (await getClaimForReview(second.reference))!;
    expect(
      await decideClaim("approve", {
        id: secondClaim.id,
        moderatorId: moderator.id,
      }),
    ).toEqual({ ok: false, problem: "has-contact" });
    expect((await getExampleForReview(example.reference))!.contactEmail).toBe(
      "first@nhs.net",
    );

    expect(
      await decideClaim("reject", {
        id: secondClaim.id,
        moderatorId: moderator.id,
        reason: "Another team from the same trust claimed it first.",
      }),
    ).toMatchObject({ ok: true, changed: true });
    const [, notApproved] = await queuedMailTo("second@nhs.net");
    expect(notApproved!.subject).toBe(
      `Your claim ${second.reference} was not approved`,
    );
    expect(notApproved!.textBody).toContain(
      "Another team from the same trust claimed it first.",
    );

    expect(await createClaim(example.id, claimBy("third@nhs.net"))).toEqual({
      ok: false,
      problem: "not-claimable",
    });
    expect(await queuedMailTo("third@nhs.net")).toEqual([]);
  });

  it("an example with a team, or one not published, cannot be claimed", async () => {
    const withTeam = await insertTestExample({
      title: "Has a team",
      contactEmail: "team@nhs.net",
    });
    const pending = await insertTestExample({
      title: "Not published",
      status: "pending",
    });
    for (const example of [withTeam, pending])
      expect(await createClaim(example.id, claimBy("x@nhs.net"))).toEqual({
        ok: false,
        problem: "not-claimable",
      });
  });

  it("decided claims are deleted after 90 days; claims still waiting are kept", async () => {
    const decided = await createClaim(
      (await unclaimedExample()).id,
      claimBy("decided@nhs.net"),
    );
    const waiting = await createClaim(
      (await unclaimedExample()).id,
      claimBy("waiting@nhs.net"),
    );
    if (!decided.ok || !waiting.ok) throw new Error("Claims should be stored");
    const moderator = await insertTestModerator();
    await decideClaim("reject", {
      id: (await getClaimForReview(decided.reference))!.id,
      moderatorId: moderator.id,
      reason: "Not from the team that did it.",
    });
    const now = new Date();
    await forgetDecidedClaims(
      new Date(now.getTime() + keepDecidedClaimsMs - 60_000),
    );
    expect(await getClaimForReview(decided.reference)).not.toBeNull();
    await forgetDecidedClaims(
      new Date(now.getTime() + keepDecidedClaimsMs + 60_000),
    );
    expect(await getClaimForReview(decided.reference)).toBeNull();
    expect(await getClaimForReview(waiting.reference)).not.toBeNull();
  });
});
