/**
 * GRTOBJAUT: adds rights to the users' private authority (or *PUBLIC); REPLACE(*YES) or *EXCLUDE
 * replaces it instead.
 */
import { rightsOf, toAuthority } from "@/simulator/state/authority";
import type { TAuthority } from "@/simulator/state/schema";
import { message } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import { special } from "./common-types";
import { objectAuthorityParameters, resolveAuthorityRequest } from "./object-authority";

export const GRTOBJAUT: CommandDefinition = {
  name: "GRTOBJAUT",
  maxPositional: 2,
  parameters: [...objectAuthorityParameters("*CHANGE"), { keyword: "REPLACE", type: special("*NO", "*YES"), default: "*NO" }],
  run(context, args) {
    const { object, users, rights } = resolveAuthorityRequest(context, args);
    const replace = args.text("REPLACE") === "*YES";
    const authority = { ...object.authority, private: { ...object.authority.private } };
    for (const user of users) {
      if (user === authority.owner) continue;
      const current = user === "*PUBLIC" ? authority.public : authority.private[user];
      let next: TAuthority;
      if (rights === "*EXCLUDE") next = "*EXCLUDE";
      else next = toAuthority(new Set([...(replace || current === undefined ? [] : rightsOf(current)), ...rights]));
      if (user === "*PUBLIC") authority.public = next;
      else authority.private[user] = next;
    }
    object.setAuthority(authority);
    return { messages: [message("CPC2201", "completion")] };
  },
};
