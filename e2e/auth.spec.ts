import { expect, test } from "@playwright/test";
import { ADMIN, AUDITOR, OFFICER } from "./support/env";
import { callServerAction, serverActionId, signIn, signOut } from "./support/session";

test.describe("sign-in and roles", () => {
  test("anonymous visitors are sent to the sign-in page", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("a wrong password gets one clear message that does not say which part was wrong", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(OFFICER.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText("The email or password is not correct.");
    await page.getByLabel("Email").fill("nobody@portcullis.local");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText("The email or password is not correct.");
  });

  test("the admin manages users and reads the audit log, then signs out", async ({ page }) => {
    await signIn(page, ADMIN);
    await expect(page.getByTestId("user-role")).toHaveText("Administrator");
    await page.getByRole("link", { name: "Users" }).click();
    await page.getByLabel("Email", { exact: true }).fill("new.officer@portcullis.local");
    await page.getByLabel("Name", { exact: true }).fill("New Officer");
    await page.getByLabel("Role", { exact: true }).selectOption("officer");
    await page.getByLabel("Initial password").fill("a-long-initial-password");
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByTestId("user-row-new.officer@portcullis.local")).toContainText("Security officer");
    await page.getByRole("link", { name: "Audit log" }).click();
    await expect(page.getByTestId("audit-row").filter({ hasText: "user.create" }).first()).toContainText(ADMIN.email);
    await signOut(page);
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("the officer has no administration", async ({ page }) => {
    await signIn(page, OFFICER);
    await expect(page.getByTestId("user-role")).toHaveText("Security officer");
    await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
    await page.goto("/admin/users");
    await expect(page.getByText("Your role does not give access to this page.")).toBeVisible();
  });

  test("the auditor reads the audit log but is refused admin pages and admin actions called directly", async ({ page }) => {
    await signIn(page, AUDITOR);
    await expect(page.getByTestId("user-role")).toHaveText("Auditor");
    await expect(page.getByRole("link", { name: "Audit log" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
    await page.goto("/admin/users");
    await expect(page.getByText("Your role does not give access to this page.")).toBeVisible();

    const createUser = serverActionId("app/(dashboard)/admin/users/actions.ts", "createUserAction");
    const result = await callServerAction(page, "/admin/users", createUser, [
      { email: "intruder@portcullis.local", name: "Intruder", role: "admin", password: "intruder-password" },
    ]);
    expect(result.body).toContain("Your role does not allow this.");

    await page.goto("/admin/audit?outcome=denied");
    await expect(page.getByTestId("audit-row").filter({ hasText: "user.create" }).first()).toContainText(AUDITOR.email);
    await signOut(page);

    await signIn(page, ADMIN);
    await page.goto("/admin/users");
    await expect(page.getByTestId("user-row-intruder@portcullis.local")).toHaveCount(0);
  });
});
