import type { Metadata } from "next";
import { AdminBar } from "../../admin-bar";
import { requireModerator } from "../../session";
import { startTwoStep } from "./qr-code";
import { TurnOnForm } from "./turn-on-form";
import { TwoThirds } from "@/components/two-thirds";

// The form renders the title itself, so an error can prefix it even without JavaScript.
export const metadata: Metadata = { title: null };

/** Turning on a code from an authenticator app as a second step after the password. */
export default async function TwoStepPage() {
  const moderator = await requireModerator("/admin/account/two-step");
  return (
    <>
      <AdminBar moderator={moderator} />
      <TwoThirds>
        <TurnOnForm {...await startTwoStep(moderator)} />
      </TwoThirds>
    </>
  );
}
