// No secret VALUE ever leaves an importer: for every fixture, the parse result, the merged inventory,
// the dry-run stdout and every error or warning text are free of the fixture's secret values.
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../lib/cli/import';
import { IMPORT_FORMATS, importArtefacts, parseSource } from '../../../lib/parsers/index';
import { fixturePath, fixturesIn, leakedSecrets, readFixture, secretValues } from './helpers';

const FILES = [...fixturesIn('authproxy'), ...fixturesIn('duo-unix'), ...fixturesIn('admin-api')];

describe('secret values never appear in results, output or errors', () => {
  it('the fixtures hold secrets (the check below has something to find)', () => {
    for (const file of FILES.filter((f) => !f.endsWith('invalid-fail-envelope.json'))) {
      expect(secretValues(readFixture(file)).length, file).toBeGreaterThan(0);
    }
    // The extractor finds values by key, not only by the S3CR3T marker.
    expect(secretValues(readFixture('authproxy/authproxy-templated.cfg'))).toContain('{{ secret }}');
    expect(secretValues(readFixture('duo-unix/login_duo.conf'))).toContain('DIKEYVAL0000000000020');
  });

  it.each(FILES)('%s', async (file) => {
    const text = readFixture(file);
    const secrets = secretValues(text);
    for (const s of secrets) expect(text).toContain(s);

    const parsed = parseSource({ file, text });
    expect(leakedSecrets(JSON.stringify(parsed), secrets)).toEqual([]);

    const merged = importArtefacts([{ file, text }]);
    expect(leakedSecrets(JSON.stringify(merged), secrets)).toEqual([]);

    let stdout = '';
    let stderr = '';
    const code = await runImport(['--dry-run', fixturePath(file)], {
      readFile: () => text,
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
    });
    expect(code).toBe(merged.ok ? 0 : 2);
    expect(leakedSecrets(stdout, secrets)).toEqual([]);
    expect(leakedSecrets(stderr, secrets)).toEqual([]);
    expect(stdout + stderr).not.toContain('S3CR3T');
  });

  it('no leak either when a file is read as the wrong format (--format forced)', () => {
    for (const file of FILES) {
      const text = readFixture(file);
      const secrets = secretValues(text);
      for (const format of IMPORT_FORMATS) {
        const out = JSON.stringify([parseSource({ file, text }, format), importArtefacts([{ file, text }], format)]);
        expect(leakedSecrets(out, secrets), `${file} as ${format}`).toEqual([]);
      }
    }
  });

  it('the leak check itself detects a leak', () => {
    expect(leakedSecrets('… skey=S3CR3T-x …', ['S3CR3T-x'])).toEqual(['S3CR3T-x']);
  });
});
