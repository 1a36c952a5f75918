/** Special-authority checks commands make before doing anything, with IBM's failure messages. */
import type { Principal } from "@/simulator/state/authority";
import type { TSpecialAuthority } from "@/simulator/state/schema";
import { escapeFailure } from "./cl-failure";

/**
 * *IOSYSCFG for TCP/IP configuration commands: TCP8050 names the command ([C] for RMVNETTBLE,
 * assumed the same for CHGFTPA, CHGSMTPA, ADDSMTPLE, RMVSMTPLE, CHGTELNA).
 */
export function requireIoSysCfg(principal: Principal, command: string): void {
  if (!principal.specialAuthorities.has("*IOSYSCFG")) throw escapeFailure("TCP8050", command);
}

/** Any other special authority: CPF222E names it. */
export function requireSpecial(principal: Principal, ...authorities: TSpecialAuthority[]): void {
  for (const authority of authorities) {
    if (!principal.specialAuthorities.has(authority)) throw escapeFailure("CPF222E", authority);
  }
}
