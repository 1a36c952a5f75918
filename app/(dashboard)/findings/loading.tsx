import { LoadingStatus, Skeleton, SkeletonRows } from "@/components/ui/skeleton";

export default function FindingsLoading() {
  return (
    <LoadingStatus label="Loading findings…">
      <div className="space-y-4">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-20 w-full" />
        <SkeletonRows rows={8} />
      </div>
    </LoadingStatus>
  );
}
