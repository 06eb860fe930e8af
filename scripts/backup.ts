// npm run backup -- FILE     online backup of the SQLite database (the server may keep running)
// npm run restore -- FILE    put a backup in place (stop the server first)
import { backupSqlite, BackupError, restoreSqlite } from '../lib/server/db/backup';
import { resolveDatabase } from '../lib/server/db/config';

const [mode, file] = process.argv.slice(2);
if ((mode !== 'backup' && mode !== 'restore') || !file) {
  console.error(`usage: npm run ${mode === 'restore' ? 'restore' : 'backup'} -- FILE`);
  process.exit(2);
}
try {
  const target = resolveDatabase();
  if (mode === 'backup') {
    const r = await backupSqlite(target, file);
    console.error(`backup written to ${file} (${r.pages} pages, ${r.bytes} bytes)`);
  } else {
    restoreSqlite(target, file);
    console.error(`restored ${file} into ${target.kind === 'sqlite' ? target.file : 'the database'}`);
  }
} catch (e) {
  if (e instanceof BackupError) {
    console.error(`${mode}: ${e.message}`);
    process.exit(2);
  }
  throw e;
}
