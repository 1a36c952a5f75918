import type { Panel } from "@/lib/checks/check-types";

/** The five panels of a system page, in the order an officer reads them. */
export interface PanelInfo {
  id: Panel;
  label: string;
  /** What the panel answers, in one line. */
  question: string;
}

export const PANELS: readonly PanelInfo[] = [
  { id: "ftp", label: "FTP", question: "Is FTP running, does it come back on its own, and who guards it?" },
  { id: "smtp", label: "SMTP relay", question: "Can anyone send mail through this system?" },
  { id: "connections", label: "Connections", question: "Who is connected right now, and from where?" },
  { id: "spool", label: "Spooled files", question: "Who can read the reports on each output queue?" },
  { id: "remote", label: "Remote access", question: "Do sign-ons and web traffic cross the network in clear text?" },
];

const PANEL_IDS = PANELS.map((panel) => panel.id);

export function isPanel(value: unknown): value is Panel {
  return typeof value === "string" && (PANEL_IDS as readonly string[]).includes(value);
}

export function panelLabel(panel: string): string {
  return PANELS.find((entry) => entry.id === panel)?.label ?? panel;
}
