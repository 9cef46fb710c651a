import { useForm, type DefaultValue } from "@conform-to/react";
import { startTransition, useActionState, type FormEvent } from "react";
import type { FormReply } from "./form-reply";

type Options<Answers> = {
  /** The form's id, when a page has several forms. */
  id?: string;
  /** What the questions show before anything is sent, such as an edited example's stored answers. */
  defaultValue?: DefaultValue<Answers>;
};

/** The answers a reply is typed by: its form's schema input. */
type AnswersOf<Reply> =
  Reply extends FormReply<infer Answers>
    ? Answers extends Record<string, unknown>
      ? Answers
      : Record<string, unknown>
    : never;

/**
 * A form's fields as Conform describes them, given the server's last reply. Without JavaScript the
 * page is rendered with the reply; with it, the reply arrives without a reload. The server checks
 * every answer: nothing is checked in the browser, so both ways show the same problems.
 */
export function useFormFields<Answers extends Record<string, unknown>>(
  reply: FormReply | undefined,
  action: (form: FormData) => void,
  { id, defaultValue }: Options<Answers> = {},
) {
  const [form, fields] = useForm<Answers>({
    id,
    lastResult: reply,
    defaultValue,
  });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    form.onSubmit(event);
    if (event.defaultPrevented) return;
    // React would empty the form once its action is done, back to the values it was first drawn
    // with; sent this way, the answers stay as typed while the reply says what to fix.
    event.preventDefault();
    const sent = new FormData(
      event.currentTarget,
      (event.nativeEvent as SubmitEvent).submitter,
    );
    // A password or a security code is not kept on the page once sent.
    for (const secret of event.currentTarget.querySelectorAll<HTMLInputElement>(
      'input[type="password"], input[autocomplete="one-time-code"]',
    ))
      secret.value = "";
    startTransition(() => action(sent));
  }
  return {
    fields,
    /** The form element's props: without JavaScript, `action` posts it. */
    formProps: { id: form.id, action, onSubmit, noValidate: true },
    form,
  };
}

/** A form with a server action of its own: the action's last reply, and the form's fields. */
export function useFormReply<Reply extends FormReply<unknown>>(
  action: (previous: Reply | undefined, form: FormData) => Promise<Reply>,
  options: Options<AnswersOf<Reply>> = {},
) {
  const [reply, formAction] = useActionState(action, undefined);
  return {
    reply,
    ...useFormFields<AnswersOf<Reply>>(reply, formAction, options),
  };
}
