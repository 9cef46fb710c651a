import { TextInput } from "@/components/form-fields";

/**
 * The box for a code from an authenticator app (or a recovery code, unless `digitsOnly`): named
 * `code`, offered the code a phone received by autofill, never spell-checked, always empty.
 */
export function SecurityCodeInput({
  label = "Security code",
  hint,
  error,
  digitsOnly,
}: {
  label?: string;
  hint: string;
  error?: string;
  digitsOnly?: boolean;
}) {
  return (
    <TextInput
      name="code"
      label={label}
      hint={hint}
      autoComplete="one-time-code"
      inputMode={digitsOnly ? "numeric" : undefined}
      spellCheck={false}
      defaultValue=""
      error={error}
    />
  );
}
