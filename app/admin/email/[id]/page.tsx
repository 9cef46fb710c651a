import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageNotFound } from "@/components/page-not-found";
import { formatDateTime } from "@/components/format";
import {
  getMessageForModerators,
  messageKindLabels,
  type MessageKind,
} from "@/db/mail";
import { messageStatusLabels } from "@/db/options";
import { AdminBar } from "../../admin-bar";
import { requireModerator } from "../../session";
import { SummaryRow } from "@/components/summary-list";

export const metadata: Metadata = { title: "Email message" };

type Props = { params: Promise<{ id: string }> };

/**
 * One message as it was sent: its headers and its plain-text body, links and all; a message
 * forwarded from staff to a team shows its headers only.
 */
export default async function EmailMessagePage({ params }: Props) {
  const { id } = await params;
  const moderator = await requireModerator(`/admin/email/${id}`);
  const messageId = /^\d{1,12}$/.test(id) ? Number(id) : null;
  const message = messageId ? await getMessageForModerators(messageId) : null;
  if (!message) return <PageNotFound />;
  const details: [string, string][] = [
    ["To", message.recipient],
    ...(message.replyTo
      ? ([["Reply to", message.replyTo]] as [string, string][])
      : []),
    ["Kind", messageKindLabels[message.kind as MessageKind] ?? message.kind],
    ["Queued", formatDateTime(message.createdAt)],
    ["Status", messageStatusLabels[message.status]],
    ["Mail server said", message.serverAnswer ?? "Nothing yet"],
    ["Message-ID", message.messageId],
  ];
  return (
    <>
      <AdminBar moderator={moderator} />
      <Breadcrumbs items={[{ href: "/admin/email", label: "Email" }]} />
      <h1>{message.subject}</h1>
      <dl className="nhsuk-summary-list">
        {details.map(([key, value]) => (
          <SummaryRow label={key} key={key} valueClass="app-break-anywhere">
            {value}
          </SummaryRow>
        ))}
      </dl>
      <h2>Message</h2>
      {message.kind === "contact-message" ? (
        // Between the member of staff and the team: moderators need only to know it went.
        <p>
          This is a message from a member of staff to a team, forwarded for
          them. It is not shown here.
        </p>
      ) : (
        <div className="nhsuk-inset-text">
          <p className="app-preserve-lines app-break-anywhere">
            {message.textBody}
          </p>
        </div>
      )}
    </>
  );
}
