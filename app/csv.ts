import { stringify } from "csv-stringify/sync";

// CSV downloads, written one way: the open data, a shortlist and the moderators' Insights lists.

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula; a leading apostrophe makes them show it as text (OWASP's CSV injection advice). A cell
 * can hold several lines, and a spreadsheet reads each as a start, so every line is protected.
 */
export function protectCell(value: string): string {
  return value.replace(/^[=+\-@\t\r]/gm, "'$&");
}

/**
 * Rows as a CSV document a spreadsheet opens as they are: UTF-8 with a byte order mark (so Excel
 * reads it as UTF-8), rows ended by CRLF, every cell protected, and quoted whenever it holds a
 * line break of either kind, a comma or a quote, so that no text can start a row or a cell.
 */
export function csvDocument(rows: string[][]): string {
  return `\uFEFF${stringify(
    rows.map((row) => row.map(protectCell)),
    { record_delimiter: "windows", quoted_match: /[\r\n,"]/ },
  )}`;
}
