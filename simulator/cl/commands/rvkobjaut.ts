/**
 * RVKOBJAUT: takes rights away. Revoking *ALL, or every right a user had, removes the private
 * authority entry; *PUBLIC ends at *EXCLUDE.
 */
import { rightsOf, toAuthority } from "@/simulator/state/authority";
import { RIGHTS } from "@/simulator/state/schema";
import { message } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import { objectAuthorityParameters, resolveAuthorityRequest } from "./object-authority";

export const RVKOBJAUT: CommandDefinition = {
  name: "RVKOBJAUT",
  maxPositional: 2,
  parameters: objectAuthorityParameters("*CHANGE"),
  run(context, args) {
    const { object, users, rights, all } = resolveAuthorityRequest(context, args);
    const revoked = all || rights === "*EXCLUDE" ? new Set(RIGHTS) : rights;
    const authority = { ...object.authority, private: { ...object.authority.private } };
    for (const user of users) {
      const current = user === "*PUBLIC" ? authority.public : authority.private[user];
      if (current === undefined) continue;
      const left = new Set([...rightsOf(current)].filter((right) => !revoked.has(right)));
      if (user === "*PUBLIC") authority.public = toAuthority(left);
      else if (left.size === 0) delete authority.private[user];
      else authority.private[user] = toAuthority(left);
    }
    object.setAuthority(authority);
    return { messages: [message("CPC2202", "completion")] };
  },
};
