import { NextResponse, type NextRequest } from "next/server";
import { findExampleRoute } from "@/db/examples";

/**
 * A withdrawn example's address answers 410 Gone (a page cannot set that status itself); the
 * page still renders, saying the example was withdrawn and offering search.
 */
export async function proxy(request: NextRequest) {
  const slug = decodeURIComponent(request.nextUrl.pathname.split("/")[2] ?? "");
  const route = await findExampleRoute(slug);
  if (route.kind === "withdrawn") {
    return NextResponse.rewrite(request.nextUrl, { status: 410 });
  }
  return NextResponse.next();
}

export const config = { matcher: ["/examples/:slug"] };
