import { describe, expect, it } from 'vitest';
import { MAX_LISTED_APPLICATIONS } from '@/lib/domain/runbook/model';
import { renderRunbookHtml } from '@/lib/runbook';
import { app, group, runbookOf } from './fixtures';

describe('runbooks of a large inventory stay readable', () => {
  const others = Array.from({ length: 500 }, (_, i) =>
    app({
      name: `Fail-safe app ${String(i).padStart(3, '0')}`,
      integration: 'auth-proxy-ldap',
      configuredFailmode: 'safe',
      groups: ['Staff'],
    }),
  );
  const scene = {
    apps: [app({ name: 'Target', integration: 'duo-unix', configuredFailmode: 'secure', groups: ['Staff'] }), ...others],
    groups: [group('Staff')],
  };

  it('the firewall blast radius names at most the cap and counts the rest', () => {
    const { rb } = runbookOf(scene, 'Target');
    const html = renderRunbookHtml(rb, { standalone: true });
    expect(html).toContain(`and ${500 - MAX_LISTED_APPLICATIONS} more`);
    expect(html).toContain('Fail-safe app 000');
    expect(html).not.toContain('Fail-safe app 499');
    expect(html.length).toBeLessThan(400_000);
  });

  it('in German too', () => {
    const { rb } = runbookOf(scene, 'Target', { lang: 'de' });
    expect(renderRunbookHtml(rb, { standalone: true })).toContain(`und ${500 - MAX_LISTED_APPLICATIONS} weitere`);
  });
});
