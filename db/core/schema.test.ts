import {
  Column,
  SQL,
  getTableColumns,
  getTableName,
  is,
  isTable,
  type Table,
} from "drizzle-orm";
import { getTableConfig as postgresTableConfig } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as postgres from "@/db/postgres/schema";
import * as sqlite from "@/db/sqlite/schema";
import { engineTesting } from "./testing";

type TableConfig = {
  checks: { name: string; value: SQL }[];
  indexes: { config: { name: string; columns: unknown[] } }[];
};

/** The database names of the columns an SQL expression refers to, however deeply nested. */
function columnsIn(value: unknown): string[] {
  if (is(value, Column)) return [value.name];
  if (is(value, SQL)) return value.queryChunks.flatMap(columnsIn);
  return [];
}

/** Each table of a schema module: its columns (database name and nullability), CHECKs and indexes. */
function shape(
  schema: Record<string, unknown>,
  tableConfig: (table: never) => TableConfig,
) {
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([, value]) => isTable(value))
      .map(([name, value]) => {
        const table = value as Table;
        const config = tableConfig(table as never);
        return [
          name,
          {
            table: getTableName(table),
            columns: Object.fromEntries(
              Object.entries(getTableColumns(table)).map(([key, column]) => [
                key,
                { name: column.name, notNull: column.notNull },
              ]),
            ),
            checks: Object.fromEntries(
              config.checks.map((check) => [
                check.name,
                [...new Set(columnsIn(check.value))].sort(),
              ]),
            ),
            indexes: Object.fromEntries(
              config.indexes.map(({ config: index }) => [
                index.name,
                index.columns.map((column) => (column as Column).name),
              ]),
            ),
          },
        ];
      }),
  );
}

const sqliteShape = shape(sqlite, sqliteTableConfig as never);
const postgresShape = shape(postgres, postgresTableConfig as never);

describe("the two engines' schemas", () => {
  // The core is written once against one set of types and runs on either engine's tables, so the
  // two schemas must not drift apart.
  it("have the same tables, columns, nullability, CHECKs and indexes", () => {
    expect(postgresShape).toEqual(sqliteShape);
    expect(Object.keys(sqliteShape).length).toBeGreaterThanOrEqual(11);
    expect(sqliteShape.examples?.checks).toHaveProperty("examples_stage_check");
  });

  it("are what the live database has, after every migration", async () => {
    const live = await engineTesting().liveConstraints();
    for (const declared of Object.values(sqliteShape)) {
      const table = live.find((entry) => entry.table === declared.table);
      expect(table, declared.table).toBeDefined();
      for (const [name, columns] of Object.entries(declared.checks)) {
        // A CHECK is there by its name, or (a column's own CHECK) on every column it names.
        const present =
          table!.checks.some((check) => check.name === name) ||
          columns.every((column) =>
            table!.checks.some(
              (check) => check.name === null && check.columns.includes(column),
            ),
          );
        expect(present, `${declared.table}: ${name}`).toBe(true);
      }
      for (const check of table!.checks)
        if (check.name !== null)
          expect(
            Object.keys(declared.checks),
            `${declared.table} has a CHECK the schema does not declare`,
          ).toContain(check.name);
      for (const [name, columns] of Object.entries(declared.indexes))
        expect(
          table!.indexes.find((index) => index.name === name)?.columns,
          `${declared.table}: index ${name}`,
        ).toEqual(columns);
    }
  });
});
