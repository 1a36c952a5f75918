/**
 * What the runtime needs from the SQL engine (simulator/sql's SqlEngine): load a system's rows,
 * run a QZDFMDB2 batch as a profile, forget a system, shut down.
 */
import type { DerivedSnapshot } from "@/simulator/state/derive/derive-snapshot";

export interface SqlBatchContext {
  currentUser: string;
  serverName: string;
  /** CL run through CALL QSYS2.QCMDEXC inside the batch. */
  runCl?: (command: string) => Promise<{ success: boolean; messages: { id: string; text: string }[] }>;
}

export interface SqlPort {
  loadSystem(systemId: string, snapshot: DerivedSnapshot): Promise<void>;
  runQzdfmdb2(systemId: string, stdin: string, ctx: SqlBatchContext): Promise<{ stdout: string; stderr: string; exitCode: number }>;
  dropSystem(systemId: string): Promise<void>;
  close(): Promise<void>;
}
