import type { Metadata } from "next";
import { AlertStopped } from "../alert-stopped";

export const metadata: Metadata = { title: "Emails stopped" };

export default function UnsubscribedPage() {
  return <AlertStopped />;
}
