import type { Metadata } from "next";
import { redirect } from "next/navigation";
import {
  findActiveModerator,
  hasSecondFactor,
  newSecondFactorKey,
} from "@/db/accounts";
import { qrCodeFor } from "../../account/two-step/qr-code";
import { TurnOnForm } from "../../account/two-step/turn-on-form";
import { pendingSecondStep, safeReturnPath } from "../../session";

// The form renders the title itself, so an error can prefix it even without JavaScript.
export const metadata: Metadata = { title: null };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ returnTo?: string | string[] }> };

/** An admin's first sign-in with a password: two-step sign-in is set up before the session. */
export default async function SetUpTwoStepPage({ searchParams }: Props) {
  const returnTo = safeReturnPath((await searchParams).returnTo);
  const moderatorId = await pendingSecondStep("set-up");
  const moderator = moderatorId ? await findActiveModerator(moderatorId) : null;
  if (!moderator) redirect("/admin/sign-in");
  // Once it is on (after the form, which may be a plain post rendering this page again), the
  // form shows the recovery codes or a way on, never a second key.
  const alreadyOn = await hasSecondFactor(moderator.id);
  const secret = newSecondFactorKey();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <TurnOnForm
          secret={secret}
          qrCode={await qrCodeFor(secret, moderator.email)}
          signingInTo={returnTo}
          alreadyOn={alreadyOn}
        />
      </div>
    </div>
  );
}
