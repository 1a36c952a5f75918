import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { AUDITOR, E2E_SIM_CONTROL_URL, OFFICER } from "./support/env";
import { callServerAction, serverActionId, signIn } from "./support/session";

/**
 * The officer's daily screens against the demo's simulated fleet (real SSH to simulated IBM i):
 * a scan from the fleet page, what each panel of the neglected system shows (hand-written from
 * simulator/scenarios/neglected-production.json), the blind spots of the 7.3 and 7.6 systems,
 * the live connections table following the simulator, the CSV of exactly the rows shown, and
 * an auditor who sees everything, can change nothing and is refused when trying directly.
 */
test.describe.configure({ mode: "serial" });

const paths: Record<string, string> = {};

async function systemPath(page: Page, name: string): Promise<string> {
  if (paths[name]) return paths[name];
  await page.goto("/");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  paths[name] = new URL(page.url()).pathname;
  return paths[name];
}

async function simulator(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${E2E_SIM_CONTROL_URL}${path}`, {
    method,
    headers: body ? { "Content-Type": "application/json" } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, json: response.status === 204 ? null : await response.json() };
}

test("an officer scans the fleet from the fleet page and sees each scan finish", async ({ page }) => {
  await signIn(page, OFFICER);
  await expect(page.getByRole("heading", { level: 1, name: "Fleet" })).toBeVisible();
  for (const name of ["NP0001", "HD0002", "V60003", "OL0004"]) await expect(page.getByTestId(`fleet-row-${name}`)).toBeVisible();
  await page.getByRole("button", { name: "Scan all" }).click();
  // Other specs may have registered more systems: at least the four of the demo fleet.
  await expect(page.getByText(/[4-9] scan\(s\) queued|\d{2,} scan\(s\) queued/)).toBeVisible();
  await expect(page.getByText(/Full scan of NP0001 finished in/)).toBeVisible({ timeout: 90_000 });
  const row = page.getByTestId("fleet-row-NP0001");
  await expect(row.getByLabel(/^Grade [A-F]$/)).toBeVisible();
  await expect(row).toContainText("Succeeded");
  await expect(row.getByRole("link", { name: /^FTP: \d+ issues?/ })).toBeVisible();
  await page.getByText("How the grade is worked out").click();
  await expect(page.getByText(/Every check with open findings takes points off once/)).toBeVisible();
});

test("the neglected system's panels show the findings its scenario implies", async ({ page }) => {
  await signIn(page, OFFICER);
  const base = await systemPath(page, "NP0001");

  await page.goto(`${base}/ftp`);
  await expect(page.getByTestId("collected-note").first()).toContainText(/Read by the (full|connections) scan that finished/);
  await expect(page.getByTestId("ftp-state")).toContainText("Running");
  await expect(page.getByTestId("ftp-autostart")).toContainText("*YES");
  await expect(page.getByTestId("ftp-tls")).toContainText("IBM offers no way to read ALWSSL");
  for (const title of ["FTP server running without approval", "FTP runs with no exit program at all", "FTP starts automatically with TCP/IP"]) {
    await expect(page.getByTestId("panel-finding").filter({ hasText: title })).toBeVisible();
  }

  await page.goto(`${base}/smtp`);
  await expect(page.getByTestId("smtp-state")).toContainText("Running");
  await expect(page.getByTestId("smtp-accept-entry").filter({ hasText: "0.0.0.0/0" })).toContainText("Every address on the Internet");
  await expect(page.getByTestId("panel-finding").filter({ hasText: "SMTP relay allowed from 0.0.0.0 mask 0.0.0.0" })).toBeVisible();

  await page.goto(`${base}/connections`);
  // The scenario's own session: JSMITH on Telnet from a public address.
  const telnet = page.locator('[data-testid="connection-row"][data-remote="203.0.113.45"]').filter({ hasText: "JSMITH" });
  await expect(telnet).toContainText("Untrusted");
  await expect(telnet).toContainText("23 telnet");
  await expect(page.locator('[data-remote="10.20.30.41"]').first()).toContainText("Head office LAN");
  await expect(page.getByTestId("panel-finding").filter({ hasText: "Untrusted connection from 203.0.113.45 to port 23 (telnet)" })).toBeVisible();

  await page.goto(`${base}/spool`);
  const payroll = page.getByTestId("outq-PAYLIB/PAYROLL");
  await expect(payroll).toContainText("Sensitive");
  await expect(payroll).toContainText("*YES");
  await expect(payroll).toContainText("Everyone");
  await expect(page.getByTestId("holders-*SPLCTL")).toContainText("through group SPOOLGRP");
  await expect(page.getByTestId("panel-finding").filter({ hasText: "PAYLIB/PAYROLL shows every report to its readers" })).toContainText("Critical");

  await page.goto(`${base}/remote`);
  await expect(page.getByTestId("telnet-alwssl")).toContainText("*NO");
  // 1840 clear-text connections in the scenario (plus any HTTP session open at scan time).
  await expect(page.getByTestId("http-WEBAPP")).toContainText(/WEBAPP.*18[4-9]\d/);
  await expect(page.getByTestId("panel-finding").filter({ hasText: "Telnet accepts clear-text sessions" })).toBeVisible();
  await expect(page.getByTestId("panel-finding").filter({ hasText: "HTTP instance WEBAPP serves clear-text connections" })).toBeVisible();
});

test("blind spots name what is missing: a 7.3 system without the services, a 7.6 profile without the network view", async ({ page }) => {
  await signIn(page, OFFICER);
  const old = await systemPath(page, "OL0004");
  await page.goto(`${old}/ftp`);
  await expect(page.getByTestId("check-FTP-04")).toContainText("Could not assess");
  await expect(page.getByTestId("check-FTP-04")).toContainText("QSYS2.EXIT_PROGRAM_INFO does not exist on this system (IBM i 7.3)");

  const v76 = await systemPath(page, "V60003");
  await page.goto(`${v76}/remote`);
  await expect(page.getByTestId("telnet-alwssl")).toContainText("Could not read the Telnet attributes.");
  await expect(page.getByTestId("telnet-alwssl")).toContainText("CHGFCNUSG FCNID(QIBM_IOSYSCFG_VIEW) USER(PORTCULLIS) USAGE(*ALLOWED)");

  const hardened = await systemPath(page, "HD0002");
  await page.goto(`${hardened}/ftp`);
  await expect(page.getByTestId("ftp-state")).toContainText("Not running");
  await page.goto(`${hardened}/remote`);
  await expect(page.getByTestId("telnet-alwssl")).toContainText("*ONLY");
});

test("the connections table follows the system: a new session appears after a scan, and goes when it ends", async ({ page }) => {
  await signIn(page, OFFICER);
  const base = await systemPath(page, "NP0001");
  const added = await simulator("POST", "/systems/NP0001/connections", { localPort: 23, remoteAddress: "198.51.100.77", remotePort: 41077, user: "INTRUDER" });
  expect(added.status).toBe(201);
  const id = (added.json as { id: string }).id;

  await page.goto(`${base}/connections`);
  const row = page.locator('[data-remote="198.51.100.77"]');
  await expect(row).toHaveCount(0);
  await page.getByRole("button", { name: "Scan connections NP0001" }).click();
  // No reload: the table polls the latest reading and the scan's end refreshes it.
  await expect(row).toContainText("INTRUDER", { timeout: 60_000 });
  await expect(row).toContainText("Untrusted");

  expect((await simulator("DELETE", `/systems/NP0001/connections/${id}`)).status).toBe(204);
  await page.getByRole("button", { name: "Scan connections NP0001" }).click();
  await expect(row).toHaveCount(0, { timeout: 60_000 });
});

test("the CSV download holds exactly the rows shown", async ({ page }) => {
  await signIn(page, OFFICER);
  const base = await systemPath(page, "NP0001");
  await page.goto(`${base}/connections`);
  await expect(page.getByTestId("connection-row").first()).toBeVisible();
  await page.getByLabel("Trust", { exact: true }).selectOption("untrusted");
  await page.getByLabel("Local port").selectOption("23");
  const shown = await page.getByTestId("connection-row").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-remote")));
  expect(shown.length).toBeGreaterThan(0);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Download CSV/ }).click()]);
  const lines = readFileSync((await download.path())!, "utf8").trimEnd().split("\r\n");
  expect(lines[0]).toMatch(/^remote_address,remote_port,/);
  const rows = lines.slice(1).map((line) => line.split(","));
  expect(rows.map((cells) => cells[0])).toEqual(shown);
  expect(rows.every((cells) => cells[5] === "23" && cells[12] === "untrusted")).toBe(true);
});

test("an auditor sees every panel and finding, but no control that changes anything, and is refused when calling the actions", async ({ page }) => {
  await signIn(page, AUDITOR);
  await expect(page.getByTestId("fleet-row-NP0001")).toBeVisible();
  await expect(page.getByRole("button", { name: "Scan all" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Scan now/ })).toHaveCount(0);

  const base = await systemPath(page, "NP0001");
  await expect(page.getByRole("button", { name: /^Scan/ })).toHaveCount(0);
  for (const panel of ["ftp", "smtp", "connections", "spool", "remote"]) {
    await page.goto(`${base}/${panel}`);
    await expect(page.getByTestId("panel-finding").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Remediate" })).toHaveCount(0);
  }
  await page.goto(`${base}/connections`);
  await expect(page.getByTestId("connection-row").first()).toBeVisible();
  await expect(page.getByRole("button", { name: /^Trust/ })).toHaveCount(0);

  await page.goto("/findings");
  await page.getByTestId("finding-row").first().getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Evidence" })).toBeVisible();
  const findingId = new URL(page.url()).pathname.split("/")[2]!;
  await expect(page.getByRole("button", { name: "Accept risk" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add comment" })).toHaveCount(0);

  const systemId = base.split("/")[2]!;
  const refused = [
    ["app/(dashboard)/systems/actions.ts", "scanSystemAction", { systemId, kind: "full" }],
    ["app/(dashboard)/systems/actions.ts", "scanAllAction", { kind: "full" }],
    ["app/(dashboard)/systems/actions.ts", "trustNetworkAction", { systemId, address: "203.0.113.45", cidr: "0.0.0.0/0", label: "everything", scope: "fleet" }],
    ["app/(dashboard)/findings/actions.ts", "acceptRiskAction", { findingId, reason: "auditor accepting a risk", until: new Date(Date.now() + 86_400_000).toISOString() }],
    ["app/(dashboard)/findings/actions.ts", "commentAction", { findingId, note: "auditor comment" }],
  ] as const;
  for (const [file, name, input] of refused) {
    const result = await callServerAction(page, "/findings", serverActionId(file, name), [input]);
    expect(result.body, name).toContain("Your role does not allow this.");
  }
  await page.reload();
  await expect(page.getByTestId("event-comment")).toHaveCount(0);
  await expect(page.getByTestId("event-accepted")).toHaveCount(0);
  await page.goto("/admin/audit?outcome=denied");
  for (const action of ["scan.request", "trust.create", "finding.accept_risk", "finding.comment"]) {
    await expect(page.getByTestId("audit-row").filter({ hasText: action }).first()).toContainText(AUDITOR.email);
  }
});

test("findings filter from the URL; garbage values give a clean empty result", async ({ page }) => {
  await signIn(page, OFFICER);
  await page.goto("/findings?severity=critical");
  await expect(page.getByTestId("finding-row").first()).toBeVisible();
  const severities = await page.getByTestId("finding-row").evaluateAll((rows) => rows.map((row) => row.querySelector("td")?.textContent));
  expect(new Set(severities)).toEqual(new Set(["Critical"]));

  for (const garbage of ["severity=catastrophic", "system=' OR 1=1 --", "panel=dns&status=maybe", "page=-4"]) {
    const response = await page.goto(`/findings?${garbage}`);
    expect(response?.status(), garbage).toBe(200);
    await expect(page.getByText("These filter values are not valid, so nothing is listed.")).toBeVisible();
    await expect(page.getByTestId("finding-row")).toHaveCount(0);
  }
  await page.goto("/findings/not-a-uuid");
  await expect(page.getByText("This finding does not exist.")).toBeVisible();
  await page.goto("/systems/00000000-0000-4000-8000-000000000000");
  await expect(page.getByText("This system is not registered.")).toBeVisible();
  await page.goto("/systems/garbage'--/ftp");
  await expect(page.getByText("This system is not registered.")).toBeVisible();
});

test("an officer accepts a risk with a reason and an end date, and comments; both join the finding's history", async ({ page }) => {
  await signIn(page, OFFICER);
  const base = await systemPath(page, "NP0001");
  await page.goto(`${base}/ftp`);
  await page.getByTestId("panel-finding").filter({ hasText: "FTP starts automatically with TCP/IP" }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "FTP starts automatically with TCP/IP" })).toBeVisible();
  await expect(page.getByText(/SELECT SERVER, AUTOSTART FROM QUSRSYS\.QATOCSTART/)).toBeVisible();
  await expect(page.getByTestId("event-opened")).toBeVisible();

  await page.getByLabel("Why the risk is acceptable").fill("Needed until the SFTP cut-over (CHG-1234)");
  const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Accepted until").fill(until);
  await page.getByRole("button", { name: "Accept risk" }).click();
  await expect(page.getByTestId("event-accepted")).toContainText("Needed until the SFTP cut-over (CHG-1234)");
  await expect(page.getByText(`Risk accepted by ${OFFICER.email} until ${until}`)).toBeVisible();

  await page.getByLabel("Comment").fill("Vendor confirmed the cut-over date.");
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(page.getByTestId("event-comment")).toContainText("Vendor confirmed the cut-over date.");
  await expect(page.getByTestId("event-comment")).toContainText(OFFICER.email);
});
