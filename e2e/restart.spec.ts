import { expect, test } from "@playwright/test";
import { AppProcess } from "./support/app-process";
import { ADMIN, OFFICER } from "./support/env";
import { signIn } from "./support/session";

test("a restart keeps data: a user created before the restart signs in after it", async ({ browser }) => {
  test.setTimeout(180_000);
  const app = new AppProcess(3101, "data/e2e-restart", {
    PORTCULLIS_ADMIN_EMAIL: ADMIN.email,
    PORTCULLIS_ADMIN_PASSWORD: ADMIN.password,
    PORTCULLIS_DEMO_PASSWORD: OFFICER.password,
  });
  await app.start({ fresh: true });
  try {
    const context = await browser.newContext({ baseURL: app.baseURL });
    const page = await context.newPage();
    await signIn(page, ADMIN);
    await page.goto("/admin/users");
    await page.getByLabel("Email", { exact: true }).fill("survivor@portcullis.local");
    await page.getByLabel("Name", { exact: true }).fill("Survivor");
    await page.getByLabel("Initial password").fill("survives-a-restart");
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByTestId("user-row-survivor@portcullis.local")).toBeVisible();
    await context.close();

    await app.stop();
    await app.start();

    const after = await browser.newContext({ baseURL: app.baseURL });
    const again = await after.newPage();
    await signIn(again, { email: "survivor@portcullis.local", password: "survives-a-restart" });
    await expect(again.getByTestId("user-role")).toHaveText("Auditor");
    await after.close();
  } finally {
    await app.stop();
  }
});
