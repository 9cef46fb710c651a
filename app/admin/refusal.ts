import type { Problem } from "@/app/forms/read-form";
import type { ModerationResult } from "@/db/moderation";

export type Intent = "save" | "approve" | "reject" | "withdraw";

const done: Record<Intent, string> = {
  save: "saved",
  approve: "approved",
  reject: "rejected",
  withdraw: "withdrawn",
};

/** What to tell a moderator whose action was refused, usually because another got there first. */
export function refusal(
  result: Exclude<ModerationResult, { ok: true }>,
  intent: Intent,
  noun: "example" | "report" | "claim",
): Problem {
  if (result.problem === "missing")
    return { message: `This ${noun} no longer exists` };
  if (result.problem === "has-contact")
    return {
      message:
        "The example has a contact already or is no longer published, so this claim cannot be approved. You can reject it.",
    };
  const who = result.decidedBy ?? "Another moderator";
  if (result.problem === "conflict") {
    return {
      message: `${who} changed this ${noun} after you opened it, so nothing was ${done[intent]}. Reload the page to see their changes.`,
    };
  }
  if (result.status === "pending") {
    return {
      message: `This ${noun} is not published, so it cannot be withdrawn`,
    };
  }
  const theirs = {
    published: noun === "claim" ? "approved" : "published",
    rejected: "rejected",
    withdrawn: "withdrawn",
  }[result.status];
  return {
    message: `${who} has already ${theirs} this ${noun}, so it was not ${done[intent]}`,
  };
}
