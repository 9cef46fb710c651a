import { Secret, TOTP } from "otpauth";
import { expectNoAxeViolations } from "./axe";
import { unique } from "./catalogue";
import {
  admin,
  keyFromQrCode,
  moderator,
  addAccountToFile,
  signIn,
  signInAsAdmin,
  signInWithPassword,
} from "./moderator";
import {
  addModerator,
  freshPostgresDatabase,
  onPostgres,
  stopPostgres,
} from "./postgres";
import {
  freshDatabase,
  startServer,
  submissionActionFields,
  type ServerProcess,
} from "./server-process";
import { giveOwnClientAddress } from "./submissions";
import { expect, test } from "./test";
import { ownPort } from "./ports";

// Servers of this file's own, after those of odd-requests.spec.ts.
const basePort = ownPort(23);

let running: ServerProcess[] = [];

test.afterEach(async () => {
  for (const server of running) server.child.kill("SIGKILL");
  await Promise.all(running.map((server) => server.exited));
  running = [];
});

test.afterAll(stopPostgres);

type Answer = "wrong" | "too many" | "signed in";

/**
 * One sign-in posted as a browser without JavaScript would, from a client address of its own (the
 * servers trust X-Forwarded-For, as behind a proxy).
 */
async function postSignIn(
  baseURL: string,
  credentials: { email: string; password: string },
  clientAddress: string,
): Promise<Answer> {
  const form = new FormData();
  for (const [name, value] of await submissionActionFields(
    baseURL,
    "/admin/sign-in",
  ))
    form.append(name, value);
  form.append("email", credentials.email);
  form.append("password", credentials.password);
  const response = await fetch(`${baseURL}/admin/sign-in`, {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: { "X-Forwarded-For": clientAddress, Origin: baseURL },
  });
  if (response.status === 303) return "signed in";
  const html = await response.text();
  if (html.includes("You have tried to sign in too many times"))
    return "too many";
  expect(html).toContain("Enter a correct email address and password");
  return "wrong";
}

/** Twenty addresses, one guess each, spread over the servers; then the right password. */
async function guessFromTwentyAddresses(
  servers: ServerProcess[],
  account: typeof moderator | typeof admin,
) {
  const answers: Answer[] = [];
  for (let guess = 1; guess <= 20; guess += 1)
    answers.push(
      await postSignIn(
        servers[guess % servers.length]!.baseURL,
        { email: account.email, password: `guess number ${guess}` },
        `203.0.113.${guess}`,
      ),
    );
  expect(answers.slice(0, 4)).toEqual(Array(4).fill("wrong"));
  expect(answers.slice(4)).toEqual(Array(16).fill("too many"));
  // The right password, from an address that never guessed, on every server: still refused.
  for (const server of servers)
    expect(await postSignIn(server.baseURL, account, "198.51.100.7")).toBe(
      "too many",
    );
}

test("twenty addresses guessing one account are all slowed after the fifth failure, on SQLite", async () => {
  test.setTimeout(180_000);
  const database = freshDatabase("accounts-throttle");
  addAccountToFile(database);
  running.push(await startServer(basePort, database));
  await guessFromTwentyAddresses(running, moderator);
});

test("twenty addresses guessing one account over two instances on PostgreSQL are all slowed after the fifth failure", async () => {
  test.setTimeout(240_000);
  const url = await freshPostgresDatabase();
  // Added as an operator would, without SESSION_SECRET, which the command does not use.
  const added = addModerator(url, admin);
  expect(added).toContain("as an admin");
  running.push(
    ...(await Promise.all(
      [1, 2].map((i) =>
        startServer(
          basePort + i,
          "test-results/unused-by-postgres.db",
          onPostgres(url),
        ),
      ),
    )),
  );
  await guessFromTwentyAddresses(running, admin);
});

test("an admin on one instance removes a moderator signed in on another, who is signed out at once", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const url = await freshPostgresDatabase();
  addModerator(url, admin);
  const [a, b] = await Promise.all(
    [1, 2].map((i) =>
      startServer(
        basePort + i,
        "test-results/unused-by-postgres.db",
        onPostgres(url),
      ),
    ),
  );
  running.push(a!, b!);
  const adminContext = await browser.newContext({ baseURL: a!.baseURL });
  const adminPage = await adminContext.newPage();
  await signInAsAdmin(adminPage);
  const link = await invite(adminPage, "moved.on@nhs.net");
  const theirContext = await browser.newContext({ baseURL: b!.baseURL });
  const theirs = await theirContext.newPage();
  await theirs.goto(link.replace(a!.baseURL, b!.baseURL));
  await theirs.getByLabel("Your name").fill("Jo Moved");
  await theirs.getByLabel("Choose a password").fill("a password on instance b");
  await theirs
    .getByLabel("Type the password again")
    .fill("a password on instance b");
  await theirs.getByRole("button", { name: "Accept and sign in" }).click();
  await expect(theirs.getByText("Signed in as Jo Moved")).toBeVisible();

  await adminPage.goto("/admin/people");
  await adminPage.getByRole("button", { name: "Remove Jo Moved" }).click();
  await expect(
    adminPage.getByText("Jo Moved has been removed and signed out"),
  ).toBeVisible();
  await theirs.goto("/admin");
  await expect(theirs).toHaveURL(/\/admin\/sign-in/);
  await adminContext.close();
  await theirContext.close();
});

test("an admin invites a moderator, who joins, cannot see the People page, and is signed out at once when removed", async ({
  page,
  browser,
}) => {
  const id = unique();
  const email = `invited.${id}@nhs.net`;
  const name = `Alex Invited ${id}`;
  await signInAsAdmin(page);
  await page.getByRole("link", { name: "People" }).click();
  await expect(
    page.getByRole("heading", { name: "People", level: 1 }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Make invitation link" }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toContainText("Enter their email address");
  await expect(summary).toContainText(
    "Select whether they will be a moderator or an admin",
  );
  await expectNoAxeViolations(page);

  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Moderator", { exact: true }).check();
  await page.getByRole("button", { name: "Make invitation link" }).click();
  const invitation = page.getByRole("alert", { name: "Success" });
  await expect(invitation).toContainText(`Send this link to ${email}`);
  const link = await invitation.getByRole("link").getAttribute("href");
  expect(link).toMatch(/\/admin\/join\/[\w-]{40,}$/);
  await expectNoAxeViolations(page);

  const theirs = await browser.newContext();
  const invited = await theirs.newPage();
  await invited.goto(link!);
  await expect(
    invited.getByRole("heading", { name: "Accept your invitation" }),
  ).toBeVisible();
  await expect(invited.getByText(email)).toBeVisible();
  await expectNoAxeViolations(invited);
  await invited.getByLabel("Your name").fill(name);
  await invited.getByLabel("Choose a password").fill("short");
  await invited.getByLabel("Type the password again").fill("different");
  await invited.getByRole("button", { name: "Accept and sign in" }).click();
  await expect(invited.locator(".nhsuk-error-summary")).toContainText(
    "Password must be 12 characters or more",
  );
  await expect(invited.locator(".nhsuk-error-summary")).toContainText(
    "Passwords do not match",
  );
  await expect(invited).toHaveTitle(/^Error: Accept your invitation/);
  await expect(invited.getByLabel("Your name")).toHaveValue(name);
  await expectNoAxeViolations(invited);
  const password = `a new password for ${id}`;
  await invited.getByLabel("Choose a password").fill(password);
  await invited.getByLabel("Type the password again").fill(password);
  await invited.getByRole("button", { name: "Accept and sign in" }).click();
  await expect(invited).toHaveURL(/\/admin$/);
  await expect(invited.getByText(`Signed in as ${name}`)).toBeVisible();
  await expect(invited.getByRole("link", { name: "People" })).toHaveCount(0);

  // A moderator asking for an admin page is told it is not there, as anyone would be.
  const response = await invited.goto("/admin/people");
  expect(response?.status()).toBe(404);
  await expect(
    invited.getByRole("heading", { name: "Page not found" }),
  ).toBeVisible();

  // The link worked once.
  await invited.goto(link!);
  await expect(
    invited.getByRole("heading", {
      name: "This invitation link does not work",
    }),
  ).toBeVisible();
  await expectNoAxeViolations(invited);

  await page.goto("/admin/people");
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Moderator");
  await expect(row).toContainText("Yes, 1 session");

  // Made an admin, they are signed out at once: their password-only session never reaches an
  // admin page, and signing in again begins with setting up two-step sign-in.
  await row.getByRole("button", { name: `Make ${name} an admin` }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText(
    `${name} is now an admin`,
  );
  await invited.goto("/admin/people");
  await expect(invited).toHaveURL(/\/admin\/sign-in/);
  await signInWithPassword(invited, { email, password });
  await expect(
    invited.getByRole("heading", { name: "Set up two-step sign-in" }),
  ).toBeVisible();
  await invited.goto("/admin/people");
  await expect(invited).toHaveURL(/\/admin\/sign-in/);

  await page.goto("/admin/people");
  await expect(row).toContainText("Admin");
  await row.getByRole("button", { name: `Remove ${name}` }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText(
    `${name} has been removed and signed out`,
  );
  await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await invited.goto("/admin");
  await expect(invited).toHaveURL(/\/admin\/sign-in/);
  await signInWithPassword(invited, { email, password });
  await expect(invited.locator(".nhsuk-error-summary")).toContainText(
    "Enter a correct email address and password",
  );
  await theirs.close();
});

test("a moderator sees where they are signed in and signs out everywhere else", async ({
  page,
  browser,
}) => {
  const elsewhere = await browser.newContext({
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  });
  const phone = await elsewhere.newPage();
  await signIn(phone);
  await signIn(page);
  await page.getByRole("link", { name: "Your account" }).click();
  await expect(
    page.getByRole("heading", { name: "Your account", level: 1 }),
  ).toBeVisible();
  const sessions = page.getByRole("table", { name: "Where you are signed in" });
  await expect(
    sessions.getByRole("row").filter({ hasText: "This browser" }),
  ).toHaveCount(1);
  await expect(sessions).toContainText("Safari on iOS");
  await expect(
    page.getByRole("table", { name: "Your account's history" }),
  ).toContainText("Signed in");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText(
    "You have been signed out everywhere else",
  );
  await expect(sessions.getByRole("row")).toHaveCount(2); // the header and this browser
  await expect(
    page.getByText("You are not signed in anywhere else."),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await phone.goto("/admin");
  await expect(phone).toHaveURL(/\/admin\/sign-in/);
  await elsewhere.close();
});

/** Types a security code on a two-step set-up page and presses "Turn on two-step sign-in". */
async function turnOnWithCode(
  page: import("@playwright/test").Page,
  code: string,
) {
  await page.getByLabel("Security code").fill(code);
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
}

/** The code an authenticator app with this key shows, `ahead` steps of 30 seconds from now. */
function appCode(key: string, ahead = 0) {
  return new TOTP({ secret: Secret.fromBase32(key) }).generate({
    timestamp: Date.now() + ahead * 30_000,
  });
}

test("a moderator turns on two-step sign-in by typing the key, then signs in with a code once and with a recovery code once", async ({
  page,
  browser,
}) => {
  const id = unique();
  test.setTimeout(180_000);
  const email = `two.step.${id}@nhs.net`;
  const password = `two step password ${id}`;
  await signInAsAdmin(page);
  const link = await invite(page, email);
  const theirs = await browser.newContext();
  const person = await theirs.newPage();
  await person.goto(link);
  await person.getByLabel("Your name").fill(`Kim ${id}`);
  await person.getByLabel("Choose a password").fill(password);
  await person.getByLabel("Type the password again").fill(password);
  await person.getByRole("button", { name: "Accept and sign in" }).click();
  await expect(person.getByText(`Signed in as Kim ${id}`)).toBeVisible();

  await person.getByRole("link", { name: "Your account" }).click();
  await person.getByRole("link", { name: "Set up two-step sign-in" }).click();
  await expect(
    person.getByRole("img", { name: "QR code for your authenticator app" }),
  ).toBeVisible();
  await expectNoAxeViolations(person);
  const key = (await person
    .getByTestId("two-step-key")
    .textContent())!.replaceAll(" ", "");
  await turnOnWithCode(person, "000000");
  await expect(person.locator(".nhsuk-error-summary")).toContainText(
    "That code does not match",
  );
  await expectNoAxeViolations(person);
  // The same key stays after a wrong code, so the app's entry still works.
  await expect(person.getByTestId("two-step-key")).toHaveText(
    key.match(/.{4}/g)!.join(" "),
  );
  await turnOnWithCode(person, appCode(key));
  await expect(
    person.getByRole("heading", { name: "Two-step sign-in is on" }),
  ).toBeVisible();
  const recoveryCodes = await person
    .getByRole("list", { name: "Recovery codes" })
    .getByRole("listitem")
    .allTextContents();
  expect(recoveryCodes).toHaveLength(10);
  await expectNoAxeViolations(person);
  await person
    .getByRole("link", { name: "I have saved my recovery codes" })
    .click();
  await expect(person.getByText("On", { exact: true })).toBeVisible();

  async function signInWith(code: string) {
    await person.getByRole("button", { name: "Sign out" }).click();
    await expect(person).toHaveURL(/\/admin\/sign-in/);
    await signInWithPassword(person, { email, password });
    await expect(
      person.getByRole("heading", { name: "Enter your security code" }),
    ).toBeVisible();
    await person.getByLabel("Security code").fill(code);
    await person.getByRole("button", { name: "Continue" }).click();
  }
  // The next step's code (an app a few seconds ahead shows it; one step either side is allowed).
  const code = appCode(key, 1);
  await signInWith(code);
  await expect(person.getByText(`Signed in as Kim ${id}`)).toBeVisible();
  await signInWith(code);
  await expect(person.locator(".nhsuk-error-summary")).toContainText(
    "That code has already been used",
  );
  await expectNoAxeViolations(person);
  await person.getByLabel("Security code").fill(recoveryCodes[0]!);
  await person.getByRole("button", { name: "Continue" }).click();
  await expect(person.getByText(`Signed in as Kim ${id}`)).toBeVisible();
  await signInWith(recoveryCodes[0]!);
  await expect(person.locator(".nhsuk-error-summary")).toContainText(
    "Enter a correct security code",
  );
  await person.getByLabel("Security code").fill(recoveryCodes[1]!);
  await person.getByRole("button", { name: "Continue" }).click();
  await expect(person.getByText(`Signed in as Kim ${id}`)).toBeVisible();

  await person.goto("/admin/account");
  await expect(
    person.getByRole("table", { name: "Your account's history" }),
  ).toContainText("Recovery code used");
  await person
    .getByLabel("Security code, to turn two-step sign-in off")
    .fill(recoveryCodes[2]!);
  await person
    .getByRole("button", { name: "Turn off two-step sign-in" })
    .click();
  await expect(person.getByRole("alert", { name: "Success" })).toContainText(
    "Two-step sign-in is off",
  );
  await theirs.close();
});

/** An admin's invitation link for a new address, made on the People page. */
async function invite(
  page: import("@playwright/test").Page,
  email: string,
  role: "Moderator" | "Admin" = "Moderator",
) {
  await page.goto("/admin/people");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel(role, { exact: true }).check();
  await page.getByRole("button", { name: "Make invitation link" }).click();
  const link = page.getByRole("alert", { name: "Success" }).getByRole("link");
  return (await link.getAttribute("href"))!;
}

test("an invited admin must set up two-step sign-in, by scanning the QR code, before they are signed in", async ({
  page,
  browser,
}) => {
  const id = unique();
  const email = `new.admin.${id}@nhs.net`;
  const password = `new admin password ${id}`;
  await signInAsAdmin(page);
  const link = await invite(page, email, "Admin");
  const theirs = await browser.newContext();
  const person = await theirs.newPage();
  await giveOwnClientAddress(person);
  await person.goto(link);
  await person.getByLabel("Your name").fill(`Lee ${id}`);
  await person.getByLabel("Choose a password").fill(password);
  await person.getByLabel("Type the password again").fill(password);
  await person.getByRole("button", { name: "Accept and sign in" }).click();
  await expect(
    person.getByRole("heading", { name: "Set up two-step sign-in" }),
  ).toBeVisible();
  await expect(person.getByText("Admins sign in with a code")).toBeVisible();
  await expectNoAxeViolations(person);
  // Not signed in yet: the queue sends them to sign in.
  await person.goto("/admin");
  await expect(person).toHaveURL(/\/admin\/sign-in/);

  await signInWithPassword(person, { email, password });
  await expect(person).toHaveURL(/\/admin\/sign-in\/set-up/);
  await turnOnWithCode(person, "12345");
  await expect(person.locator(".nhsuk-error-summary")).toContainText(
    "Enter the 6-digit code from your app, like 123456",
  );
  await expectNoAxeViolations(person);
  const key = await keyFromQrCode(person);
  await turnOnWithCode(person, appCode(key));
  await expect(
    person.getByRole("heading", { name: "Two-step sign-in is on" }),
  ).toBeVisible();
  await expect(
    person.getByRole("list", { name: "Recovery codes" }).getByRole("listitem"),
  ).toHaveCount(10);
  await expectNoAxeViolations(person);
  // The cookie that carried the password to this step, as someone copying it would keep it.
  const stepCookie = (await theirs.cookies()).find(
    (cookie) => cookie.name === "moderator_second_step",
  );
  expect(stepCookie).toBeDefined();
  await person
    .getByRole("button", { name: "I have saved my recovery codes" })
    .click();
  await expect(person.getByText(`Signed in as Lee ${id}`)).toBeVisible();
  await expect(person.getByRole("link", { name: "People" })).toBeVisible();
  // Used once: replayed in another browser after set-up, it reaches neither step.
  const copier = await browser.newContext();
  await copier.addCookies([stepCookie!]);
  const copied = await copier.newPage();
  for (const step of ["/admin/sign-in/set-up", "/admin/sign-in/code"]) {
    await copied.goto(step);
    await expect(
      copied.getByRole("heading", { name: "Sign in to moderate examples" }),
    ).toBeVisible();
  }
  await copied.goto("/admin");
  await expect(copied).toHaveURL(/\/admin\/sign-in/);
  await copier.close();

  await person.goto("/admin/account");
  await expect(
    person.getByText("Admins must use it, so it cannot be turned off."),
  ).toBeVisible();
  await expect(
    person.getByRole("button", { name: "Turn off two-step sign-in" }),
  ).toHaveCount(0);

  // From now on the password alone is not enough, not even by way of the set-up page.
  await person.getByRole("button", { name: "Sign out" }).click();
  await expect(person).toHaveURL(/\/admin\/sign-in/);
  await signInWithPassword(person, { email, password });
  await expect(
    person.getByRole("heading", { name: "Enter your security code" }),
  ).toBeVisible();
  await person.goto("/admin/sign-in/set-up");
  await expect(
    person.getByRole("heading", { name: "Sign in to moderate examples" }),
  ).toBeVisible();
  await signInWithPassword(person, { email, password });
  await expect(
    person.getByRole("heading", { name: "Enter your security code" }),
  ).toBeVisible();
  await person.getByLabel("Security code").fill(appCode(key, 1));
  await person.getByRole("button", { name: "Continue" }).click();
  await expect(person.getByText(`Signed in as Lee ${id}`)).toBeVisible();
  await theirs.close();
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("an invited admin joins and sets up two-step sign-in, and an admin invites and removes, with plain form posts", async ({
    page,
    browser,
  }) => {
    const id = unique();
    const email = `no.script.${id}@nhs.net`;
    await signInAsAdmin(page);
    const link = await invite(page, email, "Admin");
    const theirs = await browser.newContext({ javaScriptEnabled: false });
    const invited = await theirs.newPage();
    await invited.goto(link);
    await invited.getByLabel("Your name").fill(`Sam ${id}`);
    await invited.getByRole("button", { name: "Accept and sign in" }).click();
    await expect(invited.locator(".nhsuk-error-summary")).toContainText(
      "Enter a password",
    );
    await expect(invited.getByLabel("Your name")).toHaveValue(`Sam ${id}`);
    const password = `no script password ${id}`;
    await invited.getByLabel("Choose a password").fill(password);
    await invited.getByLabel("Type the password again").fill(password);
    await invited.getByRole("button", { name: "Accept and sign in" }).click();
    await expect(
      invited.getByRole("heading", { name: "Set up two-step sign-in" }),
    ).toBeVisible();
    await invited
      .getByRole("button", { name: "Turn on two-step sign-in" })
      .click();
    await expect(invited.locator(".nhsuk-error-summary")).toContainText(
      "Enter the 6-digit code from your app",
    );
    const key = (await invited
      .getByTestId("two-step-key")
      .textContent())!.replaceAll(" ", "");
    await turnOnWithCode(invited, appCode(key));
    await expect(
      invited
        .getByRole("list", { name: "Recovery codes" })
        .getByRole("listitem"),
    ).toHaveCount(10);
    await invited
      .getByRole("button", { name: "I have saved my recovery codes" })
      .click();
    await expect(invited.getByText(`Signed in as Sam ${id}`)).toBeVisible();

    await page.goto("/admin/people");
    await page
      .getByRole("row")
      .filter({ hasText: email })
      .getByRole("button", { name: `Remove Sam ${id}` })
      .click();
    await expect(
      page.getByText(`Sam ${id} has been removed and signed out`),
    ).toBeVisible();
    await invited.goto("/admin");
    await expect(invited).toHaveURL(/\/admin\/sign-in/);
    await theirs.close();
  });
});
