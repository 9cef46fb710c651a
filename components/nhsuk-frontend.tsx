"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

/** Starts NHS.UK frontend's JavaScript (header menu, skip link, buttons) after each navigation. */
export function NhsukFrontend() {
  const pathname = usePathname();
  useEffect(() => {
    void import("nhsuk-frontend").then(({ initAll }) =>
      initAll({
        onError(error) {
          // Components already started on an earlier navigation refuse a second start.
          if (error instanceof Error && error.name === "InitError") return;
          console.error(error);
        },
      }),
    );
  }, [pathname]);
  return null;
}
