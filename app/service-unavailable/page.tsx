import type { Metadata } from "next";
import { NoticePage } from "@/components/notice-page";

export const metadata: Metadata = {
  title: "Sorry, the service is unavailable",
  robots: { index: false },
};

/**
 * What server.mjs answers, with 503 and Retry-After, for a page it has not kept while the
 * database cannot be reached. Rendered once when the server starts, so it needs nothing from the
 * database.
 */
export default function ServiceUnavailable() {
  return (
    <NoticePage
      heading="Sorry, the service is unavailable"
      back={{ href: "/", text: "Go to the homepage" }}
    >
      <p>You will be able to use the service again soon.</p>
      <p>
        Try again in a few minutes. Pages you opened recently may still work.
      </p>
      <p>
        If you were sending a form, it has not been sent. Go back to the form to
        send it again: your answers should still be there.
      </p>
    </NoticePage>
  );
}
