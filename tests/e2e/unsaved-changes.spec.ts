import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { browserDate } from './settings';
import {
  completeTrajectory,
  newCandidate,
  newTrajectory,
  pressNewCandidate,
  saveTrajectoryForm,
} from './steps';

/** Issue 17.5: no typed work is lost without a question, whichever way the coach leaves. */

const question = (page: Page) =>
  page.getByRole('alertdialog', { name: 'Wijzigingen niet opgeslagen' });

/** Leaving asks; Annuleren (which has the focus) keeps the coach on the form with the text. */
async function leavingAsks(
  page: Page,
  leave: () => Promise<unknown>,
  field: Locator,
  typed: string,
) {
  await leave();
  const asked = question(page);
  await expect(asked).toBeVisible();
  await expect(asked).toContainText('U hebt wijzigingen die nog niet zijn opgeslagen.');
  const stay = asked.getByRole('button', { name: 'Annuleren' });
  await expect(stay).toBeFocused();
  await stay.click();
  await expect(asked).toBeHidden();
  await expect(field).toHaveValue(typed);
}

test('elk formulier vraagt eerst bij weggaan; Annuleren bewaart wat er getypt is', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const candidates = page.getByRole('link', { name: 'Kandidaten', exact: true });

  // Instellingen: a link in the menu.
  await page.goto('#/instellingen');
  const organisation = page.getByLabel('Naam organisatie');
  await organisation.fill('Stichting De Brug');
  await leavingAsks(page, () => candidates.click(), organisation, 'Stichting De Brug');
  await expect(page.getByRole('heading', { name: 'Instellingen' })).toBeVisible();
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('De instellingen zijn opgeslagen.', { exact: true })).toBeVisible();

  // Nieuwe kandidaat: Escape; "Niet opslaan" closes and forgets.
  await candidates.click();
  await pressNewCandidate(page);
  const newDialog = page.getByRole('dialog', { name: 'Nieuwe kandidaat' });
  await newDialog.getByLabel('Voornaam').fill('Sem');
  await leavingAsks(
    page,
    () => page.keyboard.press('Escape'),
    newDialog.getByLabel('Voornaam'),
    'Sem',
  );
  await expect(newDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await question(page).getByRole('button', { name: 'Niet opslaan' }).click();
  await expect(newDialog).toBeHidden();
  await pressNewCandidate(page);
  await expect(newDialog.getByLabel('Voornaam')).toHaveValue('');
  // The dialog takes Escape once it has set itself up (it then focuses its first field).
  await expect(newDialog.getByLabel('Voornaam')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(newDialog).toBeHidden();

  // Kandidaat: the menu.
  await newCandidate(page, 'Fatma', 'Çelik');
  const motivation = page.getByLabel('Motivatie');
  await motivation.fill('Wil graag buiten werken.');
  await leavingAsks(page, () => candidates.click(), motivation, 'Wil graag buiten werken.');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('De kandidaat is opgeslagen.', { exact: true })).toBeVisible();

  // Traject: the link back to the candidate.
  await newTrajectory(page);
  const back = page.getByRole('link', { name: /Terug naar Fatma/ });
  const role = page.getByLabel('Functie / rol');
  await role.fill('Hovenier');
  await leavingAsks(page, () => back.click(), role, 'Hovenier');
  await saveTrajectoryForm(page);
  await expect(page.getByText('Het traject is opgeslagen.', { exact: true })).toBeVisible();

  // Begeleiding: the quick entry and the edit dialog.
  const entry = page.getByRole('form', { name: 'Contact vastleggen' });
  await entry.getByLabel('Minuten').fill('30');
  await entry.getByLabel('Notitie').fill('Kennismaking op de werkvloer');
  await leavingAsks(
    page,
    () => back.click(),
    entry.getByLabel('Notitie'),
    'Kennismaking op de werkvloer',
  );
  await entry.getByLabel('Notitie').press('Enter');
  await expect(page.locator('.coaching-list tbody tr')).toHaveCount(1);
  await page.locator('.coaching-list').getByRole('button', { name: 'Bewerken' }).click();
  const edit = page.getByRole('dialog', { name: 'Contact bewerken' });
  await edit.getByLabel('Notitie').fill('Kennismaking met de praktijkbegeleider');
  await leavingAsks(
    page,
    () => edit.getByRole('button', { name: 'Annuleren' }).click(),
    edit.getByLabel('Notitie'),
    'Kennismaking met de praktijkbegeleider',
  );
  await edit.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(edit).toBeHidden();
  await expect(page.locator('.coaching-list')).toContainText(
    'Kennismaking met de praktijkbegeleider',
  );

  // Werknemersprofiel.
  const brings = page.getByLabel('Wat de kandidaat meebrengt');
  await brings.fill('Ervaring in een moestuin');
  await leavingAsks(page, () => back.click(), brings, 'Ervaring in een moestuin');
  await back.click();
  await question(page).getByRole('button', { name: 'Niet opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Fatma Çelik' })).toBeVisible();
});

test('toestemming: de datum staat op vandaag, is nodig, en zonder datum zegt de melding wat er ontbreekt', async ({
  page,
}) => {
  await newCandidate(page, 'Aminata', 'Ouédraogo');
  await page.getByLabel('Motivatie').fill('Wil in de zorg werken.');
  await page.getByLabel('Mag met naam besproken worden in het regionale overleg').check();
  const consentOn = page.getByLabel('Toestemming gegeven op');
  await expect(consentOn).toHaveValue(browserDate());
  await expect(page.getByText('Toestemming gegeven op (optioneel)')).toHaveCount(0);

  // Emptied by the coach: saving names the field and what to do; nothing is lost.
  await consentOn.fill('');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(
    page.getByText(
      'Vul bij "Toestemming gegeven op" de datum in waarop de kandidaat toestemming gaf; zonder die datum kan de toestemming niet worden opgeslagen.',
    ),
  ).toBeVisible();

  // Leaving with "Opslaan" while the date is missing: not saved, the coach stays, the intake too.
  await page.getByRole('link', { name: 'Kandidaten', exact: true }).click();
  await expect(question(page)).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/wijzigingen-niet-opgeslagen.png' });
  await question(page).getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(
    page.getByText(
      'Niet opgeslagen: controleer de gemarkeerde velden. Uw wijzigingen staan er nog.',
      { exact: true },
    ),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Aminata Ouédraogo' })).toBeVisible();
  await expect(page.getByLabel('Motivatie')).toHaveValue('Wil in de zorg werken.');

  // With the date, "Opslaan" saves and goes where the coach was going.
  await consentOn.fill('2026-02-10');
  await page.getByRole('link', { name: 'Kandidaten', exact: true }).click();
  await question(page).getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Kandidaten', exact: true })).toBeVisible();
  await page
    .getByRole('row', { name: /Aminata Ouédraogo/ })
    .getByRole('link')
    .click();
  await expect(page.getByLabel('Motivatie')).toHaveValue('Wil in de zorg werken.');
  await expect(page.getByLabel('Toestemming gegeven op')).toHaveValue('2026-02-10');
});

test('Terug in de browser: een gewijzigde praktijkbegeleider gaat niet verloren', async ({
  page,
}) => {
  await newCandidate(page, 'Daan', 'de Vries');
  await newTrajectory(page);
  const trajectoryUrl = page.url();
  const supervisor = page.getByLabel('Praktijkbegeleider');
  await supervisor.fill('Mevrouw Jansen');

  // Back: the screen and the address stay while the coach is asked.
  await page.goBack({ waitUntil: 'commit' });
  await expect(question(page)).toBeVisible();
  await expect(page).toHaveURL(trajectoryUrl);
  await question(page).getByRole('button', { name: 'Annuleren' }).click();
  await expect(supervisor).toHaveValue('Mevrouw Jansen');
  await expect(page).toHaveURL(trajectoryUrl);

  // Back again, Opslaan: saved, then on to where Back went.
  await page.goBack({ waitUntil: 'commit' });
  await question(page).getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Daan de Vries' })).toBeVisible();
  await page.locator('.timeline-item a').first().click();
  await expect(page.getByLabel('Praktijkbegeleider')).toHaveValue('Mevrouw Jansen');
});

/** A new trajectory's "Evaluatie toevoegen" dialog with a report typed in, not yet saved. */
async function evaluationWithReport(page: Page) {
  await newCandidate(page, 'Noor', 'Bakker');
  await newTrajectory(page);
  const report = 'Noor komt op tijd en vraagt zelf om nieuwe taken.';
  await page.getByRole('button', { name: 'Evaluatie toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Evaluatie toevoegen' });
  await dialog.getByLabel('Verslag').fill(report);
  return { dialog, report };
}

test('Evaluatie toevoegen: Escape vraagt eerst en het verslag blijft', async ({ page }) => {
  const { dialog, report } = await evaluationWithReport(page);
  await leavingAsks(
    page,
    () => page.keyboard.press('Escape'),
    dialog.getByLabel('Verslag'),
    report,
  );
  await expect(dialog).toBeVisible();
  // Escape in the question is Annuleren too.
  await page.keyboard.press('Escape');
  await expect(question(page).getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question(page)).toBeHidden();
  await expect(dialog.getByLabel('Verslag')).toHaveValue(report);

  await page.keyboard.press('Escape');
  await question(page).getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.evaluation')).toHaveCount(1);
  await expect(page.locator('.evaluation')).toContainText(report);

  // Niet opslaan: closed, nothing added.
  await page.getByRole('button', { name: 'Evaluatie toevoegen' }).click();
  await dialog.getByLabel('Verslag').fill('Weggooien');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await question(page).getByRole('button', { name: 'Niet opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.evaluation')).toHaveCount(1);
});

test('Wijzigingen niet opgeslagen: Escape meteen na de vraag is Annuleren, ook op een trage computer', async ({
  page,
}) => {
  const { dialog, report } = await evaluationWithReport(page);

  // A slow computer (CI: two busy cores) with two Escapes waiting: the first asks, the second
  // comes before the page has finished setting the question up, and must still be its Annuleren.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  const escape = { key: 'Escape', code: 'Escape', windowsVirtualKeyCode: 27 };
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      (['keyDown', 'keyUp', 'keyDown', 'keyUp'] as const).map((type) =>
        cdp.send('Input.dispatchKeyEvent', { type, ...escape }),
      ),
    );
    await expect(question(page)).toBeHidden();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Verslag')).toHaveValue(report);
  }
  // Each question was answered, not left hanging: the next Escape asks again.
  await page.keyboard.press('Escape');
  await expect(question(page)).toBeVisible();
});

test('concepten: de persoonlijke tekst van het getuigschrift en de rapportage blijven bewaard', async ({
  page,
}) => {
  // A certificate names the organisation and is signed.
  await page.goto('#/instellingen');
  await page.getByLabel('Naam organisatie').fill('Stichting De Brug');
  await page.getByLabel('Naam ondertekenaar').fill('Jan de Vries');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('De instellingen zijn opgeslagen.', { exact: true })).toBeVisible();

  await newCandidate(page, 'Sanne', 'Visser');
  await newTrajectory(page);
  await completeTrajectory(page, '2026-09-01');

  const personal = 'Sanne heeft het groen rond het zorgcentrum met veel zorg onderhouden.';
  await page.getByLabel('Tekst van het getuigschrift').fill(personal);
  const conclusion = 'Sanne is klaar voor betaald werk.';
  await page.getByRole('button', { name: 'Voortgangsrapportage' }).click();
  const reportDialog = page.getByRole('dialog', { name: 'Voortgangsrapportage maken' });
  await reportDialog.getByLabel('Conclusie van de werkcoach').fill(conclusion);
  // A draft is kept, so closing and leaving ask nothing.
  await page.keyboard.press('Escape');
  await expect(reportDialog).toBeHidden();
  await page.getByRole('link', { name: /Terug naar Sanne/ }).click();
  await expect(question(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Sanne Visser' })).toBeVisible();

  await page.locator('.timeline-item a').first().click();
  await expect(page.getByLabel('Tekst van het getuigschrift')).toHaveValue(personal);
  await page.getByRole('button', { name: 'Voortgangsrapportage' }).click();
  await expect(reportDialog.getByLabel('Conclusie van de werkcoach')).toHaveValue(conclusion);
  await page.keyboard.press('Escape');

  // Closing the tab would lose the drafts: the browser asks first.
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(asked).toEqual(['beforeunload']);
  // A reload keeps the draft (sessionStorage), a print issues it and forgets it.
  await expect(page.getByLabel('Tekst van het getuigschrift')).toHaveValue(personal);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Getuigschrift afdrukken' }).click();
  await download;
  await expect(page.getByText(/Uitgegeven als nummer/)).toBeVisible();
  expect(
    await page.evaluate(() =>
      sessionStorage.getItem('instap.draft.certificate-text:' + location.hash.split('/').pop()),
    ),
  ).toBeNull();
});
