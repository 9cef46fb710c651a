import { getTableColumns, type Table } from "drizzle-orm";

/**
 * Many rows for one insert statement, as the engines' insertMany writes them: the columns the first
 * row gives (the rest take their defaults) and, for each row, its values as the database stores
 * them (drizzle's own mapping: dates, booleans and JSON as this engine keeps them). Building
 * drizzle's usual multi-row insert costs far more than the database's work at thousands of rows.
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
  return { columns: columns.map(([, column]) => column), values };
}
