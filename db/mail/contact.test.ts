import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  contactMessagesPerDay,
  findContactableWork,
  findForwardingStop,
  forgetOldForwardingStops,
  forwardContactMessage,
  forwardingStopLinksKeptMs,
  stopForwarding,
} from "@/db/mail";
import { eq } from "drizzle-orm";
import { db, exampleContacts } from "@/db/core";
import { insertTestExample, queuedMailTo } from "@/db/testing";

const from = {
  name: "Jo Bloggs",
  organisation: "A community trust",
  email: "jo.bloggs@nhs.net",
  message: "How did you staff it at weekends?",
};

async function anExample(contact: {
  contactForwarding?: boolean;
  contactConsent?: boolean;
  status?: "published" | "withdrawn";
}) {
  const email = `team-${randomUUID()}@nhs.net`;
  const example = await insertTestExample({
    title: "Heron hospital at home",
    slug: `heron-${randomUUID()}`,
    contactName: "Ali Khan",
    contactEmail: email,
    ...contact,
  });
  return { example, email };
}

describe("contact the team", () => {
  it("forwards a message to a team that agreed, with the sender to reply to, and tells the page nothing of their address", async () => {
    const { example, email } = await anExample({ contactForwarding: true });
    const work = await findContactableWork({ exampleSlug: example.slug });
    expect(work).toEqual({
      exampleSlug: example.slug,
      exampleTitle: "Heron hospital at home",
      reference: example.reference,
      kind: "example",
      addressShown: false,
    });
    expect(JSON.stringify(work)).not.toContain(email);
    const key = randomUUID();
    const sentAt = new Date();
    expect(
      await forwardContactMessage(
        { exampleSlug: example.slug },
        from,
        key,
        sentAt,
      ),
    ).toBe("queued");
    // The same form sent twice (a double click) is one message.
    expect(
      await forwardContactMessage(
        { exampleSlug: example.slug },
        from,
        key,
        sentAt,
      ),
    ).toBe("queued");
    const [message, ...more] = await queuedMailTo(email);
    expect(more).toEqual([]);
    expect(message!.replyTo).toBe("jo.bloggs@nhs.net");
    expect(message!.subject).toBe(
      `Message about your example ${example.reference}`,
    );
    expect(message!.textBody).toContain("^ How did you staff it at weekends?");
    // Counted once for the Insights page, with nothing of who sent it.
    const counted = await db()
      .select()
      .from(exampleContacts)
      .where(eq(exampleContacts.exampleId, example.id));
    expect(counted).toEqual([
      {
        day: sentAt.toISOString().slice(0, 10),
        exampleId: example.id,
        contacts: 1,
      },
    ]);
  });

  it("has no form for a team that did not agree, or an example no longer published", async () => {
    const notAsked = await anExample({});
    const withdrawn = await anExample({
      contactForwarding: true,
      status: "withdrawn",
    });
    for (const { example } of [notAsked, withdrawn]) {
      expect(
        await findContactableWork({ exampleSlug: example.slug }),
      ).toBeNull();
      expect(
        await forwardContactMessage(
          { exampleSlug: example.slug },
          from,
          randomUUID(),
        ),
      ).toBe("not-contactable");
    }
    // Showing the address on the page is not asking for messages through the site.
    const shown = await anExample({ contactConsent: true });
    expect(
      await findContactableWork({ exampleSlug: shown.example.slug }),
    ).toBeNull();
  });

  it("says the address is shown where the team chose that, and lets the team stop messages from the link in each one", async () => {
    const { example, email } = await anExample({
      contactForwarding: true,
      contactConsent: true,
    });
    expect(
      await findContactableWork({ exampleSlug: example.slug }),
    ).toMatchObject({ addressShown: true });
    const sentAt = new Date();
    await forwardContactMessage(
      { exampleSlug: example.slug },
      from,
      randomUUID(),
      sentAt,
    );
    const [message] = await queuedMailTo(email);
    expect(message!.textBody).toContain(
      "where your email address is shown because you chose that",
    );
    expect(message!.textBody).not.toContain("We have not shown them");
    const token = /\/contact\/stop\/([\w-]+)/.exec(message!.textBody)![1]!;
    expect(await findForwardingStop(token)).toMatchObject({
      reference: example.reference,
      forwarding: true,
    });
    expect(await stopForwarding(token)).toBe(true);
    expect(await findContactableWork({ exampleSlug: example.slug })).toBeNull();
    expect(await findForwardingStop(token)).toMatchObject({
      forwarding: false,
    });
    expect(
      await stopForwarding("not-a-real-token-at-all-000000000000000"),
    ).toBe(false);
    // The link is forgotten after its 13 months.
    await forgetOldForwardingStops(
      new Date(sentAt.getTime() + forwardingStopLinksKeptMs + 1000),
    );
    expect(await findForwardingStop(token)).toBeNull();
  });

  it("stops at the day's cap for one team, and lets messages through again the next day", async () => {
    const { example, email } = await anExample({ contactForwarding: true });
    const target = { exampleSlug: example.slug };
    const now = new Date();
    for (let i = 0; i < contactMessagesPerDay; i += 1)
      expect(await forwardContactMessage(target, from, randomUUID(), now)).toBe(
        "queued",
      );
    expect(await forwardContactMessage(target, from, randomUUID(), now)).toBe(
      "too-many",
    );
    const tomorrow = new Date(now.getTime() + 24 * 3600 * 1000 + 1000);
    expect(
      await forwardContactMessage(target, from, randomUUID(), tomorrow),
    ).toBe("queued");
    expect(await queuedMailTo(email)).toHaveLength(contactMessagesPerDay + 1);
  });
});
