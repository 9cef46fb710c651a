import type { Metadata } from "next";
import { findInvitation } from "@/db/accounts";
import { roleLabels } from "@/db/options";
import { InvitationNotWorking } from "./invitation-not-working";
import { JoinForm } from "./join-form";
import { TwoThirds } from "@/components/two-thirds";

// The form and the refusal render their own titles.
export const metadata: Metadata = { title: null };

type Props = { params: Promise<{ token: string }> };

/** Where an invitation link leads: choose a name and password, or hear why the link is dead. */
export default async function JoinPage({ params }: Props) {
  const { token } = await params;
  const invitation = token.length <= 100 ? await findInvitation(token) : null;
  return (
    <TwoThirds>
      {invitation ? (
        <JoinForm
          token={token}
          email={invitation.email}
          roleLabel={roleLabels[invitation.role]}
        />
      ) : (
        <InvitationNotWorking />
      )}
    </TwoThirds>
  );
}
