/** QSYS2.ACTIVE_JOB_INFO rows: one per active job, numbered as IBM numbers them. */
import type { RowOf } from "@/simulator/sql/catalog";
import { qualifiedJobName, type ActiveJob } from "../jobs";
import type { JobType } from "../server-catalog";
import { systemTimestamp, type DeriveContext } from "./derive-context";

const ENHANCED_TYPE: Record<JobType, string> = {
  ASJ: "AUTOSTART",
  BCH: "BATCH",
  BCI: "BATCH_IMMEDIATE",
  INT: "INTERACTIVE",
  PJ: "PRESTART",
  SBS: "SUBSYSTEM",
  SYS: "SYSTEM",
};

const POOL: Record<JobType, string> = { ASJ: "*BASE", BCH: "*BASE", BCI: "*BASE", INT: "*INTERACT", PJ: "*BASE", SBS: "*BASE", SYS: "*MACHINE" };

function functionType(job: ActiveJob): string | null {
  if (!job.function) return null;
  return job.type === "INT" ? "MNU" : "PGM";
}

export function activeJobRows(context: DeriveContext): RowOf<"QSYS2.ACTIVE_JOB_INFO">[] {
  return context.jobs.map((job, index) => {
    const ageSeconds = Math.max(0, (context.now.getTime() - job.enteredAt.getTime()) / 1000);
    return {
      ORDINAL_POSITION: index + 1,
      JOB_NAME: qualifiedJobName(job),
      JOB_NAME_SHORT: job.name,
      JOB_USER: job.user,
      JOB_NUMBER: String(job.number).padStart(6, "0"),
      SUBSYSTEM: job.subsystem,
      SUBSYSTEM_LIBRARY_NAME: job.subsystem ? "QSYS" : null,
      AUTHORIZATION_NAME: job.currentUser,
      JOB_TYPE: job.type,
      FUNCTION_TYPE: functionType(job),
      FUNCTION: job.function || null,
      JOB_STATUS: job.status,
      MEMORY_POOL: POOL[job.type],
      RUN_PRIORITY: job.type === "INT" ? 20 : job.type === "SYS" ? 0 : 25,
      THREAD_COUNT: job.type === "SYS" ? 1 : job.serverType ? 2 : 1,
      TEMPORARY_STORAGE: 4 + (job.number % 37),
      // Work grows with age; the numbers only need to look plausible and stay stable.
      CPU_TIME: Math.floor(ageSeconds * 0.4) + (job.number % 900),
      TOTAL_DISK_IO_COUNT: Math.floor(ageSeconds / 3) + (job.number % 400),
      ELAPSED_INTERACTION_COUNT: 0,
      ELAPSED_TOTAL_RESPONSE_TIME: 0,
      ELAPSED_TOTAL_DISK_IO_COUNT: 0,
      ELAPSED_CPU_PERCENTAGE: 0,
      ELAPSED_CPU_TIME: 0,
      ELAPSED_TIME: 0,
      JOB_END_REASON: null,
      SERVER_TYPE: job.serverType,
      JOB_TYPE_ENHANCED: ENHANCED_TYPE[job.type],
      JOB_DESCRIPTION: job.type === "SYS" || job.type === "SBS" ? null : job.type === "INT" ? "QDFTJOBD" : "QDFTSVR",
      JOB_DESCRIPTION_LIBRARY: job.type === "SYS" || job.type === "SBS" ? null : job.type === "INT" ? "QGPL" : "QSYS",
      JOB_ENTERED_SYSTEM_TIME: systemTimestamp(context, job.enteredAt),
      JOB_ACTIVE_TIME: systemTimestamp(context, job.enteredAt),
      QTEMP_SIZE: 0,
      OPEN_FILES: job.type === "SYS" ? 0 : 3 + (job.number % 11),
      SQL_STATEMENT_TEXT: null,
      CLIENT_WRKSTNNAME: null,
      CLIENT_APPLNAME: null,
      CLIENT_USERID: null,
      CLIENT_IP_ADDRESS: job.client?.address ?? null,
      CLIENT_PORT_NUMBER: job.client?.port ?? null,
    };
  });
}
