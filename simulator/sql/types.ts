/** Public types of the simulator's SQL engine (re-exported by sql-engine.ts). */

export type SqlValue = string | number | null | Date;
export type SqlRow = Record<string, SqlValue>;

export interface Db2ErrorAnswer {
  sqlstate: string;
  nativeError: number;
  message: string;
}

export interface SystemSqlSnapshot {
  /** Rows per object key, e.g. "QSYS2.NETSTAT_INFO". Only objects listed in `available` exist. */
  tables: Record<string, SqlRow[]>;
  /** Members of multi-member files: "QUSRSYS.QATMADRLST" → member name → rows. */
  members: Record<string, Record<string, SqlRow[]>>;
  /** IFS text files readable through QSYS2.IFS_READ: path → content. */
  files: Record<string, string>;
  /** Object keys that exist on this system (release/PTF level); others answer SQLSTATE 42704. */
  available: string[];
  /** Objects the signed-on profile may not use: referencing one raises this error. */
  denied: Record<string, Db2ErrorAnswer>;
}

export interface ClOutcome {
  success: boolean;
  messages: { id: string; text: string }[];
}

export interface BatchContext {
  /** CURRENT USER / USER / SESSION_USER */
  currentUser: string;
  /** CURRENT SERVER */
  serverName: string;
  /** Runs a CL command for CALL QSYS2.QCMDEXC('...'); statements after it must see its effects. */
  runCl?: (command: string) => Promise<ClOutcome>;
  /**
   * CURRENT TIMESTAMP for every statement of the batch (its UTC wall-clock time is the system's
   * local time, like Date values in snapshots). Default: the real time at each statement.
   */
  now?: Date;
}

export interface QzdfmdbResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}
