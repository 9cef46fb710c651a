import { getTableColumns, type Table } from "drizzle-orm";

// A statement's arrays stay small even for long rows (a digest's bodies): PostgreSQL took two to
// four times as long over 10,000 rows of 10 kB in one statement, or in batches of 1,000.
const rowsPerStatement = 1000;
const charactersPerStatement = 1_000_000;

/**
 * Many rows as the engines' insertMany writes them: the columns the first row gives (the rest take
 * their defaults) and each row's values as the database stores them (drizzle's own mapping of
 * dates, booleans and JSON for this engine), in batches of up to 1,000 rows or a million
 * characters. Building drizzle's
 * usual multi-row insert costs far more than the database's work at thousands of rows.
 */
export function manyRows(table: Table, rows: Record<string, unknown>[]) {
  const columns = Object.entries(getTableColumns(table)).filter(
    ([key]) => rows[0]![key] !== undefined,
  );
  const values = rows.map((row) =>
    columns.map(([key, column]) => {
      const value = row[key];
      return value === undefined || value === null
        ? null
        : column.mapToDriverValue(value);
    }),
  );
  const batches: unknown[][][] = [];
  let batch: unknown[][] = [];
  let characters = 0;
  for (const row of values) {
    const size = row.reduce<number>(
      (sum, value) => sum + (typeof value === "string" ? value.length : 8),
      0,
    );
    if (
      batch.length > 0 &&
      (batch.length >= rowsPerStatement ||
        characters + size > charactersPerStatement)
    ) {
      batches.push(batch);
      batch = [];
      characters = 0;
    }
    batch.push(row);
    characters += size;
  }
  if (batch.length > 0) batches.push(batch);
  return { columns: columns.map(([, column]) => column), batches };
}
