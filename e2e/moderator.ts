import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { Secret, TOTP, URI } from "otpauth";
import { PNG } from "pngjs";
import { runProgram } from "./bin";
import { giveOwnClientAddress } from "./submissions";

/**
 * The moderator e2e/test.ts adds to each worker's server with the operators' CLI
 * (`moderator:add -- … --moderator`) before it starts; most journeys sign in as them.
 */
export const moderator = {
  email: "e2e.moderator@example.nhs.uk",
  name: "Robin",
  password: "e2e-moderator-password-not-used-anywhere-else",
};

/** The admin added beside them (the command's default role), for the People page. */
export const admin = {
  email: "e2e.admin@example.nhs.uk",
  name: "Ash",
  password: moderator.password,
};

/**
 * `npm run moderator:add` for one of the accounts above, given the whole environment it runs in
 * (the database's address among it); what it printed.
 */
export function addAccount(
  account: typeof moderator | typeof admin,
  environment: NodeJS.ProcessEnv,
): string {
  return runProgram(
    "moderator-add",
    [
      account.email,
      account.name,
      ...(account === admin ? [] : ["--moderator"]),
    ],
    { ...environment, MODERATOR_PASSWORD: account.password },
  );
}

/** Adds an account to a SQLite file with the operators' CLI, before a server of a test's own starts. */
export function addAccountToFile(
  database: string,
  account: typeof moderator | typeof admin = moderator,
) {
  addAccount(account, { ...process.env, DATABASE_PATH: database });
}

/** Types an email address and password on the sign-in page and presses "Sign in". */
export async function signInWithPassword(
  page: Page,
  account: { email: string; password: string },
  returnTo?: string,
) {
  // An address of its own, so the per-client sign-in limit counts this test's attempts only.
  await giveOwnClientAddress(page);
  await page.goto(
    returnTo
      ? `/admin/sign-in?returnTo=${encodeURIComponent(returnTo)}`
      : "/admin/sign-in",
  );
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs the e2e moderator in from the sign-in page and waits for the queue. */
export async function signIn(page: Page, returnTo?: string) {
  await signInWithPassword(page, moderator, returnTo);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** Reads the key out of the QR code on the page, as an authenticator app scanning it would. */
export async function keyFromQrCode(page: Page): Promise<string> {
  const image = PNG.sync.read(
    await page
      .getByRole("img", { name: "QR code for your authenticator app" })
      .screenshot(),
  );
  const found = jsQR(
    new Uint8ClampedArray(image.data),
    image.width,
    image.height,
  );
  expect(found, "a readable QR code").not.toBeNull();
  const entry = URI.parse(found!.data);
  expect(entry).toBeInstanceOf(TOTP);
  expect(entry.issuer).toBe("NHS improvement examples");
  return entry.secret.base32;
}

/**
 * The admin's key and the last 30-second step whose code was used, per server, kept in a file of
 * the server's own so a restarted test worker still knows them (the server's database lasts the
 * whole run); e2e/global-setup.ts deletes them before each run.
 */
type Key = { key: string; lastStep: number };
const keyFile = (server: string) =>
  path.join("test-results", `e2e-admin-key-${new URL(server).port}.json`);
const readKey = (server: string): Key | undefined =>
  fs.existsSync(keyFile(server))
    ? JSON.parse(fs.readFileSync(keyFile(server), "utf8"))
    : undefined;
function saveKey(server: string, key: string, lastStep: number) {
  fs.mkdirSync("test-results", { recursive: true });
  fs.writeFileSync(keyFile(server), JSON.stringify({ key, lastStep }));
}
const currentStep = () => Math.floor(Date.now() / 30_000);

/**
 * A code for a step not used yet: this step's, or the next one's (the server allows one step
 * either side, as for a phone whose clock runs ahead); past that, wait for the clock to move on.
 */
async function unusedCode(key: string, lastStep: number) {
  const step = Math.max(currentStep(), lastStep + 1);
  await expect
    .poll(currentStep, { timeout: 60_000, intervals: [1000] })
    .toBeGreaterThanOrEqual(step - 1);
  return {
    step,
    code: new TOTP({ secret: Secret.fromBase32(key) }).generate({
      timestamp: step * 30_000,
    }),
  };
}

/**
 * Signs the e2e admin in. The first time on a server, that means setting up two-step sign-in
 * (admins must), scanning the QR code; after that, a code from the same key every time.
 */
export async function signInAsAdmin(page: Page, returnTo?: string) {
  await signInWithPassword(page, admin, returnTo);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    /Set up two-step sign-in|Enter your security code/,
  );
  const origin = new URL(page.url()).origin;
  if (/\/set-up/.test(page.url())) {
    const key = await keyFromQrCode(page);
    const { step, code } = await unusedCode(key, 0);
    await page.getByLabel("Security code").fill(code);
    await page
      .getByRole("button", { name: "Turn on two-step sign-in" })
      .click();
    await expect(
      page.getByRole("heading", { name: "Two-step sign-in is on" }),
    ).toBeVisible();
    saveKey(origin, key, step);
    await page
      .getByRole("button", { name: "I have saved my recovery codes" })
      .click();
  } else {
    const saved = readKey(origin);
    expect(saved, `the admin's key for ${origin}`).toBeDefined();
    const { step, code } = await unusedCode(saved!.key, saved!.lastStep);
    await page.getByLabel("Security code").fill(code);
    await page.getByRole("button", { name: "Continue" }).click();
    saveKey(origin, saved!.key, step);
  }
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/**
 * Opens the last page of the waiting queue, where the newest submissions are (the queue lists
 * the oldest first), as a moderator looking for one just sent would.
 */
export async function openNewestInQueue(page: Page) {
  await page.goto("/admin");
  const pageLinks = page
    .getByRole("navigation", { name: "Pagination" })
    .getByRole("link", { name: /^Page \d+$/ });
  if ((await pageLinks.count()) > 0) await pageLinks.last().click();
  await expect(
    page.getByRole("heading", { name: "Waiting for review, oldest first" }),
  ).toBeVisible();
}
