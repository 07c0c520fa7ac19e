import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Steps several e2e tests take the same way a coach does: a new candidate, a trajectory. */

/** Ctrl+N on the candidate list, once the list is on screen (its shortcut comes with it). */
export async function pressNewCandidate(page: Page) {
  await expect(page.getByRole('heading', { name: 'Kandidaten', exact: true })).toBeVisible();
  await page.keyboard.press('Control+n');
}

/** A candidate with only a name; ends on the candidate's screen. */
export async function newCandidate(page: Page, firstName: string, lastName: string) {
  await page.goto('#/kandidaten');
  await pressNewCandidate(page);
  const dialog = page.getByRole('dialog', { name: 'Nieuwe kandidaat' });
  await dialog.getByLabel('Voornaam').fill(firstName);
  await dialog.getByLabel('Achternaam').fill(lastName);
  await dialog.getByRole('button', { name: 'Kandidaat aanmaken' }).click();
  await expect(page.getByRole('heading', { name: `${firstName} ${lastName}` })).toBeVisible();
}

/** From the candidate's screen, a running trajectory; ends on the trajectory's screen. */
export async function newTrajectory(page: Page) {
  await page.getByRole('link', { name: 'Nieuw traject' }).click();
  await page.getByLabel('Functie / rol').fill('Medewerker groenvoorziening');
  await page.getByLabel('Startdatum').fill('2026-03-02');
  await page.getByLabel('Uren per week').fill('16');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Leerdoelen' })).toBeVisible();
}

/** On the trajectory's screen: completed on `endedOn`, so its certificate can be made. */
export async function completeTrajectory(page: Page, endedOn: string) {
  const status = page.getByLabel('Status', { exact: true });
  await status.selectOption({ label: 'Afgerond' });
  await page.getByLabel('Einddatum').fill(endedOn);
  await saveTrajectoryForm(page);
  await expect(page.getByRole('heading', { name: 'Getuigschrift' })).toBeVisible();
}

/** Presses the trajectory form's own Opslaan: the screen has other panels with an Opslaan of their own. */
export async function saveTrajectoryForm(page: Page) {
  const form = page.locator('form').filter({ has: page.getByLabel('Status', { exact: true }) });
  await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
}
