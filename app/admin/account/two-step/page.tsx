import type { Metadata } from "next";
import { AdminBar } from "../../admin-bar";
import { requireModerator } from "../../session";
import { startTwoStep } from "./qr-code";
import { TurnOnForm } from "./turn-on-form";

// The form renders the title itself, so an error can prefix it even without JavaScript.
export const metadata: Metadata = { title: null };

/** Turning on a code from an authenticator app as a second step after the password. */
export default async function TwoStepPage() {
  const moderator = await requireModerator("/admin/account/two-step");
  return (
    <>
      <AdminBar moderator={moderator} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <TurnOnForm {...await startTwoStep(moderator)} />
        </div>
      </div>
    </>
  );
}
