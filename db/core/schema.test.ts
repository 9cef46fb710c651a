import { getTableColumns, getTableName, isTable } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as postgres from "@/db/postgres/schema";
import * as sqlite from "@/db/sqlite/schema";

/** Each table of a schema module with its columns: property name → database name, and nullability. */
function shape(schema: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([, value]) => isTable(value))
      .map(([name, table]) => [
        name,
        {
          table: getTableName(table as never),
          columns: Object.fromEntries(
            Object.entries(getTableColumns(table as never)).map(
              ([key, column]) => [
                key,
                {
                  name: (column as { name: string }).name,
                  notNull: (column as { notNull: boolean }).notNull,
                },
              ],
            ),
          ),
        },
      ]),
  );
}

describe("the two engines' schemas", () => {
  // The core is written once against one set of types and runs on either engine's tables, so the
  // two schemas must not drift apart.
  it("have the same tables, columns and nullability", () => {
    expect(shape(postgres)).toEqual(shape(sqlite));
    expect(Object.keys(shape(sqlite)).length).toBeGreaterThanOrEqual(11);
  });
});
