import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentModerator, safeReturnPath } from "../session";
import { SignInForm } from "./sign-in-form";

// The form renders the title itself, so an error can prefix it even without JavaScript.
export const metadata: Metadata = { title: null };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ returnTo?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const returnTo = safeReturnPath((await searchParams).returnTo);
  if (await currentModerator()) redirect(returnTo);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-one-half">
        <SignInForm returnTo={returnTo} />
        <p>
          This is for moderators only. To share an example, use the{" "}
          <a href="/submit">submission form</a>.
        </p>
      </div>
    </div>
  );
}
