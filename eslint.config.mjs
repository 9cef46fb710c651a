import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

const engineOnly =
  "Only db/sqlite and db/postgres use a database driver; call a db/ function instead.";
// The drivers only the engine folders import. A later block's rule replaces an earlier one's, so
// each block that restricts imports lists them again.
const driverImports = [
  { name: "better-sqlite3", message: engineOnly },
  { name: "pg", message: engineOnly },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { unwanted: _unwanted, ...rest } = value` is how we drop a field.
      "@typescript-eslint/no-unused-vars": [
        "warn",
        {
          varsIgnorePattern: "^_",
          argsIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // A cycle works only while nothing on it runs at load time; the first top-level call fails.
    // eslint-plugin-import-x's rule, not eslint-plugin-import's: the same check, in 4 s of the
    // whole lint where the other took 49 s of 63.
    files: ["**/*.{js,jsx,mjs,ts,tsx,mts,cts}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver()],
      "import-x/parsers": {
        "@typescript-eslint/parser": [".ts", ".tsx", ".mts", ".cts"],
        espree: [".js", ".jsx", ".mjs", ".cjs"],
      },
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    // Only the engine folders talk to a database driver.
    files: ["**/*.{ts,tsx,mjs}"],
    ignores: ["db/sqlite/**", "db/postgres/**", "e2e/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...driverImports],
        },
      ],
    },
  },
  {
    // Pages, actions and components call the domain folders' public faces, never SQL.
    files: [
      "app/**",
      "components/**",
      "proxy.ts",
      "instrumentation.ts",
      "instrumentation-node.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...driverImports,
            {
              name: "next/link",
              message:
                "Import Link from @/components/link: it never prefetches (decision 63).",
            },
          ],
          patterns: [
            {
              group: ["drizzle-orm", "drizzle-orm/*"],
              message: "Build SQL in db/ and call its functions.",
            },
            {
              group: [
                "@/db/core",
                "@/db/core/*",
                "@/db/sqlite",
                "@/db/sqlite/*",
                "@/db/postgres",
                "@/db/postgres/*",
              ],
              message:
                "Pages never know which database they run on: call a domain folder (catalogue, moderation, search, ops).",
            },
            {
              group: ["@/db/*/*"],
              message:
                "Import a db/ folder through its index.ts, e.g. @/db/catalogue.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "public/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    "eslint-fixtures/**",
  ]),
]);
