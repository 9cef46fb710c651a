"use client";

import Link from "@/components/link";
import { useEffect, useState } from "react";
import type { SimilarExample } from "@/db/search";

const typingDelay = 500;

/**
 * "Is your work like one of these?" on the submission form: examples like the title and summary
 * so far. The server sends them when it shows the form again; with JavaScript they follow the
 * typing.
 */
export function SimilarExamples({
  initial,
  title,
  summary,
}: {
  /** What the server found for the answers it was sent. */
  initial: SimilarExample[];
  /** The answers as they are now, while the person types; undefined until they type. */
  title?: string;
  summary?: string;
}) {
  const [examples, setExamples] = useState(initial);
  const [seenInitial, setSeenInitial] = useState(initial);
  if (initial !== seenInitial) {
    setSeenInitial(initial);
    setExamples(initial);
  }

  useEffect(() => {
    if (title === undefined) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      if (title.trim().length < 3) return setExamples([]);
      const query = new URLSearchParams({ title, summary: summary ?? "" });
      try {
        const response = await fetch(`/api/similar?${query}`, {
          signal: controller.signal,
        });
        if (response.ok)
          setExamples(
            ((await response.json()) as { examples: SimilarExample[] })
              .examples,
          );
      } catch {
        // Typing on, or offline: keep what is shown.
      }
    }, typingDelay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [title, summary]);

  return (
    <div aria-live="polite">
      {examples.length > 0 ? (
        <div className="nhsuk-inset-text app-similar">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <h3 className="nhsuk-heading-s">Is your work like one of these?</h3>
          <p>
            If your team tried one of these ideas, tell us you tried it instead.
            Reports of trying an example help others more than a second copy of
            it.
          </p>
          <ul className="nhsuk-list">
            {examples.map((example) => (
              <li key={example.reference}>
                <Link href={example.url}>{example.title}</Link>
                <br />
                <Link
                  className="nhsuk-body-s"
                  href={`/examples/${example.slug}/tried`}
                >
                  We tried this too
                  <span className="nhsuk-u-visually-hidden">
                    : {example.title}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
