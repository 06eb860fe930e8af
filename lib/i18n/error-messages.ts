// The user's language for the texts the server and the shared Zod schemas write in English
// (issue 18.1; docs/decisions/0096-translated-error-messages.md). The schemas, the data layer and
// the CLIs keep writing English (the CLI, logs and the API default stay as they are); where a text
// reaches a person — a form (zodResolver), a server action's answer, an API error with
// `Accept-Language: de` — it is translated here, by template. Codes and paths never change.
// Pure: no framework imports (the browser's resolver and the server share it).
import type { Lang } from '../domain/types';

/**
 * English template → German. `{what}` takes a field label (translated by FIELD_LABELS when known),
 * `{msg}` and `{detail}` take a further message (translated in turn); every other `{…}` is copied.
 */
const TEMPLATES: readonly (readonly [string, string])[] = [
  // Field-level texts shared by several fields (lib/validations).
  ['{what} is required', '{what}: Angabe erforderlich'],
  ['{what} must be text', '{what}: muss Text sein'],
  ['{what} must be at most {n} characters', '{what}: höchstens {n} Zeichen'],
  ['{what} must have at most {n} characters', '{what}: höchstens {n} Zeichen'],
  ['{what} must not repeat', '{what}: kein Eintrag darf doppelt vorkommen'],
  ['{what} must be one of {list}', '{what}: muss einer dieser Werte sein: {list}'],
  ['{what} must be a date (YYYY-MM-DD)', '{what}: muss ein Datum sein (JJJJ-MM-TT)'],
  ['{what} is not a real date', '{what}: dieses Datum gibt es nicht'],
  ['{what} must not be empty', '{what}: darf nicht leer sein'],
  ['{what} must be a JSON object', '{what}: muss ein JSON-Objekt sein'],
  ['{what} must be true or false', '{what}: muss true oder false sein'],
  ['{what} must be a number', '{what}: muss eine Zahl sein'],
  ['{what} must be a whole number', '{what}: muss eine ganze Zahl sein'],
  ['{what} must be at least {n}', '{what}: mindestens {n}'],
  ['{what} must be at most {n}', '{what}: höchstens {n}'],
  ['{what} must be en or de', '{what}: muss en oder de sein'],
  ['Unknown field(s): {list}', 'Unbekannte Felder: {list}'],
  ['Unknown field(s) in {what}: {list}', 'Unbekannte Felder in {what}: {list}'],
  ['Unknown field(s) in a "{type}" action: {list}', 'Unbekannte Felder in einer Aktion „{type}“: {list}'],
  ['Unknown field(s) in the simulation request: {list}', 'Unbekannte Felder in der Simulationsanfrage: {list}'],
  ['Invalid {what}: {msg}', 'Ungültig: {what}: {msg}'],
  // Inventory: applications, groups, policy.
  ['Name is required', 'Der Name fehlt'],
  ['Group name is required', 'Der Gruppenname fehlt'],
  [
    'Group name must not contain ";" (it separates group names in CSV)',
    'Der Gruppenname darf kein „;“ enthalten (es trennt Gruppennamen in CSV)',
  ],
  ['Choose an integration', 'Wählen Sie eine Integration'],
  ['Integration must be one of the catalog slugs: {list}', 'Die Integration muss eine der Katalog-Kennungen sein: {list}'],
  ['Data class must be one of {list}', 'Die Datenklasse muss eine dieser sein: {list}'],
  ['MFA mandate must be one of {list}', 'Die 2FA-Pflicht muss einer dieser Werte sein: {list}'],
  ['Criticality must be one of {list}', 'Die Kritikalität muss einer dieser Werte sein: {list}'],
  ['Configured failmode must be one of {list}', 'Der konfigurierte Failmode muss einer dieser Werte sein: {list}'],
  ['Member count must be a number', 'Die Mitgliederzahl muss eine Zahl sein'],
  ['Member count must be a whole number', 'Die Mitgliederzahl muss eine ganze Zahl sein'],
  ['Member count cannot be negative', 'Die Mitgliederzahl darf nicht negativ sein'],
  ['Member count is too large', 'Die Mitgliederzahl ist zu groß'],
  ['Review interval must be a number of days', 'Das Prüfintervall muss eine Anzahl Tage sein'],
  ['Review interval must be a whole number of days', 'Das Prüfintervall muss eine ganze Anzahl Tage sein'],
  ['Review interval must be at least 1 day', 'Das Prüfintervall muss mindestens 1 Tag betragen'],
  ['Review interval must be at most {n} days', 'Das Prüfintervall darf höchstens {n} Tage betragen'],
  ['Default language must be en or de', 'Die Sprache muss en oder de sein'],
  ['Messaging threshold must be a number of minutes', 'Die Benachrichtigungsfrist muss eine Anzahl Minuten sein'],
  ['Messaging threshold must be a whole number of minutes', 'Die Benachrichtigungsfrist muss eine ganze Anzahl Minuten sein'],
  ['Messaging threshold must be at least 1 minute', 'Die Benachrichtigungsfrist muss mindestens 1 Minute betragen'],
  ['Messaging threshold must be at most {n} minutes', 'Die Benachrichtigungsfrist darf höchstens {n} Minuten betragen'],
  ['Longest risk acceptance must be a number of days', 'Die längste Risikoakzeptanz muss eine Anzahl Tage sein'],
  ['Longest risk acceptance must be a whole number of days', 'Die längste Risikoakzeptanz muss eine ganze Anzahl Tage sein'],
  ['Longest risk acceptance must be at least 1 day', 'Die längste Risikoakzeptanz muss mindestens 1 Tag betragen'],
  ['Longest risk acceptance must be at most {n} days', 'Die längste Risikoakzeptanz darf höchstens {n} Tage betragen'],
  ['version must be 1', 'version muss 1 sein'],
  ['Group "{name}" is defined twice', 'Die Gruppe „{name}“ ist zweimal definiert'],
  ['Application "{name}" is defined twice', 'Die Anwendung „{name}“ ist zweimal definiert'],
  ['Group "{name}" is not defined in "groups"', 'Die Gruppe „{name}“ ist in „groups“ nicht definiert'],
  ['Applications must not repeat', 'Keine Anwendung darf doppelt vorkommen'],
  ['The {what} is not valid.', '{whatNom} ist nicht gültig.'],
  ['The {what} is not valid. {detail}', '{whatNom} ist nicht gültig. {detail}'],
  ['The {what} is not valid. {path}: {detail}', '{whatNom} ist nicht gültig. {path}: {detail}'],
  ['An application named "{name}" already exists.', 'Es gibt bereits eine Anwendung namens „{name}“.'],
  ['This name is already used by another application', 'Diesen Namen trägt schon eine andere Anwendung'],
  ['A group named "{name}" already exists.', 'Es gibt bereits eine Gruppe namens „{name}“.'],
  ['This name is already used by another group', 'Diesen Namen trägt schon eine andere Gruppe'],
  ['No application with this id.', 'Keine Anwendung mit dieser ID.'],
  ['No application with this id: it may have been deleted.', 'Keine Anwendung mit dieser ID: sie wurde vielleicht gelöscht.'],
  ['No application with this id: it may have been deleted already.', 'Keine Anwendung mit dieser ID: sie wurde vielleicht schon gelöscht.'],
  ['No group with this id.', 'Keine Gruppe mit dieser ID.'],
  ['No group with this id: it may have been deleted.', 'Keine Gruppe mit dieser ID: sie wurde vielleicht gelöscht.'],
  ['No group with this id: it may have been deleted already.', 'Keine Gruppe mit dieser ID: sie wurde vielleicht schon gelöscht.'],
  [
    'This {what} was changed by {who} at {when} after you opened it (now version {v}). Nothing was saved: reload to see the current values, then apply your change again.',
    '{whatNom} wurde nach dem Öffnen von {who} geändert ({when}, jetzt Version {v}). Nichts wurde gespeichert: laden Sie die Seite neu, um die aktuellen Werte zu sehen, und wiederholen Sie dann Ihre Änderung.',
  ],
  [
    'This {what} was changed at {when} after you opened it (now version {v}). Nothing was saved: reload to see the current values, then apply your change again.',
    '{whatNom} wurde nach dem Öffnen geändert ({when}, jetzt Version {v}). Nichts wurde gespeichert: laden Sie die Seite neu, um die aktuellen Werte zu sehen, und wiederholen Sie dann Ihre Änderung.',
  ],
  [
    'cursor is not valid: use the nextCursor of a previous answer.',
    'cursor ist nicht gültig: verwenden Sie den nextCursor einer früheren Antwort.',
  ],
  ['Invalid cursor', 'Ungültiger cursor'],
  ['version must be a whole number ≥ 1.', 'version muss eine ganze Zahl ≥ 1 sein.'],
  ['Invalid version', 'Ungültige version'],
  ['version must be a number', 'version muss eine Zahl sein'],
  ['version must be a whole number', 'version muss eine ganze Zahl sein'],
  ['version must be the number you read', 'version muss die gelesene Versionsnummer sein'],
  ['version must be at least 1', 'version muss mindestens 1 sein'],
  ['version is required (the version you read)', 'version fehlt (die gelesene Versionsnummer)'],
  ['Search is at most {n} characters', 'Die Suche darf höchstens {n} Zeichen haben'],
  [
    'Someone else changed the policy after you opened it. Nothing was saved: reload and apply your change again.',
    'Jemand anderes hat die Richtlinie geändert, nachdem Sie sie geöffnet haben. Nichts wurde gespeichert: laden Sie neu und wiederholen Sie Ihre Änderung.',
  ],
  // Server actions and requests.
  ['id must be text', 'id muss Text sein'],
  ['id is missing', 'id fehlt'],
  ['id is too long', 'id ist zu lang'],
  ['Expected true or false', 'Erwartet: true oder false'],
  ['Expected an object', 'Erwartet: ein Objekt'],
  ['Expected a form submission', 'Erwartet: ein abgeschicktes Formular'],
  ['Expected json or csv', 'Erwartet: json oder csv'],
  ['format must be json or csv.', 'format muss json oder csv sein.'],
  ['dryRun must be true or false.', 'dryRun muss true oder false sein.'],
  ['Send the body as JSON with Content-Type: application/json.', 'Senden Sie den Inhalt als JSON mit Content-Type: application/json.'],
  ['The body is larger than {n} bytes.', 'Der Inhalt ist größer als {n} Bytes.'],
  ['The body is not valid JSON.', 'Der Inhalt ist kein gültiges JSON.'],
  ['The body is not valid JSON at line {line}, column {col}.', 'Der Inhalt ist kein gültiges JSON (Zeile {line}, Spalte {col}).'],
  ['Cross-site requests are refused.', 'Anfragen von anderen Websites werden abgelehnt.'],
  [
    'Cross-site requests are refused: the Origin header does not match this site.',
    'Anfragen von anderen Websites werden abgelehnt: der Origin-Header passt nicht zu dieser Website.',
  ],
  [
    'Sign in first: send a session cookie or Authorization: Bearer TOKEN.',
    'Melden Sie sich zuerst an: senden Sie ein Sitzungscookie oder Authorization: Bearer TOKEN.',
  ],
  [
    'Sign in first: this needs a valid session or API token.',
    'Melden Sie sich zuerst an: dafür braucht es eine gültige Sitzung oder ein API-Token.',
  ],
  [
    'Change your temporary password first (Account page): until then nothing else is allowed.',
    'Ändern Sie zuerst Ihr vorläufiges Passwort (Seite Konto): bis dahin ist nichts anderes erlaubt.',
  ],
  ['Your role ({role}) may not {doWhat}.', 'Ihre Rolle ({role}) darf nicht {doWhat}.'],
  ['Something went wrong on the server.', 'Auf dem Server ist etwas schiefgegangen.'],
  ['Something went wrong on the server. Nothing was saved.', 'Auf dem Server ist etwas schiefgegangen. Nichts wurde gespeichert.'],
  // Sign-in, account, users.
  ['Email must be text', 'Die E-Mail-Adresse muss Text sein'],
  ['Email is too long', 'Die E-Mail-Adresse ist zu lang'],
  ['Enter a valid email address', 'Geben Sie eine gültige E-Mail-Adresse ein'],
  ['Enter a valid email address.', 'Geben Sie eine gültige E-Mail-Adresse ein.'],
  ['Password must be text', 'Das Passwort muss Text sein'],
  ['Password must have at most {n} characters', 'Das Passwort darf höchstens {n} Zeichen haben'],
  ['The password cannot be only spaces', 'Das Passwort darf nicht nur aus Leerzeichen bestehen'],
  [
    'Password must have at least 12 characters (spaces at the start and end do not count)',
    'Das Passwort muss mindestens 12 Zeichen haben (Leerzeichen am Anfang und Ende zählen nicht)',
  ],
  [
    'The password must have at least 12 characters (spaces at the start and end do not count)',
    'Das Passwort muss mindestens 12 Zeichen haben (Leerzeichen am Anfang und Ende zählen nicht)',
  ],
  ['The password must have at most {n} characters', 'Das Passwort darf höchstens {n} Zeichen haben'],
  ['The password must not contain your email address', 'Das Passwort darf Ihre E-Mail-Adresse nicht enthalten'],
  [
    'The password must not contain the name part of your email address',
    'Das Passwort darf den Namensteil Ihrer E-Mail-Adresse nicht enthalten',
  ],
  [
    'This password is on a list of common breached passwords: choose another one',
    'Dieses Passwort steht auf einer Liste häufiger, bereits geleakter Passwörter: wählen Sie ein anderes',
  ],
  ['The password is not allowed.', 'Dieses Passwort ist nicht erlaubt.'],
  ['Enter your current password', 'Geben Sie Ihr aktuelles Passwort ein'],
  ['Enter your password', 'Geben Sie Ihr Passwort ein'],
  ['Enter your email and password.', 'Geben Sie E-Mail-Adresse und Passwort ein.'],
  ['Email or password is wrong.', 'E-Mail-Adresse oder Passwort ist falsch.'],
  ['This account is disabled. Ask an admin.', 'Dieses Konto ist deaktiviert. Wenden Sie sich an einen Admin.'],
  [
    'Too many failed sign-ins. Wait {n} second and try again, or ask an admin.',
    'Zu viele fehlgeschlagene Anmeldungen. Warten Sie {n} Sekunde und versuchen Sie es erneut, oder wenden Sie sich an einen Admin.',
  ],
  [
    'Too many failed sign-ins. Wait {n} seconds and try again, or ask an admin.',
    'Zu viele fehlgeschlagene Anmeldungen. Warten Sie {n} Sekunden und versuchen Sie es erneut, oder wenden Sie sich an einen Admin.',
  ],
  ['Send {"email","password"} as JSON.', 'Senden Sie {"email","password"} als JSON.'],
  ['Send {"email","password"}', 'Senden Sie {"email","password"}'],
  ['Name must be text', 'Der Name muss Text sein'],
  ['Give the token a name', 'Geben Sie dem Token einen Namen'],
  ['Name must have at most {n} characters', 'Der Name darf höchstens {n} Zeichen haben'],
  ['Expiry must be a number of days', 'Die Gültigkeit muss eine Anzahl Tage sein'],
  ['Expiry must be a whole number of days', 'Die Gültigkeit muss eine ganze Anzahl Tage sein'],
  ['Expiry must be at least 1 day', 'Die Gültigkeit muss mindestens 1 Tag betragen'],
  ['Expiry must be at most {n} days', 'Die Gültigkeit darf höchstens {n} Tage betragen'],
  ['Role must be one of {list}', 'Die Rolle muss eine dieser sein: {list}'],
  ['No API token with this id.', 'Kein API-Token mit dieser ID.'],
  [
    'Change your password while signed in to the app, not with an API token.',
    'Ändern Sie Ihr Passwort angemeldet in der App, nicht mit einem API-Token.',
  ],
  ['The password change is not valid.', 'Die Passwortänderung ist nicht gültig.'],
  ['No such user.', 'Diesen Benutzer gibt es nicht.'],
  ['The password was not changed.', 'Das Passwort wurde nicht geändert.'],
  ['The current password is wrong', 'Das aktuelle Passwort ist falsch'],
  ['Choose a password different from the current one', 'Wählen Sie ein anderes Passwort als das aktuelle'],
  ['Change your own password on your account page.', 'Ihr eigenes Passwort ändern Sie auf Ihrer Kontoseite.'],
  ['The user is not valid.', 'Der Benutzer ist nicht gültig.'],
  ['A user with the email {email} already exists.', 'Es gibt bereits einen Benutzer mit der E-Mail-Adresse {email}.'],
  ['This email is already in use', 'Diese E-Mail-Adresse wird schon verwendet'],
  ['The change is not valid.', 'Die Änderung ist nicht gültig.'],
  [
    'You cannot disable yourself or take away your own admin role.',
    'Sie können sich nicht selbst deaktivieren oder sich die eigene Admin-Rolle entziehen.',
  ],
  [
    'Someone else changed this user since you loaded the page. Reload and try again.',
    'Jemand anderes hat diesen Benutzer geändert, seit Sie die Seite geladen haben. Laden Sie neu und versuchen Sie es noch einmal.',
  ],
  ['The token is not valid.', 'Das Token ist nicht gültig.'],
  ['No user with the email {email}.', 'Kein Benutzer mit der E-Mail-Adresse {email}.'],
  ['{email} is disabled.', '{email} ist deaktiviert.'],
  ['The language is not valid.', 'Die Sprache ist nicht gültig.'],
  // Reviews.
  ['expiresAt must be a date (YYYY-MM-DD) or an ISO date-time', 'expiresAt muss ein Datum (JJJJ-MM-TT) oder ein ISO-Zeitpunkt sein'],
  ['expiresAt is not a real date', 'expiresAt: dieses Datum gibt es nicht'],
  ['Choose a decision: "approve", "reject" or "accept-risk"', 'Wählen Sie eine Entscheidung: „approve“, „reject“ oder „accept-risk“'],
  ['rationale must be text', 'Die Begründung muss Text sein'],
  ['Give a rationale (at least 3 characters)', 'Geben Sie eine Begründung an (mindestens 3 Zeichen)'],
  ['rationale must be at most {n} characters', 'Die Begründung darf höchstens {n} Zeichen haben'],
  ['Accepting a risk needs an end date (expiresAt)', 'Eine Risikoakzeptanz braucht ein Enddatum (expiresAt)'],
  [
    'Say why the risk is acceptable and what mitigates it (at least 20 characters)',
    'Sagen Sie, warum das Risiko tragbar ist und was es mindert (mindestens 20 Zeichen)',
  ],
  [
    'A critical finding is open ({n}), so this failmode choice cannot be approved: reject it, or accept the risk with {"decision":"accept-risk","rationale","expiresAt"} for at most {days} days.',
    'Ein kritischer Befund ist offen ({n}), daher kann diese Failmode-Wahl nicht genehmigt werden: lehnen Sie sie ab oder akzeptieren Sie das Risiko mit {"decision":"accept-risk","rationale","expiresAt"} für höchstens {days} Tage.',
  ],
  [
    'No critical finding is open: approve or reject the failmode choice instead of accepting a risk.',
    'Kein kritischer Befund ist offen: genehmigen Sie die Failmode-Wahl oder lehnen Sie sie ab, statt ein Risiko zu akzeptieren.',
  ],
  ['Accepting a risk needs an open critical finding', 'Eine Risikoakzeptanz setzt einen offenen kritischen Befund voraus'],
  ['The end of the risk acceptance must be in the future', 'Das Ende der Risikoakzeptanz muss in der Zukunft liegen'],
  [
    'A risk may be accepted for at most {days} days (policy), until {date}',
    'Ein Risiko darf höchstens {days} Tage akzeptiert werden (Richtlinie), also bis {date}',
  ],
  [
    'Separation of duties: you changed what this review covers (last on {when}) since the last decision by someone else, so someone else must approve it.',
    'Funktionstrennung: Sie haben seit der letzten Entscheidung einer anderen Person geändert, was diese Prüfung abdeckt (zuletzt am {when}); deshalb muss jemand anderes genehmigen.',
  ],
  [
    'Separation of duties: you changed what this review covers (last on {when}) since the last decision by someone else, so someone else must accept the risk.',
    'Funktionstrennung: Sie haben seit der letzten Entscheidung einer anderen Person geändert, was diese Prüfung abdeckt (zuletzt am {when}); deshalb muss jemand anderes das Risiko akzeptieren.',
  ],
  // Drills.
  ['Kind must be tabletop or live', 'Die Art muss Planspiel (tabletop) oder live sein'],
  ['Scenario must be one of {list}', 'Das Szenario muss eines dieser sein: {list}'],
  ['Name who took part', 'Nennen Sie, wer teilgenommen hat'],
  ['Result must be passed, partial or failed', 'Das Ergebnis muss bestanden, teilweise oder fehlgeschlagen sein (passed, partial, failed)'],
  ['Record the outcome of at least one application', 'Erfassen Sie das Ergebnis mindestens einer Anwendung'],
  ['Say what must be done', 'Sagen Sie, was zu tun ist'],
  ['Name an owner', 'Nennen Sie eine verantwortliche Person'],
  ['No such follow-up.', 'Diese Folgemaßnahme gibt es nicht.'],
  ['No drill with this id: it may have been deleted.', 'Keine Übung mit dieser ID: Sie wurde vielleicht gelöscht.'],
  ['No drill with this id: it may have been deleted already.', 'Keine Übung mit dieser ID: Sie wurde vielleicht schon gelöscht.'],
  ['Select at least one application', 'Wählen Sie mindestens eine Anwendung'],
  ['Select at most {n} applications at once', 'Wählen Sie höchstens {n} Anwendungen auf einmal'],
  ['Choose what to change', 'Wählen Sie, was geändert werden soll'],
  // Duo connection and sync.
  ['Enter the API hostname', 'Geben Sie den API-Hostnamen ein'],
  ['At most {n} characters', 'Höchstens {n} Zeichen'],
  [
    'A host name such as api-xxxxxxxx.duosecurity.com, without https:// or a path',
    'Ein Hostname wie api-xxxxxxxx.duosecurity.com, ohne https:// und ohne Pfad',
  ],
  ['Enter the integration key', 'Geben Sie den Integration Key ein'],
  [
    'An integration key is 20 letters and digits starting with DI',
    'Ein Integration Key besteht aus 20 Buchstaben und Ziffern und beginnt mit DI',
  ],
  ['Enter the secret key', 'Geben Sie den Secret Key ein'],
  ['A secret key is 40 letters and digits', 'Ein Secret Key besteht aus 40 Buchstaben und Ziffern'],
  ['Invalid Duo connection: {detail}', 'Ungültige Duo-Verbindung: {detail}'],
  ['Invalid Duo connection: {path}: {detail}', 'Ungültige Duo-Verbindung: {path}: {detail}'],
  ['No Duo connection is configured.', 'Es ist keine Duo-Verbindung eingerichtet.'],
  [
    'No Duo connection is configured: an admin enters the Admin API credentials on the Duo page first.',
    'Es ist keine Duo-Verbindung eingerichtet: ein Admin trägt zuerst die Admin-API-Zugangsdaten auf der Duo-Seite ein.',
  ],
  ['Cannot ask Duo which groups are in bypass: {detail}', 'Duo kann nicht gefragt werden, welche Gruppen auf Umgehung stehen: {detail}'],
  ['A Duo sync is already running: wait for it to finish.', 'Ein Duo-Abgleich läuft bereits: warten Sie, bis er fertig ist.'],
  ['The Duo sync failed and changed nothing: {detail}', 'Der Duo-Abgleich ist fehlgeschlagen und hat nichts geändert: {detail}'],
  [
    "The Duo sync failed and changed nothing: Duo's integrations cannot be read ({detail}).",
    'Der Duo-Abgleich ist fehlgeschlagen und hat nichts geändert: die Integrationen in Duo können nicht gelesen werden ({detail}).',
  ],
  ['The key file {file} does not hold a 32-byte base64 key.', 'Die Schlüsseldatei {file} enthält keinen 32-Byte-Schlüssel in Base64.'],
  ['The stored Duo secret key has an unknown format.', 'Der gespeicherte Duo Secret Key hat ein unbekanntes Format.'],
  [
    'The stored Duo secret key was encrypted with another key (ORP_SECRET_KEY or data/secret.key changed): enter the secret key again on the Duo page.',
    'Der gespeicherte Duo Secret Key wurde mit einem anderen Schlüssel verschlüsselt (ORP_SECRET_KEY oder data/secret.key hat sich geändert): geben Sie den Secret Key auf der Duo-Seite erneut ein.',
  ],
  [
    'The stored Duo secret key cannot be decrypted: enter the secret key again on the Duo page.',
    'Der gespeicherte Duo Secret Key kann nicht entschlüsselt werden: geben Sie den Secret Key auf der Duo-Seite erneut ein.',
  ],
  // Incidents and simulations.
  ['scenario is required', 'scenario fehlt'],
  ['scenario must be one of {list}', 'scenario muss einer dieser Werte sein: {list}'],
  [
    'startedAt must be an ISO 8601 date and time, e.g. 2026-12-02T04:10:00Z',
    'startedAt muss ein Zeitpunkt nach ISO 8601 sein, z. B. 2026-12-02T04:10:00Z',
  ],
  ['an application name must not be empty', 'ein Anwendungsname darf nicht leer sein'],
  ['applications must be a list of application names', 'applications muss eine Liste von Anwendungsnamen sein'],
  ['done must be true or false', 'done muss true oder false sein'],
  ['override must give a reason of at least 10 characters', 'override braucht eine Begründung von mindestens 10 Zeichen'],
  ['applicationId must not be empty', 'applicationId darf nicht leer sein'],
  ['format must be md, html or pdf', 'format muss md, html oder pdf sein'],
  ['format must be html, md or pdf', 'format muss html, md oder pdf sein'],
  ['format must be json or csv', 'format muss json oder csv sein'],
  ['The two new passwords differ', 'Die beiden neuen Passwörter stimmen nicht überein'],
  ['At most {n} names', 'Höchstens {n} Namen'],
  ['lang must be en or de', 'lang muss en oder de sein'],
  [
    'The incident is not valid. startedAt: the start must not lie in the future',
    'Der Vorfall ist nicht gültig. startedAt: der Beginn darf nicht in der Zukunft liegen',
  ],
  ['The start must not lie in the future', 'Der Beginn darf nicht in der Zukunft liegen'],
  [
    'The incident is not valid. applications: no application in the inventory is affected',
    'Der Vorfall ist nicht gültig. applications: keine Anwendung im Bestand ist betroffen',
  ],
  ['No application in the inventory is affected', 'Keine Anwendung im Bestand ist betroffen'],
  [
    'The message record is not valid. applicationId: not an application of this incident',
    'Der Nachrichteneintrag ist nicht gültig. applicationId: keine Anwendung dieses Vorfalls',
  ],
  ['Not an application of this incident', 'Keine Anwendung dieses Vorfalls'],
  [
    'Close the incident first: only a closed incident becomes a drill record.',
    'Schließen Sie zuerst den Vorfall: nur ein geschlossener Vorfall wird zum Übungseintrag.',
  ],
  ['This incident is already recorded as a drill.', 'Dieser Vorfall ist bereits als Übung erfasst.'],
  [
    'This incident is already recorded as a drill (or being recorded).',
    'Dieser Vorfall ist bereits als Übung erfasst (oder wird gerade erfasst).',
  ],
  ['No incident with this id.', 'Kein Vorfall mit dieser ID.'],
  ['No item with this id in this incident.', 'Kein Eintrag mit dieser ID in diesem Vorfall.'],
  [
    'This item was changed by {who} after you read it (now version {v}, you sent {sent}). Nothing was saved: reload and tick it again if needed.',
    'Dieser Eintrag wurde nach dem Lesen von {who} geändert (jetzt Version {v}, gesendet: {sent}). Nichts wurde gespeichert: laden Sie neu und haken Sie ihn bei Bedarf erneut ab.',
  ],
  [
    'This item was changed after you read it (now version {v}, you sent {sent}). Nothing was saved: reload and tick it again if needed.',
    'Dieser Eintrag wurde nach dem Lesen geändert (jetzt Version {v}, gesendet: {sent}). Nichts wurde gespeichert: laden Sie neu und haken Sie ihn bei Bedarf erneut ab.',
  ],
  ['This incident is closed: nothing can be changed any more.', 'Dieser Vorfall ist geschlossen: es kann nichts mehr geändert werden.'],
  [
    'Your role ({role}) may not close an incident with open revert items: only an admin may override.',
    'Ihre Rolle ({role}) darf keinen Vorfall mit offenen Rückbau-Einträgen schließen: nur ein Admin darf sich darüber hinwegsetzen.',
  ],
  ['This incident was closed by someone else meanwhile.', 'Dieser Vorfall wurde inzwischen von jemand anderem geschlossen.'],
  [
    "PDF export needs Chromium, which is not installed at {path}: install Debian's chromium or set CHROMIUM_PATH. HTML and Markdown reports work without it.",
    'Der PDF-Export braucht Chromium, das unter {path} nicht installiert ist: installieren Sie Debians chromium oder setzen Sie CHROMIUM_PATH. HTML- und Markdown-Berichte gehen auch ohne.',
  ],
  [
    "PDF export needs Chromium, which is not installed at {path}: install Debian's chromium or set CHROMIUM_PATH. HTML and Markdown exports work without it.",
    'Der PDF-Export braucht Chromium, das unter {path} nicht installiert ist: installieren Sie Debians chromium oder setzen Sie CHROMIUM_PATH. HTML- und Markdown-Exporte gehen auch ohne.',
  ],
  ['minutes is required', 'minutes fehlt'],
  ['minutes must be a number', 'minutes muss eine Zahl sein'],
  ['minutes must be a whole number', 'minutes muss eine ganze Zahl sein'],
  ['minutes must be at least 1', 'minutes muss mindestens 1 sein'],
  ['minutes must be at most {n}', 'minutes darf höchstens {n} sein'],
  ['type must be one of {list}', 'type muss einer dieser Werte sein: {list}'],
  ['Each action must be an object', 'Jede Aktion muss ein Objekt sein'],
  ['Each action must be an object with a type ({list})', 'Jede Aktion muss ein Objekt mit einem type sein ({list})'],
  ['actions must be a list', 'actions muss eine Liste sein'],
  ['actions must list at most {n} actions', 'actions darf höchstens {n} Aktionen enthalten'],
  ['The simulation request must be a JSON object', 'Die Simulationsanfrage muss ein JSON-Objekt sein'],
  ['sort must be one of {list}', 'sort muss einer dieser Werte sein: {list}'],
  ['dir must be asc or desc', 'dir muss asc oder desc sein'],
  ['limit must be a number', 'limit muss eine Zahl sein'],
  ['limit must be a whole number', 'limit muss eine ganze Zahl sein'],
  ['limit must be at least 1', 'limit muss mindestens 1 sein'],
  ['limit must be at most {n}', 'limit darf höchstens {n} sein'],
  // Runbooks.
  [
    'This binder would hold {n} runbooks; a PDF binder holds at most {max}. Narrow it by level, integration or owner, or take the HTML or Markdown binder.',
    'Dieser Ordner hätte {n} Runbooks; ein PDF-Ordner fasst höchstens {max}. Grenzen Sie ihn nach Ebene, Integration oder Verantwortlichen ein oder nehmen Sie den HTML- oder Markdown-Ordner.',
  ],
  ['At most {n} runbooks in a PDF', 'Höchstens {n} Runbooks in einem PDF'],
  [
    'The binder of {n} runbooks is too large to produce in one file. Narrow it by level, integration or owner.',
    'Der Ordner mit {n} Runbooks ist zu groß für eine Datei. Grenzen Sie ihn nach Ebene, Integration oder Verantwortlichen ein.',
  ],
  // Import (the web UI and POST /api/v1/import) and the parsers behind it.
  ['Add at least one file or paste one', 'Fügen Sie mindestens eine Datei hinzu oder fügen Sie den Inhalt ein'],
  ['At most {n} files at once', 'Höchstens {n} Dateien auf einmal'],
  ['format must be one of {list}', 'format muss einer dieser Werte sein: {list}'],
  ['Send at least one file.', 'Senden Sie mindestens eine Datei.'],
  ['The files are larger than {n} bytes.', 'Die Dateien sind größer als {n} Bytes.'],
  [
    'Cannot tell the format of {files} from the content: send format={list}.',
    'Das Format von {files} ist am Inhalt nicht zu erkennen: senden Sie format={list}.',
  ],
  [
    'Two applications would be called "{name}": choose another name for "{other}".',
    'Zwei Anwendungen hießen „{name}“: wählen Sie einen anderen Namen für „{other}“.',
  ],
  ['name already taken', 'Name schon vergeben'],
  ['invalid JSON: {detail}', 'ungültiges JSON: {detail}'],
  ['invalid CSV: {detail}', 'ungültiges CSV: {detail}'],
  ['expected a JSON value but found {found}', 'erwartet: ein JSON-Wert, gefunden: {found}'],
  [
    'expected a property name in double quotes but found {found}',
    'erwartet: ein Eigenschaftsname in doppelten Anführungszeichen, gefunden: {found}',
  ],
  ['expected end of input after the JSON value but found {found}', 'erwartet: das Ende nach dem JSON-Wert, gefunden: {found}'],
  ['unterminated string', 'nicht abgeschlossene Zeichenkette'],
  ['{found} inside a string (escape it)', '{found} in einer Zeichenkette (maskieren Sie es)'],
  ['invalid \\u escape (expected 4 hex digits)', 'ungültige \\u-Maskierung (erwartet 4 Hexadezimalziffern)'],
  ['unterminated quoted field (missing closing ")', 'nicht abgeschlossenes Feld in Anführungszeichen (schließendes " fehlt)'],
  [
    'unexpected character after a closing quote (expected "," or end of line)',
    'unerwartetes Zeichen nach schließendem Anführungszeichen (erwartet „,“ oder Zeilenende)',
  ],
  [
    'a quote (") inside an unquoted field: quote the whole field and double the inner quotes',
    'ein Anführungszeichen (") in einem Feld ohne Anführungszeichen: setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie die inneren',
  ],
  ['required field "{field}" is missing', 'Pflichtfeld „{field}“ fehlt'],
  ['required field "{field}" is missing ({detail})', 'Pflichtfeld „{field}“ fehlt ({detail})'],
  ['required field value is missing', 'ein Pflichtwert fehlt'],
  ['{detail} (got {value})', '{detail} (erhalten: {value})'],
  ['{detail}; expected one of: {list}', '{detail}; erwartet einer dieser Werte: {list}'],
  ['{detail} (expected a string, got {type})', '{detail} (erwartet: Text, erhalten: {type})'],
  ['unknown field "{field}"', 'unbekanntes Feld „{field}“'],
  ['unknown fields {list}', 'unbekannte Felder {list}'],
  ['unknown field "{field}"; expected only: {list}', 'unbekanntes Feld „{field}“; erlaubt sind nur: {list}'],
  ['unknown fields {fields}; expected only: {list}', 'unbekannte Felder {fields}; erlaubt sind nur: {list}'],
  ['application {field}: {detail}', 'Anwendung, {field}: {detail}'],
  ['group {field}: {detail}', 'Gruppe, {field}: {detail}'],
  [
    'cannot tell the format from the content: expected an inventory (JSON/CSV), an authproxy.cfg, a Duo Unix conf or Admin API integrations JSON',
    'Das Format ist am Inhalt nicht zu erkennen: erwartet wird ein Bestand (JSON/CSV), eine authproxy.cfg, eine Duo-Unix-Konfiguration oder Admin-API-Integrationen als JSON',
  ],
  ['cannot read the inventory: {detail}', 'Der Bestand kann nicht gelesen werden: {detail}'],
  [
    'expected a JSON object {"version":1,"groups":[…],"applications":[…]}, got {type}',
    'erwartet ein JSON-Objekt {"version":1,"groups":[…],"applications":[…]}, erhalten: {type}',
  ],
  ['empty CSV: expected a header row ({list})', 'leeres CSV: erwartet eine Kopfzeile ({list})'],
  ['unknown column "{name}"; expected the columns {list}', 'unbekannte Spalte „{name}“; erwartet die Spalten {list}'],
  ['column "{name}" appears twice', 'Spalte „{name}“ kommt zweimal vor'],
  [
    'missing column {name} in the header row; expected the columns {list}',
    'in der Kopfzeile fehlt die Spalte {name}; erwartet die Spalten {list}',
  ],
  [
    'missing columns {names} in the header row; expected the columns {list}',
    'in der Kopfzeile fehlen die Spalten {names}; erwartet die Spalten {list}',
  ],
  ['{n} cells but the header has {m} columns', '{n} Zellen, aber die Kopfzeile hat {m} Spalten'],
  ['malformed section header: expected [name] alone on the line', 'fehlerhafte Abschnittsüberschrift: erwartet [name] allein in der Zeile'],
  ['empty section name: expected [name]', 'leerer Abschnittsname: erwartet [name]'],
  [
    'duplicate section [{name}]: already defined at line {line} (section names are compared case-insensitively; the Auth Proxy refuses duplicates)',
    'doppelter Abschnitt [{name}]: bereits in Zeile {line} definiert (Abschnittsnamen werden ohne Beachtung der Groß-/Kleinschreibung verglichen; der Auth Proxy lehnt Duplikate ab)',
  ],
  [
    'expected "key = value", a [section] header or a full-line comment (# or ;)',
    'erwartet „key = value“, eine [Abschnitt]-Überschrift oder eine Kommentarzeile (# oder ;)',
  ],
  ['missing key before "=": expected "key = value"', 'Schlüssel vor „=“ fehlt: erwartet „key = value“'],
  [
    'a secret key outside a section: expected a [section] header first',
    'ein geheimer Schlüssel außerhalb eines Abschnitts: erwartet zuerst eine [Abschnitt]-Überschrift',
  ],
  [
    'key {key} outside a section: expected a [section] header first',
    'Schlüssel {key} außerhalb eines Abschnitts: erwartet zuerst eine [Abschnitt]-Überschrift',
  ],
  [
    'duplicate key {key} in [{name}]: already set at line {line} (the Auth Proxy refuses duplicate keys)',
    'doppelter Schlüssel {key} in [{name}]: bereits in Zeile {line} gesetzt (der Auth Proxy lehnt doppelte Schlüssel ab)',
  ],
  [
    'failmode in [{name}] must be safe or secure (case-insensitive), got {value}',
    'failmode in [{name}] muss safe oder secure sein (Groß-/Kleinschreibung egal), erhalten: {value}',
  ],
  [
    'application name "{name}" clashes with the application from {where} (names must be unique, case-insensitively): rename one of the files or entries',
    'Anwendungsname „{name}“ kollidiert mit der Anwendung aus {where} (Namen müssen unabhängig von Groß-/Kleinschreibung eindeutig sein): benennen Sie eine der Dateien oder einen der Einträge um',
  ],
  [
    'group "{name}" is defined differently in {where}: make the definitions agree',
    'Gruppe „{name}“ ist in {where} anders definiert: gleichen Sie die Definitionen an',
  ],
  [
    'policy setting "{name}" differs from the one in {where}: make them agree',
    'Richtlinieneinstellung „{name}“ weicht von der in {where} ab: gleichen Sie sie an',
  ],
  // Zod's own English texts (fields whose schema sets no message).
  ['Invalid input', 'Ungültige Eingabe'],
  ['Invalid input: expected {type}, received {got}', 'Ungültige Eingabe: erwartet {type}, erhalten {got}'],
  ['Too small: expected string to have >={n} characters', 'Zu kurz: mindestens {n} Zeichen'],
  ['Too big: expected string to have <={n} characters', 'Zu lang: höchstens {n} Zeichen'],
  ['Too small: expected array to have >={n} items', 'Zu wenige Einträge: mindestens {n}'],
  ['Too big: expected array to have <={n} items', 'Zu viele Einträge: höchstens {n}'],
  ['Too small: expected number to be >={n}', 'Zu klein: mindestens {n}'],
  ['Too big: expected number to be <={n}', 'Zu groß: höchstens {n}'],
  ['Invalid option: expected one of {list}', 'Ungültige Option: erwartet einer dieser Werte: {list}'],
];

/** Field labels and nouns the English texts name, in German (the form labels' words). */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  Name: 'Name',
  'Group name': 'Gruppenname',
  Owner: 'Verantwortlich',
  Notes: 'Notizen',
  Description: 'Beschreibung',
  'Data classes': 'Datenklassen',
  'Mandatory data classes': 'Pflicht-Datenklassen',
  Groups: 'Gruppen',
  Date: 'Datum',
  'Due date': 'Fälligkeitsdatum',
};

/** `{what}` of "The {what} is not valid" / "This {what} was changed", as the German subject. */
const SUBJECTS: Readonly<Record<string, string>> = {
  application: 'Die Anwendung',
  group: 'Die Gruppe',
  policy: 'Die Richtlinie',
  review: 'Die Prüfung',
  drill: 'Die Übung',
  incident: 'Der Vorfall',
  simulation: 'Die Simulation',
  action: 'Die Aktion',
  change: 'Die Änderung',
  query: 'Die Abfrage',
  'close request': 'Die Anfrage zum Schließen',
  'item change': 'Die Änderung des Eintrags',
  'message record': 'Der Nachrichteneintrag',
  import: 'Der Import',
  user: 'Der Benutzer',
};

/** What a role may not do ("Your role (viewer) may not {doWhat}."), lib/server/permissions.ts. */
const DO_WHAT: Readonly<Record<string, string>> = {
  'read the inventory': 'den Bestand lesen',
  'change the inventory': 'den Bestand ändern',
  'approve or reject failmode choices': 'Failmode-Wahlen genehmigen oder ablehnen',
  'change the organisation policy': 'die Richtlinie der Organisation ändern',
  'manage users': 'Benutzer verwalten',
  'read the audit log': 'das Audit-Log lesen',
  'run incidents (declare, tick, record actions, close)': 'Vorfälle führen (ausrufen, abhaken, Aktionen erfassen, schließen)',
  'close an incident with open revert items': 'einen Vorfall mit offenen Rückbau-Einträgen schließen',
};

interface Compiled {
  re: RegExp;
  names: string[];
  de: string;
  /** Characters of literal text: the most specific template that fits wins. */
  weight: number;
  /** Starts with a placeholder ("{what} is required"): tried only when no template with a fixed start fits. */
  open: boolean;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

function compile(en: string, de: string): Compiled {
  const names: string[] = [];
  let re = '^';
  let last = 0;
  let weight = 0;
  for (const m of en.matchAll(PLACEHOLDER)) {
    const literal = en.slice(last, m.index);
    re += escapeRe(literal) + '([\\s\\S]+?)';
    weight += literal.length;
    names.push(m[1]!);
    last = m.index + m[0].length;
  }
  re += `${escapeRe(en.slice(last))}$`;
  weight += en.length - last;
  return { re: new RegExp(re), names, de, weight, open: /^\{[a-zA-Z]+\}/.test(en) };
}

let compiled: Compiled[] | null = null;
const table = () => (compiled ??= TEMPLATES.map(([en, de]) => compile(en, de)));

function fill(c: Compiled, values: string[], depth: number): string {
  const v = Object.fromEntries(c.names.map((n, i) => [n, values[i]!]));
  return c.de.replace(PLACEHOLDER, (whole, name: string) => {
    if (name === 'whatNom') return SUBJECTS[v.what!] ?? `„${v.what}“`;
    if (!(name in v)) return whole;
    const value = v[name]!;
    if (name === 'what') return FIELD_LABELS[value] ?? value;
    if (name === 'found') return value === 'end of input' ? 'Ende der Eingabe' : value.replace(/^control character /, 'Steuerzeichen ');
    if (name === 'doWhat') return DO_WHAT[value] ?? value;
    if (name === 'msg' || name === 'detail') return translate(value, depth + 1);
    return value;
  });
}

function translate(text: string, depth: number): string {
  if (depth > 4 || text.length > 4000) return text;
  let best: { c: Compiled; values: string[] } | null = null;
  for (const c of [...table().filter((t) => !t.open), ...table().filter((t) => t.open)]) {
    if (best && (c.weight <= best.c.weight || (c.open && !best.c.open))) continue;
    const m = c.re.exec(text);
    if (!m) continue;
    // A `{what}` that names no known thing is not this template (e.g. "Name who took part").
    const values = m.slice(1);
    const whatAt = c.names.indexOf('what');
    if (whatAt >= 0 && c.de.includes('{whatNom}') && !(values[whatAt]! in SUBJECTS)) continue;
    best = { c, values };
  }
  if (best) return fill(best.c, best.values, depth);
  // "file.cfg: line 3: applications.0.name: Name is required": a location, then a known text.
  for (let i = text.indexOf(': '); i > 0; i = text.indexOf(': ', i + 2)) {
    const rest = text.slice(i + 2);
    const translated = translate(rest, depth + 1);
    if (translated !== rest) return `${localizeLocation(text.slice(0, i))}: ${translated}`;
  }
  return text;
}

/** "authproxy.cfg: line 3" → "authproxy.cfg: Zeile 3" (file names and JSON paths stay). */
export function localizeLocation(location: string, lang: Lang = 'de'): string {
  return lang === 'en' ? location : location.replace(/(^|: )line (\d+)(?=$|: )/g, '$1Zeile $2');
}

/**
 * The text in `lang`: English as it is; German by template, English again when no template fits
 * (a new text shows up in English rather than not at all; tests/unit/i18n/error-messages.test.ts
 * finds the texts of the sources that have none).
 */
export function localizeMessage(text: string, lang: Lang): string {
  return lang === 'en' ? text : translate(text, 0);
}

export function hasTranslation(text: string): boolean {
  return translate(text, 0) !== text;
}

export interface LocalizableError {
  code: string;
  message: string;
  issues?: { path: string; message: string }[];
}

/** An error answer (`{code, message, issues}`) in `lang`: the same code and paths, translated texts. */
export function localizeError<E extends LocalizableError>(e: E, lang: Lang): E {
  if (lang === 'en') return e;
  return {
    ...e,
    message: localizeMessage(e.message, lang),
    ...(e.issues ? { issues: e.issues.map((i) => ({ ...i, message: localizeMessage(i.message, lang) })) } : {}),
  };
}
