import { allowSslRestoreDefinition, FTP_ALLOW_SSL } from "../shared/allow-ssl";

export const ftpAlwsslRestore = allowSslRestoreDefinition(FTP_ALLOW_SSL, { id: "ftp.alwssl-restore", onlyId: "ftp.alwssl-only" });
