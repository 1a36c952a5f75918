/**
 * Finding the objects commands name: *LIBL resolution over the system's libraries, and the
 * secured objects (output queues, libraries, commands, user profiles) GRTOBJAUT works on.
 */
import type { TObjectAuthorities, TOutputQueue, TSystemState } from "@/simulator/state/schema";
import type { QualifiedName } from "./param-types";

/** Libraries searched for *LIBL and *CURLIB, in order (system part, then user part). */
export const LIBRARY_LIST = ["QSYS", "QSYS2", "QHLPSYS", "QUSRSYS", "QGPL", "QTEMP"];

function libraryMatches(requested: string, library: string): boolean {
  return requested === "*LIBL" || requested === "*CURLIB" || requested === "*ALL" ? LIBRARY_LIST.includes(library) || requested === "*ALL" : requested === library;
}

export function findOutputQueue(state: TSystemState, wanted: QualifiedName): TOutputQueue | undefined {
  const matches = state.outputQueues.filter((queue) => queue.name === wanted.name && libraryMatches(wanted.library, queue.library));
  return matches.sort((a, b) => LIBRARY_LIST.indexOf(a.library) - LIBRARY_LIST.indexOf(b.library))[0];
}

export type SecuredType = "*OUTQ" | "*LIB" | "*CMD" | "*USRPRF";

export interface SecuredObject {
  readonly library: string;
  readonly name: string;
  readonly type: SecuredType;
  readonly authority: TObjectAuthorities;
  setAuthority(authority: TObjectAuthorities): void;
}

function secured(
  library: string,
  name: string,
  type: SecuredType,
  holder: { authority: TObjectAuthorities },
  onFirstChange: () => void = () => {},
): SecuredObject {
  return {
    library,
    name,
    type,
    authority: holder.authority,
    setAuthority(authority) {
      onFirstChange();
      holder.authority = authority;
    },
  };
}

/**
 * The object GRTOBJAUT/RVKOBJAUT name. `commandNames` are the commands this system has; one not
 * listed in the state carries IBM's usual *PUBLIC *USE until its authority is first changed.
 */
export function findSecuredObject(
  state: TSystemState,
  type: SecuredType,
  wanted: QualifiedName,
  commandNames: readonly string[],
): SecuredObject | undefined {
  switch (type) {
    case "*OUTQ": {
      const queue = findOutputQueue(state, wanted);
      return queue && secured(queue.library, queue.name, type, queue);
    }
    case "*LIB": {
      const library = state.libraries.find((entry) => entry.name === wanted.name);
      return library && secured("QSYS", library.name, type, library);
    }
    case "*USRPRF": {
      const user = state.users.find((entry) => entry.name === wanted.name);
      return user && secured("QSYS", user.name, type, user);
    }
    case "*CMD": {
      if (!libraryMatches(wanted.library, "QSYS")) return undefined;
      const listed = state.commands.find((entry) => entry.name === wanted.name);
      if (listed) return secured("QSYS", listed.name, type, listed);
      if (!commandNames.includes(wanted.name)) return undefined;
      const added = { library: "QSYS", name: wanted.name, authority: { owner: "QSYS", public: "*USE" as const, private: {} } };
      return secured("QSYS", added.name, type, added, () => state.commands.push(added));
    }
  }
}

/** Authority to a command object; IBM ships most commands *PUBLIC *USE. */
export function commandAuthority(state: TSystemState, name: string): TObjectAuthorities {
  return state.commands.find((entry) => entry.name === name)?.authority ?? { owner: "QSYS", public: "*USE", private: {} };
}
