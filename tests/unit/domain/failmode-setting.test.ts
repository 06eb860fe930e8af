// Issue 18 item 4: one definition of "no failmode setting" for the finding, the dashboard chart and
// the dashboard list.
import { describe, expect, it } from 'vitest';
import { failmodeFindings, failmodeSettingOf, hasNoFailmodeControl } from '../../../lib/domain/assess';
import { CATALOG_ENTRIES, getCatalogEntry } from '../../../lib/domain/catalog';
import type { ConfiguredFailmode, IntegrationSlug } from '../../../lib/domain/types';

describe('failmodeSettingOf', () => {
  const cases: [IntegrationSlug, ConfiguredFailmode, ConfiguredFailmode][] = [
    ['auth-proxy-radius', 'safe', 'safe'],
    ['auth-proxy-radius', 'secure', 'secure'],
    ['auth-proxy-radius', 'unknown', 'unknown'],
    ['auth-proxy-radius', 'none', 'unknown'], // recorded "none" on an integration with a setting: nobody recorded it
    ['okta', 'none', 'none'],
    ['okta', 'unknown', 'none'], // no control: nothing to know
    ['duo-sso', 'safe', 'none'],
    ['lastpass', 'none', 'none'],
    ['websdk-v2', 'safe', 'safe'], // app code decides: what is recorded counts
    ['custom', 'unknown', 'unknown'],
    ['custom', 'none', 'unknown'],
  ];
  for (const [integration, configured, expected] of cases) {
    it(`${integration} recorded ${configured} → ${expected}`, () => {
      expect(failmodeSettingOf({ integration, configuredFailmode: configured })).toBe(expected);
    });
  }

  it('is "none" exactly where FAILMODE_NOT_CONFIGURABLE is raised, for every catalog entry', () => {
    for (const entry of CATALOG_ENTRIES) {
      const raised = failmodeFindings(
        { name: 'X', integration: entry.slug, configuredFailmode: 'unknown' },
        'less-restrictive',
        getCatalogEntry(entry.slug),
      ).some((f) => f.code === 'FAILMODE_NOT_CONFIGURABLE');
      expect(failmodeSettingOf({ integration: entry.slug, configuredFailmode: 'unknown' }) === 'none', entry.slug).toBe(raised);
      expect(hasNoFailmodeControl(entry), entry.slug).toBe(raised);
    }
  });
});
