import { expect, type Page } from "@playwright/test";

export const MEMBERS_PATH = "/settings/members";

export function memberRow(page: Page, name: string) {
  return page
    .getByRole("table", { name: "Members" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name }) });
}

export async function chooseMemberAction(page: Page, name: string, item: string): Promise<void> {
  await page.getByRole("button", { name: `More actions for ${name}`, exact: true }).click();
  await page.getByRole("menuitem", { name: item, exact: true }).click();
}

// Fills and submits the "Add member" dialog; a person gets `password`, a technical user none.
export async function addMember(
  page: Page,
  member: { name: string; email: string; role: string; password?: string; technical?: boolean },
): Promise<void> {
  await page.getByRole("button", { name: "Add member" }).click();
  const dialog = page.getByRole("dialog", { name: "Add member" });
  await dialog.getByLabel("Name").fill(member.name);
  await dialog.getByLabel("Email").fill(member.email);
  await dialog.getByLabel("Role").selectOption({ label: member.role });
  if (member.technical) {
    await dialog.getByLabel("Technical user").check();
    await expect(dialog.getByLabel("Initial password")).toHaveCount(0);
  } else {
    await dialog.getByLabel("Initial password").fill(member.password ?? "");
  }
  await dialog.getByRole("button", { name: "Add member" }).click();
  await expect(dialog).toBeHidden();
}
