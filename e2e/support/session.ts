import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";

export async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("user-email")).toHaveText(user.email);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

/** The id Next gave a server action in the production build, to call it the way an attacker would. */
export function serverActionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, value]) => value.filename === file && value.exportedName === exportedName);
  if (!entry) throw new Error(`No server action ${exportedName} in ${file}`);
  return entry[0];
}

/** Posts straight to a server action, bypassing the UI (the browser's cookies are sent). */
export async function callServerAction(page: Page, route: string, actionId: string, args: unknown[]) {
  return page.evaluate(
    async ({ route, actionId, args }) => {
      const response = await fetch(route, {
        method: "POST",
        headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
        body: JSON.stringify(args),
      });
      return { status: response.status, body: await response.text() };
    },
    { route, actionId, args },
  );
}
