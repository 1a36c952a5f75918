/** Messages between SqlEngine (main thread) and its engine workers. */
import type { ClOutcome, SystemSqlSnapshot } from "./types";

export type ToWorker =
  | { type: "load"; id: number; systemId: string; snapshot: SystemSqlSnapshot }
  | { type: "drop"; id: number; systemId: string }
  | {
      type: "job";
      id: number;
      systemId: string;
      stdin: string;
      currentUser: string;
      serverName: string;
      now?: Date;
      canRunCl: boolean;
    }
  | { type: "cl-result"; id: number; outcome: ClOutcome }
  | { type: "cl-failed"; id: number; message: string }
  | { type: "close"; id: number };

export type FromWorker =
  | { type: "ready" }
  | { type: "start-failed"; message: string }
  | { type: "done"; id: number; result?: { stdout: string; exitCode: number } }
  | { type: "failed"; id: number; message: string }
  /** A job asks the main thread to run a CL command; answered with cl-result or cl-failed. */
  | { type: "cl"; id: number; command: string };

export interface WorkerStartData {
  templateFile: string;
}
