import type { ReactNode } from "react";

/**
 * The button a page opened from an emailed link shows: it posts the link's token (and `answer`,
 * where there is a choice) to `action`. A button rather than the link doing it, because mail
 * scanners open links by themselves.
 */
export function LinkButton({
  action,
  token,
  answer,
  look,
  children,
}: {
  action: (form: FormData) => Promise<void>;
  token: string;
  answer?: string;
  look?: "secondary" | "warning";
  children: ReactNode;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="token" value={token} />
      {answer ? <input type="hidden" name="answer" value={answer} /> : null}
      <button
        className={`nhsuk-button${look ? ` nhsuk-button--${look}` : ""}`}
        data-module="nhsuk-button"
        type="submit"
      >
        {children}
      </button>
    </form>
  );
}
