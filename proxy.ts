import { NextResponse, type NextRequest } from "next/server";
import {
  clientAddress,
  minutesUntilAllowed,
  submissionLimiter,
} from "@/app/rate-limits";
import { findExampleRoute, findSlugByReference } from "@/db/examples";
import { getThemeBySlug } from "@/db/themes";

/**
 * Sets the status of pages that cannot set it themselves: 410 Gone at a withdrawn example's
 * address, 404 for an unknown example, theme or reference, and 429 for a client that has sent
 * too many submissions. The pages render the matching
 * content; this only changes the status line.
 */
export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === "/submit/too-many") {
    const limited = await minutesUntilAllowed(
      submissionLimiter,
      clientAddress(request.headers),
    );
    return limited === null
      ? NextResponse.next()
      : NextResponse.rewrite(request.nextUrl, { status: 429 });
  }
  const [, section, rawKey = ""] = request.nextUrl.pathname.split("/");
  let key: string;
  try {
    key = decodeURIComponent(rawKey);
  } catch {
    // A malformed address: the page could not even read its parameters.
    return NextResponse.rewrite(new URL("/_not-found", request.url), {
      status: 404,
    });
  }
  let status = 200;
  if (section === "examples") {
    const route = await findExampleRoute(key);
    if (route.kind === "withdrawn") status = 410;
    if (route.kind === "missing") status = 404;
  } else if (section === "themes") {
    if (!(await getThemeBySlug(key))) status = 404;
  } else if (section === "e") {
    if (!(await findSlugByReference(key))) status = 404;
  }
  return status === 200
    ? NextResponse.next()
    : NextResponse.rewrite(request.nextUrl, { status });
}

export const config = {
  matcher: [
    "/examples/:slug",
    "/themes/:slug",
    "/e/:reference",
    "/submit/too-many",
  ],
};
