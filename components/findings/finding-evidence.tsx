import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { evidenceColumns } from "@/lib/dashboard/evidence-columns";
import type { FindingEvidenceView } from "@/lib/dashboard/findings";

const CONFIDENCE_TONE = { high: "good", medium: "warn", low: "bad" } as const;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The evidence an auditor can re-run: how it was determined, how sure, the exact SQL, and the rows it returned. */
export function FindingEvidence({ evidence }: { evidence: FindingEvidenceView }) {
  const columns = evidenceColumns(evidence.rows, evidence.statements);
  return (
    <div className="space-y-4 text-sm">
      <p>
        <span className="font-medium">Determined by:</span> {evidence.determinedBy || "—"}{" "}
        <Badge tone={CONFIDENCE_TONE[evidence.confidence]}>{evidence.confidence} confidence</Badge>
      </p>
      <div className="space-y-2">
        <h3 className="font-medium">Statements run (one QZDFMDB2 batch over SSH)</h3>
        {evidence.statements.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">This finding rests on the history of earlier scans, not on one statement.</p>
        ) : (
          evidence.statements.map((statement) => (
            <figure key={statement.id}>
              <figcaption className="text-xs text-slate-600 dark:text-slate-400">
                <span className="font-mono">{statement.id}</span> · reads {statement.object}
              </figcaption>
              <pre className="mt-1 overflow-x-auto rounded-md bg-slate-100 p-3 font-mono text-xs whitespace-pre-wrap text-slate-900 dark:bg-slate-800 dark:text-slate-100">{statement.sql}</pre>
            </figure>
          ))
        )}
      </div>
      <div className="space-y-2">
        <h3 className="font-medium">Rows it returned ({evidence.rows.length})</h3>
        {evidence.rows.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">No rows: the finding is about something that was not there (a missing exit program, no listener).</p>
        ) : (
          <Table caption="Evidence rows">
            <thead>
              <tr>
                {columns.map((column) => (
                  <Th key={column} className="font-mono normal-case">
                    {column}
                  </Th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 font-mono text-xs dark:divide-slate-800">
              {evidence.rows.map((row, index) => (
                <tr key={index}>
                  {columns.map((column) => (
                    <Td key={column}>{cellText(row[column])}</Td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </div>
    </div>
  );
}
