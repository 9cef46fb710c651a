import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { chooseWaitingWorkEmails, createModerator } from "@/db/accounts";
import { seedCatalogue } from "@/db/catalogue/seed";
import { claimDueJobs, runJob, scheduleDigests } from "@/db/mail";
import { createSubmission } from "@/db/moderation";
import {
  exampleAnswers,
  insertTestExample,
  insertTestReport,
  queuedMailTo,
} from "@/db/testing";

beforeAll(async () => {
  await seedCatalogue();
});

async function aModerator(choice: "each" | "daily" | "none") {
  const email = `moderator-${randomUUID()}@nhs.net`;
  const account = await createModerator({
    email,
    name: `Moderator ${choice}`,
    password: "a-long-password-for-a-test-only",
  });
  await chooseWaitingWorkEmails(account.id, choice);
  return email;
}

describe("emails to moderators about waiting work", () => {
  it("sends each new item to those who chose that, a morning summary to those who chose it, and nothing to the rest", async () => {
    const each = await aModerator("each");
    const daily = await aModerator("daily");
    const none = await aModerator("none");
    const senderEmail = `sender-${randomUUID()}@nhs.net`;
    const { reference } = await createSubmission({
      ...exampleAnswers("Teal theatre lists", { contactEmail: senderEmail }),
      submissionKey: randomUUID(),
    });
    const [item, ...more] = await queuedMailTo(each);
    expect(more).toEqual([]);
    expect(item!.subject).toBe(`Waiting for review: ${reference}`);
    expect(item!.textBody).toContain(`${reference}: Teal theatre lists`);
    expect(item!.textBody).toContain(`/admin/examples/${reference}`);
    // Titles and links only: nothing about who sent it.
    expect(item!.textBody).not.toContain(senderEmail);
    expect(item!.textBody).not.toContain("Sam Jones");
    expect(await queuedMailTo(daily)).toEqual([]);
    const tried = await insertTestExample({ title: "Teal ward huddle" });
    const report = await insertTestReport(tried.id, "pending");

    const now = new Date();
    const later = new Date(now.getTime() + 3 * 24 * 3600 * 1000);
    await scheduleDigests(later);
    const morning = new Date(later);
    morning.setUTCHours(7, 0, 0, 0);
    if (morning <= later) morning.setUTCDate(morning.getUTCDate() + 1);
    for (const job of await claimDueJobs(morning, 120_000))
      await runJob(job, morning);
    const [summary] = await queuedMailTo(daily);
    expect(summary!.subject).toMatch(/^\d+ waiting, oldest [34] days$/);
    expect(summary!.textBody).toContain(`${reference}: Teal theatre lists`);
    expect(summary!.textBody).toContain(`/admin/reports/${report.reference}`);
    expect(await queuedMailTo(none)).toEqual([]);
    expect(await queuedMailTo(each)).toHaveLength(1);
  });
});
