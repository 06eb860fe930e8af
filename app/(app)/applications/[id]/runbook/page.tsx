import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { CopyButtons, PrintButton } from '@/components/runbooks/runbook-tools';
import { ButtonLink } from '@/components/ui/button';
import type { Lang } from '@/lib/domain/types';
import { RUNBOOK_CSS, renderRunbookHtml } from '@/lib/runbook';
import { orNotFound, requirePageActor } from '@/lib/server/page';
import { getRunbook } from '@/lib/server/runbooks';
import { withCopyButtons } from '@/lib/runbook-copy';

// The runbook's language: ?lang= (the link), else the reader's UI language (docs/decisions/0095-runbook-language.md).
// The runbook and its toolbar (Print, copy buttons, language switch) are in that one language.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('runbook') };
}

export default async function RunbookPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ lang?: string }>;
}) {
  const actor = await requirePageActor();
  const { id } = await params;
  const { lang: l } = await searchParams;
  const lang: Lang = l === 'de' || l === 'en' ? l : ((await getLocale()) as Lang);
  const rb = await orNotFound(getRunbook({ actor, id, lang }));
  const t = await getTranslations({ locale: rb.lang, namespace: 'runbookPage' });
  const api = `/api/v1/applications/${id}/runbook`;
  const de = rb.lang === 'de';
  return (
    <>
      <div lang={rb.lang} className="no-print mb-6 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm">
          <Link href={`/applications/${id}`}>← {rb.application.name}</Link>
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <nav aria-label={t('language')} className="mr-2 flex gap-1 text-sm">
            <Link
              href={`/applications/${id}/runbook?lang=en`}
              aria-current={rb.lang === 'en' ? 'page' : undefined}
              className={rb.lang === 'en' ? 'font-semibold' : ''}
              hrefLang="en"
            >
              English
            </Link>
            <span aria-hidden="true">·</span>
            <Link
              href={`/applications/${id}/runbook?lang=de`}
              aria-current={de ? 'page' : undefined}
              className={de ? 'font-semibold' : ''}
              hrefLang="de"
            >
              Deutsch
            </Link>
          </nav>
          <PrintButton label={t('print')} />
          <ButtonLink variant="secondary" href={`${api}?format=pdf&lang=${rb.lang}`}>
            PDF
          </ButtonLink>
          <ButtonLink variant="secondary" href={`${api}?format=html&lang=${rb.lang}&download=1`}>
            HTML
          </ButtonLink>
          <ButtonLink variant="secondary" href={`${api}?format=md&lang=${rb.lang}`}>
            Markdown
          </ButtonLink>
        </div>
      </div>
      <style>{RUNBOOK_CSS}</style>
      <div
        lang={rb.lang}
        className="rounded-lg border border-slate-200 bg-white p-6 print:border-0 print:p-0"
        dangerouslySetInnerHTML={{ __html: withCopyButtons(renderRunbookHtml(rb, { standalone: false }), t('copyMessage')) }}
      />
      <CopyButtons copied={t('copied')} />
    </>
  );
}
