import type { Db } from "@/lib/db/client";
import type { IbmiExecutor } from "@/lib/ibmi/transport/types";

/** What the engine needs from the outside; tests pass their own connection and clock. */
export interface EngineDeps {
  db: Db;
  /** The system's live connection (lib/systems/connection.ts `transportFor` in the app). */
  connect(systemId: string): Promise<IbmiExecutor>;
  now(): Date;
  /**
   * Servers end asynchronously on a real system [U: how long ENDTCPSVR's jobs linger], so the
   * verify step re-reads the state up to this many times before it calls the run unverified.
   */
  verifyAttempts: number;
  verifyDelayMs: number;
}
