import { z } from "zod";
import { fieldErrorsOf } from "@/lib/errors";
import { userProfileName } from "@/lib/ibmi/values";
import { zValidated } from "@/lib/ibmi/zod-validated";
import { parseIpAddress } from "@/lib/net/ip-address";

/**
 * What an administrator types to register or edit a system, validated on the server. Field
 * names are flat so that every message lands next to its input on the form.
 */

const HOST_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/** A DNS name or an IP address; no scheme, no port, no path. */
export function isHost(text: string): boolean {
  // Brackets and zone ids are URL and interface syntax; the SSH client wants the bare address.
  if (/[[\]%]/.test(text)) return false;
  if (parseIpAddress(text) !== null) return true;
  const name = text.endsWith(".") ? text.slice(0, -1) : text;
  // All-numeric dotted names are malformed IPv4 addresses, not host names.
  if (/^[0-9.]+$/.test(name)) return false;
  return name.length > 0 && name.length <= 253 && name.split(".").every((label) => HOST_LABEL.test(label));
}

export const ZSystemName = z.string().trim().min(1, "Enter a name.").max(64, "Use at most 64 characters.");

export const ZHost = z
  .string()
  .trim()
  .min(1, "Enter the host name or IP address.")
  .refine(isHost, "Enter a host name or IP address (e.g. prod1.example.com or 10.0.0.5), without a scheme or port.");

export const ZPort = z.coerce
  .number({ error: "Enter the SSH port as a number." })
  .int("Enter the SSH port as a whole number.")
  .min(1, "The SSH port is between 1 and 65535.")
  .max(65535, "The SSH port is between 1 and 65535.");

/** IBM i profile names: up to 10 characters, first one a letter or # @ $ (folded to uppercase). */
export const ZUserProfile = zValidated(userProfileName, "An IBM i user profile name: up to 10 characters, starting with a letter, #, @ or $.");

export const AUTH_METHODS = ["password", "private_key"] as const;
export const ZAuthMethod = z.enum(AUTH_METHODS);
export type TAuthMethod = z.infer<typeof ZAuthMethod>;

const ZTags = z
  .array(z.string().trim().min(1).max(32, "A tag has at most 32 characters."))
  .max(20, "Use at most 20 tags.")
  .transform((tags) => [...new Set(tags)]);

export const ZScanIntervals = z.object({
  fullScanMinutes: z.coerce
    .number({ error: "Enter minutes as a number." })
    .int("Enter whole minutes.")
    .min(15, "At least 15 minutes between full scans.")
    .max(10_080, "At most a week (10080 minutes) between full scans."),
  connectionsMinutes: z.coerce
    .number({ error: "Enter minutes as a number." })
    .int("Enter whole minutes.")
    .min(1, "At least 1 minute between connection scans.")
    .max(1_440, "At most a day (1440 minutes) between connection scans."),
});

/** Where and as whom to connect. The credential fields may be empty when editing (keep the stored one). */
export const ZConnectionFields = z.object({
  host: ZHost,
  port: ZPort,
  userProfile: ZUserProfile,
  authMethod: ZAuthMethod,
  password: z.string().max(512, "The password is too long.").default(""),
  privateKey: z.string().max(32_768, "The private key is too long.").default(""),
  passphrase: z.string().max(512, "The passphrase is too long.").default(""),
});
export type TConnectionFields = z.infer<typeof ZConnectionFields>;

/** Whether the form carries a new credential (a password, or a private key). */
export function hasNewCredential(fields: Pick<TConnectionFields, "authMethod" | "password" | "privateKey">): boolean {
  return fields.authMethod === "password" ? fields.password !== "" : fields.privateKey.trim() !== "";
}

/** The field that holds the credential of an auth method, for messages about it. */
export function credentialField(authMethod: TAuthMethod): "password" | "privateKey" {
  return authMethod === "password" ? "password" : "privateKey";
}

const FINGERPRINT = /^SHA256:[A-Za-z0-9+/]{43}$/;

/** The fingerprint the admin compared (e.g. with `ssh-keygen -lf`) and ticked as verified. */
const ZFingerprintConfirmation = z.object({
  confirmedFingerprint: z.string().regex(FINGERPRINT, "Test the connection first, then confirm the fingerprint it shows."),
  fingerprintVerified: z.literal(true, { error: "Tick “I have verified this fingerprint” after comparing it with the system's own." }),
});

export const ZTestConnection = ZConnectionFields.extend({
  /** Editing: an empty credential means the stored one. */
  systemId: z.uuid().optional(),
});
export type TTestConnection = z.infer<typeof ZTestConnection>;

export const ZRegisterSystem = ZConnectionFields.extend({
  name: ZSystemName,
  tags: ZTags.default([]),
  notes: z.string().trim().max(2_000, "Use at most 2000 characters.").default(""),
})
  .extend(ZScanIntervals.shape)
  .extend(ZFingerprintConfirmation.shape)
  .superRefine((input, ctx) => {
    if (!hasNewCredential(input)) {
      const field = credentialField(input.authMethod);
      ctx.addIssue({ code: "custom", path: [field], message: field === "password" ? "Enter the password." : "Paste the private key." });
    }
  });
export type TRegisterSystem = z.infer<typeof ZRegisterSystem>;

/**
 * Editing a system. The fingerprint confirmation is only required when the connection changes
 * (host, port, profile, auth method or a new credential); the service decides that.
 */
export const ZUpdateSystem = ZConnectionFields.extend({
  systemId: z.uuid(),
  name: ZSystemName,
  tags: ZTags.default([]),
  notes: z.string().trim().max(2_000, "Use at most 2000 characters.").default(""),
  confirmedFingerprint: z.string().default(""),
  fingerprintVerified: z.boolean().default(false),
});
export type TUpdateSystem = z.infer<typeof ZUpdateSystem>;

export function confirmationProblem(input: { confirmedFingerprint: string; fingerprintVerified: boolean }): Record<string, string[]> | null {
  const parsed = ZFingerprintConfirmation.safeParse(input);
  if (parsed.success) return null;
  return fieldErrorsOf(parsed.error);
}
