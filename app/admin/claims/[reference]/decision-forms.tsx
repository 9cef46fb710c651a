"use client";

import { ReviewDecision } from "@/app/admin/decision-section";
import { moderateClaim } from "@/app/admin/moderate";
import { useReviewForm } from "@/app/admin/review-form";
import type { ExampleStatus } from "@/db/options";

/** Approve or reject a pending claim. Each works without JavaScript. */
export function ClaimDecisionForms({
  reference,
  version,
  status,
  exampleTitle,
  hasContact,
}: {
  reference: string;
  version: number;
  status: ExampleStatus;
  exampleTitle: string;
  /** The example has a contact by now, so this claim can only be rejected. */
  hasContact: boolean;
}) {
  const review = useReviewForm(moderateClaim, {
    reference,
    version,
  });
  return (
    <>
      <ReviewDecision
        review={review}
        title={`Review ${reference}: claim to ${exampleTitle}`}
        status={status}
        about="claim"
        approval={
          hasContact
            ? {
                refused:
                  "The example has a contact already, so this claim cannot be approved. You can reject it.",
              }
            : {
                explains:
                  "Check the claim first, for example by emailing the person at the address they gave. Approving makes them the example's contact, as they chose above, and emails them to say so. The example's text does not change.",
              }
        }
      />
    </>
  );
}
