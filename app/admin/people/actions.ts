"use server";

import { redirect } from "next/navigation";
import type { ReplyTo } from "@/app/forms/form-reply";
import { answer, readForm } from "@/app/forms/read-form";
import { logger } from "@/app/logger";
import { absoluteUrl } from "@/components/site-url";
import {
  cancelInvitation,
  changeRole,
  endAllSessions,
  inviteModerator,
  removeModerator,
  type AccountChange,
} from "@/db/accounts";
import { requireAdmin } from "../session";
import { inviteSchema, personActionSchema, type PeopleOutcome } from "./schema";

const peoplePage = "/admin/people";

/** Back to the People page, saying what happened to whom (by account id, never by name). */
function back(
  result: AccountChange,
  done: PeopleOutcome,
  moderatorId: number,
): never {
  if (result.kind === "last-admin")
    redirect(`${peoplePage}?problem=last-admin`);
  if (result.kind === "missing") redirect(`${peoplePage}?problem=missing`);
  redirect(`${peoplePage}?done=${done}&person=${moderatorId}`);
}

function personAction(form: FormData) {
  const parsed = personActionSchema.safeParse({
    moderatorId: form.get("moderatorId"),
    role: form.get("role") ?? undefined,
  });
  if (!parsed.success) redirect(`${peoplePage}?problem=missing`);
  return parsed.data;
}

export async function changeRoleAction(form: FormData): Promise<void> {
  const admin = await requireAdmin(peoplePage);
  const { moderatorId, role } = personAction(form);
  if (!role) redirect(`${peoplePage}?problem=missing`);
  const result = await changeRole({ moderatorId, role, actorId: admin.id });
  logger.info(
    { event: "account.role_changed", moderatorId, role, actorId: admin.id },
    "Role changed",
  );
  back(result, "role", moderatorId);
}

export async function removeAction(form: FormData): Promise<void> {
  const admin = await requireAdmin(peoplePage);
  const { moderatorId } = personAction(form);
  const result = await removeModerator({ moderatorId, actorId: admin.id });
  if (result.kind === "done") {
    logger.info(
      { event: "account.removed", moderatorId, actorId: admin.id },
      "Moderator removed",
    );
    // An admin who removed themself has no session left to come back to.
    if (moderatorId === admin.id) redirect("/admin/sign-in");
  }
  back(result, "removed", moderatorId);
}

export async function endSessionsAction(form: FormData): Promise<void> {
  const admin = await requireAdmin(peoplePage);
  const { moderatorId } = personAction(form);
  await endAllSessions({ moderatorId, actorId: admin.id });
  logger.info(
    { event: "account.sessions_ended", moderatorId, actorId: admin.id },
    "Sessions ended",
  );
  if (moderatorId === admin.id) redirect("/admin/sign-in");
  redirect(`${peoplePage}?done=ended&person=${moderatorId}`);
}

export async function cancelInvitationAction(form: FormData): Promise<void> {
  await requireAdmin(peoplePage);
  const email = form.get("email");
  if (typeof email === "string" && email.length <= 254)
    await cancelInvitation(email);
  redirect(`${peoplePage}?done=cancelled`);
}

export type InviteReply = ReplyTo<typeof inviteSchema> & {
  /** The link to send, shown once. */
  link?: string;
  invitedEmail?: string;
};

/** Invites someone: a link that works once, for 7 days, for the admin to send them. */
export async function inviteAction(
  _previous: InviteReply | undefined,
  form: FormData,
): Promise<InviteReply> {
  const admin = await requireAdmin(peoplePage);
  const submission = readForm(form, inviteSchema);
  if (submission.status !== "success") return answer(submission, inviteSchema);
  const invitation = await inviteModerator({
    ...submission.value,
    actorId: admin.id,
  });
  if (invitation.kind === "already-a-moderator")
    return answer(submission, inviteSchema, {
      field: "email",
      message:
        "This person can already moderate: their email address is in the list above",
    });
  logger.info(
    {
      event: "account.invited",
      role: submission.value.role,
      actorId: admin.id,
    },
    "Invitation made",
  );
  return {
    // The form is emptied for the next invitation.
    ...submission.reply({ resetForm: true }),
    link: absoluteUrl(`/admin/join/${invitation.token}`),
    invitedEmail: submission.value.email,
  };
}
