"use client";

import { PageError } from "@/components/ui/page-error";

export default function SystemError({ reset }: { error: Error; reset: () => void }) {
  return <PageError what="This system page" reset={reset} />;
}
