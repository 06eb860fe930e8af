import { expect } from '@playwright/test';
import { storageStateFor, test, uniq, appBody } from './fixtures';

test('editor changes an app, reviewer approves it with the diff in view, a new edit makes it stale, an admin who edited cannot approve, audit shows it all', async ({
  browser,
}) => {
  const editorCtx = await browser.newContext({ storageState: storageStateFor('editor') });
  const reviewerCtx = await browser.newContext({ storageState: storageStateFor('reviewer') });
  const adminCtx = await browser.newContext({ storageState: storageStateFor('admin') });
  const editor = await editorCtx.newPage();
  const reviewer = await reviewerCtx.newPage();
  const admin = await adminCtx.newPage();

  // An application of this test's own (fail secure, less restrictive), so that a second run on this
  // worker's database (or another spec's edits) finds it as this test expects.
  const NAME = uniq('Research file share');
  const created = await editorCtx.request.post('/api/v1/applications', {
    data: appBody(NAME, { owner: 'Research IT' }),
  });
  expect(created.status(), await created.text()).toBe(201);

  // The reviewer approves the current state first, so that the editor's change shows up as a diff.
  await reviewer.goto(`/applications?q=${encodeURIComponent(NAME)}`);
  await reviewer.getByRole('link', { name: NAME }).click();
  await reviewer.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
  const appUrl = reviewer.url();
  await reviewer.goto(`${appUrl}/review`);
  // No decision is pre-selected: recording without choosing one says so.
  await expect(reviewer.getByLabel('Approve the failmode choice')).not.toBeChecked();
  await expect(reviewer.getByLabel('Reject it')).not.toBeChecked();
  await reviewer.getByLabel('Rationale').fill('Fail secure on a less restrictive app is acceptable.');
  await reviewer.getByRole('button', { name: 'Record decision' }).click();
  await expect(reviewer.getByText('Choose a decision.')).toBeVisible();
  await reviewer.getByLabel('Approve the failmode choice').check();
  await reviewer.getByRole('button', { name: 'Record decision' }).click();
  await expect(reviewer.getByText('Approved.', { exact: true })).toBeVisible();

  // The editor switches the failmode.
  await editor.goto(`${appUrl}/edit`);
  await editor.getByLabel('Configured failmode').selectOption('safe');
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor).toHaveURL(appUrl);

  // The reviewer sees it in the queue, with the diff, and approves.
  await reviewer.goto('/reviews');
  const row = reviewer.getByRole('row', { name: NAME });
  // Other specs add applications: the queue may show it on a later page.
  for (let i = 0; i < 10 && (await row.count()) === 0; i++) {
    const before = reviewer.url();
    await reviewer.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Next' }).click();
    await reviewer.waitForURL((u) => u.toString() !== before);
  }
  await expect(row).toContainText('Stale');
  await row.getByRole('link', { name: NAME }).click();
  await expect(reviewer.getByRole('row', { name: /Configured failmode/ })).toContainText('secure');
  await expect(reviewer.getByRole('row', { name: /Configured failmode/ })).toContainText('safe');
  await expect(reviewer.locator('main')).not.toContainText('configuredFailmode');
  await reviewer.getByLabel('Approve the failmode choice').check();
  await reviewer.getByLabel('Rationale').fill('Less restrictive: fail safe keeps researchers working.');
  await reviewer.getByRole('button', { name: 'Record decision' }).click();
  await expect(reviewer.getByText('Approved.', { exact: true })).toBeVisible();
  await reviewer.goto(appUrl);
  await expect(reviewer.locator('main').getByText('Approved', { exact: true })).toBeVisible();

  // The editor edits again: stale at once.
  await editor.goto(`${appUrl}/edit`);
  await editor.getByLabel('Criticality').selectOption('medium');
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor).toHaveURL(appUrl);
  await editor.reload();
  await expect(editor.locator('main').getByText('Stale', { exact: true })).toBeVisible();

  // An admin who edits cannot approve what they edited.
  await admin.goto(`${appUrl}/edit`);
  await admin.getByLabel('Owner').fill('Research IT (admin edit)');
  await admin.getByRole('button', { name: 'Save changes' }).click();
  await expect(admin).toHaveURL(appUrl);
  await admin.goto(`${appUrl}/review`);
  await expect(admin.getByText(/someone else must approve it/)).toBeVisible();
  await expect(admin.getByLabel('Approve the failmode choice')).toBeDisabled();

  // The audit page shows all of it.
  await admin.goto('/admin/audit?entity=application');
  await expect(admin.getByRole('cell', { name: 'review.approve' }).first()).toBeVisible();
  await expect(admin.getByRole('cell', { name: 'application.update' }).first()).toBeVisible();
  await expect(admin.getByRole('cell', { name: 'reviewer@example.com' }).first()).toBeVisible();

  expect((await adminCtx.request.delete(`/api/v1/applications/${((await created.json()) as { id: string }).id}`)).status()).toBe(204);
  for (const c of [editorCtx, reviewerCtx, adminCtx]) await c.close();
});
