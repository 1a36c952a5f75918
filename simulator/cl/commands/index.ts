/** Every CL command the simulator knows, by name. */
import type { CommandDefinition } from "../command-definition";
import { ADDEXITPGM, RMVEXITPGM } from "./exit-programs";
import { ADDJOBSCDE } from "./addjobscde";
import { ADDSMTPLE } from "./addsmtple";
import { CALL } from "./call";
import { CHGFCNUSG } from "./chgfcnusg";
import { CHGFTPA } from "./chgftpa";
import { CHGOUTQ } from "./chgoutq";
import { CHGSMTPA } from "./chgsmtpa";
import { CHGSYSVAL } from "./chgsysval";
import { CHGTCPSVR } from "./chgtcpsvr";
import { CHGTELNA } from "./chgtelna";
import { CHGUSRPRF } from "./chgusrprf";
import { ENDTCPCNN } from "./endtcpcnn";
import { ENDTCPSVR } from "./endtcpsvr";
import { GRTOBJAUT } from "./grtobjaut";
import { HLDJOBSCDE, RLSJOBSCDE } from "./hldjobscde";
import { ENDHOSTSVR, STRHOSTSVR } from "./host-servers";
import { RMVJOBSCDE } from "./rmvjobscde";
import { RMVSMTPLE } from "./rmvsmtple";
import { RVKOBJAUT } from "./rvkobjaut";
import { STRTCPSVR } from "./strtcpsvr";

export const COMMANDS: ReadonlyMap<string, CommandDefinition> = new Map(
  [
    ADDEXITPGM,
    ADDJOBSCDE,
    ADDSMTPLE,
    CALL,
    CHGFCNUSG,
    CHGFTPA,
    CHGOUTQ,
    CHGSMTPA,
    CHGSYSVAL,
    CHGTCPSVR,
    CHGTELNA,
    CHGUSRPRF,
    ENDHOSTSVR,
    ENDTCPCNN,
    ENDTCPSVR,
    GRTOBJAUT,
    HLDJOBSCDE,
    RLSJOBSCDE,
    RMVEXITPGM,
    RMVJOBSCDE,
    RMVSMTPLE,
    RVKOBJAUT,
    STRHOSTSVR,
    STRTCPSVR,
  ].map((definition) => [definition.name, definition]),
);
