import type { Metadata } from "next";
import { hasSecondFactor, newSecondFactorKey } from "@/db/accounts";
import { AdminBar } from "../../admin-bar";
import { requireModerator } from "../../session";
import { qrCodeFor } from "./qr-code";
import { TurnOnForm } from "./turn-on-form";

// The form renders the title itself, so an error can prefix it even without JavaScript.
export const metadata: Metadata = { title: null };

/** Turning on a code from an authenticator app as a second step after the password. */
export default async function TwoStepPage() {
  const moderator = await requireModerator("/admin/account/two-step");
  // After the form, which may be a plain post rendering this page again, the form shows the
  // recovery codes; asked for again later, it says two-step sign-in is on.
  const alreadyOn = await hasSecondFactor(moderator.id);
  const secret = newSecondFactorKey();
  return (
    <>
      <AdminBar moderator={moderator} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <TurnOnForm
            secret={secret}
            qrCode={await qrCodeFor(secret, moderator.email)}
            alreadyOn={alreadyOn}
          />
        </div>
      </div>
    </>
  );
}
