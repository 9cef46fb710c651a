import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { findActiveModerator } from "@/db/accounts";
import { startTwoStep } from "../../account/two-step/qr-code";
import { TurnOnForm } from "../../account/two-step/turn-on-form";
import { pendingSecondStep, safeReturnPath } from "../../session";
import type { SearchParams } from "@/app/search-params";
import { TwoThirds } from "@/components/two-thirds";

// The form renders the title itself, so an error can prefix it even without JavaScript.
export const metadata: Metadata = { title: null };
export const dynamic = "force-dynamic";

type Props = { searchParams: SearchParams<"returnTo"> };

/** An admin's first sign-in with a password: two-step sign-in is set up before the session. */
export default async function SetUpTwoStepPage({ searchParams }: Props) {
  const returnTo = safeReturnPath((await searchParams).returnTo);
  const moderatorId = await pendingSecondStep("set-up");
  const moderator = moderatorId ? await findActiveModerator(moderatorId) : null;
  if (!moderator) redirect("/admin/sign-in");
  return (
    <TwoThirds>
      <TurnOnForm {...await startTwoStep(moderator)} signingInTo={returnTo} />
    </TwoThirds>
  );
}
