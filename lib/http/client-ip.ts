import { getEnv } from "@/lib/env";

/**
 * The client address for audit records and throttling. Only a header set by a trusted reverse
 * proxy (PORTCULLIS_CLIENT_IP_HEADER) is believed; otherwise X-Forwarded-For is recorded for
 * information only, since a browser can send any value there.
 */
export function clientIp(headers: Headers): string | null {
  const trusted = getEnv().PORTCULLIS_CLIENT_IP_HEADER;
  if (trusted) return headers.get(trusted)?.split(",")[0]?.trim() || null;
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}

export function hasTrustedClientIp(): boolean {
  return Boolean(getEnv().PORTCULLIS_CLIENT_IP_HEADER);
}
