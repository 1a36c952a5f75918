import Link from "next/link";
import { EmptyState } from "@/components/ui/card";

export default function SystemNotFound() {
  return (
    <EmptyState title="This system is not registered.">
      It may have been deleted, or the link is wrong.{" "}
      <Link href="/" className="font-medium text-indigo-700 underline dark:text-indigo-300">
        Back to the fleet
      </Link>
    </EmptyState>
  );
}
