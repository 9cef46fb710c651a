import type { Metadata } from "next";
import Link from "@/components/link";
import { env } from "@/env";
import { formatDateTime, pluralise } from "@/components/format";
import { ResponsiveTable } from "@/components/responsive-table";
import {
  countMessagesByStatus,
  listRecentMessages,
  messageKindLabels,
  type MessageKind,
  type MessageSummary,
} from "@/db/mail";
import { messageStatusLabels } from "@/db/options";
import { describeDelivery } from "@/mail/delivery";
import { AdminBar } from "../admin-bar";
import { OutcomeBanner, ProblemSummary, RowButton } from "../review-parts";
import { requireModerator } from "../session";
import { sendAgainAction } from "./actions";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Email" };

type Props = {
  searchParams: SearchParams<"done" | "problem">;
};

const kindLabel = (kind: string) =>
  messageKindLabels[kind as MessageKind] ?? kind;

/** Where a message is, in words: sent when, waiting for which attempt, or why it failed. */
function statusOf(message: MessageSummary) {
  const label = messageStatusLabels[message.status];
  if (message.status === "sent" && message.sentAt)
    return `${label} ${formatDateTime(message.sentAt)}`;
  if (message.status === "queued" && message.attempts > 0)
    return `${label}: tried ${pluralise(message.attempts, "time")}, next at ${formatDateTime(message.nextAttemptAt)}. The mail server said: ${message.serverAnswer ?? "nothing"}`;
  if (message.status === "failed")
    return `${label}: ${message.serverAnswer ?? "no answer"}`;
  return label;
}

/** Every moderator: what the catalogue has emailed, what waits, and what failed. */
export default async function EmailPage({ searchParams }: Props) {
  const moderator = await requireModerator("/admin/email");
  const query = await searchParams;
  const [messages, counts] = await Promise.all([
    listRecentMessages(100),
    countMessagesByStatus(),
  ]);
  return (
    <>
      <AdminBar moderator={moderator} />
      {query.problem === "missing" ? (
        <ProblemSummary problem="That message has already been sent again or is no longer kept. Nothing was changed." />
      ) : null}
      {query.done === "sent-again" ? (
        <OutcomeBanner message="The message will be sent again within a minute" />
      ) : null}
      <h1>Email</h1>
      <p>
        Emails go to {describeDelivery(env)}. Each is kept for 30 days after it
        was sent or failed, then deleted with its address.
      </p>
      <p>
        {pluralise(counts.queued, "message")} waiting to send,{" "}
        {pluralise(counts.failed, "message")} failed,{" "}
        {pluralise(counts.sent, "message")} sent.
      </p>
      {messages.length === 0 ? (
        <p>No emails have been sent yet.</p>
      ) : (
        <ResponsiveTable
          caption="Recent emails, newest first"
          rowKey={(message) => message.id}
          rows={messages}
          columns={[
            {
              header: "Queued",
              cell: (message) => formatDateTime(message.createdAt),
            },
            { header: "Kind", cell: (message) => kindLabel(message.kind) },
            { header: "To", cell: (message) => message.recipient },
            {
              header: "Subject",
              cell: (message) => (
                <Link href={`/admin/email/${message.id}`}>
                  {message.subject}
                </Link>
              ),
            },
            { header: "Status", cell: statusOf },
            {
              header: "Actions",
              cell: (message) =>
                message.status === "failed" ? (
                  <RowButton
                    action={sendAgainAction}
                    sends={{ messageId: message.id }}
                  >
                    Send again
                    <span className="nhsuk-u-visually-hidden">
                      : {message.subject} to {message.recipient}
                    </span>
                  </RowButton>
                ) : (
                  "None"
                ),
            },
          ]}
        />
      )}
    </>
  );
}
