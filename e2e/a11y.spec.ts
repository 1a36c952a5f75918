import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { OFFICER } from "./support/env";
import { signIn } from "./support/session";

/**
 * No serious or critical accessibility violation (axe-core, WCAG 2 A/AA rules) on the pages an
 * officer spends the day on, in light and in dark mode.
 */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")) }));
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test("the fleet, a system's overview and panels, and the findings pages", async ({ page }) => {
      await signIn(page, OFFICER);
      // The demo queues a first scan of every system at start; the pages are judged with data in them.
      await expect(async () => {
        await page.reload();
        await expect(page.getByTestId("fleet-row-NP0001")).toContainText("Succeeded", { timeout: 2_000 });
      }).toPass({ timeout: 120_000 });
      expect(await seriousViolations(page), "fleet").toEqual([]);

      await page.getByRole("link", { name: "NP0001", exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: "NP0001" })).toBeVisible();
      expect(await seriousViolations(page), "system overview").toEqual([]);
      const base = new URL(page.url()).pathname;
      for (const panel of ["ftp", "smtp", "connections", "spool", "remote"]) {
        await page.goto(`${base}/${panel}`);
        await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
        expect(await seriousViolations(page), panel).toEqual([]);
      }

      await page.goto("/findings");
      await expect(page.getByRole("heading", { level: 1, name: "Findings" })).toBeVisible();
      expect(await seriousViolations(page), "findings").toEqual([]);
      await page.getByTestId("finding-row").first().getByRole("link").first().click();
      await expect(page.getByRole("heading", { name: "Evidence" })).toBeVisible();
      expect(await seriousViolations(page), "finding detail").toEqual([]);
    });
  });
}
