import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { pendingSecondStep, safeReturnPath } from "../../session";
import { SecurityCodeForm } from "./security-code-form";

// The form renders the title itself, so an error can prefix it even without JavaScript.
export const metadata: Metadata = { title: null };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ returnTo?: string | string[] }> };

/** The second step of signing in, only for someone who has just given a correct password. */
export default async function SecurityCodePage({ searchParams }: Props) {
  const returnTo = safeReturnPath((await searchParams).returnTo);
  if (!(await pendingSecondStep("code"))) redirect("/admin/sign-in");
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-one-half">
        <SecurityCodeForm returnTo={returnTo} />
      </div>
    </div>
  );
}
