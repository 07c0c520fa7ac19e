import { expect, test, type Page } from '@playwright/test';

/** The token the page received, read the way the renderer reads it. */
async function pageToken(page: Page): Promise<string> {
  await page.goto('#/instellingen');
  return page.locator('meta[name="instap-token"]').getAttribute('content') as Promise<string>;
}

test('de webhost weigert een aanroep zonder token', async ({ request }) => {
  const response = await request.post('api/app:info', { data: {} });
  expect(response.status()).toBe(403);
  expect((await response.json()).ok).toBe(false);
});

test('de webhost weigert een aanroep van een vreemde Origin, ook met token', async ({
  page,
  request,
}) => {
  const token = await pageToken(page);
  const foreign = await request.post('api/app:info', {
    data: {},
    headers: { 'x-instap-token': token, Origin: 'http://evil.example' },
  });
  expect(foreign.status()).toBe(403);

  const own = await request.post('api/app:info', {
    data: {},
    headers: { 'x-instap-token': token, Origin: 'http://127.0.0.1:5199' },
  });
  expect(own.status()).toBe(200);
  expect((await own.json()).value.transport).toBe('web');
});

test('de webhost weigert een vreemde Host (DNS-rebinding)', async ({ page, request }) => {
  const token = await pageToken(page);
  const response = await request.post('api/app:info', {
    data: {},
    headers: { 'x-instap-token': token, Host: 'evil.example:5199' },
  });
  expect(response.status()).toBe(403);
});
