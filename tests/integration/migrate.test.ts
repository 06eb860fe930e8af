import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateSqlite } from '@/lib/server/db/migrate';
import { readMigrations } from '@/lib/server/db/migrations';
import { openSqlite } from '@/lib/server/db/sqlite-file';

describe('migrations', () => {
  const all = readMigrations('sqlite');

  it('apply in order to an empty database, then do nothing on a second run', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'orp-mig-')), 'm.db');
    expect(migrateSqlite(file)).toEqual(all.map((m) => m.name));
    expect(migrateSqlite(file)).toEqual([]);
    const db = openSqlite(file);
    const tables = db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type='table'").map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['Application', 'Group', 'Access', 'AuditLog', 'Review', 'Drill', 'Policy']));
    expect(db.pragma('journal_mode')).toBe('wal');
    db.close();
  });

  it('bring an older database up to date without touching its data', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'orp-mig-')), 'old.db');
    expect(migrateSqlite(file, all.slice(0, 1))).toEqual([all[0].name]);
    const db = openSqlite(file);
    db.run(
      `INSERT INTO "Application" (id, name, nameKey, integration, mfaMandate, criticality, configuredFailmode, updatedAt) VALUES ('a1','Old','old','okta','none','low','none',CURRENT_TIMESTAMP)`,
    );
    db.close();
    expect(migrateSqlite(file)).toEqual(all.slice(1).map((m) => m.name));
    const again = openSqlite(file);
    expect(again.all('SELECT name FROM "Application"')).toEqual([{ name: 'Old' }]);
    again.close();
  });

  it('PostgreSQL migrations exist for every SQLite migration', () => {
    expect(readMigrations('postgresql').map((m) => m.name)).toEqual(all.map((m) => m.name));
  });
});
