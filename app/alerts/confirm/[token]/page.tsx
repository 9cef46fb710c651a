import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { findSubscription } from "@/db/mail";
import { confirmAlert } from "../../actions";
import { AlertLinkNotValid } from "../../link-not-valid";

export const metadata: Metadata = { title: "Confirm your email alert" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export default async function ConfirmAlertPage({ params }: Props) {
  const { token } = await params;
  const alert = await findSubscription(token);
  if (!alert) return <AlertLinkNotValid />;
  if (alert.confirmedAt) redirect(`/alerts/manage/${token}`);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Confirm your email alert</h1>
        <p>
          You will get emails at <strong>{alert.email}</strong> about new
          examples: {alert.description}.
        </p>
        <form action={confirmAlert}>
          <input type="hidden" name="token" value={token} />
          <button
            className="nhsuk-button"
            data-module="nhsuk-button"
            type="submit"
          >
            Confirm and start emails
          </button>
        </form>
      </div>
    </div>
  );
}
