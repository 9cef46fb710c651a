import { expect, test } from "./test";
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { addExample, e2eDatabasePath, unique } from "./catalogue";
import { hostileString } from "./hostile-strings";
import {
  postSubmission,
  storedExamples,
  submissionActionFields,
} from "./server-process";

/** Every byte percent-encoded, so even a lone surrogate reaches the server (as U+FFFD). */
const percentEncode = (text: string) =>
  Array.from(
    new TextEncoder().encode(text),
    (byte) => `%${byte.toString(16).padStart(2, "0")}`,
  ).join("");

const plainText = fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 });

// Hundreds of requests each: about 15 s on an idle machine; the timeout allows for a busy one.
test.setTimeout(300_000);

test("the search API and page answer hundreds of hostile queries without a server error", async ({
  request,
}) => {
  await fc.assert(
    fc.asyncProperty(
      hostileString(300),
      hostileString(30),
      async (q, theme) => {
        const query = `q=${percentEncode(q)}&theme=${percentEncode(theme)}`;
        const api = await request.get(`/api/search?${query}`);
        expect(
          [200, 400, 431],
          `${api.status()} for ${JSON.stringify(q)}`,
        ).toContain(api.status());
        if (api.status() !== 431) expect(await api.json()).toBeTruthy();
      },
    ),
    { numRuns: 500 },
  );
  await fc.assert(
    fc.asyncProperty(hostileString(300), async (q) => {
      const page = await request.get(`/examples?q=${percentEncode(q)}`);
      expect(page.status(), JSON.stringify(q)).toBeLessThan(500);
      // Whatever was searched for comes back as text, never as markup.
      expect(await page.text()).not.toContain("<script>alert(1)</script>");
    }),
    { numRuns: 100 },
  );
});

test("the similar-examples API, the new filters and shortlist links answer hostile input without a server error", async ({
  request,
}) => {
  await fc.assert(
    fc.asyncProperty(
      hostileString(400),
      hostileString(40),
      async (text, value) => {
        const similar = await request.get(
          `/api/similar?title=${percentEncode(text)}&summary=${percentEncode(value)}`,
        );
        expect(
          [200, 400, 431],
          `${similar.status()} for ${JSON.stringify(text)}`,
        ).toContain(similar.status());
        const filtered = await request.get(
          `/api/search?stage=${percentEncode(value)}&evidence=${percentEncode(value)}&tried=${percentEncode(value)}`,
        );
        expect([200, 400, 431]).toContain(filtered.status());
        const shortlist = await request.get(
          `/shortlist?refs=${percentEncode(text)}`,
        );
        expect(shortlist.status(), JSON.stringify(text)).toBeLessThan(500);
        expect(await shortlist.text()).not.toContain(
          "<script>alert(1)</script>",
        );
      },
    ),
    { numRuns: 200 },
  );
});

test("both CSV downloads keep a cell of several lines one cell, with each line protected from spreadsheets", async ({
  request,
}) => {
  const impact = "+cmd|' /C calc'!A0\n@SUM(1+1)\n-2+3";
  const title = `Formula in the results ${unique()}`;
  const { reference } = addExample({ title, impact });
  const downloads = {
    "open data": await request.get(
      `/api/examples?format=csv&q=${encodeURIComponent(title)}`,
    ),
    shortlist: await request.get(`/shortlist.csv?refs=${reference}`),
  };
  for (const [name, answer] of Object.entries(downloads)) {
    expect(answer.status(), name).toBe(200);
    // A strict reader: a stray quote or a row of another length fails.
    const rows = parse(await answer.text(), {
      bom: true,
      relax_quotes: false,
      relax_column_count: false,
    }) as string[][];
    const [header, ...examples] = rows as [string[], ...string[][]];
    const row = examples.find((cells) => cells[0] === reference);
    expect(row, name).toBeDefined();
    for (const cells of examples)
      expect(cells, name).toHaveLength(header.length);
    expect(row![header.indexOf("Results so far")], name).toBe(
      "'+cmd|' /C calc'!A0\n'@SUM(1+1)\n'-2+3",
    );
    if (name === "shortlist") expect(examples, name).toHaveLength(1);
  }
});

test("the example route answers hostile addresses with a page, a redirect or a 404, never a 500", async ({
  request,
}) => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        hostileString(200).map(percentEncode),
        fc.constantFrom(
          "%",
          "%E0%A4%A",
          "%C0%AF",
          "..%2F..%2F",
          "%00",
          "a%2Fb",
        ),
      ),
      async (slug) => {
        const response = await request.get(`/examples/${slug}`, {
          maxRedirects: 0,
        });
        expect([200, 308, 404, 410, 431], slug).toContain(response.status());
      },
    ),
    { numRuns: 400 },
  );
});

test("hostile submissions are refused or stored whole as plain text, never with a server error", async ({
  baseURL,
}) => {
  const actionFields = await submissionActionFields(baseURL ?? "");
  const controlCharacters =
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
  const stored: string[] = [];
  await fc.assert(
    fc.asyncProperty(
      // Half plain answers, so that enough get through to check how they were stored.
      fc.record({
        title: fc.oneof(hostileString(), plainText),
        summary: fc.oneof(hostileString(), plainText),
        problem: fc.oneof(hostileString(), plainText),
        moreInfoUrl: fc.oneof(
          fc.constant(""),
          fc.webUrl(),
          hostileString(),
          fc.constantFrom("javascript:alert(1)"),
        ),
        careSetting: fc.oneof(fc.constant("acute"), hostileString(20)),
        themes: fc.oneof(fc.constant("digital"), hostileString(20)),
      }),
      async (answers) => {
        const { status, reference } = await postSubmission(
          baseURL ?? "",
          actionFields,
          answers,
        );
        // 200: the form again, with its errors; 303: on to the confirmation; 413: too big.
        expect(
          [200, 303, 413],
          JSON.stringify(answers).slice(0, 200),
        ).toContain(status);
        if (reference) stored.push(reference);
      },
    ),
    { numRuns: 300 },
  );

  // Some get through (markup and odd Unicode are fine as text), and each is whole and clean.
  expect(stored.length).toBeGreaterThan(0);
  const byReference = new Map(
    storedExamples(e2eDatabasePath).map((row) => [row.reference, row]),
  );
  for (const reference of stored) {
    const row = byReference.get(reference);
    expect(row, reference).toMatchObject({
      status: "pending",
      themes: 1,
      events: 1,
    });
    for (const field of ["title", "summary", "problem"] as const)
      expect(String(row?.[field]), `${reference} ${field}`).not.toMatch(
        controlCharacters,
      );
    if (row?.moreInfoUrl) expect(row.moreInfoUrl).toMatch(/^https?:\/\//i);
  }
});
