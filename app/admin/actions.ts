"use server";

import { redirect } from "next/navigation";
import { endSession } from "./session";

/** Ends the moderator's session and shows the sign-in page. */
export async function signOut(): Promise<void> {
  await endSession();
  redirect("/admin/sign-in");
}
