import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getPublishedExampleBySlug } from "@/db/catalogue";
import {
  answerReviewQuestion,
  checkReviewsDue,
  findReviewQuestion,
  listDueForReview,
} from "@/db/mail";
import { confirmStillCurrent } from "@/db/moderation";
import {
  insertTestExample,
  insertTestModerator,
  queuedMailTo,
} from "@/db/testing";

const day = 24 * 3600 * 1000;
const yearsAgo = (n: number) => new Date(Date.now() - n * 365 * day);

/** A published example whose review date passed yesterday, with a team or without one. */
async function overdue(title: string, team: boolean) {
  const email = `team-${randomUUID()}@nhs.net`;
  const example = await insertTestExample({
    title,
    slug: `${title.toLowerCase().replace(/\W+/g, "-")}-${randomUUID()}`,
    confirmedAt: yearsAgo(2),
    reviewDueAt: new Date(Date.now() - day),
    ...(team
      ? {
          contactName: "Ali Khan",
          contactEmail: email,
          contactForwarding: true,
        }
      : {}),
  });
  return { example, email };
}

const tokenIn = (text: string) =>
  /\/reviews\/([\w-]+)\?answer=running/.exec(text)![1]!;

describe("reviews come due", () => {
  it("asks the team whether it still runs; 'yes' confirms it for two more years", async () => {
    const { example, email } = await overdue("Swift stroke pathway", true);
    await checkReviewsDue();
    await checkReviewsDue(); // the next morning asks nothing twice
    const [question, ...more] = await queuedMailTo(email);
    expect(more).toEqual([]);
    expect(question!.subject).toBe(
      `Is your example ${example.reference} still running?`,
    );
    const token = tokenIn(question!.textBody);
    expect(question!.textBody).toContain(`/reviews/${token}?answer=stopped`);
    expect(await findReviewQuestion(token)).toMatchObject({
      reference: example.reference,
    });
    expect(await answerReviewQuestion(token, "running")).toBe(true);
    // The link works once.
    expect(await answerReviewQuestion(token, "stopped")).toBe(false);
    const confirmed = await getPublishedExampleBySlug(example.slug);
    expect(confirmed!.confirmedAt!.getTime()).toBeGreaterThan(
      Date.now() - 60_000,
    );
    expect(confirmed!.reviewDueAt!.getUTCFullYear()).toBe(
      new Date().getUTCFullYear() + 2,
    );
    expect(
      (await listDueForReview()).map((due) => due.reference),
    ).not.toContain(example.reference);
  });

  it("lists an example with no team to ask from its review date, before any morning job, due since that date", async () => {
    const { example } = await overdue("Kestrel clinic letters", false);
    const [listed] = (await listDueForReview()).filter(
      (due) => due.reference === example.reference,
    );
    expect(listed?.dueForReviewAt).toEqual(example.reviewDueAt);
    // The morning job records it without moving the date the queue shows.
    await checkReviewsDue();
    const [recorded] = (await listDueForReview()).filter(
      (due) => due.reference === example.reference,
    );
    expect(recorded?.dueForReviewAt).toEqual(example.reviewDueAt);
    // An example with a team is asked first, so it is not the moderators' yet.
    const withTeam = await overdue("Kite ward huddles", true);
    expect(
      (await listDueForReview()).map((due) => due.reference),
    ).not.toContain(withTeam.example.reference);
  });

  it("puts it in the moderators' queue when the team says it stopped, does not answer in 30 days, or cannot be asked", async () => {
    const stopped = await overdue("Tern theatre lists", true);
    const silent = await overdue("Wren ward rounds", true);
    const noTeam = await overdue("Yellowhammer clinic", false);
    await checkReviewsDue();
    const [question] = await queuedMailTo(stopped.email);
    await answerReviewQuestion(tokenIn(question!.textBody), "stopped");
    const due = async () =>
      (await listDueForReview()).map((example) => example.reference);
    expect(await due()).toContain(stopped.example.reference);
    expect(await due()).toContain(noTeam.example.reference);
    expect(await due()).not.toContain(silent.example.reference);

    await checkReviewsDue(new Date(Date.now() + 31 * day));
    expect(await due()).toContain(silent.example.reference);
    const [silentQuestion] = await queuedMailTo(silent.email);
    expect(
      await findReviewQuestion(tokenIn(silentQuestion!.textBody)),
    ).toBeNull();

    // A moderator checks it and confirms it is still current.
    const moderator = await insertTestModerator();
    await confirmStillCurrent({
      id: noTeam.example.id,
      moderatorId: moderator.id,
    });
    expect(await due()).not.toContain(noTeam.example.reference);
  });
});
