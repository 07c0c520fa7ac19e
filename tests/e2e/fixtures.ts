import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
} from '@playwright/test';

/**
 * The e2e tests' `test`: Playwright's own, plus a guard that fails a test when the page broke
 * its Content Security Policy (Chromium reports each refused style or script on the console).
 * Contexts a test opens itself come from `openContext`, so that they are watched too.
 */
interface Fixtures {
  cspViolations: string[];
  openContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
}

function watchCsp(context: BrowserContext, violations: string[]): void {
  context.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
}

export const test = base.extend<Fixtures>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      watchCsp(context, violations);
      await use(violations);
      expect(violations, 'CSP-overtredingen in de console').toEqual([]);
    },
    { auto: true },
  ],
  openContext: async ({ browser, cspViolations }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options) => {
      const context = await browser.newContext(options);
      watchCsp(context, cspViolations);
      contexts.push(context);
      return context;
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };
