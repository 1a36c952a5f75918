import { Badge } from "@/components/ui/badge";
import type { KnownSetting } from "@/lib/checks/unreadable-setting";

/**
 * A setting IBM gives no way to read (CHGFTPA ALWSSL, CHGSMTPA ALWRLY): the best knowledge
 * there is, and exactly where it comes from, never presented as a reading of the system.
 */
export function KnownSettingText({ known, tone, meaning, unknownText }: { known: KnownSetting | null; tone: "good" | "warn" | "critical"; meaning: string; unknownText: string }) {
  if (known === null) {
    return (
      <span>
        <Badge>Unknown</Badge> <span className="text-slate-700 dark:text-slate-300">{unknownText}</span>
      </span>
    );
  }
  return (
    <span>
      <Badge tone={tone}>{known.value}</Badge> <span className="font-medium">{meaning}</span>
      <span className="block text-xs text-slate-600 dark:text-slate-400">
        Not read from the system (IBM offers no way to): {known.determinedBy}; {known.confidence} confidence. Someone may have changed it since.
      </span>
    </span>
  );
}
