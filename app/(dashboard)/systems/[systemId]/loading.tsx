import { LoadingStatus, Skeleton, SkeletonRows } from "@/components/ui/skeleton";

export default function PanelLoading() {
  return (
    <LoadingStatus label="Loading the panel…">
      <div className="space-y-4">
        <Skeleton className="h-6 w-96" />
        <Skeleton className="h-4 w-72" />
        <SkeletonRows rows={3} className="h-32" />
      </div>
    </LoadingStatus>
  );
}
