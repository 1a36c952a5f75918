import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { SshTransportOptions } from "@/lib/ibmi/transport/settings";
import { credentialFromForm, openCredential } from "./credential";
import { assertUsableCredential } from "./register-system";
import { credentialField, hasNewCredential, type TTestConnection } from "./system-input";
import { testConnection, type ConnectionReport } from "./test-connection";

/**
 * "Test connection" from the registration or edit form. When editing, an empty credential means
 * the sealed one: opened here, never sent back to the browser, and only sent to a server that
 * presents the system's pinned host key.
 */
export async function testSystemConnection(db: Db, input: TTestConnection, options: { transport: SshTransportOptions }): Promise<ConnectionReport> {
  let credential = credentialFromForm(input);
  let storedCredentialPinnedTo: string | undefined;
  if (input.systemId && !hasNewCredential(input)) {
    const stored = await db.system.findUnique({ where: { id: input.systemId }, select: { authMethod: true, secretCiphertext: true, hostKeySha256: true } });
    if (!stored || stored.authMethod !== input.authMethod) {
      const field = credentialField(input.authMethod);
      const message = field === "password" ? "Enter the password." : "Paste the private key.";
      throw new AppError("invalid", message, { [field]: [message] });
    }
    credential = openCredential(stored.authMethod, stored.secretCiphertext);
    storedCredentialPinnedTo = stored.hostKeySha256;
  }
  assertUsableCredential(credential);
  return testConnection({ host: input.host, port: input.port, userProfile: input.userProfile, credential }, { ...options, storedCredentialPinnedTo });
}
