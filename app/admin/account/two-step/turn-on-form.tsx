"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/error-summary";
import { SecurityCodeInput } from "../../security-code-input";
import { serviceName } from "@/components/site-header";
import type { TurnOnState } from "./enrol";

/**
 * Scan or type the key, then the code the app shows. After a failed attempt the same key stays
 * (from the action's answer), so the entry already in the app still works.
 */
export function TurnOnForm({
  secret,
  qrCode,
  action,
  done,
  required = false,
}: {
  secret: string;
  qrCode: string;
  /** Whose account: the signed-in person's, or an admin's part-way through signing in. */
  action: (previous: TurnOnState, form: FormData) => Promise<TurnOnState>;
  /**
   * What "I have saved my recovery codes" does: back to Your account, or (while signing in)
   * finish signing in and go on to `returnTo`.
   */
  done:
    | { href: string }
    | { action: (form: FormData) => Promise<void>; returnTo: string };
  /** An admin signing in, who must set it up before going on. */
  required?: boolean;
}) {
  const [state, formAction] = useActionState<TurnOnState, FormData>(action, {
    errors: [],
  });
  if (state.recoveryCodes)
    return (
      <>
        <title>{`Save your recovery codes – ${serviceName}`}</title>
        <h1>Two-step sign-in is on</h1>
        <p>
          From now on you will enter a code from your app after your password.
          If you lose your phone, each of these recovery codes lets you sign in
          once instead.
        </p>
        <div className="nhsuk-card nhsuk-card--warning">
          <div className="nhsuk-card__content">
            <h2 className="nhsuk-card__heading">Save these codes now</h2>
            <p className="nhsuk-card__description">
              You will not see them again. Keep them somewhere safe, away from
              your phone.
            </p>
          </div>
        </div>
        <ul
          className="nhsuk-list app-recovery-codes"
          aria-label="Recovery codes"
        >
          {state.recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        {"href" in done ? (
          <p>
            <Link href={done.href}>I have saved my recovery codes</Link>
          </p>
        ) : (
          <form action={done.action}>
            <input type="hidden" name="returnTo" value={done.returnTo} />
            <button
              className="nhsuk-button"
              data-module="nhsuk-button"
              type="submit"
            >
              I have saved my recovery codes
            </button>
          </form>
        )}
      </>
    );
  const key = state.secret ?? secret;
  return (
    <>
      <title>{`${state.errors.length > 0 ? "Error: " : ""}Set up two-step sign-in – ${serviceName}`}</title>
      <ErrorSummary errors={state.errors} />
      <h1>Set up two-step sign-in</h1>
      {required ? (
        <p>
          Admins sign in with a code from an app on their phone as well as their
          password, so a guessed or stolen password is not enough. Set it up now
          to finish signing in.
        </p>
      ) : null}
      <p>
        You will need an authenticator app on your phone, such as Microsoft
        Authenticator (which NHSmail uses) or Google Authenticator.
      </p>
      <h2>1. Add this catalogue to your app</h2>
      <p>Scan this QR code with the app.</p>
      <div
        className="app-qr-code"
        role="img"
        aria-label="QR code for your authenticator app"
        dangerouslySetInnerHTML={{ __html: state.qrCode ?? qrCode }}
      />
      <p>
        If you cannot scan it, add an account by key in the app and type this
        key:
      </p>
      <p className="app-secret-key">
        <code data-testid="two-step-key">
          {key.match(/.{1,4}/g)!.join(" ")}
        </code>
      </p>
      <h2>2. Enter the code the app shows</h2>
      <form action={formAction} noValidate>
        <input type="hidden" name="secret" value={key} />
        <SecurityCodeInput
          hint="6 digits, like 123456"
          error={state.errors[0]?.message}
          digitsOnly
        />
        <button
          className="nhsuk-button"
          data-module="nhsuk-button"
          type="submit"
        >
          Turn on two-step sign-in
        </button>
      </form>
    </>
  );
}
