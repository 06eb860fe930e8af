// English and German texts of the rules engine: level, failmode and severity names, finding titles,
// messages and fixes, and the explanation of a level. Pure functions; names are interpolated as plain
// text (the caller escapes for HTML/Markdown). German terms follow the German edition of the guide
// ("Fail secure", "Fail safe", "Umgehung", "Nur primärer Modus", "Beeinträchtigung", "Nichterreichbarkeit").
import { CATALOG } from './catalog';
import type { DefaultWhenUnreachable } from './catalog';
import type { Finding, FindingParamValue, LevelExplanation, LevelReason } from './findings';
import type {
  ConfiguredFailmode,
  Criticality,
  DataClass,
  FindingCode,
  IntegrationSlug,
  Lang,
  MfaMandate,
  RestrictionLevel,
  Severity,
} from './types';

type Texts<K extends string> = Readonly<Record<K, Readonly<Record<Lang, string>>>>;

// ---------------------------------------------------------------------------------------------------
// Names

const LEVEL_NAMES: Texts<RestrictionLevel> = {
  'most-restrictive': { en: 'Most restrictive', de: 'Am stärksten restriktiv' },
  restrictive: { en: 'Restrictive', de: 'Restriktiv' },
  'less-restrictive': { en: 'Less restrictive', de: 'Weniger restriktiv' },
};

/** The guide's description of each row of the matrix (p.3). */
const LEVEL_DESCRIPTIONS: Texts<RestrictionLevel> = {
  'most-restrictive': {
    en: 'Contract, law, policy, or sensitivity of data contained within the protected application requires two-factor authentication, without exception.',
    de: 'Vertragsdaten, rechtliche Daten, Richtliniendaten oder vertrauliche Daten in einer geschützten Anwendung erfordern ausnahmslos eine Zwei-Faktor-Authentifizierung.',
  },
  restrictive: {
    en: 'Some subsets of users are always required to pass two-factor authentication, without exception.',
    de: 'Für einige Untergruppen von BenutzerInnen muss immer und ohne Ausnahme auf eine Zwei-Faktor-Authentifizierung bestanden werden.',
  },
  'less-restrictive': {
    en: 'Contract, law, policy, or sensitivity of data contained within the protected application does not mandate that two-factor authentication be used in all circumstances.',
    de: 'Vertragsdaten, rechtliche Daten, Richtliniendaten oder vertrauliche Daten in einer geschützten Anwendung erfordern keine Zwei-Faktor-Authentifizierung unter allen Umständen.',
  },
};

/** The guide's "Degradation (failmode not invoked)" column (p.3). */
const LEVEL_DEGRADATION: Texts<RestrictionLevel> = {
  'most-restrictive': {
    en: 'Users and Groups should NOT be switched to "bypass" status, as this will skip two-factor authentication.',
    de: 'BenutzerInnen und Gruppen sollten NICHT in den Status „Umgehung“ gesetzt werden, da dadurch die Zwei-Faktor-Authentifizierung übersprungen wird.',
  },
  restrictive: {
    en: 'Users and Groups who without exception are required to pass two-factor authentication should NOT be switched to "bypass" status, as this will skip two-factor authentication. Users and Groups for whom it is tolerable to access this application without two-factor can be switched to "bypass," allowing them to skip two-factor authentication.',
    de: 'BenutzerInnen und Gruppen, die ausnahmslos die Zwei-Faktor-Authentifizierung bestehen müssen, sollten NICHT in den Status „Umgehung“ gesetzt werden, da dadurch die Zwei-Faktor-Authentifizierung übersprungen wird. BenutzerInnen und Gruppen, für die ein Anwendungszugriff ohne Zwei-Faktor-Authentifizierung tolerierbar ist, können auf „Umgehung“ gesetzt werden, sodass die Zwei-Faktor-Authentifizierung übersprungen wird.',
  },
  'less-restrictive': {
    en: 'Users and Groups for whom it is tolerable to access this application without two-factor can be switched to "bypass," allowing them to skip two-factor authentication.',
    de: 'BenutzerInnen und Gruppen, für die ein Anwendungszugriff ohne Zwei-Faktor-Authentifizierung tolerierbar ist, können auf „Umgehung“ gesetzt werden, sodass die Zwei-Faktor-Authentifizierung übersprungen wird.',
  },
};

const FAILMODE_NAMES: Texts<ConfiguredFailmode> = {
  safe: { en: 'Fail safe', de: 'Fail safe' },
  secure: { en: 'Fail secure', de: 'Fail secure' },
  none: { en: 'No failmode setting', de: 'Keine Failmode-Einstellung' },
  unknown: { en: 'Unknown', de: 'Unbekannt' },
};

const SEVERITY_NAMES: Texts<Severity> = {
  critical: { en: 'Critical', de: 'Kritisch' },
  warning: { en: 'Warning', de: 'Warnung' },
  info: { en: 'Info', de: 'Hinweis' },
};

const CRITICALITY_NAMES: Texts<Criticality> = {
  critical: { en: 'Critical', de: 'Kritisch' },
  high: { en: 'High', de: 'Hoch' },
  medium: { en: 'Medium', de: 'Mittel' },
  low: { en: 'Low', de: 'Niedrig' },
};

const DATA_CLASS_NAMES: Texts<DataClass> = {
  health: { en: 'health records', de: 'Patientenakten' },
  financial: { en: 'financials', de: 'Finanzdaten' },
  pii: { en: 'personally identifiable information (PII)', de: 'personenbezogene Daten' },
  ip: { en: 'intellectual property (IP)', de: 'geistiges Eigentum' },
  other: { en: 'other data', de: 'sonstige Daten' },
};

const MFA_MANDATE_NAMES: Texts<MfaMandate> = {
  'all-users': {
    en: '2FA required for all users, without exception',
    de: '2FA für alle BenutzerInnen ausnahmslos vorgeschrieben',
  },
  'some-groups': { en: '2FA always required for some groups', de: '2FA für einige Gruppen immer vorgeschrieben' },
  none: { en: 'no 2FA mandate in all circumstances', de: '2FA nicht unter allen Umständen vorgeschrieben' },
};

const FINDING_TITLES: Texts<FindingCode> = {
  FAILMODE_OPEN_ON_RESTRICTED: {
    en: 'Fails open although 2FA is required',
    de: 'Fail safe (offen), obwohl 2FA vorgeschrieben ist',
  },
  FAILMODE_STRICTER_THAN_NEEDED: {
    en: 'Fails secure although not required',
    de: 'Fail secure, obwohl nicht vorgeschrieben',
  },
  FAILMODE_UNKNOWN: { en: 'Failmode not recorded', de: 'Failmode nicht erfasst' },
  FAILMODE_NOT_CONFIGURABLE: { en: 'No failmode control', de: 'Keine Failmode-Steuerung' },
  CUSTOM_FAILOPEN_UNVERIFIED: {
    en: 'Custom fail-open logic not verified',
    de: 'Eigene Fail-open-Logik nicht verifiziert',
  },
  BYPASS_GROUP_SPANS_APPS: {
    en: 'Bypass group reaches a most-restrictive application',
    de: 'Umgehungsgruppe erreicht eine am stärksten restriktive Anwendung',
  },
  NO_GROUPS: { en: 'No user groups recorded', de: 'Keine Benutzergruppen erfasst' },
  MANDATED_GROUPS_UNFLAGGED: {
    en: 'No group is flagged "always requires 2FA"',
    de: 'Keine Gruppe ist als „immer 2FA“ markiert',
  },
  GROUP_IN_BYPASS: { en: 'Group in bypass in Duo', de: 'Gruppe in Duo im Status „Umgehung“' },
  USERS_IN_BYPASS: { en: 'Users in bypass in Duo', de: 'BenutzerInnen in Duo im Status „Umgehung“' },
  INTEGRATION_NOT_IN_INVENTORY: { en: 'Duo application missing from the inventory', de: 'Duo-Anwendung fehlt im Inventar' },
  APP_NOT_IN_DUO: { en: 'Application not found in Duo', de: 'Anwendung in Duo nicht gefunden' },
  DUO_ACCESS_DRIFT: { en: "Duo's permitted groups differ from the inventory", de: 'Zugelassene Gruppen in Duo weichen vom Inventar ab' },
};

export const levelName = (level: RestrictionLevel, lang: Lang): string => LEVEL_NAMES[level][lang];
export const levelDescription = (level: RestrictionLevel, lang: Lang): string => LEVEL_DESCRIPTIONS[level][lang];
export const levelDegradationAdvice = (level: RestrictionLevel, lang: Lang): string => LEVEL_DEGRADATION[level][lang];
export const failmodeName = (failmode: ConfiguredFailmode, lang: Lang): string => FAILMODE_NAMES[failmode][lang];
export const severityName = (severity: Severity, lang: Lang): string => SEVERITY_NAMES[severity][lang];
export const criticalityName = (c: Criticality, lang: Lang): string => CRITICALITY_NAMES[c][lang];
export const dataClassName = (c: DataClass, lang: Lang): string => DATA_CLASS_NAMES[c][lang];
export const mfaMandateName = (m: MfaMandate, lang: Lang): string => MFA_MANDATE_NAMES[m][lang];
export const findingTitle = (code: FindingCode, lang: Lang): string => FINDING_TITLES[code][lang];
export const integrationName = (slug: IntegrationSlug, lang: Lang): string => CATALOG[slug]?.displayName[lang] ?? slug;

// ---------------------------------------------------------------------------------------------------
// Formatting helpers

/** Quotes a name as plain text: "EHR" in English, „EHR“ in German. */
export function quote(name: string, lang: Lang): string {
  return lang === 'de' ? `„${name}“` : `"${name}"`;
}

/** "A, B and C" / „A“, „B“ und „C“ (items are used as given). */
export function formatList(items: readonly string[], lang: Lang): string {
  const and = lang === 'de' ? 'und' : 'and';
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** Messages list at most this many names; the finding's arrays keep all of them. */
export const MAX_NAMES_IN_MESSAGE = 5;

/** Quoted names; past `limit` the rest is counted: "A", "B" and 3 more. */
export function quotedList(names: readonly string[], lang: Lang, limit = MAX_NAMES_IN_MESSAGE): string {
  if (names.length <= limit)
    return formatList(
      names.map((n) => quote(n, lang)),
      lang,
    );
  const rest = names.length - limit;
  const shown = names.slice(0, limit).map((n) => quote(n, lang));
  return formatList([...shown, lang === 'de' ? `${rest} weitere` : `${rest} more`], lang);
}

// The engine shares one relatedApplications array between all findings about the same group, so the
// formatted list is cached per array (and language).
const relatedListCache = new WeakMap<readonly string[], { en?: string; de?: string }>();
function relatedList(names: readonly string[], lang: Lang): string {
  let entry = relatedListCache.get(names);
  if (!entry) {
    entry = {};
    relatedListCache.set(names, entry);
  }
  return (entry[lang] ??= quotedList(names, lang));
}

function param(f: Finding, key: string): string {
  const v: FindingParamValue | undefined = f.params[key];
  if (v === undefined) return '';
  return Array.isArray(v) ? v.join(', ') : String(v);
}

function isSlug(s: string): s is IntegrationSlug {
  return Object.prototype.hasOwnProperty.call(CATALOG, s);
}

function findingEntry(f: Finding) {
  const slug = param(f, 'integration');
  return isSlug(slug) ? CATALOG[slug] : undefined;
}

function defaultBehaviour(d: DefaultWhenUnreachable, lang: Lang): string {
  if (lang === 'de') {
    if (d === 'secure')
      return 'schlägt sie sicher fehl (Fail secure, geschlossen): BenutzerInnen wird der Zugriff auch nach bestandener primärer Authentifizierung verweigert';
    if (d === 'safe') return 'schlägt sie offen fehl (Fail safe): BenutzerInnen gelangen allein mit der primären Authentifizierung hinein';
    return 'ist das Verhalten für diese Integration nicht dokumentiert: beim Anbieter klären und festhalten';
  }
  if (d === 'secure') return 'it fails secure (closed): users are denied access even after primary authentication';
  if (d === 'safe') return 'it fails safe (open): users get in with primary authentication alone';
  return 'what happens is not documented for this integration: find out from the vendor and record it';
}

function asDefault(s: string): DefaultWhenUnreachable {
  return s === 'safe' || s === 'secure' ? s : 'n/a';
}

function asFailmode(s: string): ConfiguredFailmode {
  return s === 'safe' || s === 'secure' || s === 'none' ? s : 'unknown';
}

function asLevel(s: string): RestrictionLevel {
  return s === 'most-restrictive' || s === 'restrictive' ? s : 'less-restrictive';
}

// ---------------------------------------------------------------------------------------------------
// Finding messages and fixes

/** What the finding says, in `lang`. */
export function findingMessage(f: Finding, lang: Lang): string {
  const app = quote(f.applicationName, lang);
  const entry = findingEntry(f);
  const integ = entry ? entry.displayName[lang] : param(f, 'integration');
  const recommended = failmodeName(asFailmode(param(f, 'recommendedFailmode')), lang);
  const level = levelName(asLevel(param(f, 'level')), lang);
  const de = lang === 'de';

  switch (f.code) {
    case 'FAILMODE_OPEN_ON_RESTRICTED':
      return de
        ? `${app} ist auf Fail safe (offen) konfiguriert, ist aber als ${quote(level, lang)} eingestuft und muss Fail secure verwenden: Ist Duo nicht erreichbar, gelangen BenutzerInnen allein mit der primären Authentifizierung hinein.`
        : `${app} is configured to fail safe (open), but it is ${level.toLowerCase()} and must fail secure: if Duo is unreachable, users get in with primary authentication alone.`;
    case 'FAILMODE_STRICTER_THAN_NEEDED':
      return de
        ? `${app} verwendet Fail secure, obwohl die Anwendung weniger restriktiv ist. Fail secure bleibt in allen Szenarien die sicherste Option und ist daher zulässig; solange Duo nicht erreichbar ist, wird BenutzerInnen der Zugriff verweigert.`
        : `${app} fails secure although it is less restrictive. Fail secure remains the most secure option in every scenario, so this is allowed; users are denied access while Duo is unreachable.`;
    case 'FAILMODE_UNKNOWN': {
      const d = asDefault(param(f, 'defaultWhenUnreachable'));
      const recordedNone = param(f, 'configuredFailmode') === 'none';
      if (de) {
        const dflt =
          d === 'safe'
            ? 'Ist er nicht gesetzt, gilt Fail safe (offen).'
            : d === 'secure'
              ? 'Ist er nicht gesetzt, gilt Fail secure (geschlossen).'
              : 'Für diese Integration ist kein Standard dokumentiert.';
        const none = recordedNone ? ' (erfasst als „keine Einstellung“, aber diese Integration hat eine Failmode-Einstellung)' : '';
        return `Der Failmode von ${app} (${integ}) ist nicht erfasst${none}. ${dflt} Diese Anwendung benötigt ${recommended}.`;
      }
      const dflt =
        d === 'safe'
          ? 'If it is not set, the integration fails safe (open).'
          : d === 'secure'
            ? 'If it is not set, the integration fails secure (closed).'
            : 'No default is documented for this integration.';
      const none = recordedNone ? ' (recorded as "none", but this integration has a failmode setting)' : '';
      return `The failmode of ${app} (${integ}) is not recorded${none}. ${dflt} This application needs ${recommended.toLowerCase()}.`;
    }
    case 'FAILMODE_NOT_CONFIGURABLE': {
      const d = defaultBehaviour(asDefault(param(f, 'defaultWhenUnreachable')), lang);
      // No "cannot be set to X … it fails X": say what is fixed, then what follows for this app.
      return de
        ? `${integ} bietet keine Failmode-Steuerung: für ${app} lässt sich weder Fail safe noch Fail secure einstellen. Wenn Duo nicht erreichbar ist, ${d}. Das Runbook muss das manuelle Verfahren enthalten.`
        : `${integ} offers no failmode control: neither fail safe nor fail secure can be chosen for ${app}. When Duo is unreachable, ${d}. The runbook must carry the manual procedure.`;
    }
    case 'CUSTOM_FAILOPEN_UNVERIFIED':
      if (entry?.customFailOpen === 'when-safe') {
        return de
          ? `${app} geht über die eigene Behandlung von health_check() (Web SDK v4) in Fail safe; diese Fail-open-Logik ist eigener Code der Anwendung und wurde nicht verifiziert.`
          : `${app} fails safe through its own handling of the Web SDK v4 health_check(); that fail-open logic is the application's own code and has not been verified.`;
      }
      return de
        ? `Jedes Fail-open-Verhalten von ${app} (${integ}) ist eigener Code der Anwendung und wurde nicht verifiziert; ein Fehler dort kann eine unbeabsichtigte Umgehung der 2FA schaffen.`
        : `Any fail-open behaviour of ${app} (${integ}) is the application's own code and has not been verified; a mistake there can create an unintentional 2FA bypass.`;
    case 'BYPASS_GROUP_SPANS_APPS': {
      const group = quote(param(f, 'group') || (f.groups[0] ?? ''), lang);
      const others = relatedList(f.relatedApplications, lang);
      return de
        ? `Die Gruppe ${group} darf für ${app} in den Status „Umgehung“ gesetzt werden, hat aber auch Zugriff auf ${others} (am stärksten restriktiv), wo sie NICHT umgangen werden darf: der Status „Umgehung“ überspringt die Zwei-Faktor-Authentifizierung für alle Anwendungen, auf die die Gruppe Zugriff hat. Zuerst den Zugriff der Gruppe darauf entfernen.`
        : `Group ${group} may be switched to bypass for ${app}, but it also has access to the most-restrictive ${f.relatedApplications.length === 1 ? 'application' : 'applications'} ${others}, where it must NOT be bypassed: bypass status skips two-factor authentication for every application the group has access to. First remove the group's access to ${f.relatedApplications.length === 1 ? 'it' : 'them'}.`;
    }
    case 'NO_GROUPS':
      return de
        ? `${app} nennt keine Benutzergruppe, daher kann der Umgehungsplan nicht beurteilt werden.`
        : `${app} lists no user group, so its bypass plan cannot be judged.`;
    case 'MANDATED_GROUPS_UNFLAGGED': {
      const groups = relatedList(f.groups, lang);
      return de
        ? `Für ${app} ist 2FA für einige Gruppen ausnahmslos vorgeschrieben, aber keine der Gruppen mit Zugriff (${groups}) ist als „immer 2FA“ markiert. Solange das so ist, bietet das Runbook keine Gruppe für die Umgehung an.`
        : `${app} requires 2FA without exception for some groups, but none of the groups with access (${groups}) is flagged "always requires 2FA". Until one is, the runbook offers no group for bypass.`;
    }
    case 'GROUP_IN_BYPASS': {
      const group = quote(param(f, 'group') || (f.groups[0] ?? ''), lang);
      const most = Array.isArray(f.params.mostRestrictive) ? (f.params.mostRestrictive as string[]) : [];
      const others = f.relatedApplications.length ? relatedList(f.relatedApplications, lang) : '';
      if (de) {
        return `Die Gruppe ${group} steht in Duo im Status „Umgehung“: ihre Mitglieder gelangen ohne Zwei-Faktor-Authentifizierung in ${app}${others ? ` und in ${others}` : ''}.${most.length ? ` Darunter sind am stärksten restriktive Anwendungen (${relatedList(most, lang)}), die NIE umgangen werden dürfen.` : ''}`;
      }
      return `Group ${group} is in bypass status in Duo: its members reach ${app}${others ? ` and ${others}` : ''} without two-factor authentication.${most.length ? ` That includes most-restrictive ${most.length === 1 ? 'application' : 'applications'} (${relatedList(most, lang)}), which must never be bypassed.` : ''}`;
    }
    case 'USERS_IN_BYPASS': {
      const n = Number(f.params.count ?? 0);
      const via = f.params.allUsers === true ? '' : f.groups.length ? relatedList(f.groups, lang) : '';
      if (de) {
        return `${n === 1 ? '1 BenutzerIn steht' : `${n} BenutzerInnen stehen`} in Duo im Status „Umgehung“ und ${n === 1 ? 'erreicht' : 'erreichen'} ${app} ohne Zwei-Faktor-Authentifizierung${f.params.allUsers === true ? ' (in Duo sind alle BenutzerInnen zugelassen)' : via ? ` (über ${via})` : ''}.`;
      }
      return `${n === 1 ? '1 user has' : `${n} users have`} bypass status in Duo and reach${n === 1 ? 'es' : ''} ${app} without two-factor authentication${f.params.allUsers === true ? ' (Duo permits every user)' : via ? ` (through ${via})` : ''}.`;
    }
    case 'INTEGRATION_NOT_IN_INVENTORY': {
      const type = quote(param(f, 'type'), lang);
      return de
        ? `Die Duo-Anwendung ${app} (Typ ${type}) fehlt im Inventar: für sie gibt es weder Bewertung noch Runbook.`
        : `The Duo application ${app} (type ${type}) is not in the inventory: it has no assessment and no runbook.`;
    }
    case 'APP_NOT_IN_DUO':
      return de
        ? `${app} wurde in Duo nicht gefunden (weder über den Integrationsschlüssel noch über den Namen): entweder wurde sie in Duo entfernt oder umbenannt, oder das Inventar beschreibt etwas, das Duo nicht schützt.`
        : `${app} was not found in Duo (neither by its integration key nor by its name): it was removed or renamed in Duo, or the inventory describes something Duo does not protect.`;
    case 'DUO_ACCESS_DRIFT': {
      const onlyDuo = Array.isArray(f.params.onlyInDuo) ? (f.params.onlyInDuo as string[]) : [];
      const onlyInv = Array.isArray(f.params.onlyInInventory) ? (f.params.onlyInInventory as string[]) : [];
      if (f.params.allUsers === true) {
        return de
          ? `In Duo sind für ${app} alle BenutzerInnen zugelassen (keine Gruppenbeschränkung), das Inventar nennt aber nur ${relatedList(onlyInv, lang)}: die Umgehungsanalyse unterschätzt, wer die Anwendung erreicht.`
          : `Duo permits every user to ${app} (no group restriction), but the inventory lists only ${relatedList(onlyInv, lang)}: the bypass analysis underestimates who reaches it.`;
      }
      const parts = de
        ? [
            onlyDuo.length ? `nur in Duo: ${relatedList(onlyDuo, lang)}` : '',
            onlyInv.length ? `nur im Inventar: ${relatedList(onlyInv, lang)}` : '',
          ]
        : [
            onlyDuo.length ? `only in Duo: ${relatedList(onlyDuo, lang)}` : '',
            onlyInv.length ? `only in the inventory: ${relatedList(onlyInv, lang)}` : '',
          ];
      return de
        ? `Die in Duo zugelassenen Gruppen von ${app} weichen vom Inventar ab (${parts.filter(Boolean).join('; ')}): die Umgehungsanalyse wäre falsch.`
        : `The groups Duo permits for ${app} differ from the inventory (${parts.filter(Boolean).join('; ')}): the bypass analysis would be wrong.`;
    }
  }
}

/** What to do about the finding, in `lang`. */
export function findingFix(f: Finding, lang: Lang): string {
  const entry = findingEntry(f);
  const howTo = entry ? entry.howToSet[lang] : '';
  const de = lang === 'de';

  switch (f.code) {
    case 'FAILMODE_OPEN_ON_RESTRICTED':
      if (entry?.failmodeControl === 'setting') return de ? `Failmode auf secure setzen: ${howTo}` : `Set the failmode to secure: ${howTo}`;
      if (entry?.failmodeControl === 'app-code')
        return de
          ? 'Die eigene Fehlerbehandlung der Anwendung so ändern, dass sie den Zugriff verweigert, wenn Duo nicht erreichbar ist (Fail secure).'
          : "Change the application's own error handling so that it denies access when Duo cannot be reached (fail secure).";
      return de
        ? 'Diese Integration hat keine Failmode-Einstellung: den erfassten Wert anhand der Dokumentation des Anbieters prüfen und korrigieren.'
        : 'This integration has no failmode setting: check the recorded value against the vendor documentation and correct it.';
    case 'FAILMODE_STRICTER_THAN_NEEDED':
      if (entry?.failmodeConfigurable)
        return de
          ? `Keine Änderung nötig. Ist ein Zugriff ohne 2FA während eines Ausfalls für diese Anwendung tolerierbar, hält Fail safe den Betrieb aufrecht: ${howTo}`
          : `No change needed. If access without 2FA during an outage is tolerable for this application, fail safe keeps people working: ${howTo}`;
      return de ? 'Keine Änderung nötig.' : 'No change needed.';
    case 'FAILMODE_UNKNOWN':
      return de ? `Die Einstellung prüfen und erfassen: ${howTo}` : `Check the setting and record it: ${howTo}`;
    case 'FAILMODE_NOT_CONFIGURABLE':
      return de ? `Manuelles DR-Verfahren: ${entry ? entry.drRemoval.de : ''}` : `Manual DR procedure: ${entry ? entry.drRemoval.en : ''}`;
    case 'CUSTOM_FAILOPEN_UNVERIFIED': {
      const v4 = entry?.customFailOpen === 'when-safe';
      return de
        ? `Die Bedingungen testen, die den Failmode auslösen: Auth API /auth/v2/ping (Lebendtest, ohne Schlüssel) und /auth/v2/check (Integrationsschlüssel und Signatur)${v4 ? ' bzw. health_check()' : ''} verwenden und das Ergebnis festhalten. Fail secure (geschlossen) bleibt die sicherste Option.`
        : `Test the conditions that invoke failmode: use the Auth API /auth/v2/ping (liveness, no keys) and /auth/v2/check (integration keys and signature)${v4 ? ' or health_check()' : ''}, and record the result. Fail secure (closed) remains the most secure option.`;
    }
    case 'BYPASS_GROUP_SPANS_APPS': {
      const group = quote(param(f, 'group') || (f.groups[0] ?? ''), lang);
      const others = relatedList(f.relatedApplications, lang);
      return de
        ? `Bevor ${group} auf „Umgehung“ gesetzt wird, zuerst den Zugriff der Gruppe auf ${others} entfernen.`
        : `Before switching ${group} to bypass, first remove the group's access to ${others}.`;
    }
    case 'NO_GROUPS': {
      const app = quote(f.applicationName, lang);
      return de ? `Die Benutzergruppen erfassen, die Zugriff auf ${app} haben.` : `Record the user groups that have access to ${app}.`;
    }
    case 'MANDATED_GROUPS_UNFLAGGED':
      return de
        ? 'Die Gruppen, die ausnahmslos 2FA bestehen müssen, auf der Gruppenseite als „immer 2FA“ markieren.'
        : 'On the groups page, flag the groups that must always pass 2FA as "always requires 2FA".';
    case 'GROUP_IN_BYPASS': {
      const group = quote(param(f, 'group') || (f.groups[0] ?? ''), lang);
      return de
        ? `Im Duo Admin Panel den Status der Gruppe ${group} wieder auf „Aktiv“ setzen, sobald die Beeinträchtigung vorbei ist (Rückbau-Checkliste: keine Gruppe in „Umgehung“); vorher den Zugriff der Gruppe auf am stärksten restriktive Anwendungen entfernen.`
        : `In the Duo Admin Panel set group ${group} back to Active as soon as the degradation is over (revert checklist: no group in bypass); before bypassing it, remove its access to most-restrictive applications.`;
    }
    case 'USERS_IN_BYPASS':
      return de
        ? 'Im Duo Admin Panel (Benutzer, Status „Umgehung“) die BenutzerInnen wieder auf „Aktiv“ setzen, die keine genehmigte Ausnahme haben.'
        : 'In the Duo Admin Panel (Users, status Bypass) set the users without an approved exception back to Active.';
    case 'INTEGRATION_NOT_IN_INVENTORY':
      return de
        ? 'Mit „Jetzt synchronisieren“ auf der Duo-Seite ins Inventar übernehmen und dort Vorgabe, Daten und Kritikalität einstufen.'
        : 'Bring it into the inventory with "Sync now" on the Duo page, then classify its mandate, data and criticality.';
    case 'APP_NOT_IN_DUO':
      return de
        ? 'In Duo prüfen, ob die Anwendung noch geschützt ist; wenn nicht, sie aus dem Inventar löschen oder den Namen an Duo angleichen.'
        : 'Check in Duo whether the application is still protected; if not, delete it from the inventory, or align its name with Duo.';
    case 'DUO_ACCESS_DRIFT':
      return de
        ? 'Entweder in Duo die zugelassenen Gruppen der Anwendung korrigieren oder mit „Jetzt synchronisieren“ den Zugriff im Inventar an Duo angleichen.'
        : 'Either correct the permitted groups of the application in Duo, or run "Sync now" to bring the inventory\'s access in line with Duo.';
  }
}

// ---------------------------------------------------------------------------------------------------
// Level explanation

function reasonSentence(r: LevelReason, lang: Lang): string {
  const de = lang === 'de';
  switch (r.factor) {
    case 'mfaMandate':
      return de
        ? 'Vertrag, Gesetz, Richtlinie oder die Vertraulichkeit der Daten erfordern ausnahmslos eine Zwei-Faktor-Authentifizierung für alle BenutzerInnen (MFA-Vorgabe: alle BenutzerInnen).'
        : 'Contract, law, policy or data sensitivity requires two-factor authentication for all users, without exception (MFA mandate: all users).';
    case 'mandatoryDataClass': {
      const classes = formatList(
        r.dataClasses.map((c) => dataClassName(c, lang)),
        lang,
      );
      return de
        ? `Die Anwendung enthält ${classes}; laut Organisationsrichtlinie erfordern diese Daten 2FA für alle BenutzerInnen.`
        : `It holds ${classes}, which the organisation policy says mandate 2FA for all users.`;
    }
    case 'someGroupsMandate':
      return de
        ? 'Für einige Untergruppen der BenutzerInnen ist die Zwei-Faktor-Authentifizierung immer und ohne Ausnahme vorgeschrieben (MFA-Vorgabe: einige Gruppen).'
        : 'Some subsets of its users are always required to pass two-factor authentication, without exception (MFA mandate: some groups).';
    case 'alwaysRequireMfaGroup':
      return de
        ? `Gruppen mit Zugriff, die immer 2FA bestehen müssen: ${quotedList(r.groups, lang)}.`
        : `Groups with access that must always pass 2FA: ${quotedList(r.groups, lang)}.`;
    case 'default': {
      const base = de
        ? 'Weder Vertrag, Gesetz, Richtlinie noch die Vertraulichkeit der Daten erfordern 2FA unter allen Umständen, und keine Gruppe mit Zugriff muss immer 2FA bestehen.'
        : 'Neither contract, law, policy nor data sensitivity mandates 2FA in all circumstances, and no group with access must always pass 2FA.';
      if (r.nonMandatoryDataClasses.length === 0) return base;
      const classes = formatList(
        r.nonMandatoryDataClasses.map((c) => dataClassName(c, lang)),
        lang,
      );
      return de
        ? `${base} Die Anwendung enthält ${classes}; laut Organisationsrichtlinie erfordern diese Daten allein keine 2FA.`
        : `${base} It holds ${classes}, which the organisation policy does not treat as mandating 2FA by themselves.`;
    }
  }
}

/**
 * The explanation of a level as sentences: first the result, then the deciding inputs, then inputs of a
 * lower level that hold too.
 */
export function explainLevel(why: LevelExplanation, lang: Lang): string[] {
  const de = lang === 'de';
  const head = de
    ? `${levelName(why.level, lang)}: empfohlener Failmode bei Nichterreichbarkeit von Duo: ${failmodeName(why.recommendedFailmode, lang)}.`
    : `${levelName(why.level, lang)}: recommended failmode when Duo is unreachable: ${failmodeName(why.recommendedFailmode, lang)}.`;
  const also = de ? 'Außerdem (ändert die Stufe nicht): ' : 'Also noted (does not change the level): ';
  return [head, ...why.decisive.map((r) => reasonSentence(r, lang)), ...why.alsoPresent.map((r) => also + reasonSentence(r, lang))];
}
