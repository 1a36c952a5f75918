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
const displayName = `E2E-${Date.now().toString(36).toUpperCase()}`;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  simulator = spawn(process.execPath, ["--import", "tsx", "simulator/cli.ts", "--systems", "1", "--json"], { stdio: ["ignore", "pipe", "inherit"] });
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: simulator.stdout! }).once("line", resolve);
    simulator.once("exit", (code) => reject(new Error(`the simulator exited (${code})`)));
  });
  system = JSON.parse(firstLine) as SimulatedSystem;
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
  await form.getByLabel("Network (CIDR)").fill("10.20.0.0/16");
  await form.getByLabel("Label").fill("Branch office");
  await form.getByLabel("Local ports").fill("23, 992");
  await form.getByRole("button", { name: "Add trusted network" }).click();
  await expect(page.getByTestId("trusted-network-10.20.0.0/16")).toContainText("Branch office");
  await expect(page.getByTestId("trusted-network-10.20.0.0/16")).toContainText("23, 992");

  await form.getByLabel("Network (CIDR)").fill("10.20.1.1/16");
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
  await expect(page.getByTestId("trusted-network-10.20.0.0/16")).toBeVisible();
});
