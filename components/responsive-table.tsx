import type { ReactNode } from "react";

export type Column<Row> = { header: string; cell: (row: Row) => ReactNode };

/**
 * NHS.UK's responsive table: columns on a wide screen, one stacked card a row on a phone, where
 * each cell repeats its heading (hidden from screen readers, which announce the column header).
 */
export function ResponsiveTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
}) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
        {caption}
      </caption>
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr className="nhsuk-table__row" role="row">
          {columns.map((column) => (
            <th
              key={column.header}
              scope="col"
              className="nhsuk-table__header"
              role="columnheader"
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr className="nhsuk-table__row" role="row" key={rowKey(row)}>
            {columns.map((column) => (
              <td key={column.header} className="nhsuk-table__cell" role="cell">
                <span className="nhsuk-table__heading" aria-hidden="true">
                  {column.header}{" "}
                </span>
                <span>{column.cell(row)}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
