import Link from "@/components/link";
import { NoticePage } from "@/components/notice-page";

/** After an alert is stopped, and what its old links say from then on. */
export function AlertStopped() {
  return (
    <NoticePage heading="You have stopped these emails">
      <p>
        You will not get any more emails from this alert. We have deleted your
        email address from it.
      </p>
      <p>
        To get emails about new examples again,{" "}
        <Link href="/examples">search for what you are interested in</Link> and
        select &lsquo;Get emails about new examples like these&rsquo;.
      </p>
    </NoticePage>
  );
}
