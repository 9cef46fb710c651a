import "server-only";
import QRCode from "qrcode";
import {
  hasSecondFactor,
  newSecondFactorKey,
  secondFactorUri,
} from "@/db/accounts";

/** The QR code an authenticator app scans: SVG drawn on the server, no script, no styles. */
export function qrCodeFor(secret: string, email: string): Promise<string> {
  return QRCode.toString(secondFactorUri(secret, email), {
    type: "svg",
    margin: 2,
    errorCorrectionLevel: "M",
  });
}

/**
 * What the "set up two-step sign-in" form starts from: a new key and its QR code, and whether it
 * is on already (after the form, which may be a plain post rendering its page again, the form
 * shows the recovery codes or a way on, never a second key).
 */
export async function startTwoStep(moderator: { id: number; email: string }) {
  const secret = newSecondFactorKey();
  return {
    secret,
    qrCode: await qrCodeFor(secret, moderator.email),
    alreadyOn: await hasSecondFactor(moderator.id),
  };
}
