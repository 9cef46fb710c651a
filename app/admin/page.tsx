import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/components/format";
import { ResponsiveTable } from "@/components/responsive-table";
import {
  countExamplesByStatus,
  listExamplesForModeration,
} from "@/db/moderation";
import {
  exampleStatuses,
  statusLabels,
  type ExampleStatus,
} from "@/db/options";
import { AdminBar } from "./admin-bar";
import { requireModerator } from "./session";

export const metadata: Metadata = { title: "Moderation queue" };

type Props = { searchParams: Promise<{ status?: string | string[] }> };

export default async function ModerationQueuePage({ searchParams }: Props) {
  const requested = (await searchParams).status;
  const status: ExampleStatus =
    exampleStatuses.find((s) => s === requested) ?? "pending";
  const moderator = await requireModerator(
    status === "pending" ? "/admin" : `/admin?status=${status}`,
  );
  const counts = countExamplesByStatus();
  const items = listExamplesForModeration(status);

  return (
    <>
      <AdminBar moderator={moderator} />
      <h1>Moderation queue</h1>
      <nav aria-label="Examples by status">
        <ul className="app-status-tabs">
          {exampleStatuses.map((s) => (
            <li key={s}>
              <Link
                href={s === "pending" ? "/admin" : `/admin?status=${s}`}
                aria-current={s === status ? "page" : undefined}
              >
                {statusLabels[s]} ({counts[s]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2>
        {statusLabels[status]}
        {status === "pending" ? ", oldest first" : ", latest change first"}
      </h2>
      {items.length === 0 ? (
        <p>
          {status === "pending"
            ? "There are no examples waiting for review."
            : "There are no examples here."}
        </p>
      ) : (
        <ResponsiveTable
          caption={statusLabels[status]}
          rows={items}
          rowKey={(item) => item.reference}
          columns={[
            { header: "Reference", cell: (item) => item.reference },
            {
              header: "Title",
              cell: (item) => (
                <Link href={`/admin/examples/${item.reference}`}>
                  {item.title}
                </Link>
              ),
            },
            {
              header: "Organisation",
              cell: (item) => item.organisation ?? "Not given",
            },
            {
              header: status === "pending" ? "Submitted" : "Last change",
              cell: (item) =>
                formatDateTime(
                  status === "pending" ? item.createdAt : item.updatedAt,
                ),
            },
          ]}
        />
      )}
    </>
  );
}
