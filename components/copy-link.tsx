"use client";

import { useEffect, useState } from "react";

/**
 * A permanent link, with a "Copy link" button once JavaScript runs. Without
 * JavaScript the link itself is there to copy.
 */
export function CopyLink({
  url,
  label = "Link to this example",
}: {
  url: string;
  label?: string;
}) {
  const [canCopy, setCanCopy] = useState(false);
  const [message, setMessage] = useState("");
  useEffect(() => {
    // Only offer the button where the browser lets a page write to the clipboard.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- depends on the browser, known only after mounting
    setCanCopy(
      typeof navigator !== "undefined" && Boolean(navigator.clipboard),
    );
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setMessage("Link copied");
    } catch {
      setMessage(
        "Your browser did not allow copying. Select the link and copy it instead.",
      );
    }
  }

  return (
    <div className="app-copy-link">
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
        {label}: <a href={url}>{url}</a>
      </p>
      {canCopy ? (
        <button
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          type="button"
          onClick={copy}
        >
          Copy link
        </button>
      ) : null}
      <p className="nhsuk-body-s app-copy-link__status" role="status">
        {message}
      </p>
    </div>
  );
}
