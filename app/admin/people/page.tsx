import type { Metadata } from "next";
import { formatDateTime, pluralise } from "@/components/format";
import { ResponsiveTable } from "@/components/responsive-table";
import {
  findPerson,
  listInvitations,
  listPeople,
  type ModeratorProfile,
  type Person,
} from "@/db/accounts";
import { roleLabels } from "@/db/options";
import { AdminBar } from "../admin-bar";
import { OutcomeBanner, ProblemSummary, RowButton } from "../review-parts";
import { requireAdmin } from "../session";
import {
  cancelInvitationAction,
  changeRoleAction,
  endSessionsAction,
  removeAction,
} from "./actions";
import { InviteForm } from "./invite-form";
import { outcomes, type PeopleOutcome } from "./schema";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "People" };

type Props = {
  searchParams: SearchParams<"done" | "person" | "problem">;
};

const problems: Record<string, string> = {
  "last-admin":
    "You are the only admin, so you cannot stop being one or remove yourself. Make someone else an admin first.",
  missing: "That person is no longer in the list. Nothing was changed.",
};

function actionsFor(person: Person, admin: ModeratorProfile) {
  const who = person.id === admin.id ? "yourself" : person.name;
  const otherRole = person.role === "admin" ? "moderator" : "admin";
  return (
    <>
      <RowButton
        action={changeRoleAction}
        sends={{ moderatorId: person.id, role: otherRole }}
        stacked
      >
        Make {who} {otherRole === "admin" ? "an admin" : "a moderator"}
      </RowButton>
      {person.openSessions > 0 ? (
        <RowButton
          action={endSessionsAction}
          sends={{ moderatorId: person.id }}
          stacked
        >
          Sign {who} out everywhere
        </RowButton>
      ) : null}
      <RowButton
        action={removeAction}
        sends={{ moderatorId: person.id }}
        stacked
        warning
      >
        Remove {who}
      </RowButton>
    </>
  );
}

/** Admins only: who may moderate, invitations, and changing or removing people. */
export default async function PeoplePage({ searchParams }: Props) {
  const admin = await requireAdmin("/admin/people");
  const query = await searchParams;
  const [people, invitations] = await Promise.all([
    listPeople(),
    listInvitations(),
  ]);
  const done = Object.hasOwn(outcomes, String(query.done))
    ? (query.done as PeopleOutcome)
    : null;
  const personId = Number(query.person);
  const person =
    Number.isInteger(personId) && personId > 0
      ? await findPerson(personId)
      : null;
  const problem = problems[String(query.problem)];

  return (
    <>
      <AdminBar moderator={admin} />
      {problem ? <ProblemSummary problem={problem} /> : null}
      {done === "cancelled" ? (
        <OutcomeBanner message={outcomes.cancelled()} />
      ) : done && person ? (
        <OutcomeBanner message={outcomes[done](person.name, person.role)} />
      ) : null}
      <h1>People</h1>
      <p>
        Moderators review, publish and withdraw examples. Admins can also invite
        people, change their roles and remove them. Removing someone signs them
        out at once; what they did stays in the history.
      </p>
      <ResponsiveTable
        caption="People who can moderate"
        rowKey={(person) => person.id}
        rows={people}
        columns={[
          {
            header: "Name",
            cell: (person) => (
              <>
                {person.name}
                {person.id === admin.id ? " (you)" : ""}
              </>
            ),
          },
          { header: "Email address", cell: (person) => person.email },
          { header: "Role", cell: (person) => roleLabels[person.role] },
          {
            header: "Last signed in",
            cell: (person) =>
              person.lastSignedInAt
                ? formatDateTime(person.lastSignedInAt)
                : "Never",
          },
          {
            header: "Signed in now",
            cell: (person) =>
              person.openSessions > 0
                ? `Yes, ${pluralise(person.openSessions, "session")}`
                : "No",
          },
          { header: "Actions", cell: (person) => actionsFor(person, admin) },
        ]}
      />
      <InviteForm />
      <h2>Invitations not yet used</h2>
      {invitations.length === 0 ? (
        <p>There are no open invitations.</p>
      ) : (
        <ResponsiveTable
          caption="Invitations not yet used"
          rowKey={(invitation) => invitation.email}
          rows={invitations}
          columns={[
            { header: "Email address", cell: (invitation) => invitation.email },
            {
              header: "Role",
              cell: (invitation) => roleLabels[invitation.role],
            },
            {
              header: "Invited by",
              cell: (invitation) => invitation.invitedByName,
            },
            {
              header: "Link works until",
              cell: (invitation) => formatDateTime(invitation.expiresAt),
            },
            {
              header: "Actions",
              cell: (invitation) => (
                <RowButton
                  action={cancelInvitationAction}
                  sends={{ email: invitation.email }}
                >
                  Cancel invitation for {invitation.email}
                </RowButton>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
