/**
 * What every IBM i has before anyone configures it: IBM's profiles, the TCP/IP commands shipped
 * *PUBLIC *EXCLUDE, function usage IDs, system values, libraries and output queues. Scenarios
 * only describe what differs; an entry they give with the same name replaces the shipped one.
 */
import type { TSystemStateInput } from "./schema";

type Input<K extends keyof TSystemStateInput> = NonNullable<TSystemStateInput[K]>;

const SHIPPED_USERS: Input<"users"> = [
  {
    name: "QSECOFR",
    userClass: "*SECOFR",
    specialAuthorities: ["*ALLOBJ", "*AUDIT", "*IOSYSCFG", "*JOBCTL", "*SAVSYS", "*SECADM", "*SERVICE", "*SPLCTL"],
    text: "Security Officer",
  },
  { name: "QSYS", userClass: "*SECOFR", specialAuthorities: ["*ALLOBJ", "*AUDIT", "*IOSYSCFG", "*JOBCTL", "*SAVSYS", "*SECADM", "*SERVICE", "*SPLCTL"], text: "Internal System User" },
  { name: "QSYSOPR", userClass: "*SYSOPR", specialAuthorities: ["*JOBCTL", "*SAVSYS"], text: "System Operator" },
  { name: "QPGMR", userClass: "*PGMR", specialAuthorities: ["*JOBCTL", "*SAVSYS"], text: "Programmer" },
  { name: "QTCP", userClass: "*SYSOPR", specialAuthorities: ["*IOSYSCFG", "*JOBCTL"], text: "Internal TCP/IP User" },
  { name: "QUSER", text: "Work Station User" },
  { name: "QTMHHTTP", text: "HTTP Server User" },
  { name: "QSPL", specialAuthorities: ["*SPLCTL"], text: "Internal Spool User" },
];

/** STRTCPSVR, ENDTCPSVR and ENDTCPCNN ship *PUBLIC *EXCLUDE [C, facts §2.4 and §7]. */
const SHIPPED_COMMANDS: Input<"commands"> = ["STRTCPSVR", "ENDTCPSVR", "ENDTCPCNN", "CHGTCPSVR"].map((name) => ({
  name,
  authority: { owner: "QSYS", public: "*EXCLUDE", private: {} },
}));

// FTP function usage IDs are named after the exit point and an operation group (Kisco, "Controlling FTP
// with IBM i function usage"); the exact suffixes are [U], and the checks match on the prefix.
const SHIPPED_FUNCTION_USAGE: Input<"functionUsage"> = [
  { functionId: "QIBM_QTMF_SERVER_REQ_10", name: "FTP server", defaultUsage: "*ALLOWED" },
  { functionId: "QIBM_QTMF_CLIENT_REQ_10", name: "FTP client", defaultUsage: "*ALLOWED" },
  { functionId: "QIBM_QTMX_REXEC_SERVER", name: "REXEC server", defaultUsage: "*ALLOWED" },
  { functionId: "QIBM_DB_SECADM", name: "Database Security Administrator", defaultUsage: "*DENIED", allObjAuthority: "*NOTUSED" },
  { functionId: "QIBM_DB_SQLADM", name: "Database Administrator", defaultUsage: "*DENIED" },
  { functionId: "QIBM_NAV_ALL_FUNCTION", name: "IBM Navigator for i all functions", defaultUsage: "*DENIED" },
];

/** 7.6 adds the read-only TCP/IP configuration function, denied by default and not given by *ALLOBJ [C]. */
const FUNCTION_USAGE_76: Input<"functionUsage"> = [
  { functionId: "QIBM_IOSYSCFG_VIEW", name: "TCP/IP configuration - view", defaultUsage: "*DENIED", allObjAuthority: "*NOTUSED" },
];

const SHIPPED_SYSTEM_VALUES: Input<"systemValues"> = {
  QSECURITY: "40",
  QAUTOVRT: 0,
  QPWDLVL: 0,
  QLMTSECOFR: "1",
  QMAXSIGN: "3",
  QMAXSGNACN: "3",
  QRMTSIGN: "*FRCSIGNON",
  QCCSID: 65535,
  QUTCOFFSET: "+0000",
  QAUDCTL: "*NONE",
  QAUDLVL: "*NONE",
  QSSLPCL: "*OPSYS",
  QINACTITV: "*NONE",
  QDSPSGNINF: "0",
  QALWOBJRST: "*ALL",
  QCRTAUT: "*CHANGE",
};

const SHIPPED_LIBRARIES: Input<"libraries"> = [
  { name: "QSYS", text: "System Library", authority: { owner: "QSYS", public: "*USE", private: {} } },
  { name: "QGPL", text: "General Purpose Library", authority: { owner: "QSYS", public: "*CHANGE", private: {} } },
  { name: "QUSRSYS", text: "System Library for Users", authority: { owner: "QSYS", public: "*USE", private: {} } },
];

const SHIPPED_OUTPUT_QUEUES: Input<"outputQueues"> = [
  { library: "QGPL", name: "QPRINT", text: "Default printer output queue", numberOfFiles: 12 },
  { library: "QUSRSYS", name: "QEZJOBLOG", text: "Job logs", numberOfFiles: 140 },
  { library: "QUSRSYS", name: "QEZDEBUG", text: "Service dumps", numberOfFiles: 3 },
];

const SSHD_CONFIG_PATH = "/QOpenSys/QIBM/UserData/SC1/OpenSSH/etc/sshd_config";

/** Entries of `shipped` whose key the scenario does not use, followed by the scenario's own. */
function merge<T>(shipped: readonly T[], given: readonly T[] | undefined, key: (item: T) => string): T[] {
  const own = given ?? [];
  const taken = new Set(own.map(key));
  return [...shipped.filter((item) => !taken.has(key(item))), ...own];
}

export function withShippedDefaults(input: TSystemStateInput): TSystemStateInput {
  const functionUsage = input.release === "7.6" ? [...SHIPPED_FUNCTION_USAGE, ...FUNCTION_USAGE_76] : SHIPPED_FUNCTION_USAGE;
  return {
    ...input,
    users: merge(SHIPPED_USERS, input.users, (user) => user.name),
    commands: merge(SHIPPED_COMMANDS, input.commands, (command) => command.name),
    functionUsage: merge(functionUsage, input.functionUsage, (fn) => fn.functionId),
    systemValues: { ...SHIPPED_SYSTEM_VALUES, ...input.systemValues },
    libraries: merge(SHIPPED_LIBRARIES, input.libraries, (library) => library.name),
    outputQueues: merge(SHIPPED_OUTPUT_QUEUES, input.outputQueues, (queue) => `${queue.library}/${queue.name}`),
    ifsFiles: {
      [SSHD_CONFIG_PATH]: "# Default sshd_config\nPort 22\nPermitRootLogin yes\nPasswordAuthentication yes\nSubsystem sftp /QOpenSys/QIBM/ProdData/SC1/OpenSSH/libexec/sftp-server\n",
      ...input.ifsFiles,
    },
  };
}
