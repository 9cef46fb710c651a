import "server-only";
import { headers } from "next/headers";
import { noteChangeTime, renderTokenHeader } from "@/server/bridge.mjs";

/**
 * Tells server.mjs that the page being rendered will read differently from `time` on, with no
 * change to the catalogue (a review falling due): its HTML cache does not answer a kept copy of
 * the page from then. Nothing happens outside a render server.mjs may keep.
 */
export async function pageChangesAt(time: Date): Promise<void> {
  const token = (await headers()).get(renderTokenHeader);
  if (token) noteChangeTime(token, time.getTime());
}
