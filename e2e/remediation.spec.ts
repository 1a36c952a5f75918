import { expect, test, type Page } from "@playwright/test";
import { ADMIN, AUDITOR, OFFICER } from "./support/env";
import { callServerAction, serverActionId, signIn } from "./support/session";

/**
 * Click to remediate on the demo fleet's neglected system (NP0001, a real simulated IBM i over
 * SSH): an officer closes the open relay and ends an untrusted Telnet session from the dialog,
 * sees the commands' results and the audit trail, and undoes the relay change; an auditor sees
 * the history but never the buttons, and is refused when calling the action directly.
 */
const SYSTEM = "NP0001";

test.describe.configure({ mode: "serial" });

let systemPath = "";
let relayRecord = "";

async function openSystem(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: SYSTEM, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: SYSTEM })).toBeVisible();
  systemPath = new URL(page.url()).pathname;
}

async function confirmInDialog(page: Page, dialogName: RegExp, options: { typeName: boolean; reason: string }) {
  const dialog = page.getByRole("dialog", { name: dialogName });
  await dialog.getByLabel("Reason or ticket").fill(options.reason);
  if (options.typeName) await dialog.getByLabel(`Type ${SYSTEM} to confirm this disruptive change`).fill(SYSTEM);
  await dialog.getByRole("button", { name: `Run on ${SYSTEM}` }).click();
  await expect(dialog.getByTestId("remediation-result")).toContainText("Succeeded", { timeout: 60_000 });
  return dialog;
}

test("the admin records the attested relay setting, so SMTP-02 can judge it", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/systems");
  await page.getByRole("link", { name: SYSTEM, exact: true }).click();
  await page.getByLabel("SMTP relay (CHGSMTPA ALWRLY)").selectOption("*ALL");
  await page.getByLabel("Read by").first().fill("E2E Officer");
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByText("Policy saved. It applies from the next scan.")).toBeVisible();
});

test("an officer closes the open relay from the SMTP panel, sees the result and its audit trail, then undoes it", async ({ page }) => {
  await signIn(page, OFFICER);
  await openSystem(page);
  await page.getByRole("button", { name: `Scan now ${SYSTEM}` }).click();
  await expect(page.getByText(new RegExp(`Scan of ${SYSTEM} (queued|was already waiting)|A scan of ${SYSTEM} was already waiting`))).toBeVisible();
  await page.goto(`${systemPath}/smtp`);
  const finding = page.getByTestId("panel-finding").filter({ hasText: "SMTP open relay" });
  // The scan runs in the background worker; the finding appears when it has been stored.
  await expect(async () => {
    await page.reload();
    await expect(finding).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 90_000 });

  await finding.getByRole("button", { name: "Remediate" }).click();
  const dialog = page.getByRole("dialog", { name: /Remediate/ });
  await expect(dialog.getByTestId("plan-command")).toHaveText(["CHGSMTPA ALWRLY(*LIST)"]);
  await expect(dialog.getByRole("listitem").filter({ hasText: "SMTP ALWRLY:" })).toContainText("*ALL (attested by E2E Officer");
  await expect(dialog.getByTestId("plan-undo")).toContainText("Available: Set ALWRLY back to *ALL");
  await confirmInDialog(page, /Remediate/, { typeName: false, reason: "SEC-42 close the open relay" });
  await expect(dialog.getByTestId("remediation-result")).toContainText("TCP1C0A: SMTP attributes changed.");
  await expect(dialog.getByTestId("finding-verdict")).toContainText("The finding is resolved.");

  await dialog.getByRole("link", { name: "Open the record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Set SMTP ALWRLY to *LIST" })).toBeVisible();
  relayRecord = new URL(page.url()).pathname;
  await expect(page.getByTestId("remediation-audit-entry").filter({ hasText: "remediation.run success" })).toContainText(OFFICER.email);

  await page.getByRole("button", { name: "Undo" }).click();
  const undo = page.getByRole("dialog", { name: /Undo/ });
  await expect(undo.getByTestId("plan-command")).toHaveText(["CHGSMTPA ALWRLY(*ALL)"]);
  await confirmInDialog(page, /Undo/, { typeName: false, reason: "SEC-42 the scanner relays through it; revert" });
  await page.reload();
  await expect(page.getByText("Undone by")).toBeVisible();
  await expect(page.getByRole("link", { name: "a later remediation" })).toBeVisible();
});

test("an officer ends an untrusted Telnet session from the connections panel", async ({ page }) => {
  await signIn(page, OFFICER);
  await openSystem(page);
  await page.goto(`${systemPath}/connections`);
  const finding = page.getByTestId("panel-finding").filter({ hasText: "Untrusted connection from 203.0.113.45 to port 23" });
  await expect(finding).toBeVisible();
  await finding.getByRole("button", { name: "Remediate" }).click();
  const dialog = page.getByRole("dialog", { name: /Remediate/ });
  await dialog.getByRole("radio", { name: /End one connection/ }).check();
  await expect(dialog.getByTestId("plan-command")).toHaveText([/^ENDTCPCNN PROTOCOL\(\*TCP\) LCLINTNETA\('[0-9.]+'\) LCLPORT\(23\) RMTINTNETA\('203\.0\.113\.45'\) RMTPORT\(\d+\)$/]);
  await expect(dialog.getByTestId("plan-undo")).toContainText("Not available");
  await confirmInDialog(page, /Remediate/, { typeName: true, reason: "SEC-43 Telnet from the internet" });
  await expect(dialog.getByTestId("remediation-result")).toContainText("TCP2670");
});

test("an auditor reads the history, gets no buttons, and is refused when calling the action directly", async ({ page }) => {
  await signIn(page, AUDITOR);
  await page.goto("/remediations");
  await expect(page.getByTestId("remediation-row").first()).toBeVisible();
  await page.goto(relayRecord);
  await expect(page.getByRole("heading", { level: 1, name: "Set SMTP ALWRLY to *LIST" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
  await page.goto(`${systemPath}/smtp`);
  await expect(page.getByRole("button", { name: "Remediate" })).toHaveCount(0);

  const run = serverActionId("app/(dashboard)/remediations/actions.ts", "runRemediationAction");
  const result = await callServerAction(page, "/remediations", run, [
    { systemId: systemPath.split("/")[2], actionId: "ftp.end-server", stateHash: "0".repeat(64), reason: "auditor", idempotencyKey: crypto.randomUUID(), confirmName: SYSTEM },
  ]);
  expect(result.body).toContain("Your role does not allow this.");
  await page.goto("/admin/audit?action=remediation.");
  await expect(page.getByTestId("audit-row").filter({ hasText: "remediation.run" }).first()).toBeVisible();
});
