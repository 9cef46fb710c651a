/**
 * Results over time as a team gives them: two columns (date, value), and a note if they like,
 * pasted from a spreadsheet or uploaded as CSV, one point a line. Read the way a person in an NHS
 * trust writes them, or refused with the row named: never guessed.
 */

/** The most points one measure may have: 40 years of months, or 19 of weeks. */
export const maxMeasurePoints = 1000;

/** The longest note a point may carry, such as "new discharge checklist started". */
export const maxNoteLength = 200;

export type ReadPoint = { date: string; value: number; note: string | null };
export type PointProblem = { row: number; message: string };

const monthNames = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const isoDay = (year: number, month: number, day: number): string | null => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? date.toISOString().slice(0, 10)
    : null;
};

/**
 * A date as YYYY-MM-DD from `2024-03-01`, `01/03/2024` (UK order: 1 March) or `Mar 2024` (the
 * first of the month), or null.
 */
export function readDate(text: string): string | null {
  const given = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(given);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(given);
  if (uk) return isoDay(Number(uk[3]), Number(uk[2]), Number(uk[1]));
  const month = /^([A-Za-z]{3,9})\.?[\s-]+(\d{4})$/.exec(given);
  if (month) {
    const name = month[1]!.toLowerCase();
    // "Mar", "March" or "Sept": any start of a month's name, three letters or more.
    const index = monthNames.findIndex((full) => full.startsWith(name));
    return index === -1 ? null : isoDay(Number(month[2]), index + 1, 1);
  }
  return null;
}

/** A number as a spreadsheet shows it: `1,234`, `-3.5`, `12%` read as 12; otherwise null. */
export function readValue(text: string): number | null {
  let given = text
    .trim()
    .replace(/^"(.*)"$/, "$1")
    .trim();
  given = given.replace(/%$/, "");
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(given))
    given = given.replace(/,/g, "");
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(given)) return null;
  return Number(given);
}

const unquoted = (text: string) =>
  text
    .trim()
    .replace(/^"(.*)"$/s, "$1")
    .replace(/""/g, '"')
    .trim();

/** A line's fields: at tabs if it has one, else at commas outside double quotes (CSV). */
function fieldsOf(line: string): string[] {
  if (line.includes("\t")) return line.split("\t");
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (const character of line) {
    if (character === '"') quoted = !quoted;
    if (character === "," && !quoted) {
      fields.push(field);
      field = "";
    } else field += character;
  }
  fields.push(field);
  return fields;
}

/**
 * Splits a line into its date, its value and its note. A value written with thousands separators
 * and no quotes ("2024-03-01,1,234") is read whole: a column of three digits after a value is part
 * of it.
 */
function columns(line: string): [string, string, string] | null {
  const fields = fieldsOf(line);
  if (fields.length < 2) return null;
  let value = fields[1]!;
  let next = 2;
  const tabbed = line.includes("\t");
  while (
    !tabbed &&
    next < fields.length &&
    /^\d{3}(\.\d+)?%?$/.test(fields[next]!.trim()) &&
    readValue(`${value},${fields[next]!.trim()}`) !== null
  )
    value = `${value},${fields[next++]!.trim()}`;
  return [
    fields[0]!,
    value,
    unquoted(fields.slice(next).join(tabbed ? " " : ",")),
  ];
}

/**
 * Reads pasted or uploaded points. Blank lines are skipped; a first line that is neither a date
 * nor a value is a header. Every other line must be a date and a number, each date once; problems
 * come back with their row numbers (as a spreadsheet counts them), in order.
 */
export function readMeasurePoints(
  text: string,
): { ok: true; points: ReadPoint[] } | { ok: false; problems: PointProblem[] } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const filled = lines.filter((line) => line.trim() !== "").length;
  if (filled > maxMeasurePoints + 1)
    return {
      ok: false,
      problems: [
        {
          row: maxMeasurePoints + 1,
          message: `A measure can have at most ${maxMeasurePoints.toLocaleString("en-GB")} points. Give them in more than one measure, or as months rather than days`,
        },
      ],
    };
  const points: ReadPoint[] = [];
  const problems: PointProblem[] = [];
  const seen = new Map<string, number>();
  let first = true;
  for (const [index, line] of lines.entries()) {
    const row = index + 1;
    if (line.trim() === "") continue;
    const parts = columns(line);
    const date = parts ? readDate(parts[0]) : null;
    const value = parts ? readValue(parts[1]) : null;
    if (first && date === null && value === null) {
      first = false;
      continue; // a header
    }
    first = false;
    if (!parts) {
      problems.push({
        row,
        message: `Row ${row}: give a date and a value, separated by a tab or a comma`,
      });
      continue;
    }
    if (date === null)
      problems.push({
        row,
        message: `Row ${row}: ‘${parts[0].trim()}’ is not a date. Use a date like 2024-03-01, 01/03/2024 or Mar 2024`,
      });
    if (value === null)
      problems.push({
        row,
        message: `Row ${row}: ‘${parts[1].trim()}’ is not a number`,
      });
    if (parts && parts[2].length > maxNoteLength)
      problems.push({
        row,
        message: `Row ${row}: the note must be ${maxNoteLength} characters or fewer`,
      });
    if (date === null || value === null || parts[2].length > maxNoteLength)
      continue;
    const earlier = seen.get(date);
    if (earlier !== undefined) {
      problems.push({
        row,
        message: `Row ${row}: ${date} is given twice (also row ${earlier})`,
      });
      continue;
    }
    seen.set(date, row);
    points.push({ date, value, note: parts[2] || null });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, points };
}
