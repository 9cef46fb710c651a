import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { listThemesWithCounts } from "@/db/catalogue";
import { SubmitForm } from "./submit-form";
import { PatientInformationWarning } from "@/components/patient-information-warning";
import { TwoThirds } from "@/components/two-thirds";

// The form renders the page title itself, so an error can prefix it even without JavaScript.
export const metadata: Metadata = { title: null };

// Each visit needs its own submission key, so the page is never cached.
export const dynamic = "force-dynamic";

export default async function SubmitPage() {
  const themes = (await listThemesWithCounts()).map((theme) => ({
    value: theme.slug,
    label: theme.name,
  }));
  return (
    <TwoThirds>
      <h1>Submit an example</h1>
      <p className="nhsuk-lede-text">
        Tell other NHS staff about innovation or improvement work in your trust,
        so they can learn from it.
      </p>
      <p>
        A moderator checks every example before it is published. Nothing you
        send is public until they approve it, and your email address is only
        shown if you say so.
      </p>
      <PatientInformationWarning />
      <SubmitForm themes={themes} submissionKey={randomUUID()} />
    </TwoThirds>
  );
}
