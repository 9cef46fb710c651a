"use client";

import Link from "@/components/link";
import { FormHeader } from "@/app/forms/form-header";
import { useFormReply } from "@/app/forms/use-form-reply";
import { SecurityCodeInput } from "../../security-code-input";
import { serviceName } from "@/components/site-header";
import {
  finishSettingUp,
  setUpTwoStepToSignIn,
} from "../../sign-in/set-up/actions";
import { turnOnTwoStep } from "./actions";
import { CopyAndPrint } from "./copy-and-print";

/**
 * Scan or type the key, then the code the app shows. After a failed attempt the same key stays
 * (from the action's answer), so the entry already in the app still works.
 */
export function TurnOnForm({
  secret,
  qrCode,
  signingInTo,
  alreadyOn = false,
}: {
  secret: string;
  qrCode: string;
  /** It was turned on already: by this form (whose answer shows the codes) or before. */
  alreadyOn?: boolean;
  /**
   * Set for an admin part-way through signing in, who must set it up: where they go once it is
   * on. Otherwise it is the signed-in person's own choice, from Your account.
   */
  signingInTo?: string;
}) {
  // Each action is imported here, not passed in, so a plain form post without JavaScript finds it.
  const { reply: state, formProps } = useFormReply(
    signingInTo === undefined ? turnOnTwoStep : setUpTwoStepToSignIn,
  );
  if (state?.recoveryCodes)
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
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
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
          <CopyAndPrint
            text={state.recoveryCodes.join("\n")}
            what="recovery codes"
          />
        </div>
        <p className="app-no-print">
          To keep them on paper, print this page: it prints without the buttons.
        </p>
        <GoOn
          signingInTo={signingInTo}
          label="I have saved my recovery codes"
        />
      </>
    );
  if (alreadyOn)
    return (
      <>
        <title>{`Two-step sign-in is on – ${serviceName}`}</title>
        <h1>Two-step sign-in is on</h1>
        <GoOn signingInTo={signingInTo} label="Continue" />
      </>
    );
  const key = state?.secret ?? secret;
  return (
    <>
      <FormHeader reply={state} title="Set up two-step sign-in" />
      <h1>Set up two-step sign-in</h1>
      {signingInTo !== undefined ? (
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
        dangerouslySetInnerHTML={{ __html: state?.qrCode ?? qrCode }}
      />
      <p>
        If you cannot scan it, add an account by key in the app and type this
        key:
      </p>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p className="app-secret-key">
          <code data-testid="two-step-key">
            {key.match(/.{1,4}/g)!.join(" ")}
          </code>
        </p>
        <CopyAndPrint text={key} what="key" />
      </div>
      <h2>2. Enter the code the app shows</h2>
      <form {...formProps}>
        <input type="hidden" name="secret" value={key} />
        <SecurityCodeInput
          hint="6 digits, like 123456"
          reply={state}
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

/** On to Your account, or (while signing in) finish signing in and go where they were going. */
function GoOn({ signingInTo, label }: { signingInTo?: string; label: string }) {
  if (signingInTo === undefined)
    return (
      <p>
        <Link href="/admin/account">{label}</Link>
      </p>
    );
  return (
    <form action={finishSettingUp}>
      <input type="hidden" name="returnTo" value={signingInTo} />
      <button className="nhsuk-button" data-module="nhsuk-button" type="submit">
        {label}
      </button>
    </form>
  );
}
