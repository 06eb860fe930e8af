import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupSqlite, BackupError, restoreSqlite } from '@/lib/server/db/backup';
import { resolveDatabase } from '@/lib/server/db/config';
import { disconnectDb } from '@/lib/server/db/client';
import { createGroup, listGroups } from '@/lib/server/inventory/groups';
import { makeActors } from '../support/actors';

const sqlite = resolveDatabase().kind === 'sqlite';

describe.runIf(sqlite)('backup and restore (SQLite)', () => {
  it('takes an online backup while the app has the database open, and restores it', async () => {
    const actors = await makeActors();
    await createGroup({ actor: actors.editor, input: { name: 'Before backup', alwaysRequireMfa: false } });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'orp-bak-')), 'backup.db');
    const r = await backupSqlite(resolveDatabase(), file);
    expect(r.pages).toBeGreaterThan(0);
    await expect(backupSqlite(resolveDatabase(), file)).rejects.toBeInstanceOf(BackupError);

    await createGroup({ actor: actors.editor, input: { name: 'After backup', alwaysRequireMfa: false } });
    expect((await listGroups({ actor: actors.viewer })).items.map((g) => g.name)).toContain('After backup');

    await disconnectDb(); // the server is stopped for a restore
    restoreSqlite(resolveDatabase(), file);
    const names = (await listGroups({ actor: actors.viewer })).items.map((g) => g.name);
    expect(names).toContain('Before backup');
    expect(names).not.toContain('After backup');
  });

  it('refuses a file that is not one of our databases', async () => {
    expect(() => restoreSqlite(resolveDatabase(), '/nonexistent/backup.db')).toThrow(BackupError);
  });
});
