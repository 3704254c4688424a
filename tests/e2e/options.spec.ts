import { test, expect, expectStoredSettings } from './fixtures';

test('options: a bad or foreign settings file is refused with a clear message and changes nothing; a good one imports', async ({ context, extensionId, serviceWorker }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'ContractLens settings' })).toBeVisible();
  await options.getByTestId('auto-open').selectOption('weekly');
  await expectStoredSettings(serviceWorker, { autoOpen: 'weekly' });

  const input = options.getByTestId('import');
  await input.setInputFiles({ name: 'package.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"my-app","version":"1.0.0"}') });
  await expect(options.getByTestId('import-message')).toHaveText('package.json: This is not a ContractLens settings file. Nothing was changed.');
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "contractlens-settings", ') });
  await expect(options.getByTestId('import-message')).toContainText('broken.json: This file is not valid JSON.');
  await options.reload();
  await expect(options.getByTestId('auto-open')).toHaveValue('weekly');
  await expect(options.getByTestId('show-alerts')).toBeChecked();

  // A file exported by version 0.1.0 (settings v1) imports and migrates.
  const old = { format: 'contractlens-settings', version: 1, settings: { showAlerts: false, mutedSites: ['wayfair.com'] } };
  await options.getByTestId('import').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(old)) });
  // Nothing changes until the user has seen what will and applied it.
  const review = options.getByTestId('import-review');
  await expect(review).toContainText('Importing old.json would change:');
  await expect(review).toContainText('Show alerts');
  await expect(review).toContainText('Mutes added: wayfair.com');
  await expect(options.getByTestId('show-alerts')).toBeChecked();
  await review.getByTestId('import-apply').click();
  await expect(options.getByTestId('import-message')).toHaveText('Settings imported from old.json.');
  await expect(options.getByTestId('show-alerts')).not.toBeChecked();
  await expect(options.getByTestId('mutes')).toContainText('Site: wayfair.com (until you undo it)');

  // Export gives back a file that imports to the same settings.
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export').click()]);
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
  expect(exported).toMatchObject({ format: 'contractlens-settings', version: 6, settings: { showAlerts: false, mutes: [{ kind: 'site', value: 'wayfair.com', until: null }] } });

  // A file larger than any settings file is refused before it is read.
  await options.getByTestId('import').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(1_200_000, 0x20) });
  await expect(options.getByTestId('import-message')).toHaveText('huge.json: This file is too large to be a ContractLens settings file. Nothing was changed.');

  // Labels lose control and bidi characters; cancelling changes nothing.
  const spoof = { format: 'contractlens-settings', version: 5, settings: { mutes: [{ kind: 'company', value: 'geo-group', until: null, label: 'Acme\u202E puoRG OEG' }] } };
  await options.getByTestId('import').setInputFiles({ name: 'spoof.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(spoof)) });
  await expect(options.getByTestId('import-review')).toContainText('Mutes added: Acme puoRG OEG');
  await options.getByTestId('import-cancel').click();
  await expect(options.getByTestId('import-message')).toHaveText('spoof.json was not imported. Nothing was changed.');
  await expect(options.getByTestId('mutes')).not.toContainText('Acme');
});
