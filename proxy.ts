import { NextResponse, type NextRequest } from "next/server";
import { clientAddress, minutesUntilAllowed } from "@/app/rate-limits";
import {
  contentSecurityPolicy,
  freshNonce,
  securityHeaders,
} from "@/app/security-headers";
import { fallbackPages } from "@/server/html-cache.mjs";
import { malformedAddressHeader } from "@/server/request-checks.mjs";
import { cookieName, moderatorForSessionCookie } from "@/app/admin/session";
import { findExampleRoute, findSlugByReference } from "@/db/catalogue";
import { submissionExists } from "@/db/moderation";
import { canBeClaimed, getClaimForReview, reportExists } from "@/db/moderation";
import { getThemeBySlug } from "@/db/catalogue";
import {
  findContactableWork,
  findForwardingStop,
  findReviewQuestion,
  findSubscription,
  getMessage,
  isStoppedAlertLink,
} from "@/db/mail";

/**
 * Sets the status of pages that cannot set it themselves (see `statusFor`), with the security
 * headers and a fresh nonce that Next.js (reading the request's Content-Security-Policy) puts on
 * its scripts and the layout on ours. A page server.mjs will keep in its HTML cache is rendered
 * with that server's secret placeholder instead, which it replaces with a fresh nonce in every
 * response (server/html-cache.mjs). Everywhere else server.mjs gives the nonce and the headers
 * itself; it also marks page addresses that cannot be decoded, which this answers.
 */
export async function proxy(request: NextRequest) {
  const nonce = request.headers.get(placeholderHeader) ?? freshNonce();
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  const policy = contentSecurityPolicy(nonce);
  requestHeaders.set("Content-Security-Policy", policy);

  const init = { request: { headers: requestHeaders } };
  // An address that cannot be decoded names nothing here: server.mjs marks it, and it gets Next's
  // own "page not found" page (the route could not even read its parameters).
  if (request.headers.has(malformedAddressHeader))
    return withSecurityHeaders(
      NextResponse.rewrite(new URL("/_not-found", request.url), {
        ...init,
        status: 404,
      }),
      policy,
    );
  // While the database cannot be reached a page's status cannot be known: the page renders (and
  // fails, which server.mjs answers with 503), and a form's action says the service is unavailable.
  const status = await statusFor(request).catch(() => 200);
  return withSecurityHeaders(
    status === 200
      ? NextResponse.next(init)
      : NextResponse.rewrite(request.nextUrl, { ...init, status }),
    policy,
  );
}

function withSecurityHeaders(response: NextResponse, policy: string) {
  for (const [name, value] of Object.entries(securityHeaders(policy)))
    response.headers.set(name, value);
  return response;
}

const fallbackPaths = Object.values(fallbackPages);

// Set by server.mjs on the requests it may cache, and removed from every other request there.
const placeholderHeader = "x-nonce-placeholder";

/**
 * The status of pages that cannot set it themselves: 410 Gone at a withdrawn example's address,
 * 404 for an unknown example, theme, reference or alert link, and 429 for a client that has sent
 * too many submissions or messages. The pages render the matching content; this only changes the
 * status line.
 */
async function statusFor(request: NextRequest): Promise<number> {
  // The pages server.mjs answers with when it is busy or the database cannot be reached.
  if (fallbackPaths.includes(request.nextUrl.pathname)) return 503;
  if (request.nextUrl.pathname === "/submit/too-many") {
    const limited = await minutesUntilAllowed(
      "submission",
      clientAddress(request.headers),
    );
    return limited === null ? 200 : 429;
  }
  const adminReview =
    /^\/admin\/(examples|reports|claims|email)\/([^/]+)$/.exec(
      request.nextUrl.pathname,
    );
  if (adminReview)
    return reviewPageStatus(
      request,
      {
        examples: submissionExists,
        reports: reportExists,
        claims: async (reference: string) =>
          (await getClaimForReview(reference)) !== null,
        email: async (id: string) =>
          /^\d{1,12}$/.test(id) && (await getMessage(Number(id))) !== null,
      }[adminReview[1] as "examples" | "reports" | "claims" | "email"],
      adminReview[2] as string,
    );
  // An alert's link whose token is unknown, expired or stopped.
  const alertLink = /^\/alerts\/(confirm|manage)\/([^/]+)$/.exec(
    request.nextUrl.pathname,
  );
  if (alertLink) {
    const token = decodeURIComponent(alertLink[2]!);
    const alert = await findSubscription(token);
    // Managing is for a confirmed alert; confirming, for any still in its 7 days. A stopped
    // alert's manage link says that it has stopped.
    if (alert && (alertLink[1] === "confirm" || alert.confirmedAt)) return 200;
    return alertLink[1] === "manage" && (await isStoppedAlertLink(token))
      ? 200
      : 404;
  }
  // A forwarded message's "stop" link that is unknown or past its 13 months.
  const stopLink = /^\/contact\/stop\/([^/]+)$/.exec(request.nextUrl.pathname);
  if (stopLink)
    return (await findForwardingStop(decodeURIComponent(stopLink[1]!)))
      ? 200
      : 404;
  // A review question's link once it is used, passed to a moderator, or never was.
  const reviewLink = /^\/reviews\/([^/]+)$/.exec(request.nextUrl.pathname);
  if (reviewLink && reviewLink[1] !== "thank-you")
    return (await findReviewQuestion(decodeURIComponent(reviewLink[1]!)))
      ? 200
      : 404;
  const [, section, rawKey, ...rest] = request.nextUrl.pathname.split("/");
  const subpage = section === "examples" ? rest.join("/") : "";
  if (subpage === "contact/too-many") return 429;
  // "We tried this too", "Contact the team" and a claim are only for a published example.
  const formFor =
    subpage === "tried" || subpage === "contact" || subpage === "claim";
  if (
    !rawKey ||
    (rest.length > 0 && !formFor) ||
    !["examples", "themes", "e"].includes(section ?? "")
  )
    return 200;
  const key = decodeURIComponent(rawKey);
  if (section === "examples") {
    const route = await findExampleRoute(key);
    if (route.kind === "withdrawn") return formFor ? 404 : 410;
    if (route.kind === "missing") return 404;
    // Only a team that agreed to be contacted has a contact form. An example's page that says
    // its team cannot be contacted is a page (200); a report's that cannot be is not found.
    const report = request.nextUrl.searchParams.get("report");
    if (
      subpage === "contact" &&
      route.kind === "published" &&
      report !== null &&
      !(await findContactableWork({
        exampleSlug: route.example.slug,
        reportReference: report,
      }))
    )
      return 404;
    // Only an example that names no team can be claimed.
    if (
      subpage === "claim" &&
      route.kind === "published" &&
      !canBeClaimed(route.example)
    )
      return 404;
  } else if (section === "themes") {
    if (!(await getThemeBySlug(key))) return 404;
  } else if (section === "e") {
    if (!(await findSlugByReference(key))) return 404;
  }
  return 200;
}

/**
 * 404 for a review page whose reference is unknown, for a signed-in moderator. Anyone else is sent
 * to sign in by the page, whatever the reference, so the status tells them nothing.
 */
async function reviewPageStatus(
  request: NextRequest,
  exists: (reference: string) => Promise<boolean>,
  rawReference: string,
): Promise<number> {
  if (
    !(await moderatorForSessionCookie(request.cookies.get(cookieName)?.value))
  )
    return 200;
  const reference = decodeURIComponent(rawReference).toUpperCase();
  return (await exists(reference)) ? 200 : 404;
}

// Only the addresses `statusFor` has something to say about, and those server.mjs marks as
// undecodable: running this costs a page about a third of its render (Next's adapter, whatever
// the function does), and server.mjs gives every other response its nonce and headers. Under
// `next dev`, which has no server.mjs, pages elsewhere have no Content-Security-Policy.
export const config = {
  matcher: [
    "/examples/:path+",
    "/themes/:path+",
    "/e/:path+",
    "/alerts/:path+",
    "/reviews/:path+",
    "/contact/:path+",
    "/admin/:path+",
    "/submit/too-many",
    "/service-busy",
    "/service-unavailable",
    {
      source: "/:path*",
      has: [{ type: "header", key: "x-address-malformed" }],
    },
  ],
};
