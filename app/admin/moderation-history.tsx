import { formatDateTime } from "@/components/format";
import { ResponsiveTable } from "@/components/responsive-table";
import type { ReviewEvent } from "@/db/moderation";
import type { ModerationAction } from "@/db/options";

const actionLabels: Record<ModerationAction, string> = {
  submitted: "Submitted",
  edited: "Edited",
  approved: "Approved and published",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

function describe(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(blank)";
  if (Array.isArray(value)) return value.join(", ") || "(none)";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return String(value);
}

function EventDetails({ event }: { event: ReviewEvent }) {
  return (
    <>
      {event.reason ? (
        <span className="app-preserve-lines nhsuk-u-display-block nhsuk-u-margin-bottom-2">
          Reason: {event.reason}
        </span>
      ) : null}
      {event.changes ? (
        <ul className="nhsuk-list nhsuk-u-font-size-16">
          {Object.entries(event.changes).map(([field, change]) => (
            <li key={field}>
              <strong>{field}</strong>: {describe(change.from)} →{" "}
              {describe(change.to)}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** What happened to an example or a report, and who did it, newest first. */
export function ModerationHistory({ events }: { events: ReviewEvent[] }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <ResponsiveTable
        caption="History, newest first"
        rows={events}
        rowKey={(event) => event.id}
        columns={[
          {
            header: "When",
            cell: (event) => formatDateTime(event.createdAt),
          },
          { header: "What", cell: (event) => actionLabels[event.action] },
          {
            header: "Who",
            cell: (event) => event.moderatorName ?? "The person who sent it",
          },
          {
            header: "Details",
            cell: (event) => <EventDetails event={event} />,
          },
        ]}
      />
    </section>
  );
}
