// The one place Next's Link is used as it is; everything else imports this.
// eslint-disable-next-line no-restricted-imports
import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * Next's `<Link>` (client-side navigation), without prefetching: every page here is rendered per
 * request, so each link a page shows would otherwise cost the server a render of its target
 * before anyone follows it (10 to 22 for one page view), none of them from the HTML cache.
 * Following a link fetches its page then. Decision 63.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
