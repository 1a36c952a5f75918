import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, AUDITOR, OFFICER } from "./support/env";
import { callServerAction, serverActionId, signIn, signOut } from "./support/session";

/** A simulated IBM i of our own, so the one this spec registers is not already in the demo fleet. */
interface SimulatedSystem {
  name: string;
  host: string;
  port: number;
  user: string;
  password: string;
  hostKeySha256: string;
}

let simulator: ChildProcess;
let system: SimulatedSystem;
/** The simulator's HTTP control API (faults such as a changed host key). */
let control: string;
const displayName = `E2E-${Date.now().toString(36).toUpperCase()}`;
/** A network the demo's own seed does not trust (shared address space, RFC 6598). */
const officeNetwork = `100.64.${Date.now() % 250}.0/24`;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  simulator = spawn(process.execPath, ["--import", "tsx", "simulator/cli.ts", "--systems", "1", "--json", "--control-port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<never>((_resolve, reject) => simulator.once("exit", (code) => reject(new Error(`the simulator exited (${code})`))));
  const firstLine = new Promise<string>((resolve) => createInterface({ input: simulator.stdout! }).once("line", resolve));
  const controlUrl = new Promise<string>((resolve) =>
    createInterface({ input: simulator.stderr! }).on("line", (line) => {
      const match = /Control API on (http:\/\/\S+)/.exec(line);
      if (match) resolve(match[1]!);
    }),
  );
  system = JSON.parse(await Promise.race([firstLine, exited])) as SimulatedSystem;
  control = await Promise.race([controlUrl, exited]);
});

test.afterAll(async () => {
  if (simulator.exitCode !== null) return;
  const exited = new Promise((resolve) => simulator.once("exit", resolve));
  simulator.kill("SIGTERM");
  await exited;
});

async function fillConnection(page: Page, values: { name?: string; host?: string; port?: string; user?: string; password?: string }) {
  await page.getByLabel("Display name").fill(values.name ?? displayName);
  await page.getByLabel("Host", { exact: true }).fill(values.host ?? system.host);
  await page.getByLabel("SSH port").fill(values.port ?? String(system.port));
  await page.getByLabel("User profile").fill(values.user ?? system.user);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(values.password ?? system.password);
}

test("an admin registers a simulated system after verifying its host key fingerprint", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.getByRole("link", { name: "Systems" }).click();
  await page.getByRole("link", { name: "Register a system" }).click();
  await fillConnection(page, {});
  await page.getByLabel("Tags").fill("e2e, simulated");
  const register = page.getByRole("button", { name: "Register system" });
  await expect(register).toBeDisabled();

  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByTestId("fingerprint-verified-fingerprint")).toHaveText(system.hostKeySha256);
  await expect(page.getByTestId("connection-report")).toContainText(`Profile: ${system.user}`);
  await expect(page.getByTestId("readiness-connections")).toBeVisible();
  // Without the tick there is no saving.
  await expect(register).toBeDisabled();
  await page.getByLabel("I have verified this fingerprint").check();
  await register.click();

  await expect(page).toHaveURL(/\/admin\/systems\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: displayName, level: 1 })).toBeVisible();
  await expect(page.getByText(system.hostKeySha256).first()).toBeVisible();
  // The stored password is never sent back, not even masked.
  await expect(page.getByRole("textbox", { name: "Password", exact: true })).toHaveValue("");
  expect(await page.content()).not.toContain(system.password);

  await page.getByLabel("Read-only").check();
  await page.getByRole("button", { name: "Save safety switches" }).click();
  await expect(page.getByText("Safety switches saved.")).toBeVisible();

  await page.goto("/admin/systems");
  await expect(page.getByTestId(`system-row-${displayName}`)).toContainText(`${system.host}:${system.port}`);
  await expect(page.getByTestId(`system-row-${displayName}`)).toContainText("Read-only");
  await page.goto("/admin/audit?action=system.");
  await expect(page.getByTestId("audit-row").filter({ hasText: "system.create" }).first()).toContainText(ADMIN.email);
  await expect(page.getByTestId("audit-row").filter({ hasText: "system.safety.update" }).first()).toContainText(ADMIN.email);
});

test("a changed host key is shown with both fingerprints and pinned again only when the admin accepts it", async ({ page }) => {
  const faults = await fetch(`${control}/systems/${system.name}/faults`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ hostKeyChanged: true }),
  });
  expect(faults.ok).toBe(true);
  await signIn(page, ADMIN);
  await page.goto("/admin/systems");
  await page.getByRole("link", { name: displayName }).click();
  await page.waitForURL(/\/admin\/systems\/[0-9a-f-]{36}$/);
  const systemPage = page.url();
  const systemId = systemPage.split("/").at(-1)!;
  // Disabling drops the pooled SSH connection, so the next scan makes a new handshake.
  await page.getByRole("button", { name: "Disable system" }).click();
  await expect(page.getByText(`${displayName} is disabled: no scans, no remediations.`)).toBeVisible();
  await page.getByRole("button", { name: "Enable system" }).click();
  await expect(page.getByText(`${displayName} is enabled again.`)).toBeVisible();
  const scanNow = serverActionId("app/(dashboard)/systems/actions.ts", "scanSystemAction");
  expect((await callServerAction(page, systemPage, scanNow, [{ systemId, kind: "connections" }])).status).toBe(200);

  const alert = page.getByTestId("host-key-alert");
  await expect(async () => {
    await page.reload();
    await expect(alert).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expect(alert).toContainText(`The host key of ${displayName} changed. If you did not expect this, someone may be intercepting the connection.`);
  await expect(page.getByTestId("host-key-old")).toHaveText(system.hostKeySha256);
  const presented = (await page.getByTestId("host-key-new").textContent())!;
  expect(presented).toMatch(/^SHA256:/);
  expect(presented).not.toBe(system.hostKeySha256);

  const accept = page.getByRole("button", { name: "Accept the new key" });
  await expect(accept).toBeDisabled();
  await alert.getByLabel("I have verified this fingerprint").check();
  await accept.click();
  await expect(page.getByText(`The new host key of ${displayName} is pinned.`)).toBeVisible();
  await expect(alert).toHaveCount(0);
  await expect(page.getByText(presented).first()).toBeVisible();
  await page.goto("/admin/audit?action=system.host_key");
  await expect(page.getByTestId("audit-row").filter({ hasText: "system.host_key.accept" }).first()).toContainText(ADMIN.email);
});

test("bad input is reported at the field it concerns, and nothing is saved", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/systems/new");
  const testButton = page.getByRole("button", { name: "Test connection" });

  await fillConnection(page, { name: "E2E-BAD", port: "ssh" });
  await testButton.click();
  await expect(page.locator("#system-port-error")).toHaveText("Enter the SSH port as a number.");

  await fillConnection(page, { name: "E2E-BAD", host: "ssh://prod1" });
  await testButton.click();
  await expect(page.locator("#system-host-error")).toContainText("without a scheme or port");

  // Port 1 on loopback: nothing listens there, so the connection is refused.
  await fillConnection(page, { name: "E2E-BAD", port: "1" });
  await testButton.click();
  await expect(page.locator("#system-port-error")).toContainText("refused the connection on port 1");

  await fillConnection(page, { name: "E2E-BAD", password: "not-the-password" });
  await testButton.click();
  await expect(page.locator("#system-password-error")).toContainText(`did not accept the credentials for ${system.user}`);

  // A name already in use is refused when saving, after a successful test.
  await fillConnection(page, { name: displayName.toLowerCase() });
  await testButton.click();
  await page.getByLabel("I have verified this fingerprint").check();
  await page.getByRole("button", { name: "Register system" }).click();
  await expect(page.locator("#system-name-error")).toHaveText("A system with this name is already registered.");
  await expect(page).toHaveURL(/\/admin\/systems\/new$/);

  await page.goto("/admin/systems");
  await expect(page.getByTestId("system-row-E2E-BAD")).toHaveCount(0);
});

test("an officer manages trusted networks but has no system administration, not even by calling the actions", async ({ page }) => {
  await signIn(page, OFFICER);
  await expect(page.getByRole("link", { name: "Systems" })).toHaveCount(0);
  for (const path of ["/admin/systems", "/admin/systems/new"]) {
    await page.goto(path);
    await expect(page.getByText("Your role does not give access to this page.")).toBeVisible();
  }

  await page.getByRole("link", { name: "Trusted networks" }).click();
  const form = page.getByRole("form", { name: "Add a trusted network" });
  await form.getByLabel("Network (CIDR)").fill(officeNetwork);
  await form.getByLabel("Label").fill("Branch office");
  await form.getByLabel("Local ports").fill("23, 992");
  await form.getByRole("button", { name: "Add trusted network" }).click();
  await expect(page.getByTestId(`trusted-network-${officeNetwork}`)).toContainText("Branch office");
  await expect(page.getByTestId(`trusted-network-${officeNetwork}`)).toContainText("23, 992");

  await form.getByLabel("Network (CIDR)").fill(officeNetwork.replace(".0/24", ".1/24"));
  await form.getByLabel("Label").fill("Host bits");
  await form.getByRole("button", { name: "Add trusted network" }).click();
  await expect(page.locator("#tn-new-cidr-error")).toContainText("use the network address");

  const register = serverActionId("app/(dashboard)/admin/systems/actions.ts", "registerSystemAction");
  const result = await callServerAction(page, "/admin/systems", register, [
    {
      name: "E2E-INTRUDER",
      host: system.host,
      port: system.port,
      userProfile: system.user,
      authMethod: "password",
      password: system.password,
      fullScanMinutes: 60,
      connectionsMinutes: 5,
      confirmedFingerprint: system.hostKeySha256,
      fingerprintVerified: true,
    },
  ]);
  expect(result.body).toContain("Your role does not allow this.");
  const testConnection = serverActionId("app/(dashboard)/admin/systems/actions.ts", "testConnectionAction");
  expect((await callServerAction(page, "/admin/systems", testConnection, [{ host: system.host, port: system.port, userProfile: system.user, authMethod: "password", password: system.password }])).body).toContain(
    "Your role does not allow this.",
  );
});

test("an auditor reaches neither page and every direct action call is refused and audited", async ({ page }) => {
  await signIn(page, AUDITOR);
  await expect(page.getByRole("link", { name: "Trusted networks" })).toHaveCount(0);
  for (const path of ["/admin/systems", "/admin/systems/new", "/admin/trusted-networks"]) {
    await page.goto(path);
    await expect(page.getByText("Your role does not give access to this page.")).toBeVisible();
  }
  const createTrust = serverActionId("app/(dashboard)/admin/trusted-networks/actions.ts", "createTrustedNetworkAction");
  const trust = await callServerAction(page, "/admin/trusted-networks", createTrust, [{ cidr: "0.0.0.0/0", label: "Everyone" }]);
  expect(trust.body).toContain("Your role does not allow this.");
  const policy = serverActionId("app/(dashboard)/admin/systems/actions.ts", "updatePolicyAction");
  const policyResult = await callServerAction(page, "/admin/systems", policy, [{ systemId: "00000000-0000-4000-8000-000000000000", overrides: { approvedServers: ["ftp"] } }]);
  expect(policyResult.body).toContain("Your role does not allow this.");

  await page.goto("/admin/audit?outcome=denied&action=trust.");
  await expect(page.getByTestId("audit-row").filter({ hasText: "trust.create" }).first()).toContainText(AUDITOR.email);

  await signOut(page);
  await signIn(page, ADMIN);
  await page.goto("/admin/trusted-networks");
  await expect(page.getByTestId("trusted-network-0.0.0.0/0")).toHaveCount(0);
  await expect(page.getByTestId(`trusted-network-${officeNetwork}`)).toBeVisible();
});
