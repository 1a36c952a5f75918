import { endServerDefinition } from "../shared/server-control";
import { TCP_SERVERS } from "../shared/tcp-servers";

export const telnetEndServer = endServerDefinition(TCP_SERVERS.telnet, { id: "telnet.end-server", startId: "telnet.start-server", autostartOffId: null });
