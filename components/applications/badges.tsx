import { Badge } from '@/components/ui/misc';
import type { ConfiguredFailmode, Criticality, RestrictionLevel, Severity } from '@/lib/domain/types';
import { criticalityName, failmodeName, levelName, severityName } from '@/lib/domain/messages';


export function LevelBadge({ level }: { level: RestrictionLevel }) {
  const tone = level === 'most-restrictive' ? 'red' : level === 'restrictive' ? 'amber' : 'green';
  return <Badge tone={tone}>{levelName(level, 'en')}</Badge>;
}

export function FailmodeBadge({ mode, recommended }: { mode: ConfiguredFailmode; recommended?: 'safe' | 'secure' }) {
  const mismatch = recommended && (mode === 'safe' || mode === 'secure') && mode !== recommended;
  const tone = mode === 'secure' ? 'blue' : mode === 'safe' ? 'violet' : 'neutral';
  return (
    <Badge tone={mismatch && mode === 'safe' ? 'red' : tone} title={mismatch ? `Recommended: fail ${recommended}` : undefined}>
      {failmodeName(mode, 'en')}
    </Badge>
  );
}

export function CriticalityBadge({ value }: { value: Criticality }) {
  const tone = value === 'critical' ? 'red' : value === 'high' ? 'amber' : 'neutral';
  return <Badge tone={tone}>{criticalityName(value, 'en')}</Badge>;
}

export function SeverityBadge({ severity, count }: { severity: Severity; count?: number }) {
  const tone = severity === 'critical' ? 'red' : severity === 'warning' ? 'amber' : 'blue';
  const label = severityName(severity, 'en');
  return <Badge tone={tone}>{count !== undefined ? `${count} ${label.toLowerCase()}` : label}</Badge>;
}
