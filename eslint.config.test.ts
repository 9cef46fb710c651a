import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The fixtures are ignored by the ordinary lint; here they are the point. Code linted as text
// has no file to follow imports from, so the cycle rule (tested on files) is off for it. One
// ESLint of each kind for the whole file: each loads the configuration and its plugins.
const forFiles = new ESLint({ cwd: import.meta.dirname, ignore: false });
const forText = new ESLint({
  cwd: import.meta.dirname,
  ignore: false,
  overrideConfig: [
    { files: ["**/*.{ts,tsx}"], rules: { "import-x/no-cycle": "off" } },
  ],
});

/** The rule ids ESLint reports for one file, linting as `npm run lint` does. */
async function ruleIdsFor(file: string, code?: string): Promise<string[]> {
  const [result] =
    code === undefined
      ? await forFiles.lintFiles([file])
      : await forText.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((message) => message.ruleId ?? "fatal");
}

describe("the lint rules that guard the layers", () => {
  it("refuse an import cycle", async () => {
    expect(await ruleIdsFor("eslint-fixtures/cycle-a.ts")).toContain(
      "import-x/no-cycle",
    );
  });

  it("refuse drizzle, a database driver, an engine, a deep db/ import or a prefetching link in app/", async () => {
    for (const line of [
      'import { eq } from "drizzle-orm";',
      'import Database from "better-sqlite3";',
      'import { sqliteEngine } from "@/db/sqlite";',
      'import { db } from "@/db/core";',
      'import { searchExamples } from "@/db/search/search";',
      // Next's Link prefetches; @/components/link does not (decision 63).
      'import Link from "next/link";',
    ])
      expect(
        await ruleIdsFor("app/lint-fixture/page.tsx", `${line}\nexport {};\n`),
        line,
      ).toContain("no-restricted-imports");
  });

  it("let app/ call a domain folder's public face", async () => {
    expect(
      await ruleIdsFor(
        "app/lint-fixture/page.tsx",
        'import { searchExamples } from "@/db/search";\nexport const search = searchExamples;\n',
      ),
    ).toEqual([]);
  });
});
