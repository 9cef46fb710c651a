import type { FormReply } from "@/app/forms/form-reply";
import { TextInput } from "@/components/form-fields";

/**
 * The box for a code from an authenticator app (or a recovery code, unless `digitsOnly`): named
 * `code`, offered the code a phone received by autofill, never spell-checked, always empty.
 */
export function SecurityCodeInput({
  label = "Security code",
  hint,
  reply,
  digitsOnly,
}: {
  label?: string;
  hint: string;
  /** The action's reply: its problem with the code, if any. */
  reply: FormReply | undefined;
  digitsOnly?: boolean;
}) {
  return (
    <TextInput
      field={{ name: "code", errors: reply?.error?.code ?? undefined }}
      label={label}
      hint={hint}
      autoComplete="one-time-code"
      inputMode={digitsOnly ? "numeric" : undefined}
      spellCheck={false}
    />
  );
}
