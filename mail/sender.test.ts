import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "@/env";
import { transaction } from "@/db/core";
import {
  getMessage,
  listRecentMessages,
  queueMessage,
  submissionNotPublished,
  submissionPublished,
} from "@/db/mail";
import { mailDelivery, type Delivery } from "./delivery";
import { sendDueMessages } from "./sender";
import { startTestMailServer, type TestMailServer } from "./testing";

let server: TestMailServer;
let delivery: Delivery;

beforeAll(async () => {
  server = await startTestMailServer({
    refuse: (address) => address.startsWith("nobody"),
  });
  delivery = mailDelivery(
    readEnv({
      ...process.env,
      SMTP_URL: server.url,
      MAIL_FROM: "Improvement examples <examples@nhs.net>",
    }),
  );
});

afterAll(async () => {
  delivery.close();
  await server.stop();
});

let made = 0;
async function queue(local = "person") {
  made += 1;
  const to = `${local}-${made}-${Date.now()}@nhs.net`;
  const message = submissionPublished(
    { email: to, name: "Sam Patel" },
    { reference: "IX-0042", title: "Home first", slug: "home-first" },
  );
  await transaction((tx) => queueMessage(tx, message));
  const row = (await listRecentMessages(500)).find(
    (found) => found.recipient === to,
  )!;
  return { to, id: row.id };
}

/** Sends passes until nothing is due now: what a running instance does each second. */
async function sendEverythingDue(now = new Date()) {
  for (;;) {
    const counts = await sendDueMessages(delivery, now);
    if (counts.sent + counts.retrying + counts.failed === 0) return;
  }
}

describe("sending the outbox", () => {
  it("delivers each message once to the mail server, with its own Message-ID, and records the server's answer", async () => {
    const { to, id } = await queue();
    await sendEverythingDue();
    const [mail, ...more] = server.to(to);
    expect(more).toEqual([]);
    const stored = await getMessage(id);
    expect(mail!.messageId).toBe(stored!.messageId);
    expect(mail!.subject).toBe("Your example IX-0042 is published");
    expect(mail!.from?.text).toBe('"Improvement examples" <examples@nhs.net>');
    expect(mail!.text).toContain("/examples/home-first");
    expect(mail!.html).toContain('lang="en-GB"');
    expect(stored).toMatchObject({ status: "sent" });
    expect(stored!.serverAnswer).toMatch(/^250 /);
  });

  it("keeps a message while the mail server is away and delivers it once when it is back", async () => {
    await server.stop();
    const { to, id } = await queue();
    const now = new Date();
    await sendEverythingDue(now);
    const waiting = await getMessage(id);
    expect(waiting).toMatchObject({ status: "queued", attempts: 1 });
    expect(waiting!.serverAnswer).toBeTruthy();
    expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());

    await server.start();
    // Nothing is sent before it is due again...
    await sendEverythingDue(now);
    expect(server.to(to)).toEqual([]);
    // ...and then exactly once.
    await sendEverythingDue(waiting!.nextAttemptAt);
    await sendEverythingDue(
      new Date(waiting!.nextAttemptAt.getTime() + 60_000),
    );
    expect(server.to(to)).toHaveLength(1);
    expect(await getMessage(id)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("fails a message the server refuses for good, with its words, and still sends the rest", async () => {
    const refused = await queue("nobody");
    const fine = await queue();
    await sendEverythingDue();
    expect(await getMessage(refused.id)).toMatchObject({ status: "failed" });
    expect((await getMessage(refused.id))!.serverAnswer).toContain("550");
    expect(server.to(refused.to)).toEqual([]);
    expect(server.to(fine.to)).toHaveLength(1);
  });

  it("writes .eml files beside the database when no mail server is set", async () => {
    const folder = path.join(path.dirname(process.env.DATABASE_PATH!), "mail");
    const files = mailDelivery(
      readEnv({ ...process.env, SMTP_URL: undefined }),
    );
    made += 1;
    const to = `file-${made}@nhs.net`;
    await transaction((tx) =>
      queueMessage(
        tx,
        submissionNotPublished(
          { email: to, name: null },
          {
            reference: "IX-0043",
            title: "Night rounds",
            reason: "It names a patient.",
          },
        ),
      ),
    );
    for (;;) {
      const counts = await sendDueMessages(files);
      if (counts.sent + counts.retrying + counts.failed === 0) break;
    }
    files.close();
    const row = (await listRecentMessages(500)).find(
      (found) => found.recipient === to,
    )!;
    expect(row.serverAnswer).toBe(
      `Written to ${row.id}-submission-not-published.eml`,
    );
    const mail = await simpleParser(
      fs.readFileSync(
        path.join(folder, `${row.id}-submission-not-published.eml`),
      ),
    );
    expect(mail.subject).toBe("Your example IX-0043 was not published");
    expect(mail.text).toContain("^ It names a patient.");
  });
});
