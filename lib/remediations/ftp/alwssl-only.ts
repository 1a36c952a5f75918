import { allowSslOnlyDefinition, FTP_ALLOW_SSL } from "../shared/allow-ssl";

/** The scan runner reads successful runs of this id as "ALWSSL *ONLY applied by Portcullis" (lib/scans/check-context.ts). */
export const ftpAlwsslOnly = allowSslOnlyDefinition(FTP_ALLOW_SSL, { id: "ftp.alwssl-only", restoreId: "ftp.alwssl-restore" });
