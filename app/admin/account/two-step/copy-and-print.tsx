"use client";

import { useEffect, useState } from "react";

/**
 * "Copy" and "Print" for a key or codes shown once, as buttons once JavaScript runs (and only
 * "Copy" where the browser lets a page write to the clipboard). Without JavaScript the text is
 * there to select, and the browser's own Print prints the page.
 */
export function CopyAndPrint({ text, what }: { text: string; what: string }) {
  const [ready, setReady] = useState({ copy: false, print: false });
  const [message, setMessage] = useState("");
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- depends on the browser, known only after mounting
    setReady({
      copy: Boolean(navigator.clipboard),
      print: typeof window.print === "function",
    });
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(`${what} copied`);
    } catch {
      setMessage(
        "Your browser did not allow copying. Select the text and copy it instead.",
      );
    }
  }

  return (
    <div className="app-copy-and-print app-no-print">
      {ready.copy ? (
        <button
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          type="button"
          onClick={copy}
        >
          Copy<span className="nhsuk-u-visually-hidden"> {what}</span>
        </button>
      ) : null}
      {ready.print ? (
        <button
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          type="button"
          onClick={() => window.print()}
        >
          Print<span className="nhsuk-u-visually-hidden"> {what}</span>
        </button>
      ) : null}
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-0" role="status">
        {message}
      </p>
    </div>
  );
}
