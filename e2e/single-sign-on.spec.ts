import type { Browser } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { admin, addAccountToFile, signInAsAdmin } from "./moderator";
import { startOidcProvider, type TestProvider } from "./oidc-provider";
import {
  freshDatabase,
  startServer,
  type ServerProcess,
} from "./server-process";
import { giveOwnClientAddress } from "./submissions";
import { expect, test } from "./test";
import { ownPort } from "./ports";

// A server of this file's own, after those of accounts.spec.ts.
const port = ownPort(26);
const appURL = `http://localhost:${port}`;

let provider: TestProvider | undefined;
let server: ServerProcess | undefined;

test.afterEach(async () => {
  server?.child.kill("SIGKILL");
  await server?.exited;
  await provider?.close();
  server = provider = undefined;
});

/**
 * The app with single sign-on through a real OpenID provider of the test's own, on SQLite, with
 * the e2e admin added from the command line.
 */
async function startWithSingleSignOn(issuerOverride?: string) {
  const client = {
    clientId: "improvement-examples",
    clientSecret: "a client secret for the tests only",
    redirectUri: `${appURL}/admin/sign-in/sso/callback`,
  };
  provider = await startOidcProvider({ clients: [client] });
  const database = freshDatabase("single-sign-on");
  addAccountToFile(database, admin);
  server = await startServer(port, database, {
    OIDC_ISSUER: issuerOverride ?? provider.issuer,
    OIDC_CLIENT_ID: client.clientId,
    OIDC_CLIENT_SECRET: client.clientSecret,
    OIDC_ALLOWED_DOMAINS: "nhs.net",
  });
  return server;
}

/** Someone in a browser of their own signs in with the organisation's account. */
async function signInThroughProvider(
  browser: Browser,
  email: string,
  options: { javaScriptEnabled?: boolean } = {},
) {
  const context = await browser.newContext({ baseURL: appURL, ...options });
  const page = await context.newPage();
  await giveOwnClientAddress(page);
  await page.goto("/admin/sign-in");
  await page.getByRole("link", { name: "Sign in with NHSmail" }).click();
  await expect(
    page.getByRole("heading", { name: "Sign in to your organisation" }),
  ).toBeVisible();
  await page.getByLabel("Work email address").fill(email);
  const callback = page.waitForRequest(/\/admin\/sign-in\/sso\/callback\?/);
  await page.getByRole("button", { name: "Continue" }).click();
  return { context, page, callbackUrl: (await callback).url() };
}

test("an invited NHS address signs in through the organisation's provider and becomes a moderator; no one else gets in", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const app = await startWithSingleSignOn();
  const adminContext = await browser.newContext({ baseURL: appURL });
  const page = await adminContext.newPage();
  await page.goto("/admin/sign-in");
  await expect(
    page.getByRole("link", { name: "Sign in with NHSmail" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await signInAsAdmin(page);
  await page.goto("/admin/people");
  await page.getByLabel("Email address").fill("jo.bloggs@nhs.net");
  await page.getByLabel("Moderator", { exact: true }).check();
  await page.getByRole("button", { name: "Make invitation link" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toBeVisible();

  // Invited: in, as a moderator, named as the provider names them; with JavaScript off too.
  const invited = await signInThroughProvider(browser, "jo.bloggs@nhs.net", {
    javaScriptEnabled: false,
  });
  await expect(invited.page).toHaveURL(`${appURL}/admin`);
  await expect(invited.page.getByText("Signed in as Jo Bloggs")).toBeVisible();
  await expect(invited.page.getByRole("link", { name: "People" })).toHaveCount(
    0,
  );
  expect((await invited.page.goto("/admin/people"))?.status()).toBe(404);
  await invited.page.goto("/admin/account");
  await expect(
    invited.page.getByRole("table", { name: "Your account's history" }),
  ).toContainText("Signed in");
  await expect(
    invited.page.getByText("You sign in with your NHSmail account"),
  ).toBeVisible();

  // The provider's answer replayed in the same browser: nothing to match it, so refused.
  await invited.page.goto(invited.callbackUrl);
  await expect(
    invited.page.getByRole("heading", {
      name: "Sorry, we could not sign you in",
    }),
  ).toBeVisible();
  await invited.context.close();

  // Outside the allowed domains: told which account to use.
  const outsider = await signInThroughProvider(browser, "someone@example.com");
  await expect(
    outsider.page.getByRole("heading", {
      name: "You cannot sign in with that account",
    }),
  ).toBeVisible();
  await expect(outsider.page.getByText("ending in @nhs.net")).toBeVisible();
  await expectNoAxeViolations(outsider.page);
  await outsider.page.goto("/admin");
  await expect(outsider.page).toHaveURL(/\/admin\/sign-in/);
  // Jo's answer from the provider, taken to another browser: refused there too.
  await outsider.page.goto(invited.callbackUrl);
  await expect(
    outsider.page.getByRole("heading", {
      name: "Sorry, we could not sign you in",
    }),
  ).toBeVisible();
  await expectNoAxeViolations(outsider.page);
  await outsider.page.goto("/admin");
  await expect(outsider.page).toHaveURL(/\/admin\/sign-in/);
  await outsider.context.close();

  // An NHS address nobody invited: told who to ask.
  const uninvited = await signInThroughProvider(browser, "not.invited@nhs.net");
  await expect(
    uninvited.page.getByRole("heading", {
      name: "You need an invitation to moderate this catalogue",
    }),
  ).toBeVisible();
  await expect(uninvited.page.getByText("Ask an admin")).toBeVisible();
  await expectNoAxeViolations(uninvited.page);
  await uninvited.page.goto("/admin");
  await expect(uninvited.page).toHaveURL(/\/admin\/sign-in/);
  await uninvited.context.close();

  // Accounts for the invited person only.
  await page.goto("/admin/people");
  await expect(
    page.getByRole("row").filter({ hasText: "jo.bloggs@nhs.net" }),
  ).toContainText("Moderator");
  await expect(
    page.getByRole("row").filter({ hasText: /not\.invited|someone@example/ }),
  ).toHaveCount(0);

  // Every refusal is in the log with its reason, and no address is.
  const log = app.output.join("\n");
  expect(log).toContain('"event":"sign_in.sso_refused"');
  expect(log).toContain('"event":"sign_in.sso_outside_domains"');
  expect(log).toContain('"event":"sign_in.sso_not_invited"');
  expect(log).not.toMatch(/jo\.bloggs|not\.invited|someone@example/);
  await adminContext.close();
});

test("without single sign-on settings the sign-in page offers passwords only", async ({
  page,
}) => {
  await page.goto("/admin/sign-in");
  await expect(
    page.getByRole("heading", { name: "Sign in to moderate examples" }),
  ).toBeVisible();
  await expect(page.getByLabel("Password")).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Sign in with NHSmail" }),
  ).toHaveCount(0);
  await page.goto("/admin/sign-in/sso");
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
});

test("when the provider cannot be reached, the sign-in page says so and the password still works", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // A provider on a port where nothing listens any more.
  const gone = await startOidcProvider({ clients: [] });
  await gone.close();
  await startWithSingleSignOn(gone.issuer);
  const context = await browser.newContext({ baseURL: appURL });
  const page = await context.newPage();
  await page.goto("/admin/sign-in");
  await page.getByRole("link", { name: "Sign in with NHSmail" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in\?sso=unavailable/);
  await expect(
    page.getByText("NHSmail sign-in is not working at the moment"),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await signInAsAdmin(page);
  await context.close();
});
