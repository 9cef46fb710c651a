/**
 * Adds an admin account from the server's terminal, for the first person to run the catalogue:
 * `npm run moderator:add -- <email> <name>`. They invite everyone else from the People page.
 * `--moderator` adds a moderator instead (for scripts that need one without inviting). The
 * password comes from MODERATOR_PASSWORD (for scripts) or is asked for without showing it.
 */
import { Writable } from "node:stream";
import { createInterface } from "node:readline/promises";
import { z } from "zod";
import { closeDatabase, databaseErrorText, prepareDatabase } from "@/db/core";
import { createModerator } from "@/db/accounts";

const minimumLength = 12;

async function askPassword(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const prompt = createInterface({
    input: process.stdin,
    output,
    terminal: true,
  });
  const answer = prompt.question(question);
  muted = true;
  const password = await answer;
  prompt.close();
  process.stdout.write("\n");
  return password;
}

async function main() {
  const words = process.argv.slice(2);
  const role = words.includes("--moderator") ? "moderator" : "admin";
  const [email, ...nameWords] = words.filter((word) => word !== "--moderator");
  const input = z
    .object({
      email: z.email(`Give the ${role}'s email address first`),
      name: z
        .string()
        .trim()
        .min(1, `Give the ${role}'s name after the email address`),
    })
    .safeParse({ email, name: nameWords.join(" ") });
  if (!input.success) {
    console.error(
      `${input.error.issues[0]?.message}.\nUsage: npm run moderator:add -- <email> <name> [--moderator]`,
    );
    process.exit(1);
  }
  let password = process.env.MODERATOR_PASSWORD;
  if (!password) {
    password = await askPassword("Password: ");
    if (password !== (await askPassword("Password again: "))) {
      console.error("The passwords do not match. Nothing was saved.");
      process.exit(1);
    }
  }
  if (password.length < minimumLength) {
    console.error(
      `The password must be ${minimumLength} characters or more. Nothing was saved.`,
    );
    process.exit(1);
  }
  try {
    await prepareDatabase();
    const moderator = await createModerator({ ...input.data, password, role });
    console.log(
      role === "admin"
        ? `Added ${moderator.name} <${moderator.email}> as an admin: they can moderate and invite others. They will set up two-step sign-in the first time they sign in.`
        : `Added ${moderator.name} <${moderator.email}> as a moderator.`,
    );
  } catch (error) {
    // SQLite says "UNIQUE constraint failed", PostgreSQL "duplicate key value".
    if (/UNIQUE|duplicate key/.test(databaseErrorText(error))) {
      console.error(
        `There is already an account with the email address ${input.data.email}. To give that person a new password or two-step sign-in, sign in as another admin, remove them from the People page and invite them again; or add yourself under another address.`,
      );
      process.exit(1);
    }
    throw error;
  } finally {
    await closeDatabase();
  }
}

void main();
