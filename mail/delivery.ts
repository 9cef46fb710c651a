import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Env } from "@/env";
import type { OutboxMessage } from "@/db/mail";
import { serviceName } from "@/db/options";

/**
 * How messages leave: over SMTP to the mail server at SMTP_URL (a trust's relay, NHSmail or
 * Microsoft 365), or, with none set, as .eml files in a folder beside the SQLite database, so
 * that `npm start` shows the whole flow without a mail server.
 */
export type Delivery = {
  /** Where messages go, in words for the Email page. */
  description: string;
  /** Sends one message; resolves with what the server said, or rejects with why it did not. */
  send(message: OutboxMessage): Promise<string>;
  close(): void;
};

/** Why a message was not sent, and whether trying again could help. */
export type DeliveryFailure = { permanent: boolean; answer: string };

/** Where messages go with these settings, in words for the Email page. */
export function describeDelivery(settings: Env): string {
  if (settings.SMTP_URL) {
    const server = new URL(settings.SMTP_URL);
    return `the mail server at ${server.hostname}:${server.port || (server.protocol === "smtps:" ? 465 : 587)}`;
  }
  return `.eml files in ${emlFolder(settings)} (no SMTP_URL is set)`;
}

const emlFolder = (settings: Env) =>
  path.join(path.dirname(settings.DATABASE_PATH), "mail");

export function mailDelivery(settings: Env): Delivery {
  const from =
    settings.MAIL_FROM ??
    `"${serviceName}" <no-reply@${new URL(settings.SITE_URL).hostname}>`;
  const dkim =
    settings.DKIM_DOMAIN && settings.DKIM_SELECTOR && settings.DKIM_PRIVATE_KEY
      ? {
          domainName: settings.DKIM_DOMAIN,
          keySelector: settings.DKIM_SELECTOR,
          privateKey: settings.DKIM_PRIVATE_KEY,
        }
      : undefined;
  const email = (message: OutboxMessage) => ({
    from,
    to: message.recipient,
    replyTo: message.replyTo ?? undefined,
    subject: message.subject,
    text: message.textBody,
    html: message.htmlBody,
    messageId: message.messageId,
    headers: message.headers ?? undefined,
  });

  if (settings.SMTP_URL) {
    const transporter = nodemailer.createTransport({
      url: settings.SMTP_URL,
      pool: true,
      maxConnections: 5,
      // Short enough that a server that went away is noticed well within a claim's lease.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      dkim,
    });
    return {
      description: describeDelivery(settings),
      async send(message) {
        const info = await transporter.sendMail(email(message));
        return info.response;
      },
      close: () => transporter.close(),
    };
  }

  const folder = emlFolder(settings);
  const writer = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: "unix",
    dkim,
  });
  return {
    description: describeDelivery(settings),
    async send(message) {
      const info = await writer.sendMail(email(message));
      await fs.mkdir(folder, { recursive: true });
      const file = path.join(folder, `${message.id}-${message.kind}.eml`);
      await fs.writeFile(file, info.message as Buffer);
      return `Written to ${path.basename(file)}`;
    },
    close: () => writer.close(),
  };
}

/**
 * Reads a failed send: the server's 5xx refusal of this message (no such mailbox, refused as
 * spam) is permanent; a server that is away, busy, says 4xx, or refuses our sign-in (a setting
 * to put right, after which the message can go) is not.
 */
export function readDeliveryFailure(error: unknown): DeliveryFailure {
  const problem = error as {
    permanent?: boolean;
    code?: string;
    response?: string;
    message?: string;
  };
  return {
    permanent: problem.permanent === true && problem.code !== "EAUTH",
    answer: (problem.response ?? problem.message ?? String(error)).slice(
      0,
      500,
    ),
  };
}
