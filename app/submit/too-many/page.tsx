import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress, minutesUntilAllowed } from "@/app/rate-limits";
import { NoticePage } from "@/components/notice-page";

export const metadata: Metadata = { title: "Too many submissions" };
export const dynamic = "force-dynamic";

/** Shown when a client has used up its submissions; proxy.ts answers it with status 429. */
export default async function TooManySubmissionsPage() {
  const minutes = await minutesUntilAllowed(
    "submission",
    clientAddress(await headers()),
  );
  if (minutes === null) redirect("/submit");
  return (
    <NoticePage heading="Too many submissions">
      <p>
        You have sent 5 examples in the last 10 minutes. Try again in {minutes}{" "}
        {minutes === 1 ? "minute" : "minutes"}.
      </p>
      <p>
        The example you just sent has not been saved. Your browser&apos;s back
        button should take you back to your answers, so you can send them again
        later.
      </p>
      <p>
        Examples you sent before this one are saved. We limit how often examples
        can be sent so that moderators are not flooded with spam.
      </p>
    </NoticePage>
  );
}
