"use client";

import { PageError } from "@/components/ui/page-error";

export default function FindingsError({ reset }: { error: Error; reset: () => void }) {
  return <PageError what="The findings" reset={reset} />;
}
