import type { Metadata } from "next";
import { NoticePage } from "@/components/notice-page";

export const metadata: Metadata = {
  title: "Sorry, the service is busy",
  robots: { index: false },
};

/**
 * What server.mjs answers, with 503 and Retry-After, when more people ask at once than it can
 * serve. Rendered once when the server starts, so it needs nothing from the database.
 */
export default function ServiceBusy() {
  return (
    <NoticePage
      heading="Sorry, the service is busy"
      back={{ href: "/", text: "Go to the homepage" }}
    >
      <p>Too many people are using the service at the moment.</p>
      <p>Try again in a few seconds.</p>
      <p>
        If you were sending a form, it has not been sent. Go back to the form to
        send it again: your answers should still be there.
      </p>
    </NoticePage>
  );
}
