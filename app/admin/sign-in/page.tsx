import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentModerator, safeReturnPath } from "../session";
import { SignInForm } from "./sign-in-form";
import { singleSignOnSettings } from "./sso/oidc";
import type { SearchParams } from "@/app/search-params";
import { WarningCallout } from "@/components/warning-callout";

// The form renders the title itself, so an error can prefix it even without JavaScript.
export const metadata: Metadata = { title: null };
export const dynamic = "force-dynamic";

type Props = {
  searchParams: SearchParams<"returnTo" | "sso">;
};

export default async function SignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const returnTo = safeReturnPath(query.returnTo);
  if (await currentModerator()) redirect(returnTo);
  const singleSignOn = singleSignOnSettings() !== null;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-one-half">
        {query.sso === "unavailable" ? (
          <WarningCallout heading="NHSmail sign-in is not working at the moment">
            <p>Try again in a few minutes, or sign in with your password.</p>
          </WarningCallout>
        ) : null}
        <SignInForm
          returnTo={returnTo}
          singleSignOnHref={
            singleSignOn
              ? `/admin/sign-in/sso?returnTo=${encodeURIComponent(returnTo)}`
              : undefined
          }
        />
        <p>
          This is for moderators only. To share an example, use the{" "}
          <a href="/submit">submission form</a>.
        </p>
      </div>
    </div>
  );
}
