import { allowSslRestoreDefinition, TELNET_ALLOW_SSL } from "../shared/allow-ssl";

export const telnetAlwsslRestore = allowSslRestoreDefinition(TELNET_ALLOW_SSL, { id: "telnet.alwssl-restore", onlyId: "telnet.alwssl-only" });
