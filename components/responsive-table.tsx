import type { ReactNode } from "react";

export type Column<Row> = {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Figures: right-aligned on a wide screen. */
  numeric?: boolean;
  /** The cell that names its row, as the row's header. */
  rowHeader?: boolean;
};

/**
 * NHS.UK's responsive table: columns on a wide screen, one stacked card a row on a phone, where
 * each cell repeats its heading (hidden from screen readers, which announce the column header).
 */
export function ResponsiveTable<Row>({
  caption,
  captionShown = false,
  columns,
  rows,
  rowKey,
  rowId,
}: {
  caption: string;
  /** Show the caption as the table's heading, rather than to screen readers only. */
  captionShown?: boolean;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  /** An id for each row, so that a link can point to it. */
  rowId?: (row: Row) => string;
}) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption
        className={`nhsuk-table__caption ${captionShown ? "nhsuk-table__caption--m" : "nhsuk-u-visually-hidden"}`}
      >
        {caption}
      </caption>
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr className="nhsuk-table__row" role="row">
          {columns.map((column) => (
            <th
              key={column.header}
              scope="col"
              className={`nhsuk-table__header${column.numeric ? " nhsuk-table__header--numeric" : ""}`}
              role="columnheader"
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr
            className="nhsuk-table__row"
            role="row"
            key={rowKey(row)}
            id={rowId?.(row)}
          >
            {columns.map((column) => {
              const Cell = column.rowHeader ? "th" : "td";
              return (
                <Cell
                  key={column.header}
                  scope={column.rowHeader ? "row" : undefined}
                  className={`nhsuk-table__cell${column.numeric ? " nhsuk-table__cell--numeric" : ""}${column.rowHeader ? " app-table__row-header" : ""}`}
                  role={column.rowHeader ? "rowheader" : "cell"}
                >
                  <span className="nhsuk-table__heading" aria-hidden="true">
                    {column.header}{" "}
                  </span>
                  <span>{column.cell(row)}</span>
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
