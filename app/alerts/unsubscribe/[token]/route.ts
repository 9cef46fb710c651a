import { logger } from "@/app/logger";
import { seeOther } from "@/app/public-response";
import { unsubscribe } from "@/db/mail";
import { isTokenShaped } from "@/db/options";

type Context = { params: Promise<{ token: string }> };

/**
 * One-click unsubscribe (RFC 8058): a mail program POSTs `List-Unsubscribe=One-Click` to the
 * address in an alert's List-Unsubscribe header, and the alert stops. Answered the same whether
 * or not the token was known, so it tells nobody anything.
 */
export async function POST(_request: Request, { params }: Context) {
  const { token } = await params;
  if (await unsubscribe(token))
    logger.info({ event: "alert.stopped", how: "one-click" }, "Alert stopped");
  return new Response("You will not get any more emails from this alert.\n", {
    status: 200,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

/**
 * A person who opens the address instead: the page where they can stop it with a button. The
 * redirect is relative, so it leads to this site whatever address the request came in on.
 */
export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  return seeOther(
    isTokenShaped(token)
      ? `/alerts/manage/${token}`
      : "/alerts/manage/not-valid",
  );
}
