import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { findSubscription } from "@/db/mail";
import { confirmAlert } from "../../actions";
import { AlertLinkNotValid } from "../../link-not-valid";
import { LinkButton } from "@/components/link-button";
import { TwoThirds } from "@/components/two-thirds";

export const metadata: Metadata = { title: "Confirm your email alert" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export default async function ConfirmAlertPage({ params }: Props) {
  const { token } = await params;
  const alert = await findSubscription(token);
  if (!alert) return <AlertLinkNotValid />;
  if (alert.confirmedAt) redirect(`/alerts/manage/${token}`);
  return (
    <TwoThirds>
      <h1>Confirm your email alert</h1>
      <p>
        You will get emails at <strong>{alert.email}</strong> about new
        examples: {alert.description}.
      </p>
      <LinkButton action={confirmAlert} token={token}>
        Confirm and start emails
      </LinkButton>
    </TwoThirds>
  );
}
