"use client";

import { FormHeader } from "@/app/forms/form-header";
import {
  AboutYouQuestions,
  moderatorsAsk,
  OrganisationQuestion,
  ReachYouQuestions,
} from "@/app/forms/groups/about-you";
import {
  FormKey,
  SendButton,
  type ExampleFormProps,
} from "@/app/forms/groups/sending";
import { useFormReply } from "@/app/forms/use-form-reply";
import { Textarea } from "@/components/form-fields";
import { submitClaim } from "./actions";

/** "Is this your trust's work?": a plain form post without JavaScript; with it, errors appear without a reload. */
export function ClaimForm({
  slug,
  exampleTitle,
  submissionKey,
}: ExampleFormProps) {
  const { reply, fields, formProps } = useFormReply(submitClaim);
  return (
    <>
      <FormHeader
        reply={reply}
        title={`Is this your trust's work? ${exampleTitle}`}
      />
      <form {...formProps}>
        <input type="hidden" name="slug" value={slug} />
        <FormKey submissionKey={submissionKey} send="Send claim" />
        <OrganisationQuestion
          field={fields.organisation}
          label="Your NHS organisation"
          hint="The trust or other NHS organisation that did this work"
        />
        <Textarea
          field={fields.involvement}
          label="What was your part in this work?"
          hint="For example, you led it, or you are in the team that runs it now. Do not include any patient information."
          rows={4}
        />
        <h2 className="nhsuk-heading-m">How staff can reach you</h2>
        <AboutYouQuestions
          fields={fields}
          emailHint={moderatorsAsk("example")}
        />
        <ReachYouQuestions fields={fields} about="example" />
        <SendButton send="Send claim" />
      </form>
    </>
  );
}
