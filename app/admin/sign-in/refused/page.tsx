import type { Metadata } from "next";
import { env } from "@/env";
import { TwoThirds } from "@/components/two-thirds";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ reason?: string | string[] }> };

const allowedAddresses = () =>
  env.OIDC_ALLOWED_DOMAINS.map((domain) => `@${domain}`).join(" or ");

/** What each refusal says: what happened and what to do next. */
const refusals: Record<string, { title: string; body: () => React.ReactNode }> =
  {
    "not-invited": {
      title: "You need an invitation to moderate this catalogue",
      body: () => (
        <>
          <p>
            You signed in, but nobody has invited your email address to moderate
            the catalogue.
          </p>
          <p>
            Ask an admin of the catalogue (someone who already moderates it) to
            invite you from its People page, using the email address you signed
            in with. Then sign in again.
          </p>
        </>
      ),
    },
    "outside-domains": {
      title: "You cannot sign in with that account",
      body: () => (
        <>
          <p>This catalogue is moderated by NHS staff.</p>
          <p>
            Sign in with your NHSmail account: an email address ending in{" "}
            {allowedAddresses()}. If you signed in with another account by
            mistake, sign out of it first.
          </p>
        </>
      ),
    },
    unverified: {
      title: "Your email address could not be confirmed",
      body: () => (
        <p>
          Your organisation&apos;s sign-in did not confirm your email address,
          so we cannot tell whether you were invited. Ask your IT service desk,
          or sign in with a password if an admin invited you that way.
        </p>
      ),
    },
    failed: {
      title: "Sorry, we could not sign you in",
      body: () => (
        <p>
          Something went wrong between this catalogue and your
          organisation&apos;s sign-in. Try again. If it keeps happening, tell an
          admin of the catalogue.
        </p>
      ),
    },
  };

function refusalFor(reason: unknown) {
  return refusals[
    typeof reason === "string" && reason in refusals ? reason : "failed"
  ]!;
}

export async function generateMetadata({
  searchParams,
}: Props): Promise<Metadata> {
  return { title: refusalFor((await searchParams).reason).title };
}

/** Where single sign-on sends someone it cannot let in. No account is made. */
export default async function SignInRefusedPage({ searchParams }: Props) {
  const refusal = refusalFor((await searchParams).reason);
  return (
    <TwoThirds>
      <h1>{refusal.title}</h1>
      {refusal.body()}
      <p>
        <a href="/admin/sign-in">Go back to sign in</a>
      </p>
    </TwoThirds>
  );
}
