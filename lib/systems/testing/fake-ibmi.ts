import type { Db2FixtureEntry } from "@/lib/ibmi/testing/db2-fixture";
import { db2Fixture } from "@/lib/ibmi/testing/db2-fixture";
import { QZDFMDB2_EXEC_LINE } from "@/lib/ibmi/shell";
import { reply, startTestSshServer, type TestSshServer } from "@/lib/ibmi/transport/ssh-test-server";

/**
 * A real SSH server on loopback that answers the connect-time probe the way an IBM i 7.5 does,
 * for the administration services' integration tests: one user, its special authorities, every
 * service present. Anything but the probe's QZDFMDB2 batch is answered with exit code 127.
 */
export interface FakeIbmiOptions {
  username: string;
  password?: string;
  publicKeys?: string[];
  specialAuthorities?: string[];
}

export async function startFakeIbmi(options: FakeIbmiOptions): Promise<TestSshServer> {
  const authorities = options.specialAuthorities ?? ["*ALLOBJ", "*IOSYSCFG", "*JOBCTL", "*SECADM", "*SPLCTL"];
  const answer = (statement: string): Db2FixtureEntry => {
    if (statement.includes("ENV_SYS_INFO")) return { columns: ["OS_VERSION", "OS_RELEASE"], rows: [["7", "5"]] };
    if (statement.includes("SERVICES_INFO")) {
      const names = [...statement.matchAll(/'([A-Z_]+)'/g)].map((match) => match[1]).filter((name) => !["QSYS2", "SYSTOOLS", "SYSIBMADM"].includes(name));
      return { columns: ["SERVICE_SCHEMA_NAME", "SERVICE_NAME"], rows: names.map((name) => ["QSYS2", name]) };
    }
    if (statement.includes("CHARACTER_CODE_SET_ID")) return { columns: ["CHARACTER_CODE_SET_ID"], rows: [[37]] };
    if (statement.includes("SUPPLEMENTAL_GROUP_LIST")) {
      return { columns: ["SPECIAL_AUTHORITIES", "GROUP_PROFILE_NAME", "SUPPLEMENTAL_GROUP_LIST"], rows: [[authorities.join(" ") || "*NONE", "*NONE", ""]] };
    }
    if (statement.includes("FUNCTION_INFO")) {
      return { columns: ["FUNCTION_ID", "DEFAULT_USAGE", "ALLOBJ_AUTHORITY"], rows: [["QIBM_DB_SECADM", "DENIED", "*NOTUSED"], ["QIBM_DB_SQLADM", "DENIED", "*USED"]] };
    }
    if (statement.includes("QCCSID")) return { columns: ["CURRENT_NUMERIC_VALUE"], rows: [[37]] };
    return { columns: ["NONE"], rows: [] };
  };
  return startTestSshServer({
    username: options.username,
    password: options.password,
    publicKeys: options.publicKeys,
    exec: ({ command, stdin, channel }) => {
      if (command !== QZDFMDB2_EXEC_LINE) return reply(channel, { stderr: `not simulated: ${command}`, code: 127 });
      void stdin.then((text) => reply(channel, { stdout: db2Fixture(text.split(";\n").map(answer)), code: 0 }));
    },
  });
}
