import { z } from "zod";
import { requiredText } from "@/app/forms/fields";
import { aboutYouAnswers } from "@/app/forms/groups/about-you";
import { formKeyAnswer } from "@/app/forms/groups/sending";

/** A member of staff's message to the team behind an example or a report. */
export const contactMessageSchema = z.object({
  contactName: aboutYouAnswers.contactName,
  organisation: requiredText("organisation", "Enter your NHS organisation"),
  contactEmail: aboutYouAnswers.contactEmail,
  message: requiredText("message", "Enter your message", true),
  ...formKeyAnswer,
});
