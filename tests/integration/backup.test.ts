import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupSqlite, BackupError, restoreSqlite } from '@/lib/server/db/backup';
import { resolveDatabase } from '@/lib/server/db/config';
import { disconnectDb } from '@/lib/server/db/client';
import { lockPathOf } from '@/lib/server/db/server-lock';
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

  it('refuses while a live process holds the server lock of the database, and says how to do it safely', async () => {
    const actors = await makeActors();
    await createGroup({ actor: actors.editor, input: { name: 'Locked', alwaysRequireMfa: false } });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'orp-bak-')), 'backup.db');
    await backupSqlite(resolveDatabase(), file);
    const target = resolveDatabase();
    if (target.kind !== 'sqlite') throw new Error('sqlite only');
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeFileSync(lockPathOf(target.file), JSON.stringify({ pid: holder.pid, startedAt: new Date().toISOString(), port: '3000' }));
      let err: unknown;
      try {
        restoreSqlite(target, file);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(BackupError);
      expect((err as Error).message).toMatch(new RegExp(`pid ${holder.pid}.*Stop the server first.*npm run restore`));
    } finally {
      holder.kill();
    }
    await new Promise((r) => holder.once('exit', r));
    // A stale lock (its process is gone) does not block a restore.
    await disconnectDb();
    restoreSqlite(target, file);
    rmSync(lockPathOf(target.file), { force: true });
  });

  it('refuses a file that is not one of our databases', async () => {
    expect(() => restoreSqlite(resolveDatabase(), '/nonexistent/backup.db')).toThrow(BackupError);
  });
});
