import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

// In the "postgres" test project, before vitest.setup.ts opens the database: each test file gets
// a new database of its own on the throwaway server that vitest-global-setup.ts started.
const adminUrl = inject("postgresAdminUrl");
const name = `test_${randomUUID().replaceAll("-", "")}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
await admin.end();
process.env.DATABASE_URL = adminUrl.replace(/\/postgres$/, `/${name}`);
process.env.SESSION_SECRET ??= "a-session-secret-for-the-unit-tests-only";
