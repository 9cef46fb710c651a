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
import { finishSigningIn, setUpTwoStepToSignIn } from "./actions";

// The form renders the title itself, so an error can prefix it even without JavaScript.
export const metadata: Metadata = { title: null };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ returnTo?: string | string[] }> };

/** An admin's first sign-in with a password: two-step sign-in is set up before the session. */
export default async function SetUpTwoStepPage({ searchParams }: Props) {
  const returnTo = safeReturnPath((await searchParams).returnTo);
  const moderatorId = await pendingSecondStep();
  const moderator = moderatorId ? await findActiveModerator(moderatorId) : null;
  if (!moderator) redirect("/admin/sign-in");
  if (await hasSecondFactor(moderator.id))
    redirect(`/admin/sign-in/code?returnTo=${encodeURIComponent(returnTo)}`);
  const secret = newSecondFactorKey();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <TurnOnForm
          secret={secret}
          qrCode={await qrCodeFor(secret, moderator.email)}
          action={setUpTwoStepToSignIn}
          done={{ action: finishSigningIn, returnTo }}
          required
        />
      </div>
    </div>
  );
}
