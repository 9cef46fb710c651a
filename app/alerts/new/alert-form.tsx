"use client";

import { FormHeader } from "@/app/forms/form-header";
import { SendButton } from "@/app/forms/groups/sending";
import { useFormReply } from "@/app/forms/use-form-reply";
import { Choices, EmailInput } from "@/components/form-fields";
import { frequencyOptions } from "../schema";
import { requestAlert } from "./actions";

/** "Get emails about new examples": a plain form post without JavaScript. */
export function AlertForm({ search }: { search: string }) {
  const { reply, fields, formProps } = useFormReply(requestAlert, {
    defaultValue: { frequency: "weekly" },
  });
  return (
    <>
      <FormHeader reply={reply} title="Get emails about new examples" />
      <form {...formProps}>
        <input type="hidden" name="search" value={search} />
        <EmailInput
          field={fields.email}
          label="Your email address"
          hint="We will only use it to send these emails"
        />
        <Choices
          type="radio"
          field={fields.frequency}
          legend="How often do you want emails?"
          options={frequencyOptions}
        />
        <SendButton send="Get emails" />
      </form>
    </>
  );
}
