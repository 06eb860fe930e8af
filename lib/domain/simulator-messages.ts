// English and German texts of the outage simulator: outcome, scenario, action and reason names,
// finding and error messages. Pure functions, plain text (the caller escapes for HTML/Markdown).
// German terms follow the German edition of the guide ("Umgehung", "Nur primärer Modus",
// "Beeinträchtigung", "Authentifizierungsrichtlinie", "Fail safe", "Fail secure").
import type { FindingParamValue } from './findings';
import { failmodeName, integrationName, quote, quotedList, dataClassName } from './messages';
import { CATALOG } from './catalog';
import type { DataClass, IntegrationSlug, Lang, Severity } from './types';
import { DATA_CLASSES } from './types';
import type {
  SimulationActionType,
  SimulationError,
  SimulationFinding,
  SimulationFindingCode,
  SimulationOutcome,
  SimulationReason,
  SimulationResult,
  SimulationResultRow,
  SimulationScenario,
} from './simulator-types';

type Texts<K extends string> = Readonly<Record<K, Readonly<Record<Lang, string>>>>;

const OUTCOME_NAMES: Texts<SimulationOutcome> = {
  'allowed-without-2fa': { en: 'Allowed without 2FA', de: 'Zugriff ohne 2FA' },
  denied: { en: 'Denied', de: 'Zugriff verweigert' },
  '2fa-with-other-method': { en: '2FA with another method', de: '2FA mit einer anderen Methode' },
  unaffected: { en: 'Unaffected', de: 'Nicht betroffen' },
};

const SCENARIO_NAMES: Texts<SimulationScenario> = {
  unreachable: { en: 'Duo unreachable (failmode invoked)', de: 'Duo nicht erreichbar (Failmode wird aufgerufen)' },
  'auth-not-completing': {
    en: 'Duo degraded: authentication not completing',
    de: 'Beeinträchtigung: Authentifizierung wird nicht abgeschlossen',
  },
  'push-down': { en: 'Duo degraded: push notifications failing', de: 'Beeinträchtigung: Push-Benachrichtigungen fallen aus' },
  'sms-down': { en: 'Duo degraded: SMS failing', de: 'Beeinträchtigung: SMS fallen aus' },
  'phone-down': { en: 'Duo degraded: phone calls failing', de: 'Beeinträchtigung: Telefonanrufe fallen aus' },
};

const ACTION_NAMES: Texts<SimulationActionType> = {
  'firewall-block': {
    en: 'Firewall block of *.duo.com and *.duosecurity.com (TCP 443)',
    de: 'Firewall-Sperre von *.duo.com und *.duosecurity.com (TCP 443)',
  },
  'primary-only': { en: 'Auth Proxy Primary Only Mode', de: 'Nur primärer Modus des Auth Proxy' },
  'bypass-group': { en: 'Group set to bypass', de: 'Gruppe auf „Umgehung“ gesetzt' },
  'policy-bypass': { en: 'Authentication Policy bypass', de: 'Umgehung per Authentifizierungsrichtlinie' },
};

const REASON_TEXTS: Texts<SimulationReason> = {
  'failmode-safe': {
    en: 'Failmode invoked; fail safe: users get in after primary authentication alone.',
    de: 'Failmode aufgerufen; Fail safe: BenutzerInnen gelangen allein mit der primären Authentifizierung hinein.',
  },
  'failmode-secure': {
    en: 'Failmode invoked; fail secure: users are denied even after primary authentication.',
    de: 'Failmode aufgerufen; Fail secure: BenutzerInnen wird der Zugriff auch nach bestandener primärer Authentifizierung verweigert.',
  },
  'default-safe': {
    en: 'Failmode invoked; not recorded, the integration defaults to fail safe: users get in after primary authentication alone.',
    de: 'Failmode aufgerufen; nicht erfasst, die Integration verwendet standardmäßig Fail safe: BenutzerInnen gelangen allein mit der primären Authentifizierung hinein.',
  },
  'default-secure': {
    en: 'Failmode invoked; not recorded, the integration defaults to fail secure: users are denied.',
    de: 'Failmode aufgerufen; nicht erfasst, die Integration verwendet standardmäßig Fail secure: der Zugriff wird verweigert.',
  },
  'assumed-secure': {
    en: 'Failmode invoked; not recorded and no documented default: assumed fail secure (denied).',
    de: 'Failmode aufgerufen; nicht erfasst und kein dokumentierter Standard: Fail secure angenommen (verweigert).',
  },
  'no-failmode-control': {
    en: 'The integration has no failmode control and fails closed when it cannot reach Duo.',
    de: 'Die Integration hat keine Failmode-Steuerung und schlägt geschlossen fehl, wenn sie Duo nicht erreicht.',
  },
  'duo-sso-unreachable': {
    en: 'Duo SSO handles primary and secondary authentication: users cannot authenticate while it is unreachable.',
    de: 'Duo SSO übernimmt die primäre und die sekundäre Authentifizierung: BenutzerInnen können sich nicht authentifizieren, solange es nicht erreichbar ist.',
  },
  'authentication-not-completing': {
    en: 'Duo is reachable but authentication does not complete; failmode is not invoked, so logins fail whatever the failmode.',
    de: 'Duo ist erreichbar, aber die Authentifizierung wird nicht abgeschlossen; der Failmode wird nicht aufgerufen, daher schlagen Anmeldungen unabhängig vom Failmode fehl.',
  },
  'other-method-available': {
    en: 'One authentication method fails; users complete two-factor authentication with another method.',
    de: 'Eine Authentifizierungsmethode fällt aus; BenutzerInnen schließen die Zwei-Faktor-Authentifizierung mit einer anderen Methode ab.',
  },
  'policy-bypass': {
    en: 'An application-level Authentication Policy bypasses two-factor authentication.',
    de: 'Eine Authentifizierungsrichtlinie auf Anwendungsebene umgeht die Zwei-Faktor-Authentifizierung.',
  },
  'primary-only-mode': {
    en: 'Auth Proxy Primary Only Mode skips Duo for this fail-safe section.',
    de: 'Der Nur primäre Modus des Auth Proxy überspringt Duo für diesen Abschnitt mit Fail safe.',
  },
  'bypass-group': {
    en: 'The group is in bypass status: two-factor authentication is skipped in every application it can reach.',
    de: 'Die Gruppe hat den Status „Umgehung“: die Zwei-Faktor-Authentifizierung wird in allen Anwendungen übersprungen, auf die sie Zugriff hat.',
  },
};

export const simulationOutcomeName = (o: SimulationOutcome, lang: Lang): string => OUTCOME_NAMES[o][lang];
export const simulationScenarioName = (s: SimulationScenario, lang: Lang): string => SCENARIO_NAMES[s][lang];
export const simulationActionName = (t: SimulationActionType, lang: Lang): string => ACTION_NAMES[t][lang];
export const simulationReasonText = (r: SimulationReason, lang: Lang): string => REASON_TEXTS[r][lang];

// ---------------------------------------------------------------------------------------------------
// Finding messages

function str(f: SimulationFinding, key: string): string {
  const v: FindingParamValue | undefined = f.params[key];
  if (v === undefined) return '';
  return Array.isArray(v) ? v.join(', ') : String(v);
}

function list(f: SimulationFinding, key: string): string[] {
  const v: FindingParamValue | undefined = f.params[key];
  return Array.isArray(v) ? v : [];
}

function isSlug(s: string): s is IntegrationSlug {
  return Object.prototype.hasOwnProperty.call(CATALOG, s);
}

function isDataClass(s: string): s is DataClass {
  return (DATA_CLASSES as readonly string[]).includes(s);
}

function integ(f: SimulationFinding, lang: Lang): string {
  const slug = str(f, 'integration');
  return isSlug(slug) ? integrationName(slug, lang) : slug;
}

function names(xs: readonly string[], lang: Lang): string {
  return xs.length === 0 ? (lang === 'de' ? 'keine' : 'none') : quotedList(xs, lang);
}

const appOf = (f: SimulationFinding, lang: Lang): string => quote(str(f, 'application') || (f.applications[0] ?? ''), lang);
const groupOf = (f: SimulationFinding, lang: Lang): string => quote(str(f, 'group') || (f.groups[0] ?? ''), lang);

/** What the simulation finding says, in `lang`. */
export function simulationFindingMessage(f: SimulationFinding, lang: Lang): string {
  const de = lang === 'de';
  switch (f.code) {
    case 'SIM_BYPASS_REACHES_MOST_RESTRICTIVE': {
      const group = groupOf(f, lang);
      const most = list(f, 'mostRestrictive');
      const reach = list(f, 'reach').length > 0 ? list(f, 'reach') : f.applications;
      const inactive =
        f.params.effective === false
          ? de
            ? ' Solange Duo nicht erreichbar ist, wirkt die Umgehung nicht, aber sie greift, sobald Duo wieder antwortet.'
            : ' While Duo is unreachable the bypass has no effect, but it applies as soon as Duo answers again.'
          : '';
      if (f.params.alwaysRequireMfa === true) {
        const alsoMost =
          most.length > 0
            ? de
              ? ` Darunter sind am stärksten restriktive Anwendungen: ${names(most, lang)}.`
              : ` This includes the most-restrictive ${most.length === 1 ? 'application' : 'applications'} ${names(most, lang)}.`
            : '';
        return de
          ? `Die Gruppe ${group} muss immer und ohne Ausnahme die Zwei-Faktor-Authentifizierung bestehen und darf NICHT auf „Umgehung“ gesetzt werden: der Status „Umgehung“ überspringt die 2FA in allen Anwendungen, auf die sie Zugriff hat (${names(reach, lang)}).${alsoMost}${inactive}`
          : `Group ${group} must always pass two-factor authentication, without exception, and must NOT be switched to bypass: bypass status skips 2FA in every application it has access to (${names(reach, lang)}).${alsoMost}${inactive}`;
      }
      return de
        ? `Wird die Gruppe ${group} auf „Umgehung“ gesetzt, wird die Zwei-Faktor-Authentifizierung in allen Anwendungen übersprungen, auf die sie Zugriff hat, auch in ${names(most, lang)} (am stärksten restriktiv), wo 2FA ausnahmslos vorgeschrieben ist. Zuerst den Zugriff der Gruppe darauf entfernen.${inactive}`
        : `Switching group ${group} to bypass skips two-factor authentication in every application it has access to, including the most-restrictive ${most.length === 1 ? 'application' : 'applications'} ${names(most, lang)}, where 2FA is required without exception. First remove the group's access to ${most.length === 1 ? 'it' : 'them'}.${inactive}`;
    }
    case 'SIM_FIREWALL_OPENS_MANDATORY_DATA': {
      const one = f.applications.length === 1;
      const classes = list(f, 'dataClasses')
        .filter(isDataClass)
        .map((c) => dataClassName(c, lang));
      const data =
        classes.length > 0
          ? de
            ? `, obwohl dort Daten liegen, für die laut Richtlinie 2FA vorgeschrieben ist (${classes.join(', ')})`
            : `, although ${one ? 'it holds' : 'they hold'} data for which the policy mandates 2FA (${classes.join(', ')})`
          : '';
      return de
        ? `Die Firewall-Sperre von Duo ruft den Failmode auf: ${one ? 'die am stärksten restriktive Anwendung' : 'die am stärksten restriktiven Anwendungen'} mit Fail safe ${names(f.applications, lang)} ${one ? 'öffnet' : 'öffnen'} sich ohne Zwei-Faktor-Authentifizierung${data}. Zuerst auf Fail secure umstellen oder die Sperre nicht verwenden.`
        : `Blocking Duo at the firewall invokes failmode: the fail-safe most-restrictive ${one ? 'application' : 'applications'} ${names(f.applications, lang)} ${one ? 'opens' : 'open'} without two-factor authentication${data}. Set ${one ? 'it' : 'them'} to fail secure first, or do not use the block.`;
    }
    case 'SIM_POLICY_BYPASS_ON_MOST_RESTRICTIVE': {
      const app = appOf(f, lang);
      return de
        ? `Eine Umgehung per Authentifizierungsrichtlinie lässt alle BenutzerInnen von ${app} ohne Zwei-Faktor-Authentifizierung hinein, aber ${app} ist am stärksten restriktiv: 2FA ist dort ausnahmslos vorgeschrieben.`
        : `An Authentication Policy bypass lets every user of ${app} in without two-factor authentication, but ${app} is most restrictive: 2FA is required there without exception.`;
    }
    case 'SIM_REQUIRED_2FA_SKIPPED': {
      const action = str(f, 'action');
      const actionName = isAction(action) ? simulationActionName(action, lang) : action;
      const who =
        f.groups.length > 0
          ? de
            ? `die Gruppen ${names(f.groups, lang)}`
            : `groups ${names(f.groups, lang)}`
          : de
            ? 'BenutzerInnen'
            : 'users';
      return de
        ? `${actionName} lässt ${who} ohne Zwei-Faktor-Authentifizierung in ${names(f.applications, lang)} hinein, obwohl dort 2FA ausnahmslos vorgeschrieben ist (am stärksten restriktive Anwendung oder Gruppe, die immer 2FA bestehen muss).`
        : `${actionName} lets ${who} into ${names(f.applications, lang)} without two-factor authentication, although 2FA is required there without exception (a most-restrictive application or a group that must always pass 2FA).`;
    }
    case 'SIM_FIREWALL_BLAST_RADIUS': {
      const opened = names(list(f, 'opened'), lang);
      const closed = names(list(f, 'closed'), lang);
      return de
        ? `Die Sperre von *.duo.com und *.duosecurity.com auf TCP 443 ruft für jede Anwendung hinter diesem Ausgang den Failmode auf: Anwendungen mit Fail safe öffnen sich ohne Zwei-Faktor-Authentifizierung (${opened}), Anwendungen mit Fail secure verweigern den Zugriff (${closed}).`
        : `Blocking *.duo.com and *.duosecurity.com on TCP 443 invokes failmode for every application behind that egress: fail-safe ones open without two-factor authentication (${opened}), fail-secure ones deny access (${closed}).`;
    }
    case 'SIM_PRIMARY_ONLY_TOO_LONG': {
      const app = appOf(f, lang);
      const minutes = str(f, 'minutes');
      const max = str(f, 'max');
      return de
        ? `Der Nur primäre Modus für ${app} ist für ${minutes} Minuten geplant; der Auth Proxy erlaubt höchstens ${max} Minuten (vier Stunden). Höchstens ${max} Minuten planen und danach neu entscheiden.`
        : `Primary Only Mode for ${app} is planned for ${minutes} minutes; the Auth Proxy allows at most ${max} minutes (four hours). Plan at most ${max} minutes and decide again then.`;
    }
    case 'SIM_PRIMARY_ONLY_NOT_APPLICABLE': {
      const app = appOf(f, lang);
      if (str(f, 'reason') === 'failmode-secure') {
        return de
          ? `Der Nur primäre Modus überspringt Duo nur für RADIUS-/LDAP-Abschnitte mit Fail safe; ${app} verwendet Fail secure, daher wird nichts umgangen.`
          : `Primary Only Mode skips Duo only for RADIUS/LDAP sections that fail safe; ${app} fails secure, so nothing is bypassed.`;
      }
      return de
        ? `Der Nur primäre Modus gilt nicht für ${app} (${integ(f, lang)}): er ist eine Funktion des Duo Authentication Proxy (RADIUS/LDAP); nichts wird umgangen.`
        : `Primary Only Mode does not apply to ${app} (${integ(f, lang)}): it is a feature of the Duo Authentication Proxy (RADIUS/LDAP) only; nothing is bypassed.`;
    }
    case 'SIM_POLICY_BYPASS_UNAVAILABLE': {
      const app = appOf(f, lang);
      return de
        ? `Eine Umgehung per Authentifizierungsrichtlinie für ${app} erfordert eine kostenpflichtige Duo-Edition; die Edition der Organisation bietet keine Authentifizierungsrichtlinien, daher wird nichts umgangen.`
        : `An Authentication Policy bypass for ${app} needs a paid Duo edition; the organisation's edition has no Authentication Policies, so nothing is bypassed.`;
    }
    case 'SIM_PRIMARY_ONLY_WHOLE_PROXY': {
      const app = appOf(f, lang);
      const others = names(list(f, 'others'), lang);
      return de
        ? `Der Nur primäre Modus für ${app} wirkt auf den ganzen Proxyserver: er überspringt Duo für alle RADIUS-/LDAP-Abschnitte mit Fail safe darauf. Laufen sie auf demselben Server, betrifft das auch ${others}.`
        : `Primary Only Mode for ${app} acts on the whole proxy server: it skips Duo for every fail-safe RADIUS/LDAP section on it. If they run on the same server, this includes ${others}.`;
    }
    case 'SIM_ACTION_NO_EFFECT': {
      const reason = str(f, 'reason');
      if (reason === 'group-has-no-access') {
        const group = groupOf(f, lang);
        return de
          ? `Die Gruppe ${group} hat auf keine Anwendung Zugriff; der Status „Umgehung“ ändert daher nichts.`
          : `Group ${group} has access to no application, so switching it to bypass changes nothing.`;
      }
      if (reason === 'duo-unreachable') {
        const group = groupOf(f, lang);
        return de
          ? `Solange Duo nicht erreichbar ist, wirkt der Status „Umgehung“ der Gruppe ${group} nicht: die Anwendungen können Duo nicht fragen, daher entscheidet ihr Failmode. Die Umgehung greift, sobald Duo wieder antwortet — danach zurücksetzen.`
          : `While Duo is unreachable, bypass status of group ${group} has no effect: the applications cannot ask Duo, so their failmode decides. The bypass applies as soon as Duo answers again — revert it afterwards.`;
      }
      const app = appOf(f, lang);
      if (reason === 'duo-sso-unreachable') {
        return de
          ? `Solange Duo nicht erreichbar ist, hilft eine Authentifizierungsrichtlinie ${app} nicht: Duo SSO übernimmt die primäre und die sekundäre Authentifizierung, BenutzerInnen müssen den Dienst direkt erreichen. Letzter Ausweg: die Föderation der Anwendung mit Duo SSO aufheben.`
          : `While Duo is unreachable, an Authentication Policy bypass does not help ${app}: Duo SSO handles primary and secondary authentication, so users must reach it directly. Last resort: de-federate the application from Duo SSO.`;
      }
      return de
        ? `Solange Duo nicht erreichbar ist, hilft eine Authentifizierungsrichtlinie ${app} (${integ(f, lang)}) nicht: die Integration schlägt geschlossen fehl, wenn sie Duo nicht erreicht. Stattdessen Duo aus ihrem Authentifizierungs-Workflow entfernen.`
        : `While Duo is unreachable, an Authentication Policy bypass does not help ${app} (${integ(f, lang)}): the integration fails closed when it cannot reach Duo. Remove Duo from its authentication workflow instead.`;
    }
    case 'SIM_FAILMODE_ASSUMED': {
      const app = appOf(f, lang);
      const assumed = str(f, 'assumed') === 'safe' ? 'safe' : 'secure';
      const mode = failmodeName(assumed, lang);
      if (str(f, 'basis') === 'catalog-default') {
        return de
          ? `Der Failmode von ${app} ist nicht erfasst; die Simulation hat den Standard der Integration angenommen: ${mode}. Die Einstellung prüfen und erfassen.`
          : `The failmode of ${app} is not recorded; the simulation assumed the integration's default, ${mode.toLowerCase()}. Check the setting and record it.`;
      }
      return de
        ? `Der Failmode von ${app} ist nicht erfasst und für ${integ(f, lang)} ist kein Standard dokumentiert; die Simulation hat Fail secure angenommen (Zugriff verweigert). Das Verhalten klären und erfassen.`
        : `The failmode of ${app} is not recorded and ${integ(f, lang)} has no documented default; the simulation assumed fail secure (access denied). Find out and record it.`;
    }
  }
}

function isAction(s: string): s is SimulationActionType {
  return Object.prototype.hasOwnProperty.call(ACTION_NAMES, s);
}

// ---------------------------------------------------------------------------------------------------
// Errors and the API shape

/** "actions[2].group: group "X" is not in the inventory". */
export function simulationErrorMessage(e: SimulationError, lang: Lang): string {
  const path = e.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  if (lang === 'de') {
    return `${path}: ${e.kind === 'group' ? 'Gruppe' : 'Anwendung'} ${quote(e.name, lang)} ist nicht im Inventar`;
  }
  return `${path}: ${e.kind} ${quote(e.name, lang)} is not in the inventory`;
}

export interface SimulationResponseFinding {
  code: SimulationFindingCode;
  severity: Severity;
  message: string;
  applications: string[];
  groups: string[];
}

/** The `POST /api/v1/simulations` answer (SPEC §3), findings with their message in `lang`. */
export interface SimulationResponse {
  scenario: SimulationScenario;
  results: SimulationResultRow[];
  findings: SimulationResponseFinding[];
}

export function toSimulationResponse(result: SimulationResult, lang: Lang): SimulationResponse {
  return {
    scenario: result.scenario,
    results: result.results,
    findings: result.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: simulationFindingMessage(f, lang),
      applications: f.applications,
      groups: f.groups,
    })),
  };
}
