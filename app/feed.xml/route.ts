import { serviceName } from "@/components/site-header";
import { listPublishedExamples } from "@/db/catalogue";
import { atomResponse } from "./atom";

export const dynamic = "force-dynamic";

/** /feed.xml: the 50 newest published examples. */
export async function GET(request: Request) {
  return atomResponse({
    request,
    title: `${serviceName}: newest examples`,
    path: "/feed.xml",
    pagePath: "/examples",
    examples: await listPublishedExamples({ limit: 50 }),
  });
}
