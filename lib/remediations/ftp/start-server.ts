import { startServerDefinition } from "../shared/server-control";
import { TCP_SERVERS } from "../shared/tcp-servers";

export const ftpStartServer = startServerDefinition(TCP_SERVERS.ftp, { id: "ftp.start-server", endId: "ftp.end-server", policyKey: "ftp" });
