import { useLocale, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/misc';
import type { ConfiguredFailmode, Criticality, RestrictionLevel, Severity } from '@/lib/domain/types';
import { criticalityName, failmodeName, levelName, severityName } from '@/lib/domain/messages';

// Shared by server pages (no async: next-intl's hooks work in both server and client components).

export function LevelBadge({ level }: { level: RestrictionLevel }) {
  const lang = useLocale();
  const tone = level === 'most-restrictive' ? 'red' : level === 'restrictive' ? 'amber' : 'green';
  return <Badge tone={tone}>{levelName(level, lang)}</Badge>;
}

/** Imported and not yet classified: shown instead of a restriction level (none is invented). */
export function TriageBadge() {
  const t = useTranslations('badges');
  return <Badge tone="amber">{t('needsTriage')}</Badge>;
}

export function FailmodeBadge({ mode, recommended }: { mode: ConfiguredFailmode; recommended?: 'safe' | 'secure' }) {
  const lang = useLocale();
  const t = useTranslations('badges');
  const mismatch = recommended && (mode === 'safe' || mode === 'secure') && mode !== recommended;
  const tone = mode === 'secure' ? 'blue' : mode === 'safe' ? 'violet' : 'neutral';
  return (
    <Badge tone={mismatch && mode === 'safe' ? 'red' : tone} title={mismatch ? t('recommended', { mode: recommended }) : undefined}>
      {failmodeName(mode, lang)}
    </Badge>
  );
}

export function CriticalityBadge({ value }: { value: Criticality }) {
  const lang = useLocale();
  const tone = value === 'critical' ? 'red' : value === 'high' ? 'amber' : 'neutral';
  return <Badge tone={tone}>{criticalityName(value, lang)}</Badge>;
}

export function SeverityBadge({ severity, count }: { severity: Severity; count?: number }) {
  const lang = useLocale();
  const t = useTranslations('badges');
  const tone = severity === 'critical' ? 'red' : severity === 'warning' ? 'amber' : 'blue';
  return <Badge tone={tone}>{count !== undefined ? t('severityCount', { count, severity }) : severityName(severity, lang)}</Badge>;
}
