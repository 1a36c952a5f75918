import { evidence, fail, notAssessed, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition } from "@/lib/checks/check-types";
import { sshdSetting } from "@/lib/checks/sshd-config";

export const ftp11SshdHardening: CheckDefinition = {
  id: "FTP-11",
  panel: "ftp",
  title: "SSH server (SFTP) not restricted",
  why:
    "SFTP is the safe replacement for FTP, but IBM i network exit points do not cover the SSH server: its own " +
    "configuration is the only place to limit who may sign on. Without AllowGroups or AllowUsers every profile with a " +
    "password can, QSECOFR included unless PermitRootLogin is no.",
  source: "peers-and-checks §3.1 FTP-11 and §1.9; Code for IBM i, \"Secure access through SSH\"",
  severity: "medium",
  reads: ["sshd-config"],
  scanKinds: ["full"],
  remediationIds: [],
  evaluate(observations) {
    const config = observations.sshdConfig;
    if (!config.ok) return notAssessed("sshd_config could not be read.", [config]);
    const directives = config.value;
    const problems: string[] = [];
    const restricting = directives.filter((d) => d.keyword === "allowgroups" || d.keyword === "allowusers");
    if (restricting.length === 0) problems.push("neither AllowGroups nor AllowUsers limits who may sign on");
    const rootLogin = sshdSetting(directives, "PermitRootLogin");
    if (rootLogin?.value.toLowerCase() !== "no") {
      problems.push(`PermitRootLogin is ${rootLogin === null ? "not set (OpenSSH's default is not \"no\")" : `"${rootLogin.value}"`}`);
    }
    if (problems.length === 0) return pass("sshd_config limits sign-on with AllowGroups/AllowUsers and sets PermitRootLogin no.");
    const detail =
      `The SSH server configuration is not hardened: ${problems.join("; ")}. Edit sshd_config (add AllowGroups with a group ` +
      "profile of SSH users, set PermitRootLogin no), then restart with ENDTCPSVR SERVER(*SSHD) and STRTCPSVR SERVER(*SSHD).";
    const shown = [...restricting, ...(rootLogin ? [rootLogin] : [])].map((d) => d.row);
    return fail(detail, [
      {
        key: "sshd-config",
        severity: "medium",
        title: "SSH server (SFTP) not restricted",
        detail,
        evidence: evidence(config.statementIds, shown, "sshd_config read with QSYS2.IFS_READ", "high"),
      },
    ]);
  },
};
