// A tick must not be undone by a poll that was already on its way (CI saw "Clicking the checkbox did
// not change its state" in incidents.spec.ts): the poll's answer holds the state from before the
// tick. Here the first poll after the page loads is answered with what the server had before the
// click, after the click, while the write itself is held; the box must stay ticked throughout.
import { expect } from '@playwright/test';
import { storageStateFor, uniq, test } from './fixtures';

test('a poll answered after a tick does not untick the box', async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: storageStateFor('editor') });
  try {
    const page = await ctx.newPage();
    await page.goto('/incidents/new');
    await page.getByLabel('Scenario').selectOption('auth-not-completing');
    await page.getByLabel('Title (optional)').fill(uniq('Poll race'));
    await page.getByLabel('Applications (optional)').selectOption(['Remote access VPN']);
    await page.getByRole('button', { name: 'Declare incident' }).click();
    await expect(page).toHaveURL(/\/incidents\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;

    let releasePoll!: () => void;
    const pollHeld = new Promise<void>((r) => (releasePoll = r));
    let pollFetched!: () => void;
    const stalePollReady = new Promise<void>((r) => (pollFetched = r));
    let holding = false;
    await page.route(
      (url) => url.pathname === `/api/v1/incidents/${id}`,
      async (route) => {
        if (route.request().method() !== 'GET' || holding) return route.continue();
        holding = true;
        const before = await route.fetch(); // the state before the tick
        pollFetched();
        await pollHeld;
        await route.fulfill({ response: before });
      },
    );
    let releaseWrite!: () => void;
    const writeHeld = new Promise<void>((r) => (releaseWrite = r));
    await page.route(
      (url) => url.pathname.startsWith(`/api/v1/incidents/${id}/items/`),
      async (route) => {
        await writeHeld;
        await route.continue();
      },
    );

    await stalePollReady;
    const box = page.getByRole('checkbox').first();
    await box.check();
    // The old answer arrives while the write is still on its way, and the next poll too.
    const nextPoll = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/v1/incidents/${id}` && r.request().method() === 'GET');
    releasePoll();
    await nextPoll;
    await page.waitForResponse((r) => new URL(r.url()).pathname === `/api/v1/incidents/${id}` && r.request().method() === 'GET');
    expect(await box.isChecked()).toBe(true);
    releaseWrite();
    await expect(page.getByText(/✓ editor@example\.com/).first()).toBeVisible();
    await expect(box).toBeChecked();
    await page.reload();
    await expect(page.getByRole('checkbox').first()).toBeChecked();
  } finally {
    await ctx.close();
  }
});
