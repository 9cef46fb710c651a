import { z } from "zod";
import { requiredText } from "@/app/forms/fields";
import { aboutYouAnswers, reachYouAnswers } from "@/app/forms/groups/about-you";
import { formKeyAnswer } from "@/app/forms/groups/sending";

/**
 * "Is this your trust's work?": who the team is, and how staff may reach them once approved. A
 * claim is not published, so there is nothing to confirm about sharing it.
 */
export const claimSchema = z.object({
  organisation: requiredText(
    "organisation",
    "Enter the NHS organisation you work for",
  ),
  involvement: requiredText(
    "involvement",
    "Enter what your part in this work was",
    true,
  ),
  ...aboutYouAnswers,
  ...reachYouAnswers,
  ...formKeyAnswer,
});
