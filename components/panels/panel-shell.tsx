import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/field";
import type { Panel } from "@/lib/checks/check-types";
import type { ObservationKind } from "@/lib/dashboard/latest-observations";
import type { PanelData } from "@/lib/dashboard/panel-data";
import { PANELS } from "@/lib/dashboard/panels";
import { CheckList } from "./check-list";
import { PanelFindings } from "./panel-findings";

/** The frame every panel shares: its question, when it was read, its facts, its findings, its checks. */
export function PanelShell<K extends ObservationKind>({
  panel,
  systemId,
  data,
  collected,
  policyError,
  now,
  canRemediate,
  children,
}: {
  panel: Panel;
  systemId: string;
  data: PanelData<K>;
  /** When the panel's values were read; a live panel shows it inside its own content instead. */
  collected?: ReactNode;
  /** Why the system's policy cannot be read: every panel judges against it, so every panel says so. */
  policyError: string | null;
  now: Date;
  canRemediate: boolean;
  children: ReactNode;
}) {
  const info = PANELS.find((entry) => entry.id === panel)!;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h2 className="text-lg font-semibold">{info.question}</h2>
        {collected}
        <FormError message={policyError} />
      </div>
      {children}
      <Card title={`Findings (${data.findings.length})`}>
        <PanelFindings findings={data.findings} systemId={systemId} panel={panel} now={now} canRemediate={canRemediate} />
      </Card>
      <Card title="Checks">
        <CheckList checks={data.checks} />
      </Card>
    </div>
  );
}
