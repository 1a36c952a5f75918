/**
 * CHGSMTPA ALWRLY values in plain words (Kisco "IBM i SMTP relay controls", ibmi-facts §3.2;
 * IBM's own value table could not be read, so the wording follows the third-party source).
 */
export const ALWRLY_MEANINGS: Record<string, { meaning: string; tone: "good" | "warn" | "critical" }> = {
  "*ALL": { meaning: "Open relay: anyone who can reach port 25 may send mail through this system to anyone.", tone: "critical" },
  "*NONE": { meaning: "No relaying at all. This also blocks mail the system itself sends with SNDDST or SNDSMTPEMM through its own SMTP server.", tone: "good" },
  "*LIST": { meaning: "Only clients whose address matches an *ACCEPT list entry may relay.", tone: "good" },
  "*NEAR": { meaning: "Relaying decided by the near-domains list (*NEAR entries).", tone: "good" },
  "*BOTH": { meaning: "Both the *ACCEPT address list and the near-domains list are used.", tone: "good" },
};

/** What each member of QUSRSYS/QATMADRLST holds, where it is known (easy400 FAQ 25; other names [U]). */
export const SMTP_LIST_MEMBERS: Record<string, string> = {
  ACCEPTRLY: "*ACCEPT entries: addresses allowed to relay",
  REJECTCNN: "Rejected connections (the pre-V5R1 list, converted to list entries since)",
};
