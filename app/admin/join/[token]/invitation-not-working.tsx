import { serviceName } from "@/components/site-header";

/** For a link that was never an invitation, has been used, or is more than 7 days old. */
export function InvitationNotWorking() {
  return (
    <>
      <title>{`This invitation link does not work – ${serviceName}`}</title>
      <h1>This invitation link does not work</h1>
      <p>
        It may have been used already, cancelled, or sent more than 7 days ago.
      </p>
      <p>
        Ask the admin who invited you to send a new link. If you have already
        accepted, you can <a href="/admin/sign-in">sign in</a>.
      </p>
    </>
  );
}
