import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { hasSecondFactor, newSecondFactorKey } from "@/db/accounts";
import { AdminBar } from "../../admin-bar";
import { requireModerator } from "../../session";
import { qrCodeFor } from "./qr-code";
import { turnOnTwoStep } from "./actions";
import { TurnOnForm } from "./turn-on-form";

// The form renders the title itself, so an error can prefix it even without JavaScript.
export const metadata: Metadata = { title: null };

/** Turning on a code from an authenticator app as a second step after the password. */
export default async function TwoStepPage() {
  const moderator = await requireModerator("/admin/account/two-step");
  if (await hasSecondFactor(moderator.id)) redirect("/admin/account");
  const secret = newSecondFactorKey();
  return (
    <>
      <AdminBar moderator={moderator} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <TurnOnForm
            secret={secret}
            qrCode={await qrCodeFor(secret, moderator.email)}
            action={turnOnTwoStep}
            done={{ href: "/admin/account" }}
          />
        </div>
      </div>
    </>
  );
}
