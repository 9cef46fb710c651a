import fs from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { startTestMailServer, type TestMailServer } from "../mail/testing";
import { expectNoAxeViolations } from "./axe";
import { runCatalogueCommand, unique } from "./catalogue";
import { addAccountToFile, signIn } from "./moderator";
import {
  freshPostgresDatabase,
  onPostgres,
  query,
  stopPostgres,
} from "./postgres";
import {
  freshDatabase,
  postSubmission,
  startServer,
  submissionActionFields,
  type ServerProcess,
  workerFile,
} from "./server-process";
import {
  fillInSubmission,
  giveOwnClientAddress,
  sendSubmission,
  submitExample,
} from "./submissions";
import { expect, test } from "./test";
import { ownPort } from "./ports";

// A server of this file's own, after those of single-sign-on.spec.ts.
const port = ownPort(27);

let mail: TestMailServer | undefined;
let server: ServerProcess | undefined;
let instances: ServerProcess[] = [];

test.afterEach(async () => {
  for (const running of [server, ...instances]) running?.child.kill("SIGKILL");
  await Promise.all([server, ...instances].map((running) => running?.exited));
  await mail?.stop();
  server = mail = undefined;
  instances = [];
});

test.afterAll(stopPostgres);

/**
 * The app on SQLite with a real SMTP server of the test's own, which refuses any address
 * starting "nobody" for good, as a relay does a mailbox that does not exist.
 */
async function startWithMailServer() {
  mail = await startTestMailServer({
    refuse: (address) => address.startsWith("nobody"),
  });
  const database = freshDatabase("email");
  addAccountToFile(database);
  server = await startServer(port, database, {
    SMTP_URL: mail.url,
    MAIL_FROM: "Improvement examples <examples@example.nhs.uk>",
  });
  return { mail, server, database };
}

/** A page in a browser context of its own (axe needs one it can open frames in). */
async function newPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

const subjectsTo = (address: string) =>
  mail!.to(address).map((message) => message.subject);

/** The only link to this service in an email's plain text. */
function linkIn(text: string | undefined) {
  const links = (text ?? "").match(/http:\/\/localhost:\d+\/\S+/g) ?? [];
  return links.find((link) => !link.endsWith(`:${port}/`));
}

async function decide(
  page: Page,
  reference: string,
  decision: "Approve and publish" | "Reject",
  reason?: string,
) {
  await page.goto(`/admin/examples/${reference}`);
  if (reason) await page.getByLabel("Reason for rejecting").fill(reason);
  await page.getByRole("button", { name: decision }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toBeVisible();
}

test("a submitter hears that their example arrived, why it was not published, and where it is once it is", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { server } = await startWithMailServer();
  const staff = await newPage(browser, server.baseURL);
  await giveOwnClientAddress(staff);
  const email = `sam.${unique()}@example.nhs.uk`;
  const title = `Pharmacist calls after discharge ${unique()}`;

  const first = await submitExample(staff, {
    title,
    email,
    emailUpdates: true,
  });
  await expect
    .poll(() => subjectsTo(email), { timeout: 30_000 })
    .toEqual([`We have your example ${first}`]);

  const moderating = await newPage(browser, server.baseURL);
  await signIn(moderating);
  await decide(
    moderating,
    first,
    "Reject",
    "It names a patient in the results.",
  );
  await expect
    .poll(() => subjectsTo(email).length, { timeout: 30_000 })
    .toBe(2);

  const second = await submitExample(staff, {
    title,
    email,
    emailUpdates: true,
  });
  await expect
    .poll(() => subjectsTo(email).length, { timeout: 30_000 })
    .toBe(3);
  await decide(moderating, second, "Approve and publish");
  await expect
    .poll(() => subjectsTo(email), { timeout: 30_000 })
    .toEqual([
      `We have your example ${first}`,
      `Your example ${first} was not published`,
      `We have your example ${second}`,
      `Your example ${second} is published`,
    ]);

  const [received, notPublished, , published] = mail!.to(email);
  expect(received!.text).toContain(`Your reference number is ${first}.`);
  expect(received!.from?.value[0]?.address).toBe("examples@example.nhs.uk");
  expect(notPublished!.text).toContain("^ It names a patient in the results.");
  // Every message has its own Message-ID.
  expect(new Set(mail!.to(email).map((m) => m.messageId)).size).toBe(4);

  // The link in the last one opens the published example, as it would from a mail app.
  const link = linkIn(published!.text);
  expect(link).toMatch(/\/examples\/pharmacist-calls-after-discharge-/);
  await staff.goto(link!);
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(title);

  // Nobody who did not ask hears anything.
  const quiet = `quiet.${unique()}@example.nhs.uk`;
  await submitExample(staff, { title: `Quiet ${unique()}`, email: quiet });
  await moderating.goto("/admin/email");
  await expect(
    moderating.getByRole("table", { name: "Recent emails, newest first" }),
  ).toContainText(`Your example ${second} is published`);
  expect(mail!.to(quiet)).toEqual([]);
});

test("a submission goes through while the mail server is away, its email arrives once when it is back, and a refused one shows as failed", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { server } = await startWithMailServer();
  const staff = await newPage(browser, server.baseURL);
  await giveOwnClientAddress(staff);
  const moderating = await newPage(browser, server.baseURL);
  await signIn(moderating, "/admin/email");

  await mail!.stop();
  const email = `away.${unique()}@example.nhs.uk`;
  const reference = await submitExample(staff, {
    title: `Sent while the relay was down ${unique()}`,
    email,
    emailUpdates: true,
  });
  // The Email page says it is waiting, and what the failed attempt met.
  const table = moderating.getByRole("table", {
    name: "Recent emails, newest first",
  });
  await expect(async () => {
    await moderating.reload();
    await expect(table).toContainText(
      /Waiting to send: tried \d+ times?, next at .* The mail server said: connect ECONNREFUSED/,
      { timeout: 1000 },
    );
  }).toPass({ timeout: 30_000 });
  await expectNoAxeViolations(moderating);

  await mail!.start();
  await expect
    .poll(() => subjectsTo(email), { timeout: 60_000 })
    .toEqual([`We have your example ${reference}`]);
  await expect(async () => {
    await moderating.reload();
    await expect(
      table.getByRole("row").filter({ hasText: email }),
    ).toContainText("Sent", { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  expect(subjectsTo(email)).toHaveLength(1);

  // An address the mail server refuses for good fails at once, with the server's words.
  const nobody = `nobody.${unique()}@example.nhs.uk`;
  await submitExample(staff, {
    title: `Sent to nobody ${unique()}`,
    email: nobody,
    emailUpdates: true,
  });
  const refusedRow = table.getByRole("row").filter({ hasText: nobody });
  await expect(async () => {
    await moderating.reload();
    await expect(refusedRow).toContainText("Failed: 550", { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expectNoAxeViolations(moderating);

  // A moderator can read the message as it was written, and send it again.
  await refusedRow.getByRole("link").click();
  await expect(moderating.getByRole("heading", { level: 1 })).toHaveText(
    /^We have your example IX-\d{4,}$/,
  );
  await expect(moderating.locator(".nhsuk-inset-text")).toContainText(
    "What happens next",
  );
  await expectNoAxeViolations(moderating);
  await moderating.goBack();
  await refusedRow.getByRole("button", { name: /^Send again/ }).click();
  await expect(
    moderating.getByRole("alert", { name: "Success" }),
  ).toContainText("The message will be sent again");
  expect(mail!.to(nobody)).toEqual([]);
});

test("staff contact the team behind an example by a form that never shows the team's address, up to a daily cap", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { server } = await startWithMailServer();
  const team = await newPage(browser, server.baseURL);
  await giveOwnClientAddress(team);
  const teamEmail = `team.${unique()}@example.nhs.uk`;
  const title = `Virtual ward calls ${unique()}`;
  // Nobody is forwarded anything until they tick it themselves, and the form says what not
  // ticking means.
  await team.goto("/submit");
  await expect(
    team.getByLabel("Forward messages from staff to me"),
  ).not.toBeChecked();
  await expect(
    team.getByText(
      "If you do not tick this, staff cannot contact you through this site.",
    ),
  ).toBeVisible();
  const reference = await submitExample(team, {
    title,
    email: teamEmail,
    forwarding: true,
  });
  const moderating = await newPage(browser, server.baseURL);
  await signIn(moderating);
  await decide(moderating, reference, "Approve and publish");

  const colleague = await newPage(browser, server.baseURL);
  await giveOwnClientAddress(colleague);
  await colleague.goto(`/e/${reference}`);
  await expect(colleague.getByRole("heading", { level: 1 })).toHaveText(title);
  const slug = new URL(colleague.url()).pathname.split("/").pop();
  expect(await colleague.content()).not.toContain(teamEmail);
  await colleague.getByRole("link", { name: "Contact the team" }).click();
  await expect(
    colleague.getByRole("heading", { name: "Contact the team" }),
  ).toBeVisible();
  expect(await colleague.content()).not.toContain(teamEmail);
  await expectNoAxeViolations(colleague);

  await colleague.getByRole("button", { name: "Send message" }).click();
  await expect(colleague.locator(".nhsuk-error-summary")).toContainText(
    "Enter your message",
  );
  await expect(colleague).toHaveTitle(/^Error: Contact the team/);
  await expectNoAxeViolations(colleague);
  const sender = `jo.${unique()}@example.nhs.uk`;
  await colleague.getByLabel("Your name").fill("Jo Bloggs");
  await colleague.getByLabel("Your NHS organisation").fill("A community trust");
  await colleague.getByLabel("Your work email address").fill(sender);
  await colleague
    .getByLabel("Your message")
    .fill("How did you staff the calls at weekends?");
  await colleague.getByRole("button", { name: "Send message" }).click();
  await expect(
    colleague.getByRole("heading", { name: "Message sent" }),
  ).toBeVisible();
  await expectNoAxeViolations(colleague);

  await expect
    .poll(() => subjectsTo(teamEmail), { timeout: 30_000 })
    .toEqual([`Message about your example ${reference}`]);
  const [forwarded] = mail!.to(teamEmail);
  expect(forwarded!.replyTo?.value[0]?.address).toBe(sender);
  expect(forwarded!.text).toContain(
    "^ How did you staff the calls at weekends?",
  );
  expect(forwarded!.text).toContain("Jo Bloggs from A community trust");
  // Moderators see that it went, never what it said.
  await moderating.goto("/admin/email");
  await moderating
    .getByRole("link", { name: `Message about your example ${reference}` })
    .click();
  await expect(moderating.getByText("It is not shown here.")).toBeVisible();
  expect(await moderating.content()).not.toContain("staff the calls");
  await expectNoAxeViolations(moderating);
  expect((await moderating.goto("/admin/email/999999"))?.status()).toBe(404);

  // A name that would start another header is refused, and nothing is sent.
  const path = `/examples/${slug}/contact`;
  const fields = await submissionActionFields(server.baseURL, path);
  const message = (contactName: string) => ({
    slug: slug!,
    contactName,
    organisation: "A community trust",
    contactEmail: sender,
    message: "A question.",
  });
  const injected = await postSubmission(
    server.baseURL,
    fields,
    message("Jo\r\nBcc: everyone@example.nhs.uk"),
    { path },
  );
  expect(injected.status).toBe(200);

  // Nine more reach the team today; the eleventh is refused with a clear page.
  for (let i = 2; i <= 10; i += 1) {
    const sent = await postSubmission(
      server.baseURL,
      fields,
      message(`Sender ${i}`),
      {
        path,
      },
    );
    expect(sent.location).toMatch(/\/contact\/sent$/);
  }
  const refused = await postSubmission(
    server.baseURL,
    fields,
    message("Sender 11"),
    {
      path,
    },
  );
  expect(refused.location).toMatch(/\/contact\/too-many\?from=team$/);
  const tooMany = await colleague.goto(refused.location);
  expect(tooMany?.status()).toBe(429);
  await expect(colleague.locator("main")).toContainText(
    "This team has already had 10 messages today",
  );
  await expectNoAxeViolations(colleague);
  await expect
    .poll(() => subjectsTo(teamEmail).length, { timeout: 30_000 })
    .toBe(10);
  expect(
    mail!
      .to(teamEmail)
      .every((received) => !/Bcc|everyone/.test(received.text ?? "")),
  ).toBe(true);

  // Each forwarded message tells the team how to stop them; stopping takes a button, not the
  // link alone, since mail scanners open links.
  expect(forwarded!.text).toContain(
    "We have not shown them your email address",
  );
  const stopLink = /http\S+\/contact\/stop\/[\w-]+/.exec(forwarded!.text!)![0];
  await team.goto(stopLink);
  await expect(
    team.getByRole("heading", { name: "Stop messages from staff" }),
  ).toBeVisible();
  await expectNoAxeViolations(team);
  await team.getByRole("button", { name: "Stop messages from staff" }).click();
  await expect(
    team.getByRole("heading", { name: "Messages from staff have stopped" }),
  ).toBeVisible();
  await expectNoAxeViolations(team);
  await colleague.goto(`/examples/${slug}`);
  await expect(
    colleague.getByRole("link", { name: "Contact the team" }),
  ).toHaveCount(0);
  expect((await colleague.goto(path))?.status()).toBe(200);
  await expect(colleague.getByRole("heading", { level: 1 })).toHaveText(
    "You cannot contact this team through this site",
  );
  expect((await team.goto("/contact/stop/not-a-link"))?.status()).toBe(404);

  // A team that did not agree has no contact form at all.
  const quietTeam = `quiet.${unique()}@example.nhs.uk`;
  await team.goto("/submit");
  await fillInSubmission(team, {
    title: `No contact ${unique()}`,
    email: quietTeam,
  });
  const quiet = await sendSubmission(team);
  await decide(moderating, quiet, "Approve and publish");
  await colleague.goto(`/e/${quiet}`);
  const quietSlug = new URL(colleague.url()).pathname.split("/").pop();
  await expect(
    colleague.getByRole("link", { name: "Contact the team" }),
  ).toHaveCount(0);
  await colleague.goto(`/examples/${quietSlug}/contact`);
  await expect(colleague.getByRole("heading", { level: 1 })).toHaveText(
    "You cannot contact this team through this site",
  );
  await expect(
    colleague.getByRole("button", { name: "Send message" }),
  ).toHaveCount(0);
});

test("a team claims an example from the source report without JavaScript, and once a moderator approves, staff can contact them", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { server } = await startWithMailServer();
  const noScript = await browser.newContext({
    baseURL: server.baseURL,
    javaScriptEnabled: false,
  });
  const team = await noScript.newPage();
  await giveOwnClientAddress(team);
  // The source report names no trust, so its examples have no one to contact.
  await team.goto("/e/IX-0006");
  await expect(team.getByText("No contact yet")).toBeVisible();
  const slug = new URL(team.url()).pathname.split("/").pop();
  const title = await team.getByRole("heading", { level: 1 }).textContent();
  await expect(
    team.getByRole("link", { name: "Contact the team" }),
  ).toHaveCount(0);
  await team.getByRole("link", { name: "Is this your trust's work?" }).click();
  await expect(
    team.getByRole("heading", { level: 1, name: "Is this your trust's work?" }),
  ).toBeVisible();

  // axe runs in the page, so the form and its errors are checked in a browser with JavaScript.
  const checking = await newPage(browser, server.baseURL);
  await giveOwnClientAddress(checking);
  await checking.goto(`/examples/${slug}/claim`);
  await expectNoAxeViolations(checking);
  await checking.getByRole("button", { name: "Send claim" }).click();
  await expect(checking.locator(".nhsuk-error-summary")).toContainText(
    "Enter the NHS organisation you work for",
  );
  await expect(checking).toHaveTitle(/^Error: Is this your trust's work\?/);
  await expectNoAxeViolations(checking);

  const teamEmail = `lead.${unique()}@example.nhs.uk`;
  await team.getByLabel("Your NHS organisation").fill("A mental health trust");
  await team
    .getByLabel("What was your part in this work?")
    .fill("I led the project, and my team runs it now.");
  await team.getByLabel("Your name").fill("Ade Lewis");
  await team.getByLabel("Your work email address").fill(teamEmail);
  await expect(
    team.getByLabel("Forward messages from staff to me"),
  ).not.toBeChecked();
  await team.getByLabel("Forward messages from staff to me").check();
  await team.getByRole("button", { name: "Send claim" }).click();
  await expect(team.getByRole("heading", { name: "Claim sent" })).toBeVisible();
  const reference = await team.locator(".nhsuk-panel strong").textContent();
  expect(reference).toMatch(/^CL-\d{4}$/);
  await checking.goto(team.url());
  await expect(checking.locator(".nhsuk-panel strong")).toHaveText(reference!);
  await expectNoAxeViolations(checking);
  await expect
    .poll(() => subjectsTo(teamEmail), { timeout: 30_000 })
    .toEqual([`We have your claim ${reference}`]);

  const moderating = await newPage(browser, server.baseURL);
  await signIn(moderating);
  await moderating.goto("/admin");
  await moderating.getByRole("link", { name: `Claim: ${title}` }).click();
  await expect(
    moderating.getByRole("heading", { name: "Review claim to an example" }),
  ).toBeVisible();
  await expect(
    moderating.getByText("I led the project, and my team runs it now."),
  ).toBeVisible();
  await expectNoAxeViolations(moderating);
  await moderating.getByRole("button", { name: "Approve claim" }).click();
  await expect(
    moderating.getByRole("alert", { name: "Success" }),
  ).toContainText("Claim approved");
  await expectNoAxeViolations(moderating);

  await expect
    .poll(() => subjectsTo(teamEmail), { timeout: 30_000 })
    .toEqual([
      `We have your claim ${reference}`,
      "You are now the contact for IX-0006",
    ]);
  // The email's link opens the example, which now has a team to contact but never shows its address.
  await team.goto(linkIn(mail!.to(teamEmail)[1]!.text)!);
  await expect(team.getByRole("heading", { level: 1 })).toHaveText(title!);
  await expect(
    team.getByRole("link", { name: "Is this your trust's work?" }),
  ).toHaveCount(0);
  expect(await team.content()).not.toContain(teamEmail);
  expect((await team.goto(`/examples/${slug}/claim`))?.status()).toBe(404);

  const colleague = await newPage(browser, server.baseURL);
  await giveOwnClientAddress(colleague);
  await colleague.goto(`/examples/${slug}`);
  await colleague.getByRole("link", { name: "Contact the team" }).click();
  const sender = `kim.${unique()}@example.nhs.uk`;
  await colleague.getByLabel("Your name").fill("Kim Evans");
  await colleague.getByLabel("Your NHS organisation").fill("An acute trust");
  await colleague.getByLabel("Your work email address").fill(sender);
  await colleague
    .getByLabel("Your message")
    .fill("Which staff ran it at first?");
  await colleague.getByRole("button", { name: "Send message" }).click();
  await expect(
    colleague.getByRole("heading", { name: "Message sent" }),
  ).toBeVisible();
  await expect
    .poll(() => subjectsTo(teamEmail).length, { timeout: 30_000 })
    .toBe(3);
  expect(mail!.to(teamEmail)[2]!.replyTo?.value[0]?.address).toBe(sender);
});

/** Asks for alerts from a search's link and confirms from the email, as a person would. */
async function getAlerts(page: Page, search: string, email: string) {
  await page.goto(search);
  await page
    .getByRole("link", { name: "Get emails about new examples like these" })
    .click();
  await expect(
    page.getByRole("heading", { name: "Get emails about new examples" }),
  ).toBeVisible();
  await page.getByLabel("Your email address").fill(email);
  await page.getByLabel("As soon as one is published").check();
  await page.getByRole("button", { name: "Get emails" }).click();
  await expect(
    page.getByRole("heading", { name: "Check your email" }),
  ).toBeVisible();
  await expect
    .poll(() => subjectsTo(email), { timeout: 30_000 })
    .toEqual(["Confirm your email alert"]);
  await page.goto(linkIn(mail!.to(email)[0]!.text)!);
  await page.getByRole("button", { name: "Confirm and start emails" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText(
    "Your email alert is on",
  );
}

/** Submits an example in a setting of its own, and publishes it as the moderator. */
async function publishExample(
  staff: Page,
  moderating: Page,
  title: string,
  setting: "Community" | "Acute",
) {
  await staff.goto("/submit");
  await fillInSubmission(staff, { title });
  await staff
    .getByRole("group", { name: "Care setting" })
    .getByLabel(setting)
    .check();
  await decide(moderating, await sendSubmission(staff), "Approve and publish");
}

test("staff get emails about new examples in a theme and setting, only after confirming, and stop them in one click", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const { server } = await startWithMailServer();
  const reader = await newPage(browser, server.baseURL);
  await giveOwnClientAddress(reader);
  const email = `reader.${unique()}@example.nhs.uk`;
  const search = "/themes/health-inequalities?setting=community";

  // The form says what the emails will be about, and checks what is typed.
  await reader.goto(search);
  await reader
    .getByRole("link", { name: "Get emails about new examples like these" })
    .click();
  await expect(reader.locator("main")).toContainText(
    "theme Health inequalities, care setting Community",
  );
  await expectNoAxeViolations(reader);
  await reader.getByRole("button", { name: "Get emails" }).click();
  await expect(reader.locator(".nhsuk-error-summary")).toContainText(
    "Enter your email address",
  );
  // A fresh form, so that React's reset of the form after the first answer cannot clear what is
  // typed next.
  const alertForm = reader.url();
  await reader.goto(alertForm);
  await reader
    .getByLabel("Your email address")
    .fill(`${"a".repeat(250)}@nhs.net`);
  await reader.getByRole("button", { name: "Get emails" }).click();
  await expect(reader.locator(".nhsuk-error-summary")).toContainText(
    "Your email address must be 254 characters or fewer",
  );
  await expectNoAxeViolations(reader);
  await getAlerts(reader, search, email);
  await expectNoAxeViolations(reader);
  const stillSubscribed = `colleague.${unique()}@example.nhs.uk`;
  await getAlerts(reader, search, stillSubscribed);

  const staff = await newPage(browser, server.baseURL);
  await giveOwnClientAddress(staff);
  const moderating = await newPage(browser, server.baseURL);
  await signIn(moderating);
  const acute = `Acute ward huddle ${unique()}`;
  const community = `Community nurse huddle ${unique()}`;
  await publishExample(staff, moderating, acute, "Acute");
  await publishExample(staff, moderating, community, "Community");
  await expect
    .poll(() => subjectsTo(email), { timeout: 30_000 })
    .toEqual(["Confirm your email alert", `New example: ${community}`]);
  const [, alert] = mail!.to(email);
  expect(linkIn(alert!.text)).toMatch(/\/examples\/community-nurse-huddle-/);

  // One click in the mail program: a POST to the List-Unsubscribe address.
  const unsubscribeLine = alert!.headerLines.find(
    (line) => line.key === "list-unsubscribe",
  )!.line;
  expect(
    alert!.headerLines.find((line) => line.key === "list-unsubscribe-post")
      ?.line,
  ).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  const unsubscribeUrl = /<(http[^>]+)>/.exec(unsubscribeLine)![1]!;
  const oneClick = await fetch(unsubscribeUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "List-Unsubscribe=One-Click",
  });
  expect(oneClick.status).toBe(200);

  // The next matching example reaches the colleague, and not the reader who stopped.
  const next = `Community pharmacy huddle ${unique()}`;
  await publishExample(staff, moderating, next, "Community");
  await expect
    .poll(() => subjectsTo(stillSubscribed), { timeout: 30_000 })
    .toContain(`New example: ${next}`);
  expect(subjectsTo(email)).toHaveLength(2);
  expect(subjectsTo(stillSubscribed)).not.toContain(`New example: ${acute}`);

  // The stopped alert's links now say so, with a way to ask again.
  const manage = await reader.goto(
    new URL(unsubscribeUrl).pathname.replace("unsubscribe", "manage"),
  );
  expect(manage?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(
    "You have stopped these emails",
  );
  await expect(
    reader.getByRole("link", { name: "search for what you are interested in" }),
  ).toBeVisible();
  await expectNoAxeViolations(reader);

  // Moderators can read what was sent, but never the token that is the reader's key.
  const confirmToken = /\/alerts\/confirm\/([\w-]+)/.exec(
    mail!.to(stillSubscribed)[0]!.text ?? "",
  )![1]!;
  await moderating.goto("/admin/email");
  await moderating
    .getByRole("row")
    .filter({ hasText: stillSubscribed })
    .getByRole("link", { name: "Confirm your email alert" })
    .click();
  await expect(moderating.locator("main")).toContainText("/alerts/confirm/…");
  expect(await moderating.locator("main").textContent()).not.toContain(
    confirmToken,
  );
  await expectNoAxeViolations(moderating);
  const forged = await reader.goto(
    "/alerts/confirm/not-a-real-token-at-all-0000",
  );
  expect(forged?.status()).toBe(404);
});

test("a team past its review date says its example still runs, and one with no team waits for a moderator", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { server, database } = await startWithMailServer();
  const teamEmail = `team.${unique()}@example.nhs.uk`;
  const running = runCatalogueCommand<{ slug: string; reference: string }>(
    "add",
    {
      title: `Still running ${unique()}`,
      contactName: "Ali Khan",
      contactEmail: teamEmail,
      contactForwarding: true,
    },
    database,
  );
  const orphan = runCatalogueCommand<{ slug: string; reference: string }>(
    "add",
    { title: `No team to ask ${unique()}` },
    database,
  );
  // The morning's check, run as the app would: its emails link to this server.
  for (const { slug } of [running, orphan])
    runCatalogueCommand("review-due", { slug }, database, {
      PORT: String(port),
    });

  await expect
    .poll(() => subjectsTo(teamEmail), { timeout: 30_000 })
    .toEqual([`Is your example ${running.reference} still running?`]);
  const [question] = mail!.to(teamEmail);
  const yes = /http:\/\/\S+\?answer=running/.exec(question!.text ?? "")![0];
  const team = await newPage(browser, server.baseURL);
  await team.goto(yes);
  await expect(team.getByRole("heading", { level: 1 })).toContainText(
    "still running?",
  );
  await expectNoAxeViolations(team);
  await team.getByRole("button", { name: "Yes, it is still running" }).click();
  await expect(team.getByRole("heading", { name: "Thank you" })).toBeVisible();
  await expectNoAxeViolations(team);
  const today = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/London",
  }).format(new Date());
  await team.goto(`/examples/${running.slug}`);
  await expect(team.locator("main")).toContainText(
    new RegExp(`Last confirmed as current\\s*${today}`),
  );
  // The link works once.
  const again = await team.goto(yes);
  expect(again?.status()).toBe(404);
  await expect(team.getByRole("heading", { level: 1 })).toHaveText(
    "This link does not work",
  );

  // With no team to ask, it waits in the queue until a moderator confirms it.
  const moderating = await newPage(browser, server.baseURL);
  await signIn(moderating);
  const due = moderating.getByRole("region", { name: /^Due for review/ });
  await expect(due).toContainText(orphan.reference);
  await expect(due).not.toContainText(running.reference);
  await expectNoAxeViolations(moderating);
  await due
    .getByRole("link", { name: new RegExp(`^${orphan.reference}:`) })
    .click();
  await moderating
    .getByRole("button", { name: "Confirm it is still current" })
    .click();
  await expect(
    moderating.getByRole("button", { name: "Confirm it is still current" }),
  ).toHaveCount(0);
  // The source report's examples are past their date too, and have no team: they stay listed.
  await moderating.goto("/admin");
  await expect(
    moderating.getByRole("region", { name: /^Due for review/ }),
  ).not.toContainText(orphan.reference);
});

test("three instances over PostgreSQL send 30 events' emails exactly once each, even when one is killed mid-send", async () => {
  test.setTimeout(180_000);
  mail = await startTestMailServer();
  const url = await freshPostgresDatabase();
  // The instances' clock, which the test moves on once one is killed, so that its claim on what
  // it was sending lapses (after two minutes) without waiting for them.
  const clock = `${workerFile("three-instances")}.clock`;
  fs.writeFileSync(clock, "+0s");
  instances = await Promise.all(
    [28, 29, 30].map((offset) =>
      startServer(ownPort(offset), "test-results/unused-by-postgres.db", {
        ...onPostgres(url),
        SMTP_URL: mail!.url,
        MAIL_FROM: "examples@example.nhs.uk",
        CLOCK_FILE: clock,
      }),
    ),
  );
  // The relay is slow: every message waits mid-send until the test lets it go.
  mail.hold();
  const run = unique();
  const senders = Array.from(
    { length: 30 },
    (_, i) => `sender.${run}.${i}@example.nhs.uk`,
  );
  const fields = await submissionActionFields(instances[0]!.baseURL);
  for (const [i, email] of senders.entries()) {
    const sent = await postSubmission(instances[i % 3]!.baseURL, fields, {
      title: `Event ${i} of thirty ${run}`,
      contactEmail: email,
      emailUpdates: "yes",
    });
    expect(sent.reference).toMatch(/^IX-\d{4,}$/);
  }
  // Senders are at work on some messages: kill one instance while they are.
  await expect
    .poll(() => mail!.holding, { timeout: 60_000 })
    .toBeGreaterThan(0);
  instances[0]!.child.kill("SIGKILL");
  await instances[0]!.exited;
  fs.writeFileSync(clock, "+3m");
  mail.release();

  // Every message arrives, the dead instance's once its claim has lapsed.
  await expect
    .poll(
      async () =>
        Number(
          (
            await query<{ waiting: string | number }>(
              url,
              "SELECT count(*) AS waiting FROM outbox WHERE status <> 'sent'",
            )
          )[0]!.waiting,
        ),
      { timeout: 120_000, intervals: [1000] },
    )
    .toBe(0);
  const ours = mail.received.filter((message) =>
    senders.includes(
      message.to && !Array.isArray(message.to)
        ? message.to.value[0]!.address!
        : "",
    ),
  );
  const messageIds = new Set(ours.map((message) => message.messageId));
  expect(messageIds.size).toBe(30);
  expect(
    new Set(
      ours.flatMap((message) => [message.to].flat().map((to) => to?.text)),
    ).size,
  ).toBe(30);
  const stored = await query<{ message_id: string }>(
    url,
    "SELECT message_id FROM outbox",
  );
  expect(new Set(stored.map((row) => row.message_id))).toEqual(messageIds);
});
