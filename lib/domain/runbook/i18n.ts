// Every text of the DR runbook model in English and German. The wording of the options, timing rules
// and end-user templates follows the guide (English: shared/seeds/000_…, German: shared/seeds/003_…);
// German terms as in the German edition: "Fail secure", "Fail safe", "Umgehung", "Nur primärer Modus",
// "Beeinträchtigung", "Nichterreichbarkeit", "Vorgehensweise", "Wirkung".
// Names are interpolated as plain text; the renderers escape.
import { quote, quotedList } from '../messages';
import type { Lang } from '../types';
import type { ApprovalState, AuthMethod, MessageVariant, OptionId, OptionStatus, Scenario } from './types';

const SCENARIO_METHOD: Readonly<Record<Exclude<Scenario, 'auth-not-completing'>, AuthMethod>> = {
  'push-down': 'push',
  'sms-down': 'sms',
  'phone-down': 'phone',
};

/** The method that fails in a one-method-down scenario. */
export function scenarioMethod(s: Exclude<Scenario, 'auth-not-completing'>): AuthMethod {
  return SCENARIO_METHOD[s];
}

/** Quoted, joined list of names: "A", "B" and "C" / „A“, „B“ und „C“ (all of them). */
export function nameList(names: readonly string[], lang: Lang): string {
  // At most 40 names, then "N more" (see MAX_LISTED_APPLICATIONS in model.ts).
  return quotedList(names, lang, 40);
}

/** ISO timestamp → "2026-05-04 09:30 UTC" / "04.05.2026 09:30 UTC"; unparseable input is returned as is. */
export function formatTimestamp(value: string | null, lang: Lang): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const p = (n: number) => String(n).padStart(2, '0');
  const date =
    lang === 'de'
      ? `${p(d.getUTCDate())}.${p(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`
      : `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
  return `${date} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())} UTC`;
}

const en = {
  runbookTitle: (app: string) => `DR runbook: ${app}`,
  none: 'none',
  notRecorded: 'not recorded',

  // Header
  header: 'Overview',
  kOwner: 'Owner',
  kOnCall: 'On call',
  kEscalation: 'Escalation',
  kIntegration: 'Integration',
  kLevel: 'Restriction level',
  kFailmode: 'Failmode (configured vs recommended)',
  failmodeVs: (configured: string, recommended: string, matches: boolean) =>
    `configured: ${configured} · recommended: ${recommended}${matches ? '' : ' — differs'}`,
  outcomeOpens: 'users get in with primary authentication only (no 2FA)',
  outcomeCloses: 'users are denied access',
  outcomeUnknown: 'unknown — find out and record it',
  basisDefault: ' (failmode not recorded: the integration default)',
  basisFixed: ' (fixed: the integration has no failmode control)',
  kApproval: 'Failmode review',
  kReviewer: 'Decided by',
  kDecidedAt: 'Decided at',
  kValidUntil: 'Valid until',
  kReason: 'Reason',
  kGenerated: 'Generated',
  kFingerprint: 'Inventory fingerprint',
  kBypassAllowed: 'May be switched to bypass (degradation)',
  kBypassForbidden: 'Must NOT be switched to bypass',
  approvalState: {
    unreviewed: 'not reviewed',
    approved: 'approved',
    'risk-accepted': 'risk accepted (a critical finding is open)',
    rejected: 'rejected',
    stale: 'stale (inputs changed since the decision)',
    expired: 'expired (review interval passed)',
  } satisfies Record<ApprovalState, string>,
  reasonInputsChanged: 'the inputs of the assessment changed after the decision',
  reasonIntervalPassed: 'the review interval has passed',
  approvalWarning: (state: string) =>
    `The failmode choice of this application is ${state}. Follow this runbook in an incident, but have a security reviewer look at it afterwards.`,
  whyTitle: 'Why this level',
  // Unreachable
  unreachable: 'Duo unreachable (failmode invoked)',
  partExperience: 'What users experience',
  partRecognise: 'How to recognise it',
  partActions: 'Actions',
  expSso: (app: string) =>
    `Users cannot log in to ${quote(app, 'en')} at all: Duo Single Sign-On handles both primary and secondary authentication, so users must be able to reach the service directly. There is no failmode setting.`,
  expOpens: (app: string) =>
    `Fail safe: users are ALLOWED access to ${quote(app, 'en')} if they pass primary authentication. Two-factor authentication is temporarily removed, which weakens your security posture; users can keep working.`,
  expOpensAppCode: (app: string) =>
    `Fail safe through the application's own code: users get into ${quote(app, 'en')} with primary authentication only — if that fail-open logic works as intended. It is custom code; until it is tested, expect anything from denial to an unintentional 2FA bypass.`,
  expOpensDefault: (app: string, integ: string) =>
    `The failmode of ${quote(app, 'en')} is not recorded. If it is not set, ${integ} fails safe: users are ALLOWED access with primary authentication only.`,
  expCloses: (app: string) =>
    `Fail secure: users are DENIED access to ${quote(app, 'en')} even if they pass primary authentication. This is the most secure option and the most disruptive one.`,
  expClosesFixed: (app: string, integ: string) =>
    `${integ} offers no failmode control and fails closed: users are DENIED access to ${quote(app, 'en')} even if they pass primary authentication.`,
  expClosesDefault: (app: string, integ: string) =>
    `The failmode of ${quote(app, 'en')} is not recorded. Without a setting (or error handling), ${integ} fails secure: users are DENIED access.`,
  expUnknownFixed: (app: string, integ: string) =>
    `${integ} offers no failmode control and its behaviour is not documented: it is unknown whether users can get into ${quote(app, 'en')}. Third-party integrations may default to fail secure — expect users to be denied, and find out from the vendor.`,
  expUnknownDefault: (app: string, integ: string) =>
    `The failmode of ${quote(app, 'en')} is unknown and ${integ} has no documented default: it is unknown whether users are allowed or denied. Find out and record it before an incident.`,
  expOpenOnRestricted: (level: string) =>
    `This application is ${level.toLowerCase()} and must fail secure: while Duo is unreachable, 2FA is not enforced here although it is required.`,
  logCaption:
    'authproxy.log — Auth Proxy 2.11.0 and later, then 2.10.1 and earlier; authevents.log (JSON, for a SIEM) has the same text in "msg"',
  logExpected: (expectSafe: boolean | null): string =>
    expectSafe === null
      ? 'The "Allowed … " lines mean the section fails safe, the "Denied … " lines that it fails secure: record what you see.'
      : expectSafe
        ? 'Expected here (fail safe): the "Allowed … " lines. "Denied … " lines mean the section actually fails secure: correct the inventory.'
        : 'Expected here (fail secure): the "Denied … " lines. "Allowed … " lines mean the section actually fails safe: 2FA is not enforced — correct the configuration.',
  unixLogCaption: 'Duo Unix: syslog / auth log (e.g. /var/log/auth.log or /var/log/secure)',
  unixExpected: (expectSafe: boolean | null): string =>
    expectSafe === null
      ? '"Failsafe Duo login" means fail safe, "Failsecure Duo login" fail secure: record what you see.'
      : expectSafe
        ? 'Expected here (fail safe): "Failsafe Duo login". "Failsecure Duo login" means the host actually fails secure.'
        : 'Expected here (fail secure): "Failsecure Duo login". "Failsafe Duo login" means the host actually fails safe: 2FA is not enforced.',
  recogniseOther:
    'This integration writes no failmode log line that the guide documents: rely on status.duo.com, user reports and a test login.',
  recogniseAppCode:
    "The application's own code decides: look in the application's logs for its Duo health check (Auth API /ping or /check, or health_check()) and what it did.",
  actConfirmLogs: 'Confirm in the logs that failmode was invoked and which way (see above).',
  actConfirmTest: 'Make a test login to confirm what users experience.',
  actOpensMonitor:
    'Two-factor authentication is not enforced: watch primary-authentication logins closely (monitoring tool or SIEM) until Duo is back.',
  actOpensRestricted:
    'This application must fail secure: decide with the security reviewer whether to block access until Duo is reachable, and correct the failmode after the incident.',
  actClosesMost:
    'Access stays denied until Duo is reachable. Do not remove Duo or bypass 2FA: this application requires two-factor authentication without exception.',
  actClosesRestrictiveNone: 'No group of this application may get access without 2FA: access stays denied until Duo is reachable.',
  actUnknown: (howToSet: string) => `Find out which way this integration fails, then follow the matching case: ${howToSet}`,
  actMessage: 'Message users (timing: see "When to message users").',
  actWhenBack: 'When Duo is reachable again: make a test login with 2FA, then go through the revert checklist.',

  // Degraded
  degraded: 'Duo degraded (failmode not invoked)',
  degradedIntro:
    'The application can reach the Duo service, but authentication is unable to complete. Failmode is not invoked, so the configured failmode does not help.',
  degradedSolutions:
    'Degradation issues are typically resolved within 30 minutes; a firewall rule change may be more burdensome than messaging your users. Revert every option you use once the issue is resolved (revert checklist).',
  levelAdvice: (level: string, advice: string) => `${level}: ${advice}`,
  degradedProxyTimeout: 'Auth Proxy: once a push or phone call is under way, a timeout denies the login whatever the failmode.',
  optPolicy: 'Apply an Authentication Policy to bypass two-factor authentication while the degradation persists',
  policyHow: (app: string) =>
    `In the Duo Admin Panel, create and temporarily apply an application-level Authentication Policy to ${quote(app, 'en')} with Authentication policy set to "Bypass 2FA".`,
  policyHowGroups: (app: string, allowed: string, forbidden: string) =>
    `In the Duo Admin Panel, create and temporarily apply an application-level Authentication Policy to ${quote(app, 'en')} that bypasses 2FA only for the groups ${allowed} (a group policy). ${forbidden} must still pass 2FA.`,
  policyWhat:
    "Allows users to access this specific application without completing two-factor authentication. Access can be restricted or enabled based on a user's group membership.",
  policyNotAllowedMost:
    'Not allowed for this level: contract, law, policy or the sensitivity of the data requires two-factor authentication without exception.',
  policyNotAllowedNoGroups: 'Not allowed: no group with access to this application may skip two-factor authentication.',
  policyRestrictiveWarning: (forbidden: string) => `Never apply the bypass to ${forbidden}: they must always pass 2FA.`,

  optInform: 'Inform users of the interruption and offer workarounds if Duo has posted any on status.duo.com',
  informHow:
    'Send the matching end-user message (see "End-user messages"). Check status.duo.com for temporary workarounds Duo has identified.',
  informWhat: 'Ensures users that your organisation and Duo are both aware of the problem and are working to fix it.',

  optBypass: 'Move all or some users into a group set to "bypass" status',
  bypassHow: (groups: string) =>
    `Manually or bulk update users to move them into a group if they are not in one already; that group needs 1) access to the protected application and 2) to be set to "Bypass" status. Groups allowed for this application: ${groups}.`,
  bypassWhat:
    'This bypasses two-factor authentication for every user in the group — in every application the group has access to, not only this one.',
  bypassNotAllowedMost: (advice: string) => `Not allowed for this level. ${advice}`,
  bypassNotAllowedNone: 'Not allowed: every group with access to this application must always pass two-factor authentication.',
  bypassNoGroups:
    'No user group is recorded for this application: the bypass plan cannot be judged. Do not bypass anyone until the groups are recorded.',
  bypassForbiddenList: (groups: string) => `Must NOT be switched to bypass: ${groups}.`,
  bypassReachTitle: 'Bypass status also skips 2FA here',
  bypassReachNone: 'no other application',
  appWithLevel: (app: string, level: string) => `${quote(app, 'en')} (${level.toLowerCase()})`,

  optRevertConfig: 'Revert configuration/profile on the application so as to not invoke Duo',
  revertConfigHow: (procedure: string) =>
    `${procedure} Consult the application's documentation on duo.com/docs (link below). Save a copy of the configuration before you change it.`,
  revertConfigWhat: 'This removes two-factor authentication from the authentication workflow.',
  revertConfigNotAllowed:
    'Not allowed for this level: removing Duo removes two-factor authentication, which this application requires without exception.',
  removesForEveryone: (forbidden: string): string =>
    forbidden
      ? `This removes 2FA for every user of the application, including ${forbidden}, who must always pass 2FA: only acceptable if those users are denied access meanwhile.`
      : 'This removes 2FA for every user of the application, including users who must always pass 2FA: only acceptable if those users are denied access meanwhile.',
  ssoLastResort:
    'De-federating from Duo SSO is often cumbersome and impractical and should only be considered as a last resort for long outages.',

  optPrimaryOnly: 'Use the Primary Only Mode feature of the Duo Authentication Proxy',
  primaryHow: (minutes: number, max: number) =>
    `Auth Proxy 2.14.0 or later. Primary Only Mode is a start-up option of the proxy process, so the running service is stopped first. The wrapper below does it all: it checks the configuration, stops the service, runs the proxy without Duo for ${minutes} minutes (at most ${max}), then stops it and starts the service normally — but only while its window stays open. Write down when it expires.`,
  primaryWhat:
    'Temporarily skips Duo authentication for all logins to RADIUS or LDAP configurations that use the default "fail safe" behaviour (failmode=safe or no failmode key). Sections with failmode=secure keep requiring Duo.',
  primaryRevert:
    "It does not end with 2FA back by itself: at expiry the proxy stops. If the wrapper's window was closed, or the proxy was started by hand with --primary-only, start the service yourself at expiry (commands below), or every login through this proxy fails.",
  primaryNeighbours: (apps: string) =>
    `It also skips 2FA for these fail-safe Auth Proxy applications if they run on the same proxy server: ${apps}.`,
  primaryNotAllowed:
    'Not allowed for this level: it would skip two-factor authentication, which this application requires without exception (and the section should fail secure).',
  primaryUnrecorded:
    'Primary Only Mode (Auth Proxy 2.14.0+) would apply only if this section fails safe (failmode=safe or no failmode key). The failmode of this application is not recorded: check authproxy.cfg before relying on it.',

  optFirewall: "Manually block Duo's service via a firewall rule to create an unreachable outage scenario",
  firewallHow: 'Block *.duo.com and *.duosecurity.com on TCP port 443 (outbound, at the egress firewall or proxy).',
  firewallWhat:
    'This invokes failmode. If fail safe is configured, access to the application is granted without two-factor authentication. If fail secure is configured, access is blocked.',
  firewallThisApp: {
    opens: (app: string) => `${quote(app, 'en')} would OPEN: users get in with primary authentication only.`,
    closes: (app: string) => `${quote(app, 'en')} would CLOSE: its users are denied access until the rule is removed.`,
    unknown: (app: string) => `For ${quote(app, 'en')} the effect is unknown (no recorded or documented failmode).`,
  },
  firewallRevert:
    'Monitor status.duo.com closely to know when this change can be reversed; then remove the rule and make a test login with 2FA.',
  blastTitle: 'Blast radius: every application behind the same egress',
  blastOpens: 'Would OPEN (no 2FA)',
  blastCloses: 'Would CLOSE (access denied)',
  blastUnknown: 'Unknown effect',
  blastEgress:
    'Assumes every application reaches Duo through this egress. Cloud-to-cloud integrations invoke no failmode, but users on your network may not load the Duo Prompt.',
  firewallOpensRestricted: (apps: string) => `The block would also open ${apps}, which must fail secure: 2FA would not be enforced there.`,
  firewallSso: (apps: string) => `Users of ${apps} (Duo SSO) could not log in at all while the rule is in place.`,
  firewallDisproportionate: 'For a single failing method this is usually disproportionate: prefer another method.',
  firewallNotAllowed:
    'Not allowed for this level: this application fails safe, so the block would let users in without two-factor authentication.',
  defaultNote: ' (failmode not recorded; default)',

  // Integration notes
  integration: (integ: string) => `Integration notes: ${integ}`,
  kControl: 'Failmode control',
  control: {
    setting: 'a failmode setting',
    'app-code': "the application's own code",
    none: 'none (fixed behaviour)',
  },
  kHowToSet: 'Where it is set',
  kDefault: 'When Duo is unreachable, by default',
  defaultText: {
    safe: 'fails safe (open)',
    secure: 'fails secure (closed)',
    'n/a': 'not documented',
  },
  kDrRemoval: 'Take Duo out of the login (DR procedure)',
  kDocs: 'Documentation',
  catalogNotes: 'Notes',
  appNotes: 'Notes from the inventory',
  testFailOpenTitle: 'Test the fail-open logic (custom code) before you need it',
  testPing: 'Liveness: call the Auth API /auth/v2/ping (needs no integration keys).',
  testCheck: 'Integration keys and signature: call the Auth API /auth/v2/check (recommended).',
  testHealthCheck: 'Web SDK v4: call health_check() and handle its error (fail safe or fail secure) explicitly.',
  testSimulate:
    'Block Duo for a test instance and confirm the application fails the way it should; fail secure (closed) remains the most secure option in all scenarios.',

  // Messages
  messages: 'End-user messages',
  messagesIntro: "The guide's templates, filled in. Keep the subject for updates: they thread together.",
  msgTitle: {
    'fail-safe': 'Fail safe or manual bypass',
    'fail-secure': 'Fail secure',
    'push-down': 'Push failing',
    'sms-down': 'SMS failing',
    'phone-down': 'Phone callbacks failing',
  } satisfies Record<MessageVariant, string>,
  msgUseWhen: {
    'fail-safe':
      'Use when users get in without 2FA: the application fails safe while Duo is unreachable, or you invoke failmode or a bypass manually during a degradation.',
    'fail-secure': 'Use when access is denied: the application fails secure while Duo is unreachable, or logins do not complete.',
    'push-down': 'Use when Duo Push fails.',
    'sms-down': 'Use when SMS passcodes fail.',
    'phone-down': 'Use when phone callbacks fail.',
  } satisfies Record<MessageVariant, string>,
  msgSubject: (app: string) => `Authentication problems - In Progress (${app})`,
  msgFailSafe: (app: string) =>
    `Duo is reporting problems with their service. As a temporary workaround, we are lifting the requirement of Duo two-factor authentication for ${app}. Once the problem is resolved, two-factor authentication will be reinstated.`,
  msgFailSecure: (app: string) =>
    `We are experiencing problems with Duo two-factor authentication. Due to the nature of data contained within ${app}, access will be denied until this problem is resolved.`,
  msgMethod: (method: AuthMethod, app: string) => {
    const service = { push: 'push', sms: 'SMS', phone: 'phone' }[method];
    const alt = { push: 'SMS or phone callbacks', sms: 'push or phone callbacks', phone: 'push or SMS' }[method];
    return `Duo is reporting problems with their ${service} service. As a temporary workaround, please use ${alt} to log in to ${app}. Expect another update when the issue has been resolved.`;
  },
  messageRef: (title: string) => `Message: ${title}`,

  // When to message
  whenToMessage: 'When to message users',
  whenRulesTitle: "The guide's rules",
  whenRules: [
    'Time of day: an incident at 11 a.m. on a weekday may require immediate messaging to users.',
    'Time of day: an incident at 11 p.m. on a weekend may not need to be messaged to users immediately.',
    'Time of quarter: an incident during the last week of a quarter may require immediate messaging to users, regardless of the time of day.',
    'Criticality of access: an incident affecting access to a critical application may require immediate messaging regardless of the time, date or other factors.',
  ],

  // Revert checklist
  revert: 'Revert checklist',
  revertIntro: 'After the incident: undo every temporary change, then confirm that 2FA is enforced again.',
  revPolicy: (app: string) => `Remove the temporary bypass Authentication Policy from ${quote(app, 'en')}.`,
  revBypass: (groups: string) => `Set bypass groups back to "Active" (${groups}) and move users back to their original groups.`,
  revPrimary: (n?: number) =>
    `Primary Only Mode: the service runs normally again (the proxy stopped at expiry${n ? `; start commands in option ${n}` : ''}) and no new "Primary Only Mode" lines appear in authproxy.log.`,
  revFirewall: 'Remove the firewall rule blocking *.duo.com and *.duosecurity.com on TCP 443.',
  revConfig: (app: string) => `Restore the configuration of ${quote(app, 'en')} that took Duo out of the login.`,
  revTestLogin: (app: string) => `Make a test login to ${quote(app, 'en')} and confirm Duo prompts for 2FA.`,
  revTellUsers: 'Tell users that 2FA is back (same subject as the first message).',
  revRecord: 'Record what was changed, when, by whom, and the follow-ups.',

  actOptions: (list: string) => `If the outage lasts, the options that can work here (described below): ${list}.`,
  optOtherMethodAny: 'Use another authentication method',
  otherMethodHowAny:
    "Tell users to authenticate with a method that still works instead of the failing one (push, SMS or phone callbacks): send that method's message. Check status.duo.com for workarounds Duo has posted.",
  otherMethodWhatAny:
    'Two-factor authentication stays in place: users with another method enrolled log in as usual. Users who only have the failing method need one of the next options.',
  // First-response card (page 1), options matrix, options described once (issue 12)
  firstResponse: 'First response',
  kCall: 'Call (owner)',
  kCallOnCall: 'Call (on call)',
  kMessageAt: 'Message users',
  messageAtCritical: (minutes: number) =>
    `now: the application is critical (the guide: may require immediate messaging regardless of the time); at the latest at minute ${minutes}`,
  messageAt: (minutes: number) =>
    `when users report problems or Duo posts on status.duo.com; at the latest when unresolved for ${minutes} minutes (your policy). See "When to message users".`,
  kTimers: 'Timers',
  timers: (minutes: number) => `180 s without an answer = unreachable · degradations: typically 30 minutes · messaging: ${minutes} minutes`,
  timersPrimary: (def: number, max: number) => ` · Primary Only Mode: the proxy STOPS after its minutes (default ${def}, max ${max})`,
  identifyTitle: 'Which outage is it?',
  identifySteps: [
    'Check status.duo.com. Nothing there: look for a local cause (firewall, DNS, ISP routing), contact Duo Support. Moving to another Duo deployment is no remedy mid-outage (guide FAQ).',
    'No Duo Prompt or Auth API answer within 180 seconds, or Duo cannot be reached: unreachable, failmode is invoked.',
    'Duo answers, but logins do not complete: degraded, authentication not completing.',
    'Only push, SMS or phone callbacks fail: one method down. Users who did not allow notifications can open Duo Mobile and approve the pending request.',
  ],
  identifyLogs: 'Failmode lines in these logs confirm "unreachable":',
  frTableTitle: 'What to do now (⚠ = with care: read the option first)',
  frHead: ['Outage', 'Users now', 'Options in this order', 'Message to send'],
  methodDownShort: 'One method down (push, SMS or phone)',
  frNothing: 'nothing that removes 2FA: keep users informed',
  frOpen: 'none needed: users get in; watch logins closely',
  frOpenRestricted: 'none needed, but 2FA is required here: decide with the security reviewer whether to block access',
  usersNow: {
    'allowed-without-2fa': 'get in WITHOUT 2FA',
    denied: 'are DENIED',
    '2fa-with-other-method': 'log in with another method',
  } as Record<'allowed-without-2fa' | 'denied' | '2fa-with-other-method', string>,
  usersNowAssumed: ' (expected; confirm)',
  scenarioShort: {
    unreachable: 'Duo unreachable (failmode invoked)',
    'auth-not-completing': 'Logins not completing',
    'push-down': 'Push failing',
    'sms-down': 'SMS failing',
    'phone-down': 'Phone callbacks failing',
  } as Record<'unreachable' | Scenario, string>,
  optShort: {
    'other-method': 'Another method',
    'policy-bypass': 'Policy bypass',
    'inform-users': 'Inform users',
    'bypass-groups': 'Bypass group',
    'revert-config': 'Take Duo out',
    'primary-only': 'Primary Only Mode',
    'firewall-block': 'Firewall block',
    'switch-failmode': 'Fail safe setting',
  } as Record<OptionId, string>,
  seeIntegrationNotes: 'see "Integration notes"',
  matrixTitle: 'Which option applies in which outage (numbers: the options below; where one does not apply, the cell says why)',
  matrixOption: 'Option',
  cell: { available: 'yes', caution: 'with care', 'not-allowed': 'not allowed (level)' } as Record<OptionStatus, string>,
  noEffect: {
    'already-allowed': 'no effect: users get in anyway',
    'already-unreachable': 'no effect: Duo is unreachable already',
    'not-behind-egress': 'no effect: cloud-to-cloud, not behind your egress',
    'fails-secure': 'no: it fails secure, this would only lock users out',
    'not-auth-proxy': 'not an Auth Proxy section',
    'duo-unreachable': 'no effect: bypass status needs Duo',
    'not-paid-edition': 'needs a paid Duo edition',
    'no-failmode-control': 'no effect: no login without Duo',
    'duo-sso-unreachable': 'impossible: Duo SSO does the primary login too',
    'failmode-not-invoked': 'no effect: failmode is not invoked',
    'already-safe': 'already fail safe',
    'method-only': 'only when one method fails',
    'no-groups': 'no group may be bypassed',
  } as Record<string, string>,
  optionsTitle: 'The options (each described once)',
  optSwitchFailmode: 'Switch this application to fail safe while Duo is unreachable',
  switchHow: (howToSet: string) => `Set the failmode to safe: ${howToSet}`,
  switchWhat:
    'While Duo is unreachable, users of this application get in with primary authentication only; other applications are not affected.',
  switchRevert: 'Set the failmode back to secure (restart the service where the setting needs it) and make a test login.',
  primaryLogsCaption: 'authproxy.log while Primary Only Mode is active, then when the time is up',
  primaryWinCaption: 'Windows (default path; on 32-bit Windows C:\\Program Files\\Duo Security Authentication Proxy)',
  primaryLinuxCaption: 'Linux (default install directory /opt/duoauthproxy)',
  primaryRestartCaption: 'Start the service normally again, before or right at expiry, if the wrapper did not (Windows, Linux)',
  primaryExpiry: (minutes: number) => `Started at __:__ + ${minutes} min = the proxy stops at __:__ (write it down).`,
  kBypassConflict: 'Bypass only after removing access elsewhere',
  bypassConflict: (group: string, apps: string) =>
    `${group}: bypass would also skip 2FA on ${apps}, where it must NOT be bypassed — first remove its access there`,
  bypassConflictWarning: (group: string, apps: string) =>
    `${group} only after removing its access to ${apps} (most restrictive; see the overview).`,
  logSearchLinux: 'Search the logs (Linux; [main] log_dir changes the directory)',
  logSearchWindows: 'Search the logs (Windows PowerShell)',
  expClosesAssumed: (app: string, integ: string) =>
    `${integ} offers no failmode control. The guide says such integrations may default to fail secure: expect users to be DENIED access to ${quote(app, 'en')}, and confirm with the vendor how it behaves.`,
  basisAssumed: ' (expected; confirm with the vendor)',
  blastCloud: 'Not behind your egress (cloud-to-cloud)',
  whenConsider: (minutes: number) =>
    `The guide offers considerations, not a timetable. Message users as soon as they begin reporting problems; or after Duo posts a notification on status.duo.com but before users report anything; or only if the incident has remained unresolved for ${minutes} or more minutes (your organisation's threshold; the guide's example is 20).`,
  whenTailoredOther: (app: string, crit: string, minutes: number) =>
    `${quote(app, 'en')} has ${crit} criticality: weigh the time of day and of the quarter above; your organisation's threshold is ${minutes} minutes.`,
  duoSupport: 'Duo Support',
};

export type RunbookStrings = typeof en;

const de: RunbookStrings = {
  runbookTitle: (app) => `DR-Runbook: ${app}`,
  none: 'keine',
  notRecorded: 'nicht erfasst',

  header: 'Überblick',
  kOwner: 'Verantwortlich',
  kOnCall: 'Bereitschaft',
  kEscalation: 'Eskalation',
  kIntegration: 'Integration',
  kLevel: 'Einschränkungsebene',
  kFailmode: 'Failmode (konfiguriert / empfohlen)',
  failmodeVs: (configured, recommended, matches) =>
    `konfiguriert: ${configured} · empfohlen: ${recommended}${matches ? '' : ' — weicht ab'}`,
  outcomeOpens: 'gelangen BenutzerInnen allein mit der primären Authentifizierung hinein (keine 2FA)',
  outcomeCloses: 'wird BenutzerInnen der Zugriff verweigert',
  outcomeUnknown: 'unbekannt — klären und erfassen',
  basisDefault: ' (Failmode nicht erfasst: Standard der Integration)',
  basisFixed: ' (fest: die Integration hat keine Failmode-Steuerung)',
  kApproval: 'Prüfung des Failmode',
  kReviewer: 'Entschieden von',
  kDecidedAt: 'Entschieden am',
  kValidUntil: 'Gültig bis',
  kReason: 'Grund',
  kGenerated: 'Erstellt',
  kFingerprint: 'Inventar-Fingerabdruck',
  kBypassAllowed: 'Darf auf „Umgehung“ gesetzt werden (Beeinträchtigung)',
  kBypassForbidden: 'Darf NICHT auf „Umgehung“ gesetzt werden',
  approvalState: {
    unreviewed: 'nicht geprüft',
    approved: 'genehmigt',
    'risk-accepted': 'Risiko akzeptiert (ein kritischer Befund ist offen)',
    rejected: 'abgelehnt',
    stale: 'veraltet (Eingaben seit der Entscheidung geändert)',
    expired: 'abgelaufen (Prüfintervall überschritten)',
  },
  reasonInputsChanged: 'die Eingaben der Bewertung haben sich nach der Entscheidung geändert',
  reasonIntervalPassed: 'das Prüfintervall ist abgelaufen',
  approvalWarning: (state) =>
    `Die Failmode-Wahl dieser Anwendung ist ${state}. Im Ernstfall diesem Runbook folgen, es danach aber von einer Sicherheitsprüferin bzw. einem Sicherheitsprüfer ansehen lassen.`,
  whyTitle: 'Begründung der Einschränkungsebene',
  unreachable: 'Duo-Service nicht erreichbar (Failmode aufgerufen)',
  partExperience: 'Was BenutzerInnen erleben',
  partRecognise: 'Woran man es erkennt',
  partActions: 'Maßnahmen',
  expSso: (app) =>
    `BenutzerInnen können sich überhaupt nicht bei ${quote(app, 'de')} anmelden: Duo Single Sign-On übernimmt sowohl die primäre als auch die sekundäre Authentifizierung, daher müssen BenutzerInnen den Service direkt erreichen können. Es gibt keine Failmode-Einstellung.`,
  expOpens: (app) =>
    `Fail safe: BenutzerInnen wird Zugriff auf ${quote(app, 'de')} GEWÄHRT, wenn sie die primäre Authentifizierung bestehen. Die Zwei-Faktor-Authentifizierung wird vorübergehend ausgesetzt, was Ihren Sicherheitsstatus schwächt; BenutzerInnen können weiterarbeiten.`,
  expOpensAppCode: (app) =>
    `Fail safe über den eigenen Code der Anwendung: BenutzerInnen gelangen allein mit der primären Authentifizierung in ${quote(app, 'de')} — sofern diese Fail-open-Logik wie vorgesehen funktioniert. Es ist eigener Code; solange er nicht getestet ist, ist alles von einer Verweigerung bis zu einer unbeabsichtigten Umgehung der 2FA möglich.`,
  expOpensDefault: (app, integ) =>
    `Der Failmode von ${quote(app, 'de')} ist nicht erfasst. Ist er nicht gesetzt, geht ${integ} in Fail safe: BenutzerInnen wird allein mit der primären Authentifizierung Zugriff GEWÄHRT.`,
  expCloses: (app) =>
    `Fail secure: BenutzerInnen wird der Zugriff auf ${quote(app, 'de')} VERWEIGERT, auch wenn sie die primäre Authentifizierung bestehen. Diese Option ist die sicherste und zugleich die störendste.`,
  expClosesFixed: (app, integ) =>
    `${integ} bietet keine Failmode-Steuerung und geht in den fail closed-Modus: BenutzerInnen wird der Zugriff auf ${quote(app, 'de')} VERWEIGERT, auch wenn sie die primäre Authentifizierung bestehen.`,
  expClosesDefault: (app, integ) =>
    `Der Failmode von ${quote(app, 'de')} ist nicht erfasst. Ohne Einstellung (bzw. Fehlerbehandlung) geht ${integ} in Fail secure: BenutzerInnen wird der Zugriff VERWEIGERT.`,
  expUnknownFixed: (app, integ) =>
    `${integ} bietet keine Failmode-Steuerung, und das Verhalten ist nicht dokumentiert: ob BenutzerInnen in ${quote(app, 'de')} gelangen, ist unbekannt. Integrationen von Drittanbietern können standardmäßig auf „fail secure“ eingestellt sein — mit einer Verweigerung rechnen und beim Anbieter klären.`,
  expUnknownDefault: (app, integ) =>
    `Der Failmode von ${quote(app, 'de')} ist unbekannt, und für ${integ} ist kein Standard dokumentiert: ob BenutzerInnen Zugriff erhalten oder nicht, ist unbekannt. Vor einem Vorfall klären und erfassen.`,
  expOpenOnRestricted: (level) =>
    `Diese Anwendung ist als ${quote(level, 'de')} eingestuft und muss Fail secure verwenden: solange Duo nicht erreichbar ist, wird hier keine 2FA erzwungen, obwohl sie vorgeschrieben ist.`,
  logCaption:
    'authproxy.log — Auth Proxy 2.11.0 und neuer, dann 2.10.1 und älter; authevents.log (JSON, für ein SIEM) enthält denselben Text im Feld „msg“',
  logExpected: (expectSafe) =>
    expectSafe === null
      ? 'Die Zeilen „Allowed … “ bedeuten, dass der Abschnitt in Fail safe geht, die Zeilen „Denied … “ Fail secure: das Gesehene erfassen.'
      : expectSafe
        ? 'Hier erwartet (Fail safe): die Zeilen „Allowed … “. Zeilen „Denied … “ bedeuten, dass der Abschnitt tatsächlich in Fail secure geht: das Inventar korrigieren.'
        : 'Hier erwartet (Fail secure): die Zeilen „Denied … “. Zeilen „Allowed … “ bedeuten, dass der Abschnitt tatsächlich in Fail safe geht: es wird keine 2FA erzwungen — die Konfiguration korrigieren.',
  unixLogCaption: 'Duo Unix: Syslog / Auth-Log (z. B. /var/log/auth.log oder /var/log/secure)',
  unixExpected: (expectSafe) =>
    expectSafe === null
      ? '„Failsafe Duo login“ bedeutet Fail safe, „Failsecure Duo login“ Fail secure: das Gesehene erfassen.'
      : expectSafe
        ? 'Hier erwartet (Fail safe): „Failsafe Duo login“. „Failsecure Duo login“ bedeutet, dass der Host tatsächlich in Fail secure geht.'
        : 'Hier erwartet (Fail secure): „Failsecure Duo login“. „Failsafe Duo login“ bedeutet, dass der Host tatsächlich in Fail safe geht: es wird keine 2FA erzwungen.',
  recogniseOther:
    'Diese Integration schreibt keine im Leitfaden dokumentierte Failmode-Protokollzeile: auf status.duo.com, Meldungen der BenutzerInnen und eine Testanmeldung stützen.',
  recogniseAppCode:
    'Der eigene Code der Anwendung entscheidet: in den Protokollen der Anwendung nach ihrer Duo-Prüfung (Auth API /ping bzw. /check oder health_check()) und deren Ergebnis suchen.',
  actConfirmLogs: 'In den Protokollen bestätigen, dass der Failmode aufgerufen wurde und in welche Richtung (siehe oben).',
  actConfirmTest: 'Mit einer Testanmeldung bestätigen, was BenutzerInnen erleben.',
  actOpensMonitor:
    'Die Zwei-Faktor-Authentifizierung wird nicht erzwungen: Anmeldungen mit primärer Authentifizierung genau beobachten (Überwachungstool oder SIEM), bis Duo wieder erreichbar ist.',
  actOpensRestricted:
    'Diese Anwendung muss Fail secure verwenden: mit der Sicherheitsprüfung entscheiden, ob der Zugriff gesperrt wird, bis Duo erreichbar ist, und den Failmode nach dem Vorfall korrigieren.',
  actClosesMost:
    'Der Zugriff bleibt verweigert, bis Duo erreichbar ist. Duo nicht entfernen und die 2FA nicht umgehen: diese Anwendung erfordert ausnahmslos eine Zwei-Faktor-Authentifizierung.',
  actClosesRestrictiveNone:
    'Keine Gruppe dieser Anwendung darf ohne 2FA Zugriff erhalten: der Zugriff bleibt verweigert, bis Duo erreichbar ist.',
  actUnknown: (howToSet) => `Klären, wie diese Integration fehlschlägt, dann dem passenden Fall folgen: ${howToSet}`,
  actMessage: 'BenutzerInnen benachrichtigen (Zeitpunkt: siehe „Wann BenutzerInnen benachrichtigen“).',
  actWhenBack:
    'Sobald Duo wieder erreichbar ist: eine Testanmeldung mit 2FA durchführen, dann die Checkliste zum Rückgängigmachen abarbeiten.',

  degraded: 'Duo-Service beeinträchtigt (Failmode nicht aufgerufen)',
  degradedIntro:
    'Die Anwendung kann den Duo-Service zwar erreichen, die Authentifizierung kann jedoch nicht abgeschlossen werden. Der Failmode wird nicht aufgerufen, der konfigurierte Failmode hilft also nicht.',
  degradedSolutions:
    'Servicebeeinträchtigungen werden in der Regel innerhalb von 30 Minuten behoben; eine Änderung der Firewall-Regel kann problematischer sein als eine Nachricht an Ihre BenutzerInnen. Jede verwendete Option nach der Behebung rückgängig machen (Checkliste).',
  levelAdvice: (level, advice) => `${level}: ${advice}`,
  degradedProxyTimeout: 'Auth Proxy: sobald ein Push oder Anruf läuft, verweigert ein Timeout die Anmeldung unabhängig vom Failmode.',
  optPolicy:
    'Eine Authentifizierungsrichtlinie anwenden, um die Zwei-Faktor-Authentifizierung zu umgehen, während die Servicebeeinträchtigung fortbesteht',
  policyHow: (app) =>
    `Im Duo Admin Panel vorübergehend eine Authentifizierungsrichtlinie auf Anwendungsebene für ${quote(app, 'de')} erstellen und anwenden, mit „Authentication policy“ = „Bypass 2FA“.`,
  policyHowGroups: (app, allowed, forbidden) =>
    `Im Duo Admin Panel vorübergehend eine Authentifizierungsrichtlinie auf Anwendungsebene für ${quote(app, 'de')} erstellen und anwenden, die die 2FA nur für die Gruppen ${allowed} umgeht (eine Richtlinie, die nur für diese Gruppen gilt). ${forbidden} müssen weiterhin die 2FA bestehen.`,
  policyWhat:
    'Ermöglicht BenutzerInnen den Zugriff auf diese bestimmte Anwendung, ohne dass sie die Zwei-Faktor-Authentifizierung abschließen müssen. Der Zugriff kann basierend auf der Gruppenmitgliedschaft der jeweiligen BenutzerInnen eingeschränkt oder gewährt werden.',
  policyNotAllowedMost:
    'Für diese Einschränkungsebene nicht zulässig: Vertrag, Gesetz, Richtlinie oder die Vertraulichkeit der Daten erfordern ausnahmslos eine Zwei-Faktor-Authentifizierung.',
  policyNotAllowedNoGroups:
    'Nicht zulässig: keine Gruppe mit Zugriff auf diese Anwendung darf die Zwei-Faktor-Authentifizierung überspringen.',
  policyRestrictiveWarning: (forbidden) => `Die Umgehung niemals auf ${forbidden} anwenden: sie müssen immer die 2FA bestehen.`,

  optInform:
    'BenutzerInnen über die Unterbrechung informieren und Problemumgehungen anbieten, sofern Duo eine auf status.duo.com veröffentlicht hat',
  informHow:
    'Die passende Nachricht an die EndbenutzerInnen senden (siehe „Kommunikationsvorlagen für EndbenutzerInnen“). Auf status.duo.com feststellen, ob Duo temporäre Problemumgehungen gemeldet hat.',
  informWhat: 'Versichert den BenutzerInnen, dass Ihr Unternehmen und Duo sich des Problems bewusst sind und an dessen Behebung arbeiten.',

  optBypass: 'Alle oder einige BenutzerInnen in eine Gruppe verschieben, für die der Status „Umgehung“ festgelegt ist',
  bypassHow: (groups) =>
    `BenutzerInnen manuell oder per Massenbearbeitung in eine Gruppe verschieben, falls sie noch keiner zugeordnet sind; diese Gruppe benötigt erstens Zugriff auf die geschützte Anwendung und muss zweitens auf den Status „Umgehung“ („Bypass“) gesetzt werden. Für diese Anwendung zulässige Gruppen: ${groups}.`,
  bypassWhat:
    'Dadurch wird die Zwei-Faktor-Authentifizierung für jede/n BenutzerIn in der Gruppe umgangen — in allen Anwendungen, auf die die Gruppe Zugriff hat, nicht nur in dieser.',
  bypassNotAllowedMost: (advice) => `Für diese Einschränkungsebene nicht zulässig. ${advice}`,
  bypassNotAllowedNone:
    'Nicht zulässig: jede Gruppe mit Zugriff auf diese Anwendung muss immer die Zwei-Faktor-Authentifizierung bestehen.',
  bypassNoGroups:
    'Für diese Anwendung ist keine Benutzergruppe erfasst: der Umgehungsplan kann nicht beurteilt werden. Niemanden auf „Umgehung“ setzen, bis die Gruppen erfasst sind.',
  bypassForbiddenList: (groups) => `Darf NICHT auf „Umgehung“ gesetzt werden: ${groups}.`,
  bypassReachTitle: 'Der Status „Umgehung“ überspringt die 2FA auch hier',
  bypassReachNone: 'keine andere Anwendung',
  appWithLevel: (app, level) => `${quote(app, 'de')} (${level})`,

  optRevertConfig: 'Die Konfiguration/das Profil der Anwendung zurückstellen, um Duo nicht aufzurufen',
  revertConfigHow: (procedure) =>
    `${procedure} Die Dokumentation zur Anwendung auf duo.com/docs lesen (Link unten). Vor der Änderung eine Kopie der Konfiguration sichern.`,
  revertConfigWhat: 'Hierdurch wird die Zwei-Faktor-Authentifizierung aus dem Authentifizierungs-Workflow entfernt.',
  revertConfigNotAllowed:
    'Für diese Einschränkungsebene nicht zulässig: wer Duo entfernt, entfernt die Zwei-Faktor-Authentifizierung, die diese Anwendung ausnahmslos erfordert.',
  removesForEveryone: (forbidden) =>
    forbidden
      ? `Dies entfernt die 2FA für alle BenutzerInnen der Anwendung, auch für ${forbidden}, die immer die 2FA bestehen müssen: nur vertretbar, wenn diesen BenutzerInnen währenddessen der Zugriff verweigert wird.`
      : 'Dies entfernt die 2FA für alle BenutzerInnen der Anwendung, auch für diejenigen, die immer die 2FA bestehen müssen: nur vertretbar, wenn diesen BenutzerInnen währenddessen der Zugriff verweigert wird.',
  ssoLastResort:
    'Die Föderation mit Duo SSO aufzuheben ist häufig umständlich und unpraktisch und sollte bei längerfristigen Ausfällen nur als letzte Möglichkeit betrachtet werden.',

  optPrimaryOnly: 'Die Funktion „Nur primärer Modus“ des Duo Authentication Proxy verwenden',
  primaryHow: (minutes, max) =>
    `Auth Proxy 2.14.0 oder neuer. Die Funktion „Nur primärer Modus“ ist eine Startoption des Proxy-Prozesses, daher wird der laufende Dienst zuerst angehalten. Das Hilfsprogramm unten erledigt alles: es prüft die Konfiguration, hält den Dienst an, lässt den Proxy ${minutes} Minuten (höchstens ${max}) ohne Duo laufen, hält ihn dann an und startet den Dienst wieder normal — aber nur, solange sein Fenster offen bleibt. Notieren Sie, wann er abläuft.`,
  primaryWhat:
    'Überspringt vorübergehend die Duo-Authentifizierung für alle Anmeldungen zu RADIUS- oder LDAP-Konfigurationen, die das standardmäßige „fail safe“-Verhalten verwenden (failmode=safe oder kein failmode-Schlüssel). Abschnitte mit failmode=secure verlangen weiterhin Duo.',
  primaryRevert:
    'Sie endet nicht von selbst mit wieder aktiver 2FA: bei Ablauf hält der Proxy an. Wurde das Fenster des Hilfsprogramms geschlossen oder der Proxy von Hand mit --primary-only gestartet, den Dienst bei Ablauf selbst starten (Befehle unten), sonst schlägt jede Anmeldung über diesen Proxy fehl.',
  primaryNeighbours: (apps) =>
    `Sie überspringt die 2FA auch für diese Auth-Proxy-Anwendungen mit Fail safe, falls sie auf demselben Proxyserver laufen: ${apps}.`,
  primaryNotAllowed:
    'Für diese Einschränkungsebene nicht zulässig: sie würde die Zwei-Faktor-Authentifizierung überspringen, die diese Anwendung ausnahmslos erfordert (und der Abschnitt sollte Fail secure verwenden).',
  primaryUnrecorded:
    'Die Funktion „Nur primärer Modus“ (Auth Proxy 2.14.0+) greift nur, wenn dieser Abschnitt in Fail safe geht (failmode=safe oder kein failmode-Schlüssel). Der Failmode dieser Anwendung ist nicht erfasst: authproxy.cfg prüfen, bevor Sie sich darauf verlassen.',

  optFirewall:
    'Den Service von Duo manuell über eine Firewall-Regel blockieren, um effektiv ein Szenario für eine Nichterreichbarkeit zu erstellen',
  firewallHow:
    'Blockieren Sie *.duo.com und *.duosecurity.com auf dem TCP-Port 443 (ausgehend, an der Firewall oder dem Proxy am Internetübergang).',
  firewallWhat:
    'Hierdurch wird der Failmode aufgerufen. Wenn „fail safe“ konfiguriert ist, wird der Zugriff auf die Anwendung ohne Zwei-Faktor-Authentifizierung gewährt. Wenn „fail secure“ konfiguriert ist, wird der Zugriff blockiert.',
  firewallThisApp: {
    opens: (app) => `${quote(app, 'de')} würde sich ÖFFNEN: BenutzerInnen gelangen allein mit der primären Authentifizierung hinein.`,
    closes: (app) => `${quote(app, 'de')} würde SCHLIESSEN: ihren BenutzerInnen wird der Zugriff verweigert, bis die Regel entfernt ist.`,
    unknown: (app) => `Für ${quote(app, 'de')} ist die Wirkung unbekannt (kein erfasster oder dokumentierter Failmode).`,
  },
  firewallRevert:
    'Beobachten Sie status.duo.com genau, um zu wissen, wann diese Änderung rückgängig gemacht werden kann; dann die Regel entfernen und eine Testanmeldung mit 2FA durchführen.',
  blastTitle: 'Auswirkungsbereich: alle Anwendungen hinter demselben Internetübergang',
  blastOpens: 'Würden sich ÖFFNEN (keine 2FA)',
  blastCloses: 'Würden SCHLIESSEN (Zugriff verweigert)',
  blastUnknown: 'Wirkung unbekannt',
  blastEgress:
    'Setzt voraus, dass alle Anwendungen Duo über diesen Übergang erreichen. Cloud-zu-Cloud-Integrationen rufen keinen Failmode auf, aber BenutzerInnen in Ihrem Netz können die Duo-Aufforderung eventuell nicht laden.',
  firewallOpensRestricted: (apps) =>
    `Die Sperre würde auch ${apps} öffnen, die Fail secure verwenden müssen: dort würde keine 2FA erzwungen.`,
  firewallSso: (apps) => `BenutzerInnen von ${apps} (Duo SSO) könnten sich nicht anmelden, solange die Regel besteht.`,
  firewallDisproportionate:
    'Für ein einzelnes ausgefallenes Verfahren ist das meist unverhältnismäßig: besser ein anderes Verfahren verwenden.',
  firewallNotAllowed:
    'Für diese Einschränkungsebene nicht zulässig: diese Anwendung geht in Fail safe, die Sperre würde BenutzerInnen also ohne Zwei-Faktor-Authentifizierung hineinlassen.',
  defaultNote: ' (Failmode nicht erfasst; Standard)',

  integration: (integ) => `Hinweise zur Integration: ${integ}`,
  kControl: 'Failmode-Steuerung',
  control: {
    setting: 'eine Failmode-Einstellung',
    'app-code': 'der eigene Code der Anwendung',
    none: 'keine (festes Verhalten)',
  },
  kHowToSet: 'Wo er eingestellt wird',
  kDefault: 'Wenn Duo nicht erreichbar ist, standardmäßig',
  defaultText: {
    safe: 'Fail safe (offen)',
    secure: 'Fail secure (geschlossen)',
    'n/a': 'nicht dokumentiert',
  },
  kDrRemoval: 'Duo aus der Anmeldung nehmen (DR-Verfahren)',
  kDocs: 'Dokumentation',
  catalogNotes: 'Hinweise',
  appNotes: 'Notizen aus dem Inventar',
  testFailOpenTitle: 'Die Fail-open-Logik (eigener Code) testen, bevor sie gebraucht wird',
  testPing: 'Lebendtest: den Auth-API-Endpunkt /auth/v2/ping aufrufen (ohne Integrationsschlüssel).',
  testCheck: 'Integrationsschlüssel und Signatur: den Auth-API-Endpunkt /auth/v2/check aufrufen (empfohlen).',
  testHealthCheck: 'Web SDK v4: health_check() aufrufen und dessen Fehler ausdrücklich behandeln (Fail safe oder Fail secure).',
  testSimulate:
    'Duo für eine Testinstanz sperren und bestätigen, dass die Anwendung wie vorgesehen fehlschlägt; Fail secure (geschlossen) bleibt in allen Szenarien die sicherste Option.',

  messages: 'Kommunikationsvorlagen für EndbenutzerInnen',
  messagesIntro: 'Die Vorlagen des Leitfadens, ausgefüllt. Den Betreff für Aktualisierungen beibehalten: sie erscheinen dann zusammen.',
  msgTitle: {
    'fail-safe': 'Fail safe oder manuelle Umgehung',
    'fail-secure': 'Fail secure',
    'push-down': 'Push schlägt fehl',
    'sms-down': 'SMS schlägt fehl',
    'phone-down': 'Rückrufe schlagen fehl',
  },
  msgUseWhen: {
    'fail-safe':
      'Verwenden, wenn BenutzerInnen ohne 2FA hineingelangen: die Anwendung geht bei Nichterreichbarkeit in Fail safe, oder Sie rufen den Failmode bzw. eine Umgehung während der Beeinträchtigung manuell auf.',
    'fail-secure':
      'Verwenden, wenn der Zugriff verweigert wird: die Anwendung geht bei Nichterreichbarkeit in Fail secure, oder Anmeldungen werden nicht abgeschlossen.',
    'push-down': 'Verwenden, wenn Duo Push ausfällt.',
    'sms-down': 'Verwenden, wenn SMS-Passcodes ausfallen.',
    'phone-down': 'Verwenden, wenn Rückrufe ausfallen.',
  },
  msgSubject: (app) => `Authentifizierungsprobleme – in Bearbeitung (${app})`,
  msgFailSafe: (app) =>
    `Duo meldet Probleme mit seinem Service. Als vorübergehende Problemumgehung heben wir die Anforderung der Zwei-Faktor-Authentifizierung von Duo für ${app} auf. Sobald das Problem behoben ist, wird die Zwei-Faktor-Authentifizierung wieder aktiviert.`,
  msgFailSecure: (app) =>
    `Wir haben Probleme mit der Zwei-Faktor-Authentifizierung von Duo. Aufgrund der Art der in ${app} enthaltenen Daten wird der Zugriff verweigert, bis dieses Problem behoben ist.`,
  msgMethod: (method, app) => {
    const service = { push: 'Push', sms: 'SMS', phone: 'Telefon' }[method];
    const alt = { push: 'SMS- oder Rückruffunktion', sms: 'Push- oder Rückruffunktion', phone: 'Push- oder SMS-Funktion' }[method];
    // The guide's closing sentence ("Sie können mit einer weiteren Aktualisierung rechnen, wenn das
    // Problem behoben wurde.") shortened: three method messages must not repeat a 12-word sentence.
    return `Duo meldet Probleme mit dem ${service}-Service. Verwenden Sie als temporäre Problemumgehung die ${alt}, um sich bei ${app} anzumelden. Sie erhalten eine weitere Nachricht, sobald das Problem behoben ist.`;
  },
  messageRef: (title) => `Nachricht: ${title}`,

  whenToMessage: 'Wann BenutzerInnen benachrichtigen',
  whenRulesTitle: 'Die Regeln des Leitfadens',
  whenRules: [
    'Uhrzeit: Ein Vorfall, der sich um 11.00 Uhr an einem Wochentag ereignet, kann eine sofortige Benachrichtigung der BenutzerInnen erfordern.',
    'Uhrzeit: Ein Vorfall um 23 Uhr an einem Wochenende muss den BenutzerInnen möglicherweise nicht sofort mitgeteilt werden.',
    'Zeitpunkt im Quartal: Ein Vorfall in der letzten Woche eines Quartals kann eine sofortige Benachrichtigung der BenutzerInnen erfordern, unabhängig von der Uhrzeit.',
    'Kritikalität des Zugriffs: Ein Vorfall, der den Zugriff auf eine kritische Anwendung beeinträchtigt, kann unabhängig von der Uhrzeit, dem Datum oder anderen Faktoren eine sofortige Benachrichtigung erfordern.',
  ],

  revert: 'Checkliste: Änderungen rückgängig machen',
  revertIntro: 'Nach dem Vorfall: jede vorübergehende Änderung rückgängig machen, dann bestätigen, dass 2FA wieder erzwungen wird.',
  revPolicy: (app) => `Die vorübergehende Authentifizierungsrichtlinie zur Umgehung von ${quote(app, 'de')} entfernen.`,
  revBypass: (groups) =>
    `Gruppen im Status „Umgehung“ wieder auf „Aktiv“ setzen (${groups}) und BenutzerInnen in ihre ursprünglichen Gruppen zurückverschieben.`,
  revPrimary: (n) =>
    `Nur primärer Modus: der Dienst läuft wieder normal (der Proxy hielt bei Ablauf an${n ? `; Startbefehle in Option ${n}` : ''}), und in authproxy.log erscheinen keine neuen Zeilen „Primary Only Mode“.`,
  revFirewall: 'Die Firewall-Regel entfernen, die *.duo.com und *.duosecurity.com auf TCP-Port 443 blockiert.',
  revConfig: (app) => `Die Konfiguration von ${quote(app, 'de')} wiederherstellen, mit der Duo aus der Anmeldung genommen wurde.`,
  revTestLogin: (app) => `Eine Testanmeldung bei ${quote(app, 'de')} durchführen und bestätigen, dass Duo zur 2FA auffordert.`,
  revTellUsers: 'BenutzerInnen mitteilen, dass 2FA wieder aktiv ist (Betreff wie in der ersten Nachricht).',
  revRecord: 'Festhalten, was wann von wem geändert wurde, und die Folgeaufgaben.',

  actOptions: (list) => `Dauert der Ausfall an, die Optionen, die hier wirken können (unten beschrieben): ${list}.`,
  optOtherMethodAny: 'Ein anderes Authentifizierungsverfahren verwenden',
  otherMethodHowAny:
    'BenutzerInnen bitten, sich statt mit dem ausgefallenen Verfahren mit einem funktionierenden zu authentifizieren (Push, SMS oder Rückruf): die Nachricht dieses Verfahrens senden. Auf status.duo.com nach Problemumgehungen suchen, die Duo veröffentlicht hat.',
  otherMethodWhatAny:
    'Die Zwei-Faktor-Authentifizierung bleibt bestehen: BenutzerInnen mit einem anderen eingerichteten Verfahren melden sich wie gewohnt an. Wer nur das ausgefallene Verfahren nutzt, braucht eine der folgenden Optionen.',
  firstResponse: 'Erste Schritte',
  kCall: 'Anrufen (verantwortlich)',
  kCallOnCall: 'Anrufen (Bereitschaft)',
  kMessageAt: 'BenutzerInnen benachrichtigen',
  messageAtCritical: (minutes) =>
    `sofort: die Anwendung ist kritisch (laut Leitfaden kann das eine sofortige Benachrichtigung unabhängig von der Uhrzeit erfordern); spätestens nach ${minutes} Minuten`,
  messageAt: (minutes) =>
    `wenn BenutzerInnen Probleme melden oder Duo auf status.duo.com berichtet; spätestens, wenn der Vorfall ${minutes} Minuten ungelöst ist (Ihre Richtlinie). Siehe „Wann BenutzerInnen benachrichtigen“.`,
  kTimers: 'Fristen',
  timers: (minutes) =>
    `180 s ohne Antwort = nicht erreichbar · Beeinträchtigungen: meist 30 Minuten · Benachrichtigung: ${minutes} Minuten`,
  timersPrimary: (def, max) => ` · Nur primärer Modus: der Proxy HÄLT nach seinen Minuten AN (Standard ${def}, max. ${max})`,
  identifyTitle: 'Welcher Ausfall liegt vor?',
  identifySteps: [
    'status.duo.com prüfen. Nichts gemeldet: nach einer lokalen Ursache suchen (Firewall, DNS, Routing), Duo-Support kontaktieren. Ein Umzug in ein anderes Duo-Deployment hilft während eines Ausfalls nicht (FAQ des Leitfadens).',
    'Keine Duo-Aufforderung und keine Auth-API-Antwort innerhalb von 180 Sekunden, oder Duo ist nicht erreichbar: nicht erreichbar, der Failmode wird aufgerufen.',
    'Duo antwortet, aber Anmeldungen werden nicht abgeschlossen: Beeinträchtigung, Authentifizierung wird nicht abgeschlossen.',
    'Nur Push, SMS oder Rückrufe schlagen fehl: ein Verfahren ausgefallen. Wer Benachrichtigungen nicht erlaubt hat, kann Duo Mobile öffnen und die ausstehende Anfrage bestätigen.',
  ],
  identifyLogs: 'Failmode-Zeilen in diesen Protokollen bestätigen „nicht erreichbar“:',
  frTableTitle: 'Was jetzt zu tun ist (⚠ = mit Vorsicht: zuerst die Option lesen)',
  frHead: ['Ausfall', 'BenutzerInnen jetzt', 'Optionen in dieser Reihenfolge', 'Zu sendende Nachricht'],
  methodDownShort: 'Ein Verfahren ausgefallen (Push, SMS oder Rückruf)',
  frNothing: 'nichts, was die 2FA entfernt: BenutzerInnen informiert halten',
  frOpen: 'keine nötig: BenutzerInnen gelangen hinein; Anmeldungen genau beobachten',
  frOpenRestricted: 'keine nötig, aber hier ist 2FA vorgeschrieben: mit der Sicherheitsprüfung entscheiden, ob der Zugriff gesperrt wird',
  usersNow: {
    'allowed-without-2fa': 'gelangen OHNE 2FA hinein',
    denied: 'werden ABGEWIESEN',
    '2fa-with-other-method': 'melden sich mit einem anderen Verfahren an',
  },
  usersNowAssumed: ' (erwartet; klären)',
  scenarioShort: {
    unreachable: 'Duo nicht erreichbar (Failmode aufgerufen)',
    'auth-not-completing': 'Anmeldungen werden nicht abgeschlossen',
    'push-down': 'Push schlägt fehl',
    'sms-down': 'SMS schlägt fehl',
    'phone-down': 'Rückrufe schlagen fehl',
  },
  optShort: {
    'other-method': 'Anderes Verfahren',
    'policy-bypass': 'Richtlinien-Umgehung',
    'inform-users': 'BenutzerInnen informieren',
    'bypass-groups': 'Umgehungsgruppe',
    'revert-config': 'Duo herausnehmen',
    'primary-only': 'Nur primärer Modus',
    'firewall-block': 'Firewall-Sperre',
    'switch-failmode': 'Einstellung Fail safe',
  },
  seeIntegrationNotes: 'siehe „Hinweise zur Integration“',
  matrixTitle: 'Welche Option bei welchem Ausfall greift (Nummern: die Optionen unten; wo eine nicht greift, steht der Grund in der Zelle)',
  matrixOption: 'Option',
  cell: { available: 'ja', caution: 'mit Vorsicht', 'not-allowed': 'nicht zulässig (Ebene)' },
  noEffect: {
    'already-allowed': 'keine Wirkung: BenutzerInnen gelangen ohnehin hinein',
    'already-unreachable': 'keine Wirkung: Duo ist bereits nicht erreichbar',
    'not-behind-egress': 'keine Wirkung: Cloud-zu-Cloud, nicht hinter Ihrem Internetübergang',
    'fails-secure': 'nein: Fail secure, das würde BenutzerInnen nur aussperren',
    'not-auth-proxy': 'kein Abschnitt des Auth Proxy',
    'duo-unreachable': 'keine Wirkung: der Status „Umgehung“ braucht Duo',
    'not-paid-edition': 'erfordert eine kostenpflichtige Duo-Edition',
    'no-failmode-control': 'keine Wirkung: keine Anmeldung ohne Duo',
    'duo-sso-unreachable': 'unmöglich: Duo SSO übernimmt auch die primäre Anmeldung',
    'failmode-not-invoked': 'keine Wirkung: der Failmode wird nicht aufgerufen',
    'already-safe': 'bereits Fail safe',
    'method-only': 'nur wenn ein Verfahren ausfällt',
    'no-groups': 'keine Gruppe darf umgangen werden',
  },
  optionsTitle: 'Die Optionen (jede einmal beschrieben)',
  optSwitchFailmode: 'Diese Anwendung auf Fail safe umstellen, solange Duo nicht erreichbar ist',
  switchHow: (howToSet) => `Den Failmode auf safe setzen: ${howToSet}`,
  switchWhat:
    'Solange Duo nicht erreichbar ist, gelangen BenutzerInnen dieser Anwendung allein mit der primären Authentifizierung hinein; andere Anwendungen sind nicht betroffen.',
  switchRevert:
    'Den Failmode wieder auf secure setzen (den Dienst neu starten, wo die Einstellung es verlangt) und eine Testanmeldung durchführen.',
  primaryLogsCaption: 'authproxy.log, solange die Funktion „Nur primärer Modus“ aktiv ist, dann bei Ablauf der Zeit',
  primaryWinCaption: 'Windows (Standardpfad; unter 32-Bit-Windows C:\\Program Files\\Duo Security Authentication Proxy)',
  primaryLinuxCaption: 'Linux (Standard-Installationsverzeichnis /opt/duoauthproxy)',
  primaryRestartCaption:
    'Den Dienst vor oder genau bei Ablauf wieder normal starten, falls das Hilfsprogramm es nicht getan hat (Windows, Linux)',
  primaryExpiry: (minutes) => `Gestartet um __:__ + ${minutes} min = der Proxy hält um __:__ an (notieren).`,
  kBypassConflict: 'Umgehung erst nach Entzug des Zugriffs anderswo',
  bypassConflict: (group, apps) =>
    `${group}: die Umgehung würde die 2FA auch bei ${apps} überspringen, wo sie NICHT umgangen werden darf — zuerst den Zugriff dort entziehen`,
  bypassConflictWarning: (group, apps) =>
    `${group} erst, nachdem der Zugriff auf ${apps} entzogen ist (am stärksten restriktiv; siehe Überblick).`,
  logSearchLinux: 'Protokolle durchsuchen (Linux; [main] log_dir ändert das Verzeichnis)',
  logSearchWindows: 'Protokolle durchsuchen (Windows PowerShell)',
  expClosesAssumed: (app, integ) =>
    `${integ} bietet keine Failmode-Steuerung. Laut Leitfaden sind solche Integrationen möglicherweise standardmäßig auf Fail secure eingestellt: rechnen Sie damit, dass BenutzerInnen der Zugriff auf ${quote(app, 'de')} VERWEIGERT wird, und klären Sie mit dem Anbieter, wie es sich verhält.`,
  basisAssumed: ' (erwartet; beim Anbieter klären)',
  blastCloud: 'Nicht hinter Ihrem Internetübergang (Cloud-zu-Cloud)',
  whenConsider: (minutes) =>
    `Der Leitfaden nennt Überlegungen, keinen Zeitplan. BenutzerInnen benachrichtigen, sobald sie Probleme melden; oder nachdem Duo eine Benachrichtigung auf status.duo.com veröffentlicht hat, bevor BenutzerInnen etwas melden; oder erst, wenn der Vorfall ${minutes} Minuten oder länger ungelöst geblieben ist (die Schwelle Ihrer Organisation; das Beispiel des Leitfadens sind 20).`,
  whenTailoredOther: (app, crit, minutes) =>
    `${quote(app, 'de')} hat die Kritikalität „${crit}“: Uhrzeit und Zeitpunkt im Quartal (oben) abwägen; die Schwelle Ihrer Organisation sind ${minutes} Minuten.`,
  duoSupport: 'Duo-Support',
};

export const RUNBOOK_STRINGS: Readonly<Record<Lang, RunbookStrings>> = { en, de };

export function runbookStrings(lang: Lang): RunbookStrings {
  return RUNBOOK_STRINGS[lang];
}
