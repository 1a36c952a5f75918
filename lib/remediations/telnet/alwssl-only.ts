import { allowSslOnlyDefinition, TELNET_ALLOW_SSL } from "../shared/allow-ssl";

export const telnetAlwsslOnly = allowSslOnlyDefinition(TELNET_ALLOW_SSL, { id: "telnet.alwssl-only", restoreId: "telnet.alwssl-restore" });
