import type { Metadata } from "next";
import { NoticePage } from "@/components/notice-page";

export const metadata: Metadata = { title: "Emails stopped" };

export default function UnsubscribedPage() {
  return (
    <NoticePage heading="Emails stopped">
      <p>
        You will not get any more emails from this alert. We have deleted your
        email address from it.
      </p>
    </NoticePage>
  );
}
