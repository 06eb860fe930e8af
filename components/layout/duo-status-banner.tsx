import { getTranslations } from 'next-intl/server';
import Link from '@/components/ui/link';
import { readDuoStatus } from '@/lib/server/duo/status';

/**
 * "Is Duo down?" in the header of every signed-in page (issue 19): shown only when the status is
 * configured (ORP_DUO_STATUS_URL or a Duo connection) and not operational; links to the runbooks.
 */
export async function DuoStatusBanner() {
  let status;
  try {
    status = await readDuoStatus();
  } catch {
    return null;
  }
  if (!status.configured || status.state === 'operational') return null;
  const t = await getTranslations('duoStatus');
  const tone =
    status.state === 'outage'
      ? 'border-red-300 bg-red-50 text-red-900'
      : status.state === 'degraded'
        ? 'border-amber-300 bg-amber-50 text-amber-900'
        : 'border-slate-300 bg-slate-50 text-slate-800';
  return (
    <div role="status" aria-label={t('label')} data-duo-state={status.state} className={`border-b ${tone}`}>
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm sm:px-6">
        <span className="font-semibold">{t(`title_${status.state}`)}</span>
        <span>{status.description ?? (status.state === 'unknown' ? t('unknownDetail') : '')}</span>
        {status.incidents.length ? <span className="text-xs">({status.incidents.join('; ')})</span> : null}
        <Link href="/runbooks" className="font-medium underline">
          {t(status.state === 'degraded' ? 'runbooksDegraded' : 'runbooksUnreachable')}
        </Link>
      </div>
    </div>
  );
}
