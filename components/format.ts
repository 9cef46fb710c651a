const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});

/** A date as GOV.UK and NHS.UK write it: 25 November 2026. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "1 example", "3 examples". */
export function pluralise(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  hour: "numeric",
  minute: "2-digit",
  hour12: true,
  timeZone: "Europe/London",
});

/** A date and time as GOV.UK writes them: 25 November 2026 at 2:05pm. */
export function formatDateTime(date: Date): string {
  return `${formatDate(date)} at ${timeFormat.format(date).replace(/\s/g, "").toLowerCase()}`;
}
