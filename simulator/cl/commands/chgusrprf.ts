/**
 * CHGUSRPRF: status, password, special authorities, groups and CCSID of a profile. Needs *SECADM, and
 * the special authorities being given must be held by the caller [U: IBM's rule for granting
 * special authorities, simplified].
 */
import { findUser } from "@/simulator/state/authority";
import { SPECIAL_AUTHORITIES, type TSpecialAuthority } from "@/simulator/state/schema";
import { requireSpecial } from "../authority-checks";
import { escapeFailure } from "../cl-failure";
import { message } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import { changed, special } from "./common-types";

export const CHGUSRPRF: CommandDefinition = {
  name: "CHGUSRPRF",
  maxPositional: 2,
  parameters: [
    { keyword: "USRPRF", type: { kind: "name" }, required: true },
    { keyword: "PASSWORD", type: { kind: "text", maxLength: 128, special: ["*SAME", "*NONE"] }, default: "*SAME" },
    { keyword: "STATUS", type: special("*SAME", "*ENABLED", "*DISABLED"), default: "*SAME" },
    {
      keyword: "SPCAUT",
      type: { kind: "list", of: special("*SAME", "*NONE", "*USRCLS", ...SPECIAL_AUTHORITIES), max: 8, alone: ["*SAME", "*NONE", "*USRCLS"] },
      default: ["*SAME"],
    },
    { keyword: "GRPPRF", type: { kind: "name", special: ["*SAME", "*NONE"] }, default: "*SAME" },
    { keyword: "CCSID", type: { kind: "integer", min: 1, max: 65535, special: ["*SAME", "*SYSVAL", "*HEX"] }, default: "*SAME" },
    { keyword: "SUPGRPPRF", type: { kind: "list", of: { kind: "name", special: ["*SAME", "*NONE"] }, max: 15, alone: ["*SAME", "*NONE"] }, default: ["*SAME"] },
  ],
  run({ state, principal }, args) {
    requireSpecial(principal, "*SECADM");
    const user = findUser(state, args.text("USRPRF"));
    if (!user) throw escapeFailure("CPF2204", args.text("USRPRF"));
    const spcaut = args.list("SPCAUT");
    const granted = spcaut[0] === "*SAME" ? null : spcaut[0] === "*NONE" || spcaut[0] === "*USRCLS" ? [] : (spcaut as TSpecialAuthority[]);
    const missing = granted?.find((authority) => !user.specialAuthorities.includes(authority) && !principal.specialAuthorities.has(authority));
    if (missing) throw escapeFailure("CPF222E", missing);
    const groups = [args.text("GRPPRF"), ...args.list("SUPGRPPRF")].filter((name) => name !== "*SAME" && name !== "*NONE");
    const unknown = groups.find((name) => !findUser(state, name));
    if (unknown) throw escapeFailure("CPF2204", unknown);
    if (granted) user.specialAuthorities = granted;
    const password = args.text("PASSWORD");
    if (password !== "*SAME") user.password = password === "*NONE" ? null : password;
    user.status = changed(args.text("STATUS"), user.status);
    const group = args.text("GRPPRF");
    if (group !== "*SAME") user.groupProfile = group === "*NONE" ? null : group;
    const supplemental = args.list("SUPGRPPRF");
    if (supplemental[0] !== "*SAME") user.supplementalGroups = supplemental[0] === "*NONE" ? [] : supplemental;
    const ccsid = args.number("CCSID");
    if (ccsid !== "*SAME") user.ccsid = ccsid === "*HEX" ? 65535 : ccsid === "*SYSVAL" ? "*SYSVAL" : Number(ccsid);
    return { messages: [message("CPC2205", "completion", user.name)] };
  },
};
