/**
 * Faults switchable per system at run time (control API, Simulator.setFaults). They are not part
 * of the persisted state, except that the sshd-path fault is a state condition (where the running
 * daemon was started from), which STRTCPSVR SERVER(*SSHD) cures as on a real system.
 */
import { z } from "zod";
import { ZSpecialAuthority } from "@/simulator/state/schema";

export const ZFaults = z
  .object({
    /** Added delay, in milliseconds, before each reply (authentication and every exec). */
    latencyMs: z.number().int().min(0).max(120_000),
    /** The command runs, then the connection drops before its output and exit status arrive. */
    disconnectMidCommand: z.boolean(),
    /** Exec channels open and then never answer (the command does not run). */
    hangCommand: z.boolean(),
    /** The profile's configured password stops working (public keys still do). */
    wrongPassword: z.boolean(),
    /** The server presents a different host key. */
    hostKeyChanged: z.boolean(),
    /** Text a noisy login profile prints before every command's output. */
    loginBanner: z.string().max(4096),
    /** sshd runs from /QOpenSys/usr/sbin/sshd: QZDFMDB2 answers only "DB2>" (facts §1.1). */
    sshdWrongPath: z.boolean(),
    /** One special authority the service profile loses. */
    missingSpecialAuthority: ZSpecialAuthority,
    /** SQL services hidden as if the release or PTF level lacked them, e.g. "QSYS2.NETSTAT_JOB_INFO". */
    missingServices: z.array(z.string().regex(/^[A-Z0-9_]+\.[A-Z0-9_]+$/)),
  })
  .partial()
  .strict();
export type TFaults = z.infer<typeof ZFaults>;
