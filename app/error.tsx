"use client";

import { useEffect } from "react";
import { ServiceProblem } from "@/components/service-problem";

export default function ErrorPage({
  error,
}: {
  error: Error & { digest?: string };
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return <ServiceProblem digest={error.digest} />;
}
