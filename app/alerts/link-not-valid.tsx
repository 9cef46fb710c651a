import { NoticePage } from "@/components/notice-page";

/** What an alert's link shows when its token is unknown, expired or stopped (status 404, from proxy.ts). */
export function AlertLinkNotValid() {
  return (
    <NoticePage heading="This link does not work">
      <p>
        The link may be out of date, or the emails it was for have been stopped.
        Links to confirm emails work for 7 days.
      </p>
      <p>
        To get emails about new examples, search for what you are interested in
        and select &lsquo;Get emails about new examples like these&rsquo;.
      </p>
    </NoticePage>
  );
}
