import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import http from "node:http";
import Database from "better-sqlite3";
import { workerSlot } from "./ports";

/** A production server of its own (the build the e2e run made), for tests that stop or kill it. */
export type ServerProcess = {
  child: ChildProcess;
  baseURL: string;
  /** Every line it has written to stdout so far. */
  output: string[];
  /** Every line it has written to stderr so far (also passed on to the test run's stderr). */
  errors: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/** What a browser sends when a person opens a page: the only request the HTML cache answers. */
export const navigation = {
  accept:
    "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
};

/** Opens a page as a person's browser does, so that the HTML cache may answer it. */
export const openPage = (url: string, init: RequestInit = {}) =>
  fetch(url, { ...init, headers: { ...navigation, ...init.headers } });

/**
 * A file of this worker's own under test-results/ ("name.db", "name.clock"): tests running in
 * other workers at once never share it.
 */
export const workerFile = (name: string) =>
  `test-results/w${workerSlot}-${name}`;

/** A SQLite file of a test's own under test-results/, removed first with its journal files. */
export function freshDatabase(name: string) {
  const file = `${workerFile(name)}.db`;
  for (const stored of [file, `${workerFile(name)}.rate-limits.db`])
    for (const suffix of ["", "-wal", "-shm"])
      fs.rmSync(stored + suffix, { force: true });
  return file;
}

export async function startServer(
  port: number,
  databasePath: string,
  /** For example DATABASE_URL and SESSION_SECRET, to run it on PostgreSQL. */
  environment: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn("node", ["server.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_PATH: databasePath,
      TRUST_PROXY: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      ...environment,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const errors: string[] = [];
  child.stderr?.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    errors.push(...chunk.toString().split("\n").filter(Boolean));
  });
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
  }>((resolve) =>
    // "close", not "exit": it comes after the last of stdout has been read.
    child.on("close", (code, signal) => resolve({ code, signal })),
  );
  await new Promise<void>((resolve, reject) => {
    let pending = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split("\n");
      pending = lines.pop() ?? "";
      output.push(...lines);
      if (lines.some((line) => line.startsWith("Ready on"))) resolve();
    });
    void exited.then(() => reject(new Error("The server stopped at start")));
  });
  return {
    child,
    baseURL: `http://localhost:${port}`,
    output,
    errors,
    exited,
  };
}

type ActionFields = [string, string][];

const decodeAttribute = (value: string) =>
  value
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

/** The hidden fields that route a plain form post to a server action, in some HTML. */
const actionFieldsIn = (html: string): ActionFields =>
  [...html.matchAll(/name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)].map(
    ([, name = "", value = ""]) => [name, decodeAttribute(value)],
  );

/** The hidden fields that route a plain form post to a page's server action (the submission form's unless said). */
export async function submissionActionFields(
  baseURL: string,
  path = "/submit",
): Promise<ActionFields> {
  return actionFieldsIn(await (await fetch(`${baseURL}${path}`)).text());
}

/** The action fields of the one form on a page that has a field of this name. */
export async function formActionFields(
  baseURL: string,
  path: string,
  fieldName: string,
): Promise<ActionFields> {
  const html = await (await openPage(`${baseURL}${path}`)).text();
  const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)]
    .map(([whole]) => whole)
    .find((whole) => whole.includes(`name="${fieldName}"`));
  if (!form) throw new Error(`No form with ${fieldName} on ${path}`);
  return actionFieldsIn(form);
}

/** Fields as a browser encodes a form post: multipart, with its boundary in the content type. */
async function multipart(fields: [string, string][]) {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const encoded = new Response(form);
  return {
    body: Buffer.from(await encoded.arrayBuffer()),
    contentType: encoded.headers.get("content-type") ?? "",
  };
}

/**
 * Posts a form as a browser without JavaScript would, with exactly the headers given (no
 * User-Agent unless one is given): its status and where it sends the browser next.
 */
export async function postForm(
  baseURL: string,
  path: string,
  fields: [string, string][],
  headers: Record<string, string> = {},
): Promise<{ status: number; location: string; body: string }> {
  const { body, contentType } = await multipart(fields);
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${baseURL}${path}`,
      {
        method: "POST",
        agent: false,
        headers: {
          origin: baseURL,
          "content-type": contentType,
          "content-length": body.length,
          ...headers,
        },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location ?? "",
            body: text,
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

let clients = 0;

/**
 * Posts one submission (or, with `path`, another public form, the submission's usual answers
 * beside its own) as a browser without JavaScript would, from its own client address.
 * Returns the reference from the confirmation it was sent to, or null if it was not confirmed.
 * With `whenAccepted`, the headers go first (asking for "100 Continue"): once the server has
 * taken the request in, `whenAccepted` runs, and the body follows when it resolves.
 */
export async function postSubmission(
  baseURL: string,
  actionFields: ActionFields,
  answers: Record<string, string>,
  {
    whenAccepted,
    client,
    path = "/submit",
    leave = false,
  }: {
    whenAccepted?: () => Promise<void>;
    /** Whether the visitor leaves once the answers are sent, without waiting for the answer. */
    leave?: boolean;
    /** The client address to send from; otherwise a new one each time. */
    client?: string;
    /** The form's page, when it is not the submission form. */
    path?: string;
  } = {},
): Promise<{ status: number; reference: string | null; location: string }> {
  const complete = {
    summary: "A summary.",
    problem: "Why it was needed.",
    approach: "What was done.",
    impact: "What changed.",
    themes: "digital",
    careSetting: "acute",
    contactName: "Sam Example",
    contactEmail: "sam@example.nhs.uk",
    confirmation: "yes",
    submissionKey: randomUUID(),
    ...answers,
  };
  const { body, contentType } = await multipart([
    ...actionFields,
    ...Object.entries(complete),
  ]);
  clients += 1;
  const { status, location } = await new Promise<{
    status: number;
    location: string;
  }>((resolve, reject) => {
    const request = http.request(
      `${baseURL}${path}`,
      {
        method: "POST",
        // A connection of its own, as a new visitor's: with several workers, any may answer.
        agent: false,
        headers: {
          origin: baseURL,
          "content-type": contentType,
          "content-length": body.length,
          "x-forwarded-for":
            client ??
            `10.99.${Math.floor(clients / 250) % 250}.${clients % 250}`,
          ...(whenAccepted ? { expect: "100-continue" } : {}),
        },
      },
      (response) => {
        response.resume();
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location ?? "",
          }),
        );
        response.on("error", reject);
      },
    );
    // Once the answers are on their way, a visitor who leaves closes the connection.
    const send = () =>
      request.end(body, () => {
        if (!leave) return;
        request.destroy();
        resolve({ status: 0, location: "" });
      });
    request.on("error", (error) => (leave ? undefined : reject(error)));
    if (whenAccepted)
      request.on("continue", () => whenAccepted().then(send, reject));
    else send();
  });
  return {
    status,
    reference: /reference=(IX-\d+)/.exec(location)?.[1] ?? null,
    location,
  };
}

export type StoredExample = {
  reference: string;
  title: string;
  summary: string;
  problem: string;
  moreInfoUrl: string | null;
  status: string;
  /** How many themes it is linked to. */
  themes: number;
  /** How many "submitted" events its history holds. */
  events: number;
};

/** Every example in a server's database, read beside the running server, with what belongs to it. */
export function storedExamples(file: string): StoredExample[] {
  const database = new Database(file, { readonly: true });
  try {
    return database
      .prepare(
        `SELECT e.reference, e.title, e.summary, e.problem, e.more_info_url AS moreInfoUrl, e.status,
           (SELECT count(*) FROM example_themes t WHERE t.example_id = e.id) AS themes,
           (SELECT count(*) FROM moderation_events m
              WHERE m.example_id = e.id AND m.action = 'submitted') AS events
         FROM examples e`,
      )
      .all() as StoredExample[];
  } finally {
    database.close();
  }
}
