import Link from "@/components/link";
import type { ModeratorProfile } from "@/db/accounts";
import { signOut } from "./actions";

/** Who is signed in, the admin pages they may use, and sign out. */
export function AdminBar({ moderator }: { moderator: ModeratorProfile }) {
  return (
    <div className="app-admin-bar">
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
        Signed in as <strong>{moderator.name}</strong> ·{" "}
        <Link href="/admin">Moderation queue</Link> ·{" "}
        <Link href="/admin/email">Email</Link> ·{" "}
        <Link href="/admin/insights">Insights</Link> ·{" "}
        <Link href="/admin/search-words">Search words</Link> ·{" "}
        {moderator.role === "admin" ? (
          <>
            <Link href="/admin/people">People</Link> ·{" "}
          </>
        ) : null}
        <Link href="/admin/account">Your account</Link>
      </p>
      <form action={signOut}>
        <button
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
          type="submit"
        >
          Sign out
        </button>
      </form>
    </div>
  );
}
