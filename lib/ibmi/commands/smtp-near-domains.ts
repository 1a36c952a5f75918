import { buildClCommand, clString, clWord, type BuiltClCommand } from "../cl-builder";
import { InvalidValueError } from "../errors";
import { specialValue, type Validated } from "../values";

/**
 * SMTP near-domain list entries (`ADDSMTPLE TYPE(*NEAR) HOSTNAME('example.com')`), used by
 * CHGSMTPA ALWRLY(*NEAR/*BOTH): relay only to recipients in these domains. The TYPE and HOSTNAME
 * keywords are IBM's (ADDSMTPLE page, ibmi-facts §3.3); RMVSMTPLE mirroring them is [U], as for
 * the address entries. Takes effect at the next SMTP start.
 */

const DOMAIN = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** Whether `text` is shaped like a DNS domain (any case): labels of letters, digits and inner hyphens, at least two. */
export const isDomainName = (text: string): boolean => DOMAIN.test(text.toLowerCase());

/** A DNS domain in lower case. */
export function domainName(input: unknown, field: string): Validated<"DomainName"> {
  if (typeof input !== "string") throw new InvalidValueError(field, "must be text", input);
  const text = input.toLowerCase();
  if (!isDomainName(text)) throw new InvalidValueError(field, "must be a domain such as example.com", input);
  return text as Validated<"DomainName">;
}

function nearParams(command: string, options: { hostname: string }) {
  return [
    ["TYPE", clWord(specialValue("*NEAR", ["*NEAR"], `${command} TYPE`))],
    ["HOSTNAME", clString(domainName(options.hostname, `${command} HOSTNAME`))],
  ] as const;
}

export function addsmtpleNear(options: { hostname: string }): BuiltClCommand {
  return buildClCommand("ADDSMTPLE", nearParams("ADDSMTPLE", options));
}

export function rmvsmtpleNear(options: { hostname: string }): BuiltClCommand {
  return buildClCommand("RMVSMTPLE", nearParams("RMVSMTPLE", options));
}
