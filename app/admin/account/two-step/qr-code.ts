import "server-only";
import QRCode from "qrcode";
import { secondFactorUri } from "@/db/accounts";

/** The QR code an authenticator app scans: SVG drawn on the server, no script, no styles. */
export function qrCodeFor(secret: string, email: string): Promise<string> {
  return QRCode.toString(secondFactorUri(secret, email), {
    type: "svg",
    margin: 2,
    errorCorrectionLevel: "M",
  });
}
