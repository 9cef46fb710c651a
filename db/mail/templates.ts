import { env } from "@/env";
import { serviceName } from "@/db/options";

/**
 * Every email the catalogue sends, in GOV.UK Notify's content style: a short subject that says
 * what happened, the facts, then what to do next. Each is written once as blocks and rendered as
 * plain text and as simple HTML, with the service's name and address at the foot. Every link is
 * absolute (SITE_URL).
 */

/** Which template wrote a message, as the moderators' Email page names it. */
export const messageKindLabels = {
  "submission-received": "Example received",
  "submission-published": "Example published",
  "submission-not-published": "Example not published",
  "report-received": "Report received",
  "report-published": "Report published",
  "report-not-published": "Report not published",
  "report-on-your-example": "Another team tried an example",
  "claim-received": "Claim received",
  "claim-approved": "Claim approved",
  "claim-not-approved": "Claim not approved",
  "contact-message": "Message from staff, forwarded",
  "alert-confirm": "Confirm an email alert",
  "alert-new-example": "Email alert: a new example",
  "alert-digest": "Email alert: new examples",
  "review-question": "Is this still running?",
  "waiting-item": "To moderators: new item waiting",
  "waiting-summary": "To moderators: what is waiting",
} as const;

export type MessageKind = keyof typeof messageKindLabels;

/** An email ready for the outbox. */
export type OutgoingMessage = {
  kind: MessageKind;
  to: string;
  replyTo?: string | null;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
};

type Block =
  | { paragraph: string }
  | { heading: string }
  | { link: string }
  /** Someone else's words, such as a moderator's reason, set apart from ours. */
  | { quote: string };

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** A link on this service, absolute, as every link in an email must be. */
export const serviceLink = (path: string) => `${env.SITE_URL}${path}`;

/**
 * Where a link carries a token that is its recipient's key (to confirm an alert, manage or stop
 * it, answer a review question): every such link is made by `tokenLink`, so that moderators can
 * be shown messages with the tokens cut (`withLinkTokensHidden`).
 */
const tokenLinkPaths = [
  "/alerts/confirm/",
  "/alerts/manage/",
  "/alerts/unsubscribe/",
  "/reviews/",
  "/contact/stop/",
] as const;

/** A link on this service that carries someone's token. */
const tokenLink = (
  path: (typeof tokenLinkPaths)[number],
  token: string,
  query = "",
) => serviceLink(`${path}${token}${query}`);

/** What stands in a link for a token that has been cut. */
export const hiddenToken = "…";

/** A message as someone other than its recipient may read it: every link's token cut. */
export function withLinkTokensHidden(text: string): string {
  return tokenLinkPaths.reduce(
    (hidden, path) =>
      hidden.replace(
        new RegExp(`(${path.replace(/\//g, "\\/")})[\\w-]+`, "g"),
        `$1${hiddenToken}`,
      ),
    text,
  );
}

function footer(): Block[] {
  return [{ paragraph: serviceName }, { link: serviceLink("/") }];
}

function asText(blocks: Block[]): string {
  return blocks
    .map((block) =>
      "paragraph" in block
        ? block.paragraph
        : "heading" in block
          ? `# ${block.heading}`
          : "link" in block
            ? block.link
            : block.quote
                .split("\n")
                .map((line) => `^ ${line}`)
                .join("\n"),
    )
    .join("\n\n");
}

const font =
  "font-family: Arial, sans-serif; font-size: 19px; line-height: 1.3158; color: #0b0c0c;";

function asHtml(subject: string, blocks: Block[]): string {
  const body = blocks
    .map((block) =>
      "paragraph" in block
        ? `<p style="${font} margin: 0 0 20px;">${escapeHtml(block.paragraph)}</p>`
        : "heading" in block
          ? `<h2 style="${font} font-size: 24px; font-weight: 700; margin: 30px 0 15px;">${escapeHtml(block.heading)}</h2>`
          : "link" in block
            ? `<p style="${font} margin: 0 0 20px;"><a href="${escapeHtml(block.link)}" style="color: #005eb8;">${escapeHtml(block.link)}</a></p>`
            : `<blockquote style="${font} margin: 0 0 20px; padding: 15px; border-left: 10px solid #b1b4b6;">${escapeHtml(
                block.quote,
              ).replace(/\n/g, "<br>")}</blockquote>`,
    )
    .join("\n");
  return `<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin: 0; padding: 0; background: #ffffff;">
<div style="background: #005eb8; padding: 15px 20px;"><p style="${font} color: #ffffff; font-weight: 700; margin: 0;">${escapeHtml(serviceName)}</p></div>
<div style="max-width: 580px; padding: 20px;">
${body}
</div>
</body>
</html>`;
}

function compose(
  kind: MessageKind,
  to: string,
  subject: string,
  blocks: Block[],
): OutgoingMessage {
  const all = [...blocks, ...footer()];
  return { kind, to, subject, text: asText(all), html: asHtml(subject, all) };
}

const greeting = (name: string | null): Block => ({
  paragraph: name ? `Dear ${name},` : "Hello,",
});

/** The person who sent an example or a report, with what they sent. */
export type Sender = { email: string; name: string | null };
type Sent = { reference: string; title: string };

function usually(days: number | null): Block[] {
  if (days === null) return [];
  return [
    {
      paragraph:
        days <= 1
          ? "Most examples are checked within a day."
          : `Most examples are checked within ${days} days.`,
    },
  ];
}

/**
 * The emails that go to an address nobody has checked: a receipt, or a link to confirm. Whoever
 * filled in the form may not own the address, so these say nothing they typed but a title cut
 * short, and an address gets at most a few of them a day (queueMessage).
 */
export const toUncheckedAddresses = [
  "submission-received",
  "report-received",
  "claim-received",
  "alert-confirm",
] as const satisfies readonly MessageKind[];

/** The longest part of a stranger's title an email to an unchecked address quotes. */
export const quotedTitleLength = 80;

/** A title typed by the sender, as an email to an unchecked address may quote it. */
export function quotedTitle(title: string): string {
  const characters = [...title];
  return characters.length <= quotedTitleLength
    ? title
    : `${characters
        .slice(0, quotedTitleLength - 1)
        .join("")
        .trimEnd()}…`;
}

export function submissionReceived(
  to: Sender,
  example: Sent & { usualDays: number | null },
): OutgoingMessage {
  return compose(
    "submission-received",
    to.email,
    `We have your example ${example.reference}`,
    [
      greeting(null),
      {
        paragraph: `We have received your example ‘${quotedTitle(example.title)}’. Your reference number is ${example.reference}.`,
      },
      { heading: "What happens next" },
      {
        paragraph:
          "A moderator will check your example before it is published. They may change the wording so it is clear, and they will email you if they have questions.",
      },
      ...usually(example.usualDays),
      { paragraph: "We will email you when they have decided." },
    ],
  );
}

export function submissionPublished(
  to: Sender,
  example: Sent & { slug: string },
): OutgoingMessage {
  return compose(
    "submission-published",
    to.email,
    `Your example ${example.reference} is published`,
    [
      greeting(to.name),
      {
        paragraph: `Your example ‘${example.title}’ (${example.reference}) is now in the catalogue. Staff can find it by searching, and you can share this link to it:`,
      },
      { link: serviceLink(`/examples/${example.slug}`) },
      { paragraph: "Thank you for sharing your work." },
    ],
  );
}

export function submissionNotPublished(
  to: Sender,
  example: Sent & { reason: string },
): OutgoingMessage {
  return compose(
    "submission-not-published",
    to.email,
    `Your example ${example.reference} was not published`,
    [
      greeting(to.name),
      {
        paragraph: `A moderator has decided not to publish your example ‘${example.title}’ (${example.reference}). They said:`,
      },
      { quote: example.reason },
      { heading: "What you can do" },
      {
        paragraph:
          "You can change your example and submit it again. It will get a new reference number.",
      },
      { link: serviceLink("/submit") },
    ],
  );
}

/** A team's claim to an example ("Is this your trust's work?"), with the example it is about. */
type SentClaim = { reference: string; example: Sent & { slug: string } };

export function claimReceived(to: Sender, claim: SentClaim): OutgoingMessage {
  return compose(
    "claim-received",
    to.email,
    `We have your claim ${claim.reference}`,
    [
      greeting(null),
      {
        paragraph: `We have received your claim that ‘${claim.example.title}’ is your team's work. Your reference number is ${claim.reference}.`,
      },
      { heading: "What happens next" },
      {
        paragraph:
          "A moderator will check your claim. They may email you to ask about your part in the work.",
      },
      { paragraph: "We will email you when they have decided." },
    ],
  );
}

export function claimApproved(to: Sender, claim: SentClaim): OutgoingMessage {
  return compose(
    "claim-approved",
    to.email,
    `You are now the contact for ${claim.example.reference}`,
    [
      greeting(to.name),
      {
        paragraph: `A moderator has approved your claim ${claim.reference}. You are now the contact for ‘${claim.example.title}’:`,
      },
      { link: serviceLink(`/examples/${claim.example.slug}`) },
      { heading: "What this means" },
      {
        paragraph:
          "If you chose to, we will forward you messages from staff who want to ask about the work. We will also email you when another team reports trying it, and ask you every 2 years whether it is still running.",
      },
      {
        paragraph:
          "To change what the example says, or to stop being its contact, reply to this email.",
      },
    ],
  );
}

export function claimNotApproved(
  to: Sender,
  claim: SentClaim & { reason: string },
): OutgoingMessage {
  return compose(
    "claim-not-approved",
    to.email,
    `Your claim ${claim.reference} was not approved`,
    [
      greeting(to.name),
      {
        paragraph: `A moderator has decided not to approve your claim to ‘${claim.example.title}’ (${claim.reference}). They said:`,
      },
      { quote: claim.reason },
      {
        paragraph:
          "If you think this is wrong, you can send a new claim from the example's page:",
      },
      { link: serviceLink(`/examples/${claim.example.slug}/claim`) },
    ],
  );
}

/** A report of trying an example, with the example it is about. */
type SentReport = {
  reference: string;
  example: Sent & { slug: string };
};

export function reportReceived(
  to: Sender,
  report: SentReport & { usualDays: number | null },
): OutgoingMessage {
  return compose(
    "report-received",
    to.email,
    `We have your report ${report.reference}`,
    [
      greeting(null),
      {
        paragraph: `We have received your report of trying ‘${report.example.title}’. Your reference number is ${report.reference}.`,
      },
      { heading: "What happens next" },
      {
        paragraph:
          "A moderator will check your report before it is published on the example’s page, and will email you if they have questions.",
      },
      ...usually(report.usualDays),
      { paragraph: "We will email you when they have decided." },
    ],
  );
}

export function reportPublished(
  to: Sender,
  report: SentReport,
): OutgoingMessage {
  return compose(
    "report-published",
    to.email,
    `Your report ${report.reference} is published`,
    [
      greeting(to.name),
      {
        paragraph: `Your report of trying ‘${report.example.title}’ (${report.reference}) is now on the example’s page, under ‘Tried elsewhere’:`,
      },
      { link: serviceLink(`/examples/${report.example.slug}#tried-elsewhere`) },
      { paragraph: "Thank you for sharing what happened." },
    ],
  );
}

export function reportNotPublished(
  to: Sender,
  report: SentReport & { reason: string },
): OutgoingMessage {
  return compose(
    "report-not-published",
    to.email,
    `Your report ${report.reference} was not published`,
    [
      greeting(to.name),
      {
        paragraph: `A moderator has decided not to publish your report of trying ‘${report.example.title}’ (${report.reference}). They said:`,
      },
      { quote: report.reason },
      { heading: "What you can do" },
      {
        paragraph:
          "You can change your report and send it again from the example’s page. It will get a new reference number.",
      },
      { link: serviceLink(`/examples/${report.example.slug}/tried`) },
    ],
  );
}

/** To the team behind an example, when another team's report of trying it is published. */
export function reportOnYourExample(
  to: Sender,
  report: SentReport,
): OutgoingMessage {
  return compose(
    "report-on-your-example",
    to.email,
    `Another team has tried your example ${report.example.reference}`,
    [
      greeting(to.name),
      {
        paragraph: `Another team has reported trying your example ‘${report.example.title}’ (${report.example.reference}). You can read what they changed and what happened on its page:`,
      },
      { link: serviceLink(`/examples/${report.example.slug}#tried-elsewhere`) },
    ],
  );
}

/** A message from a member of staff to the team behind an example or a report, forwarded. */
export function contactMessage(
  to: Sender & { addressShown: boolean },
  about: {
    /** "your example ‘Home first’ (IX-0042)", or "your report of trying ‘Home first’ (TR-0003)". */
    what: string;
    reference: string;
    link: string;
    /** The token of this message's "stop these messages" link. */
    stopToken: string;
  },
  from: { name: string; organisation: string; email: string; message: string },
): OutgoingMessage {
  return {
    ...compose(
      "contact-message",
      to.email,
      `Message about your ${about.reference.startsWith("TR-") ? "report" : "example"} ${about.reference}`,
      [
        greeting(to.name),
        {
          paragraph: `${from.name} from ${from.organisation} has sent you a message about ${about.what}:`,
        },
        { quote: from.message },
        { heading: "How to reply" },
        {
          paragraph: `Reply to this email to answer them. Your reply goes to ${from.email}, not to us.`,
        },
        {
          paragraph: to.addressShown
            ? "They found your work here, where your email address is shown because you chose that:"
            : "We have not shown them your email address. They found your work here:",
        },
        { link: about.link },
        { heading: "If you do not want messages like this" },
        {
          paragraph:
            "You asked us to forward messages from staff to you. To stop, go to:",
        },
        { link: tokenLink("/contact/stop/", about.stopToken) },
      ],
    ),
    replyTo: from.email,
  };
}

/** An email alert's subscriber: their address and the token in their links. */
type Subscriber = { email: string; token: string; description: string };

/** Every alert can be stopped in one click (RFC 8058) and managed from its link. */
function alertHeaders(token: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${tokenLink("/alerts/unsubscribe/", token)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

function manageBlocks(token: string): Block[] {
  return [
    {
      paragraph:
        "To change how often you get these emails, or to stop them, go to:",
    },
    { link: tokenLink("/alerts/manage/", token) },
  ];
}

/**
 * To an address nobody has checked yet: it says nothing the person who asked typed, since they
 * may not be its owner. The search it follows is shown once the link is opened.
 */
export function alertConfirm(to: {
  email: string;
  token: string;
}): OutgoingMessage {
  return compose("alert-confirm", to.email, "Confirm your email alert", [
    {
      paragraph: `Someone, probably you, asked for emails when new examples are added to ${serviceName}.`,
    },
    {
      paragraph:
        "To see what they asked for and start getting the emails, confirm here:",
    },
    { link: tokenLink("/alerts/confirm/", to.token) },
    {
      paragraph:
        "The link works for 7 days. If you did not ask for these emails, ignore this one: you will not get any more.",
    },
  ]);
}

/** What an alert says of each new example. */
type NewExample = { title: string; summary: string; slug: string };

/**
 * Where each recipient's own value goes in a body many share: a marker no text here can hold,
 * since every form refuses control characters.
 */
const slot = (name: string) => `\u0001${name}\u0001`;

/** Many messages with one body, and each recipient's own values for its slots. */
export type SharedMessages = {
  kind: MessageKind;
  text: string;
  html: string;
  messages: {
    to: string;
    subject: string;
    headers?: Record<string, string>;
    fills: Record<string, string>;
  }[];
};

/** A shared body with one recipient's values in its slots, escaped in the HTML body. */
export function fillSlots(
  body: string,
  fills: Record<string, string>,
  as: "text" | "html",
): string {
  return body.replace(/\u0001(\w+)\u0001/g, (marker, name: string) => {
    const value = fills[name];
    if (value === undefined) return marker;
    return as === "html" ? escapeHtml(value) : value;
  });
}

/**
 * A new example's alerts: written once, with each subscriber's search and link token filled in as
 * each is sent, so 10,000 alerts store one body rather than 10,000.
 */
export function newExampleAlerts(
  subscribers: Subscriber[],
  example: NewExample,
): SharedMessages {
  const subject = `New example: ${example.title}`.slice(0, 150);
  const body = compose("alert-new-example", "", subject, [
    {
      paragraph: `A new example matches your email alert (${slot("description")}).`,
    },
    { heading: example.title },
    { paragraph: example.summary },
    { link: serviceLink(`/examples/${example.slug}`) },
    ...manageBlocks(slot("token")),
  ]);
  return {
    kind: "alert-new-example",
    text: body.text,
    html: body.html,
    messages: subscribers.map((to) => ({
      to: to.email,
      subject,
      headers: alertHeaders(to.token),
      fills: { description: to.description, token: to.token },
    })),
  };
}

/** One new example's alert to one subscriber, as it is sent. */
export function newExampleAlert(
  to: Subscriber,
  example: NewExample,
): OutgoingMessage {
  const shared = newExampleAlerts([to], example);
  const { fills, ...message } = shared.messages[0]!;
  return {
    kind: shared.kind,
    ...message,
    text: fillSlots(shared.text, fills, "text"),
    html: fillSlots(shared.html, fills, "html"),
  };
}

export function digestAlert(
  to: Subscriber,
  examples: NewExample[],
  period: "in the last day" | "this week",
): OutgoingMessage {
  const count =
    examples.length === 1 ? "1 new example" : `${examples.length} new examples`;
  return {
    ...compose("alert-digest", to.email, `${count} ${period}`, [
      {
        paragraph: `${count} ${examples.length === 1 ? "matches" : "match"} your email alert (${to.description}).`,
      },
      ...examples.flatMap((example): Block[] => [
        { heading: example.title },
        { paragraph: example.summary },
        { link: serviceLink(`/examples/${example.slug}`) },
      ]),
      ...manageBlocks(to.token),
    ]),
    headers: alertHeaders(to.token),
  };
}

/** Something waiting for a moderator: titles and links only, never who sent it. */
/** What each kind of waiting item is called, and where it is reviewed. */
const waitingKinds = {
  example: { path: "examples", noun: "example", prefix: "" },
  report: {
    path: "reports",
    noun: "report of trying an example",
    prefix: "we tried this too, ",
  },
  claim: { path: "claims", noun: "claim to an example", prefix: "claim to " },
} as const;

export type WaitingItem = {
  kind: keyof typeof waitingKinds;
  reference: string;
  title: string;
};

const reviewLink = (item: WaitingItem) =>
  serviceLink(`/admin/${waitingKinds[item.kind].path}/${item.reference}`);

const waitingName = (item: WaitingItem) =>
  `${item.reference}: ${waitingKinds[item.kind].prefix}${item.title}`;

const emailSettings = (): Block[] => [
  {
    paragraph:
      "To choose which of these emails you get, go to Your account when you are signed in:",
  },
  { link: serviceLink("/admin/account") },
];

export function waitingItem(
  to: { email: string; name: string },
  item: WaitingItem,
): OutgoingMessage {
  return compose(
    "waiting-item",
    to.email,
    `Waiting for review: ${item.reference}`,
    [
      greeting(to.name),
      {
        paragraph: `A new ${waitingKinds[item.kind].noun} is waiting for review: ${waitingName(item)}.`,
      },
      { link: reviewLink(item) },
      ...emailSettings(),
    ],
  );
}

export function waitingSummary(
  to: { email: string; name: string },
  waiting: { count: number; oldestDays: number; items: WaitingItem[] },
): OutgoingMessage {
  const oldest =
    waiting.oldestDays === 0
      ? "less than a day"
      : waiting.oldestDays === 1
        ? "1 day"
        : `${waiting.oldestDays} days`;
  return compose(
    "waiting-summary",
    to.email,
    `${waiting.count} waiting, oldest ${oldest}`,
    [
      greeting(to.name),
      {
        paragraph: `${waiting.count === 1 ? "1 example or report is" : `${waiting.count} examples and reports are`} waiting for review. The oldest has waited ${oldest}.`,
      },
      ...waiting.items.flatMap((item): Block[] => [
        { paragraph: waitingName(item) },
        { link: reviewLink(item) },
      ]),
      ...(waiting.count > waiting.items.length
        ? [
            {
              paragraph: `And ${waiting.count - waiting.items.length} more in the queue:`,
            },
            { link: serviceLink("/admin") },
          ]
        : []),
      ...emailSettings(),
    ],
  );
}

/** To an example's team when its review date has passed: two links, one for each answer. */
export function reviewQuestion(
  to: Sender,
  example: Sent & { token: string },
): OutgoingMessage {
  const answer = (which: "running" | "stopped") =>
    tokenLink("/reviews/", example.token, `?answer=${which}`);
  return compose(
    "review-question",
    to.email,
    `Is your example ${example.reference} still running?`,
    [
      greeting(to.name),
      {
        paragraph: `Your example ‘${example.title}’ (${example.reference}) has been in the catalogue for 2 years. So that staff can trust what they find, please tell us whether it is still running.`,
      },
      { heading: "Yes, it is still running" },
      { link: answer("running") },
      { heading: "No, it has stopped" },
      { link: answer("stopped") },
      {
        paragraph:
          "If we do not hear from you within 30 days, a moderator will review the example.",
      },
    ],
  );
}
