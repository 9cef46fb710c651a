import type { Metadata } from "next";
import Link from "@/components/link";
import { formatDateTime } from "@/components/format";
import { ResponsiveTable } from "@/components/responsive-table";
import { Pagination } from "@/components/pagination";
import {
  countExamplesByStatus,
  listExamplesForModeration,
  queuePageSize,
} from "@/db/moderation";
import {
  exampleStatuses,
  statusLabels,
  type ExampleStatus,
} from "@/db/options";
import { listDueForReview } from "@/db/mail";
import { AdminBar } from "./admin-bar";
import { requireModerator } from "./session";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Moderation queue" };

/** Where each kind of item is reviewed, and how the queue names it (a report or claim by its example). */
const queueKinds = {
  example: { path: "examples", prefix: "" },
  report: { path: "reports", prefix: "We tried this too: " },
  claim: { path: "claims", prefix: "Claim: " },
} as const;

type Props = {
  searchParams: SearchParams<"status" | "page">;
};

/** The queue's address for a status and page, with nothing that is the default. */
function queueHref(status: ExampleStatus, page = 1) {
  const query = new URLSearchParams();
  if (status !== "pending") query.set("status", status);
  if (page > 1) query.set("page", String(page));
  return query.size > 0 ? `/admin?${query}` : "/admin";
}

export default async function ModerationQueuePage({ searchParams }: Props) {
  const requested = await searchParams;
  const status: ExampleStatus =
    exampleStatuses.find((s) => s === requested.status) ?? "pending";
  const requestedPage = Number(requested.page) || 1;
  const moderator = await requireModerator(queueHref(status, requestedPage));
  const [counts, due] = await Promise.all([
    countExamplesByStatus(),
    listDueForReview(),
  ]);
  const { items, page, pageCount, total } = await listExamplesForModeration(
    status,
    requestedPage,
  );

  return (
    <>
      <AdminBar moderator={moderator} />
      <h1>Moderation queue</h1>
      {due.length > 0 ? (
        <section aria-labelledby="due-heading">
          <h2 id="due-heading">Due for review ({due.length})</h2>
          <p>
            Published examples past their review date whose team said they have
            stopped, did not answer, or cannot be asked.
          </p>
          <ul>
            {due.map((example) => (
              <li key={example.reference}>
                <Link href={`/admin/examples/${example.reference}`}>
                  {example.reference}: {example.title}
                </Link>{" "}
                (since {formatDateTime(example.dueForReviewAt)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <nav aria-label="Examples by status">
        <ul className="app-status-tabs">
          {exampleStatuses.map((s) => (
            <li key={s}>
              <Link
                href={queueHref(s)}
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
      {pageCount > 1 ? (
        <p>
          Showing {(page - 1) * queuePageSize + 1} to{" "}
          {(page - 1) * queuePageSize + items.length} of {total}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p>
          {status === "pending"
            ? "There is nothing waiting for review."
            : "There is nothing here."}
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
                <Link
                  href={`/admin/${queueKinds[item.kind].path}/${item.reference}`}
                >
                  {queueKinds[item.kind].prefix}
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
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(n) => queueHref(status, n)}
      />
    </>
  );
}
