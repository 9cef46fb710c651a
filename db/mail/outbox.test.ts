import { describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { db, messageBodies, transaction } from "@/db/core";
import {
  claimDueMessages,
  forgetOldMessages,
  getMessage,
  listRecentMessages,
  queueMessage,
  queueMessages,
  queueSharedMessages,
  newExampleAlert,
  newExampleAlerts,
  recordFailedAttempt,
  recordSent,
  retryDelayMs,
  sendAgain,
  submissionPublished,
  type OutgoingMessage,
} from "@/db/mail";

let made = 0;
/** A message to an address of its own, so each test finds only its own. */
function aMessage(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  made += 1;
  return {
    ...submissionPublished(
      { email: `person-${made}-${Date.now()}@nhs.net`, name: "Sam Patel" },
      { reference: "IX-0042", title: "Home first", slug: "home-first" },
    ),
    ...overrides,
  };
}

const seconds = (n: number) => n * 1000;
const countStoredBodies = async () =>
  (await db().select({ n: count() }).from(messageBodies))[0]!.n;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);
const lease = { limit: 500, leaseMs: seconds(120) };

async function queued(message: OutgoingMessage, now = new Date()) {
  await transaction((tx) => queueMessage(tx, message, now));
  const found = (await listRecentMessages(500)).find(
    (row) => row.recipient === message.to,
  );
  return found!;
}

describe("the outbox", () => {
  it("keeps a message only if what caused it commits", async () => {
    const kept = aMessage();
    const lost = aMessage();
    await transaction((tx) => queueMessage(tx, kept));
    await expect(
      transaction(async (tx) => {
        await queueMessage(tx, lost);
        throw new Error("the submission could not be stored");
      }),
    ).rejects.toThrow("could not be stored");
    const recipients = (await listRecentMessages(500)).map(
      (row) => row.recipient,
    );
    expect(recipients).toContain(kept.to);
    expect(recipients).not.toContain(lost.to);
  });

  it("stores many messages at once exactly as it stores one", async () => {
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const one = aMessage({
      replyTo: "team@nhs.net",
      headers: { "List-Unsubscribe": "<https://example.test/u/1>" },
    });
    const many = [
      one,
      aMessage(),
      aMessage({ subject: "Ça marche: “quoted” 😀" }),
    ];
    await transaction((tx) => queueMessages(tx, many, now));
    const single = aMessage({ to: `single-${made}@nhs.net` });
    await transaction((tx) => queueMessage(tx, { ...one, to: single.to }, now));

    const stored = async (address: string) => {
      const row = (await listRecentMessages(500)).find(
        (message) => message.recipient === address,
      );
      return (await getMessage(row!.id))!;
    };
    const [first, second, third, alone] = await Promise.all(
      [...many.map((message) => message.to), single.to].map(stored),
    );
    const comparable = ({
      id: _id,
      messageId: _m,
      recipient: _r,
      ...rest
    }: NonNullable<Awaited<ReturnType<typeof getMessage>>>) => rest;
    expect(comparable(first!)).toEqual(comparable(alone!));
    expect(first).toMatchObject({
      replyTo: "team@nhs.net",
      headers: { "List-Unsubscribe": "<https://example.test/u/1>" },
      status: "queued",
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    });
    expect(second).toMatchObject({ replyTo: null, headers: null });
    expect(third!.subject).toBe("Ça marche: “quoted” 😀");
    expect(third!.textBody).toBe(many[2]!.text);
    expect(
      new Set([first, second, third, alone].map((m) => m!.messageId)).size,
    ).toBe(4);
  });

  it("sends alerts that share one stored body as each subscriber's own email, and forgets the body with the last of them", async () => {
    const now = new Date(Math.floor(Date.now() / 1000) * 1000 + seconds(500));
    made += 1;
    const subscribers = [1, 2].map((n) => ({
      email: `reader-${n}-${made}@nhs.net`,
      token: `token${n}${made}`,
      description: n === 1 ? "every new example" : "‘<b>wards</b>’ & discharge",
    }));
    const example = {
      title: "Home first",
      summary: "Patients go home sooner.",
      slug: "home-first",
    };
    await transaction((tx) =>
      queueSharedMessages(tx, newExampleAlerts(subscribers, example), now),
    );
    const claimed = (await claimDueMessages(now, lease)).filter((message) =>
      subscribers.some(({ email }) => email === message.recipient),
    );
    expect(claimed).toHaveLength(2);
    for (const [index, subscriber] of subscribers.entries()) {
      const message = claimed[index]!;
      // Exactly what rendering the alert for this one subscriber writes.
      const alone = newExampleAlert(subscriber, example);
      expect(message).toMatchObject({
        recipient: subscriber.email,
        subject: alone.subject,
        textBody: alone.text,
        htmlBody: alone.html,
        headers: alone.headers,
      });
      expect(message.textBody).toContain(`/alerts/manage/${subscriber.token}`);
      expect((await getMessage(message.id))!.htmlBody).toBe(alone.html);
    }
    expect(claimed[1]!.htmlBody).toContain(
      "(‘&lt;b&gt;wards&lt;/b&gt;’ &amp; discharge)",
    );
    expect(claimed[1]!.textBody).toContain("(‘<b>wards</b>’ & discharge)");

    const day = 24 * 3600 * 1000;
    await recordSent(claimed[0]!.id, "250 Ok", now);
    await forgetOldMessages(later(now, 31 * day));
    expect(await getMessage(claimed[0]!.id)).toBeNull();
    // The other still needs the body.
    expect((await getMessage(claimed[1]!.id))!.textBody).toBe(
      claimed[1]!.textBody,
    );
    await recordSent(claimed[1]!.id, "250 Ok", now);
    await forgetOldMessages(later(now, 31 * day));
    expect(await getMessage(claimed[1]!.id)).toBeNull();
    expect(await countStoredBodies()).toBe(0);
  });

  it("refuses a header that could start another, and an address that is not one", async () => {
    for (const bad of [
      aMessage({ subject: "Published\r\nBcc: everyone@example.com" }),
      aMessage({ to: "someone@nhs.net\nBcc: everyone@example.com" }),
      aMessage({ to: "not an address" }),
      aMessage({ to: `${"a".repeat(250)}@nhs.net` }),
      aMessage({ replyTo: "x@nhs.net\r\nCc: y@nhs.net" }),
      aMessage({ headers: { "List-Unsubscribe": "<https://x>\r\nBcc: y" } }),
    ])
      await expect(
        transaction((tx) => queueMessage(tx, bad)),
      ).rejects.toThrow();
  });

  it("gives each message to one claimant at a time, and to another once a claim has lapsed", async () => {
    const now = new Date();
    const messages = [aMessage(), aMessage(), aMessage(), aMessage()];
    for (const message of messages) await queued(message, now);
    const [first, second] = await Promise.all([
      claimDueMessages(now, lease),
      claimDueMessages(now, lease),
    ]);
    const ours = (claimed: { recipient: string }[]) =>
      claimed
        .map(({ recipient }) => recipient)
        .filter((to) => messages.some((message) => message.to === to));
    // Both together hold each message exactly once.
    expect([...ours(first!), ...ours(second!)].sort()).toEqual(
      messages.map(({ to }) => to).sort(),
    );
    // Nobody else gets them while the claim lasts (a sender is at work on them)...
    expect(
      ours(await claimDueMessages(later(now, seconds(60)), lease)),
    ).toEqual([]);
    // ...but if that sender stopped without a word, they go to someone else after it.
    const again = await claimDueMessages(later(now, seconds(121)), lease);
    expect(ours(again).sort()).toEqual(messages.map(({ to }) => to).sort());
    expect(
      again.find(({ recipient }) => recipient === messages[0]!.to)?.attempts,
    ).toBe(2);
  });

  it("records the server's answer, and never sends a sent message again", async () => {
    const now = new Date();
    const message = aMessage();
    const row = await queued(message, now);
    await claimDueMessages(now, lease);
    await recordSent(row.id, "250 2.0.0 Ok: queued as 4XyZ", now);
    const sent = await getMessage(row.id);
    expect(sent).toMatchObject({
      status: "sent",
      serverAnswer: "250 2.0.0 Ok: queued as 4XyZ",
    });
    expect(sent!.messageId).toMatch(/^<[0-9a-f-]{36}@[^>]+>$/);
    const later200 = await claimDueMessages(later(now, seconds(200)), lease);
    expect(later200.map(({ id }) => id)).not.toContain(row.id);
  });

  it("tries again after a temporary failure, sooner at first, and gives up after a day", async () => {
    expect([1, 2, 3, 4, 10, 30].map(retryDelayMs)).toEqual([
      5_000, 10_000, 20_000, 40_000, 2_560_000, 3_600_000,
    ]);
    const start = new Date();
    const row = await queued(aMessage(), start);
    let now = start;
    let attempts = 0;
    for (;;) {
      const claimed = await claimDueMessages(now, lease);
      const mine = claimed.find(({ id }) => id === row.id);
      if (!mine) {
        // Not yet due: it waits for its next attempt.
        now = (await getMessage(row.id))!.nextAttemptAt;
        continue;
      }
      attempts += 1;
      const outcome = await recordFailedAttempt(
        row.id,
        { permanent: false, answer: "421 4.3.2 Service not available" },
        now,
      );
      if (outcome === "failed") break;
      expect(
        (await getMessage(row.id))!.nextAttemptAt.getTime(),
      ).toBeGreaterThan(now.getTime());
    }
    const failed = await getMessage(row.id);
    expect(failed!.status).toBe("failed");
    expect(failed!.serverAnswer).toBe(
      "Gave up after a day of trying: 421 4.3.2 Service not available",
    );
    // Hourly at most, over a day: between a day's worth of hourly tries and a few dozen.
    expect(attempts).toBeGreaterThan(20);
    expect(attempts).toBeLessThan(40);
    expect(now.getTime() - start.getTime()).toBeLessThanOrEqual(
      24 * 3600 * 1000,
    );
  });

  it("fails at once on a permanent refusal, and a moderator can send it again", async () => {
    const now = new Date();
    const row = await queued(aMessage(), now);
    await claimDueMessages(now, lease);
    expect(
      await recordFailedAttempt(
        row.id,
        { permanent: true, answer: "550 5.1.1 No such mailbox here" },
        now,
      ),
    ).toBe("failed");
    expect(await getMessage(row.id)).toMatchObject({
      status: "failed",
      serverAnswer: "550 5.1.1 No such mailbox here",
    });
    expect(await sendAgain(row.id, later(now, seconds(10)))).toBe(true);
    // Only a failed message can be sent again.
    expect(await sendAgain(row.id, later(now, seconds(10)))).toBe(false);
    const claimed = await claimDueMessages(later(now, seconds(10)), lease);
    expect(claimed.find(({ id }) => id === row.id)?.attempts).toBe(1);
  });

  it("forgets sent and failed messages 30 days after their last attempt, never one still waiting", async () => {
    const now = new Date();
    const old = await queued(aMessage(), now);
    const recent = await queued(aMessage(), now);
    const waiting = await queued(aMessage(), now);
    await claimDueMessages(now, lease);
    await recordSent(old.id, "250 Ok", now);
    await recordFailedAttempt(
      recent.id,
      { permanent: true, answer: "550 No" },
      now,
    );
    await recordFailedAttempt(
      waiting.id,
      { permanent: false, answer: "421 Busy" },
      now,
    );
    const day = 24 * 3600 * 1000;
    await forgetOldMessages(later(now, 29 * day));
    expect(await getMessage(old.id)).not.toBeNull();
    await forgetOldMessages(later(now, 31 * day));
    expect(await getMessage(old.id)).toBeNull();
    expect(await getMessage(recent.id)).toBeNull();
    expect((await getMessage(waiting.id))?.status).toBe("queued");
  });
});
