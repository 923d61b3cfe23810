<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityPage</name>
    <message>
        <source>By:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Search: {name}</source>
        <translation>Suche: {name}</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <source>Every row of {name} that the filter and search select, as a spreadsheet file.</source>
        <translation>Jede Zeile von {name}, die Filter und Suche auswählen, als Tabellendatei.</translation>
    </message>
    <message>
        <source>Export {name}</source>
        <translation>{name} exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>%n Zeile nach {path} exportiert.</numerusform>
            <numerusform>%n Zeilen nach {path} exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminAuditTableModel</name>
    <message>
        <source>Event {id}</source>
        <translation>Ereignis {id}</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Aktion: {action}</translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation>Benutzer: {user}</translation>
    </message>
    <message>
        <source>Object: {object}</source>
        <translation>Objekt: {object}</translation>
    </message>
    <message>
        <source>At (UTC): {when}</source>
        <translation>Zeitpunkt (UTC): {when}</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
</context>
<context>
    <name>AdminAuditWidget</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>action starts with, e.g. contact. or signin</source>
        <translation>Aktion beginnt mit, z. B. contact. oder signin</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Show the selected event as it is stored (Enter or a double-click does the same).</source>
        <translation>Das ausgewählte Ereignis so zeigen, wie es gespeichert ist (Eingabetaste oder Doppelklick tun dasselbe).</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Show the events written since the list was loaded (F5).</source>
        <translation>Die Ereignisse zeigen, die seit dem Laden der Liste geschrieben wurden (F5).</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check the hash chain: any edited, inserted or removed event shows here.</source>
        <translation>Die Hash-Kette prüfen: Jedes bearbeitete, eingefügte oder entfernte Ereignis zeigt sich hier.</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Das Prüfprotokoll wird geprüft …</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>Das Prüfprotokoll prüfen</translation>
    </message>
    <message>
        <source>Checking every event of the audit log…</source>
        <translation>Jedes Ereignis des Prüfprotokolls wird geprüft …</translation>
    </message>
    <message>
        <source>The audit log is intact: {events_checked} events checked.</source>
        <translation>Das Prüfprotokoll ist intakt: {events_checked} Ereignisse geprüft.</translation>
    </message>
    <message>
        <source>The audit log is damaged at event {first_bad_id}: {reason}. {value} events before it check out.</source>
        <translation>Das Prüfprotokoll ist bei Ereignis {first_bad_id} beschädigt: {reason}. {value} Ereignisse davor sind in Ordnung.</translation>
    </message>
    <message>
        <source>Exported {count} events to {path}.</source>
        <translation>{count} Ereignisse nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Das Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>audit-log.csv</source>
        <translation>pruefprotokoll.csv</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben …</translation>
    </message>
    <message>
        <source>Export stopped; no file was written.</source>
        <translation>Export angehalten; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export stopped.</source>
        <translation>Export angehalten.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} ließ sich nicht schreiben: {reason}.</translation>
    </message>
</context>
<context>
    <name>AdminBackupWidget</name>
    <message>
        <source>Save schedule</source>
        <translation>Zeitplan speichern</translation>
    </message>
    <message>
        <source>Schedule and retention</source>
        <translation>Zeitplan und Aufbewahrung</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>Sichern alle:</translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation>Die letzten behalten:</translation>
    </message>
    <message>
        <source>Keep one a day for:</source>
        <translation>Eine pro Tag behalten für:</translation>
    </message>
    <message>
        <source>Keep one a week for:</source>
        <translation>Eine pro Woche behalten für:</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check the selected backup (or all of them)</source>
        <translation>Die ausgewählte Sicherung prüfen (oder alle)</translation>
    </message>
    <message>
        <source>download and check every chunk</source>
        <translation>jeden Block herunterladen und prüfen</translation>
    </message>
    <message>
        <source>Restore to a folder…</source>
        <translation>In einen Ordner wiederherstellen …</translation>
    </message>
    <message>
        <source>Prune old backups…</source>
        <translation>Alte Sicherungen bereinigen …</translation>
    </message>
    <message>
        <source>Backup history</source>
        <translation>Sicherungsverlauf</translation>
    </message>
    <message>
        <source>Adopt this restored copy first</source>
        <translation>Übernehmen Sie zuerst diese wiederhergestellte Kopie</translation>
    </message>
    <message>
        <source>This vault is now a vault of its own. Choose a destination for its backups (not the live vault&apos;s).</source>
        <translation>Dieser Tresor ist jetzt ein eigener Tresor. Wählen Sie eine Ablage für seine Sicherungen (nicht die des laufenden Tresors).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>{text} You can go on working; the status bar shows its progress.</source>
        <translation>{text} Sie können weiterarbeiten; die Statusleiste zeigt den Fortschritt.</translation>
    </message>
    <message>
        <source>Deleting old backups…</source>
        <translation>Alte Sicherungen werden gelöscht …</translation>
    </message>
    <message>
        <source>Backed up: {size} MiB uploaded ({new} new of {total} pages).</source>
        <translation>Gesichert: {size} MiB hochgeladen ({new} neu von {total} Seiten).</translation>
    </message>
    <message>
        <source>Backed up: a database dump of {dump} MiB, {size} MiB uploaded ({new} new of {total} blocks).</source>
        <translation>Gesichert: ein Datenbankabzug von {dump} MiB, {size} MiB hochgeladen ({new} neu von {total} Blöcken).</translation>
    </message>
    <message>
        <source>{count} backup(s) verified (every chunk downloaded and checked): no problem found.</source>
        <translation>{count} Sicherung(en) geprüft (jeder Block heruntergeladen und geprüft): kein Problem gefunden.</translation>
    </message>
    <message>
        <source>{count} backup(s) verified (structure checked): no problem found.</source>
        <translation>{count} Sicherung(en) geprüft (Struktur geprüft): kein Problem gefunden.</translation>
    </message>
    <message>
        <source>{count} backup(s) in the history are no longer on the destination (it lost them, or they were deleted there); they are marked “missing”.</source>
        <translation>{count} Sicherung(en) im Verlauf liegen nicht mehr in der Ablage (sie hat sie verloren, oder sie wurden dort gelöscht); sie sind als „fehlt“ markiert.</translation>
    </message>
    <message>
        <source>{count} part(s) of the backups are damaged or missing; the backups that need them are marked “damaged”.</source>
        <translation>{count} Teil(e) der Sicherungen sind beschädigt oder fehlen; die Sicherungen, die sie brauchen, sind als „beschädigt“ markiert.</translation>
    </message>
    <message>
        <source>Back up now to have a complete backup again; the details list each object.</source>
        <translation>Sichern Sie jetzt, um wieder eine vollständige Sicherung zu haben; die Details nennen jedes Objekt.</translation>
    </message>
    <message>
        <source>Restored backup {id} into {folder}; {erased} erased contact(s) erased again. It is a restored copy: open it with “Other vault…” when signing in; it has no backups until an administrator adopts it.</source>
        <translation>Sicherung {id} nach {folder} wiederhergestellt; {erased} gelöschte(r) Kontakt(e) erneut gelöscht. Es ist eine wiederhergestellte Kopie: Öffnen Sie sie bei der Anmeldung mit „Anderer Tresor …“; sie hat keine Sicherungen, bis ein Administrator sie übernimmt.</translation>
    </message>
    <message>
        <source>Restored backup {id} into {folder}. It is a restored copy: open it with “Other vault…” when signing in; it has no backups until an administrator adopts it.</source>
        <translation>Sicherung {id} nach {folder} wiederhergestellt. Es ist eine wiederhergestellte Kopie: Öffnen Sie sie bei der Anmeldung mit „Anderer Tresor …“; sie hat keine Sicherungen, bis ein Administrator sie übernimmt.</translation>
    </message>
    <message>
        <source>Kept {kept} backup(s), removed {removed}; {deleted} pack(s) deleted.</source>
        <translation>{kept} Sicherung(en) behalten, {removed} entfernt; {deleted} Paket(e) gelöscht.</translation>
    </message>
    <message>
        <source>Backup details</source>
        <translation>Sicherungsdetails</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Stopped. The earlier backups are unchanged.</source>
        <translation>Angehalten. Die früheren Sicherungen sind unverändert.</translation>
    </message>
    <message>
        <source>Backing up the team vault…</source>
        <translation>Team-Tresor wird gesichert …</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Tresor wird gesichert …</translation>
    </message>
    <message>
        <source>Verify backups</source>
        <translation>Sicherungen prüfen</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Sicherungen werden geprüft …</translation>
    </message>
    <message>
        <source>Restore into an empty folder</source>
        <translation>In einen leeren Ordner wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring into {folder}…</source>
        <translation>Wiederherstellen nach {folder} …</translation>
    </message>
    <message>
        <source>Prune old backups</source>
        <translation>Alte Sicherungen bereinigen</translation>
    </message>
    <message>
        <source>Keep the last {keep_last}, one a day for {keep_daily} days and one a week for {keep_weekly} weeks, and delete the other backups from the destination?</source>
        <translation>Die letzten {keep_last}, eine pro Tag für {keep_daily} Tage und eine pro Woche für {keep_weekly} Wochen behalten und die übrigen Sicherungen am Ziel löschen?</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Bereinigen</translation>
    </message>
</context>
<context>
    <name>AdminBusinessWidget</name>
    <message>
        <source>Business name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>Business email</source>
        <translation>E-Mail des Unternehmens</translation>
    </message>
    <message>
        <source>Business phone</source>
        <translation>Telefon des Unternehmens</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>As the computer&apos;s region</source>
        <translation>Wie die Region des Computers</translation>
    </message>
    <message>
        <source>Language of mailings and reports</source>
        <translation>Sprache von Mailings und Berichten</translation>
    </message>
    <message>
        <source>English (the default)</source>
        <translation>Englisch (Standard)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Logo wählen …</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>Mailings need this postal address: every marketing email and letter carries it as the sender&apos;s address, as anti-spam law (e.g. CAN-SPAM) requires, and ContactWeb sends no mailing while it is empty.</source>
        <translation>Mailings brauchen diese Postanschrift: Jede Werbe-E-Mail und jeder Brief trägt sie als Absenderadresse, wie es Anti-Spam-Gesetze (z. B. CAN-SPAM) verlangen, und ContactWeb versendet kein Mailing, solange sie fehlt.</translation>
    </message>
    <message>
        <source>Save business profile</source>
        <translation>Unternehmensprofil speichern</translation>
    </message>
    <message>
        <source>Business name (required):</source>
        <translation>Name des Unternehmens (Pflicht):</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Postanschrift:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Language of mailings and reports:</source>
        <translation>Sprache von Mailings und Berichten:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>The business needs a name.</source>
        <translation>Die Firma braucht einen Namen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved. Add the postal address before sending mailings.</source>
        <translation>Gespeichert. Ergänzen Sie die Postanschrift, bevor Sie Mailings senden.</translation>
    </message>
    <message>
        <source>Reports print on {paper} paper, with dates and amounts such as {sample}.</source>
        <translation>Berichte werden auf {paper}-Papier gedruckt, mit Datums- und Betragsangaben wie {sample}.</translation>
    </message>
    <message>
        <source>Choose the business logo</source>
        <translation>Firmenlogo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Cannot read {name}: {strerror}.</source>
        <translation>{name} lässt sich nicht lesen: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is not an image ContactWeb can read (use PNG or JPEG under 10 MiB).</source>
        <translation>{name} ist kein Bild, das ContactWeb lesen kann (verwenden Sie PNG oder JPEG unter 10 MiB).</translation>
    </message>
</context>
<context>
    <name>AdminSettingsWidget</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Default phone region:</source>
        <translation>Standard-Telefonregion:</translation>
    </message>
    <message>
        <source>two letters, used for numbers typed without +country code</source>
        <translation>zwei Buchstaben, für Nummern ohne +Ländervorwahl</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock after idle for:</source>
        <translation>Sperren nach Untätigkeit von:</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Shared computer:</source>
        <translation>Gemeinsam genutzter Computer:</translation>
    </message>
    <message>
        <source>Shared-computer lock after:</source>
        <translation>Sperre auf gemeinsam genutztem Computer nach:</translation>
    </message>
    <message>
        <source>minutes (at least 1)</source>
        <translation>Minuten (mindestens 1)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Keep call recordings for:</source>
        <translation>Gesprächsaufnahmen behalten für:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Keep closed contacts for:</source>
        <translation>Geschlossene Kontakte behalten für:</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Keep sent mail in the outbox for:</source>
        <translation>Gesendete Nachrichten im Postausgang behalten für:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>Sichern alle:</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Shared-computer mode locks ContactWeb sooner, keeps no passwords in the system keyring and shows no names in notifications.</source>
        <translation>Der Modus für gemeinsam genutzte Computer sperrt ContactWeb früher, legt keine Passwörter im Schlüsselbund des Systems ab und zeigt in Benachrichtigungen keine Namen.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Run retention now…</source>
        <translation>Aufbewahrungsregeln jetzt anwenden …</translation>
    </message>
    <message>
        <source>See what the retention rules would remove now, then remove it.</source>
        <translation>Ansehen, was die Aufbewahrungsregeln jetzt entfernen würden, und es dann entfernen.</translation>
    </message>
    <message>
        <source>The retention rules run by themselves once a day.</source>
        <translation>Die Aufbewahrungsregeln laufen einmal täglich von selbst.</translation>
    </message>
    <message>
        <source>Erasure receipts…</source>
        <translation>Löschbestätigungen …</translation>
    </message>
    <message>
        <source>Every erasure the vault keeps a receipt of, to save or print again.</source>
        <translation>Jede Löschung, für die der Tresor eine Bestätigung aufbewahrt, zum erneuten Speichern oder Drucken.</translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>Das Konto schließen</translation>
    </message>
    <message>
        <source>Delete this vault and every backup of it, for good.</source>
        <translation>Diesen Tresor und jede Sicherung davon endgültig löschen.</translation>
    </message>
    <message>
        <source>Delete this vault…</source>
        <translation>Diesen Tresor löschen …</translation>
    </message>
    <message>
        <source>On: this vault is used on a shared computer</source>
        <translation>Ein: Dieser Tresor wird auf einem gemeinsam genutzten Computer verwendet</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Nichts wurde gespeichert: Korrigieren Sie die rot markierten Felder.</translation>
    </message>
</context>
<context>
    <name>AdminUsersTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Muss Passwort ändern</translation>
    </message>
    <message>
        <source>Active (you)</source>
        <translation>Aktiv (Sie)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>AdminUsersWidget</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role for the selected user</source>
        <translation>Rolle für die ausgewählte Person</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Deaktivieren …</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen …</translation>
    </message>
    <message>
        <source>Selected user:</source>
        <translation>Ausgewählter Benutzer:</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Einen Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>New user name</source>
        <translation>Neuer Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>New user&apos;s role</source>
        <translation>Rolle der neuen Benutzerin oder des neuen Benutzers</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Erstes Passwort</translation>
    </message>
    <message>
        <source>Must choose their own password at first sign-in</source>
        <translation>Muss bei der ersten Anmeldung ein eigenes Passwort wählen</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Anzeigename:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>Erstes Passwort:</translation>
    </message>
    <message>
        <source>ContactWeb</source>
        <translation>ContactWeb</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Vorläufiges Passwort</translation>
    </message>
    <message>
        <source>The temporary password for {username} is:

{password}

Give it to them in person. It is shown only this once; they choose their own password when they next sign in.</source>
        <translation>Das vorläufige Passwort für {username} lautet:

{password}

Geben Sie es persönlich weiter. Es wird nur dieses eine Mal gezeigt; bei der nächsten Anmeldung wird ein eigenes Passwort gewählt.</translation>
    </message>
    <message>
        <source>Added {username}. Give them their first password in person.</source>
        <translation>{username} wurde hinzugefügt. Geben Sie das erste Passwort persönlich weiter.</translation>
    </message>
    <message>
        <source>{username} is now {role}.</source>
        <translation>{username} ist jetzt {role}.</translation>
    </message>
    <message>
        <source>Disable {username}? They will no longer be able to sign in. Their contacts, notes and history stay in the vault.</source>
        <translation>{username} sperren? Die Person kann sich dann nicht mehr anmelden. Ihre Kontakte, Notizen und ihr Verlauf bleiben im Tresor.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>{username} is disabled.</source>
        <translation>{username} ist gesperrt.</translation>
    </message>
    <message>
        <source>Reset the password of {username}? Their current password stops working and they must choose a new one at their next sign-in.</source>
        <translation>Passwort von {username} zurücksetzen? Das bisherige Passwort funktioniert dann nicht mehr, und bei der nächsten Anmeldung muss ein neues gewählt werden.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>The password of {username} was reset.</source>
        <translation>Das Passwort von {username} wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>Select a user in the list first.</source>
        <translation>Wählen Sie zuerst einen Benutzer in der Liste.</translation>
    </message>
</context>
<context>
    <name>AdministrationTab</name>
    <message>
        <source>Only administrators can use this page. You are signed in as {username} ({role}).</source>
        <translation>Nur Administratoren können diese Seite verwenden. Sie sind angemeldet als {username} ({role}).</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Unternehmensprofil</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>ContactWeb is locked. Sign in to continue.</source>
        <translation>ContactWeb ist gesperrt. Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>ContactWeb locked itself after a while without use. Sign in to continue.</source>
        <translation>ContactWeb hat sich nach einer Weile ohne Nutzung gesperrt. Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>ContactWeb signed out because its window was minimised on this shared computer. Sign in to continue.</source>
        <translation>ContactWeb hat Sie abgemeldet, weil sein Fenster auf diesem gemeinsam genutzten Computer minimiert wurde. Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>ContactWeb signed out because its window was closed on this shared computer. Sign in to continue.</source>
        <translation>ContactWeb hat Sie abgemeldet, weil sein Fenster auf diesem gemeinsam genutzten Computer geschlossen wurde. Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>ContactWeb signed out after a few minutes without use, as it does on a shared computer. Sign in to continue.</source>
        <translation>ContactWeb hat Sie nach einigen Minuten ohne Nutzung abgemeldet, wie auf einem gemeinsam genutzten Computer üblich. Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Unsaved changes were kept; they are offered back when you sign in again.</source>
        <translation>Ungespeicherte Änderungen wurden aufbewahrt; sie werden Ihnen bei der nächsten Anmeldung wieder angeboten.</translation>
    </message>
    <message>
        <source>Creating the vault and {count} demo contacts…</source>
        <translation>Tresor und {count} Beispielkontakte werden angelegt …</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Tresor wird angelegt …</translation>
    </message>
    <message>
        <source>Setting up ContactWeb</source>
        <translation>ContactWeb wird eingerichtet</translation>
    </message>
    <message>
        <source>The vault was not created</source>
        <translation>Der Tresor wurde nicht angelegt</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>ContactWeb</source>
        <translation>ContactWeb</translation>
    </message>
    <message>
        <source>The restored copy is now the live vault, with its backups; the previous files are kept aside in its folder. Sign in to continue.</source>
        <translation>Die wiederhergestellte Kopie ist jetzt der laufende Tresor, mit seinen Sicherungen; die bisherigen Dateien liegen beiseite in seinem Ordner. Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Vault deleted</source>
        <translation>Tresor gelöscht</translation>
    </message>
</context>
<context>
    <name>BackgroundWorkWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this work now; nothing already saved is lost.</source>
        <translation>Diese Arbeit jetzt beenden; bereits Gespeichertes bleibt erhalten.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet …</translation>
    </message>
</context>
<context>
    <name>BackupHistoryTableModel</name>
    <message>
        <source>{destination} (former destination)</source>
        <translation>{destination} (frühere Ablage)</translation>
    </message>
</context>
<context>
    <name>BackupNoticeBanner</name>
    <message>
        <source>Backup notice</source>
        <translation>Sicherungshinweis</translation>
    </message>
    <message>
        <source>Restored copy. {what}</source>
        <translation>Wiederhergestellte Kopie. {what}</translation>
    </message>
    <message>
        <source>The live vault is in {folder}.</source>
        <translation>Der laufende Tresor liegt in {folder}.</translation>
    </message>
    <message>
        <source>Adopt…</source>
        <translation>Übernehmen …</translation>
    </message>
    <message>
        <source>Ask an administrator before relying on it.</source>
        <translation>Fragen Sie einen Administrator, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message numerus="yes">
        <source>Backups are paused: no basis is recorded for transferring to the US backup server the %Ln contact(s) with an address in the European Economic Area.</source>
        <translation>
            <numerusform>Sicherungen pausiert: Für die Übermittlung des %Ln Kontakts mit Anschrift im Europäischen Wirtschaftsraum an den US-Sicherungsserver ist keine Rechtsgrundlage erfasst.</numerusform>
            <numerusform>Sicherungen pausiert: Für die Übermittlung der %Ln Kontakte mit Anschrift im Europäischen Wirtschaftsraum an den US-Sicherungsserver ist keine Rechtsgrundlage erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the basis…</source>
        <translation>Rechtsgrundlage erfassen …</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backing up before closing</source>
        <translation>Sicherung vor dem Beenden</translation>
    </message>
    <message>
        <source>ContactWeb is backing up the changes made since the last backup…</source>
        <translation>ContactWeb sichert die Änderungen seit der letzten Sicherung …</translation>
    </message>
    <message>
        <source>Backup cancelled.</source>
        <translation>Sicherung abgebrochen.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Checking whether the changes need a backup before closing…</source>
        <translation>Es wird geprüft, ob die Änderungen vor dem Beenden gesichert werden müssen …</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Backing up…</source>
        <translation>Sichere …</translation>
    </message>
    <message>
        <source>{last}; scheduled backups wait for the backup passphrase on this computer (Administration → Backups)</source>
        <translation>{last}; geplante Sicherungen warten auf die Passphrase auf diesem Computer (Verwaltung → Sicherungen)</translation>
    </message>
</context>
<context>
    <name>BackupTargetWidget</name>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>S3-compatible server in a US region</source>
        <translation>S3-kompatibler Server in einer US-Region</translation>
    </message>
    <message>
        <source>Folder (second site, USB disk)</source>
        <translation>Ordner (zweiter Standort, USB-Laufwerk)</translation>
    </message>
    <message>
        <source>https://s3.us-east-1.amazonaws.com</source>
        <translation>https://s3.us-east-1.amazonaws.com</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>Endpunkt-URL:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Access key id:</source>
        <translation>Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Folder in the bucket:</source>
        <translation>Ordner im Bucket:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Server-Zertifikat:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Save destination</source>
        <translation>Ziel speichern</translation>
    </message>
    <message>
        <source>stored; type to replace</source>
        <translation>gespeichert; zum Ersetzen eintippen</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Checking the destination…</source>
        <translation>Ablage wird geprüft …</translation>
    </message>
    <message>
        <source>Saved. {message}.</source>
        <translation>Gespeichert. {message}.</translation>
    </message>
    <message>
        <source>{message}.</source>
        <translation>{message}.</translation>
    </message>
    <message>
        <source>Destination details</source>
        <translation>Zieldetails</translation>
    </message>
</context>
<context>
    <name>BackupTransferBasisWidget</name>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Übermittlungen außerhalb des EWR</translation>
    </message>
    <message>
        <source>Client-side encryption: the server stores only ciphertext; the keys stay with the business</source>
        <translation>Verschlüsselung auf dem Client: Der Server speichert nur Chiffretext; die Schlüssel bleiben beim Unternehmen</translation>
    </message>
    <message>
        <source>The contacts concerned consented to the transfer</source>
        <translation>Die betroffenen Kontakte haben der Übermittlung zugestimmt</translation>
    </message>
    <message>
        <source>Note (optional): where the assessment or the consent records are kept</source>
        <translation>Notiz (optional): wo die Bewertung oder die Einwilligungsnachweise liegen</translation>
    </message>
    <message>
        <source>Record basis</source>
        <translation>Grundlage erfassen</translation>
    </message>
    <message>
        <source>{concerned} contact(s) have an address in the European Economic Area. Before the first backup to a server in the United States, record the basis for this transfer. Backups wait until then.</source>
        <translation>{concerned} Kontakt(e) haben eine Adresse im Europäischen Wirtschaftsraum. Erfassen Sie vor der ersten Sicherung auf einen Server in den Vereinigten Staaten die Grundlage dieser Übermittlung. Bis dahin warten die Sicherungen.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Neues Passwort bestätigen</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <source>At least {MIN_LENGTH} characters with letters, digits and a symbol, or a passphrase of {PASSPHRASE_LENGTH} or more characters.</source>
        <translation>Mindestens {MIN_LENGTH} Zeichen mit Buchstaben, Ziffern und einem Sonderzeichen oder eine Passphrase mit {PASSPHRASE_LENGTH} oder mehr Zeichen.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <source>Confirm new password:</source>
        <translation>Neues Passwort bestätigen:</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;{username}&lt;/b&gt;.</source>
        <translation>Angemeldet als &lt;b&gt;{username}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Strength: {word}</source>
        <translation>Stärke: {word}</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>Das aktuelle Passwort ist falsch. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>ColumnMappingWidget</name>
    <message>
        <source>Name prefix</source>
        <translation>Namenspräfix</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Whole address</source>
        <translation>Ganze Anschrift</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anderer</translation>
    </message>
    <message>
        <source>{field} ({label})</source>
        <translation>{field} ({label})</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>(column {number} has no name)</source>
        <translation>(Spalte {number} hat keinen Namen)</translation>
    </message>
    <message>
        <source>Import column {column} as</source>
        <translation>Spalte {column} importieren als</translation>
    </message>
</context>
<context>
    <name>CommunicationActions</name>
    <message>
        <source>Delete communication?</source>
        <translation>Kommunikation löschen?</translation>
    </message>
    <message>
        <source>Delete this {what}{about} and its attachments? The deletion is kept in the audit log; the text is not.</source>
        <translation>Diesen Eintrag ({what}{about}) samt Anhängen löschen? Die Löschung bleibt im Prüfprotokoll vermerkt, der Text nicht.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
</context>
<context>
    <name>CommunicationKinds</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>CommunicationTableModel</name>
    <message numerus="yes">
        <source>{kind} (+%n file(s))</source>
        <translation>
            <numerusform>{kind} (+%n Datei)</numerusform>
            <numerusform>{kind} (+%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
</context>
<context>
    <name>CommunicationsTab</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s)</source>
        <translation>
            <numerusform>%n Kommunikation</numerusform>
            <numerusform>%n Kommunikationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>email reply</source>
        <translation>Antwort per E-Mail</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>Papierformular</translation>
    </message>
    <message>
        <source>recorded by staff</source>
        <translation>von Mitarbeitenden erfasst</translation>
    </message>
    <message>
        <source>from an imported file</source>
        <translation>aus einer importierten Datei</translation>
    </message>
    <message>
        <source>from merged duplicates</source>
        <translation>aus zusammengeführten Dubletten</translation>
    </message>
    <message>
        <source>previously erased</source>
        <translation>früher gelöscht</translation>
    </message>
    <message>
        <source>reply to a mailing</source>
        <translation>Antwort auf ein Mailing</translation>
    </message>
    <message>
        <source>reply to a mailing (recorded by hand)</source>
        <translation>Antwort auf ein Mailing (von Hand erfasst)</translation>
    </message>
    <message>
        <source>taken back (undo)</source>
        <translation>zurückgenommen (Rückgängig)</translation>
    </message>
    <message>
        <source>Reverse the opt-out: {title}</source>
        <translation>Abmeldung aufheben: {title}</translation>
    </message>
    <message>
        <source>Record consent: {title}</source>
        <translation>Einwilligung erfassen: {title}</translation>
    </message>
    <message>
        <source>This contact opted out of {lower}. Record a new consent only if they asked for it themselves, and say why: the reversal is kept in the audit log.</source>
        <translation>Dieser Kontakt hat {lower} abbestellt. Erfassen Sie eine neue Einwilligung nur, wenn die Person selbst darum gebeten hat, und nennen Sie den Grund: Die Aufhebung bleibt im Prüfprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>Record that this contact agreed to be contacted by {channel}. Keep the evidence you would show if they asked how you got their consent.</source>
        <translation>Erfassen, dass dieser Kontakt einer Kontaktaufnahme per {channel} zugestimmt hat. Halten Sie den Nachweis fest, den Sie zeigen würden, wenn die Person fragt, wie Sie ihre Einwilligung erhalten haben.</translation>
    </message>
    <message>
        <source>e.g. Signed the newsletter form at the shop counter on 3 March</source>
        <translation>z. B. Hat am 3. März an der Ladentheke das Newsletter-Formular unterschrieben</translation>
    </message>
    <message>
        <source>what they agreed to, as they saw it</source>
        <translation>wozu die Person zugestimmt hat, so wie sie es gesehen hat</translation>
    </message>
    <message>
        <source>form name, campaign or document reference</source>
        <translation>Formularname, Kampagne oder Dokumentverweis</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Nachweis:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Wie:</translation>
    </message>
    <message>
        <source>Wording:</source>
        <translation>Wortlaut:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Reason for reversing:</source>
        <translation>Grund der Aufhebung:</translation>
    </message>
    <message>
        <source>Say when and how the contact agreed.</source>
        <translation>Geben Sie an, wann und wie der Kontakt zugestimmt hat.</translation>
    </message>
    <message>
        <source>Reversing an opt-out needs a reason.</source>
        <translation>Das Aufheben einer Abmeldung braucht einen Grund.</translation>
    </message>
</context>
<context>
    <name>ContactConsentTab</name>
    <message>
        <source>Consent given</source>
        <translation>Eingewilligt</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Keine Einwilligung erfasst</translation>
    </message>
    <message>
        <source>wording: “{wording}”</source>
        <translation>Wortlaut: „{wording}“</translation>
    </message>
    <message>
        <source>reversal reason: {reason}</source>
        <translation>Grund der Aufhebung: {reason}</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>von {user}</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Einwilligung erfassen …</translation>
    </message>
    <message>
        <source>Opt out of everything</source>
        <translation>Von allem abmelden</translation>
    </message>
    <message>
        <source>History (newest first):</source>
        <translation>Verlauf (neueste zuerst):</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;{text}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;{text}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{when}, {how}</source>
        <translation>{when}, {how}</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>Reverse opt-out…</source>
        <translation>Abmeldung aufheben …</translation>
    </message>
    <message>
        <source>every channel</source>
        <translation>allen Kanälen</translation>
    </message>
    <message>
        <source>Record an opt-out</source>
        <translation>Eine Abmeldung erfassen</translation>
    </message>
    <message>
        <source>The contact no longer wants to be contacted by {where}. How did they say so? (optional)</source>
        <translation>Der Kontakt möchte nicht mehr per {where} kontaktiert werden. Wie hat er das mitgeteilt? (optional)</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;Select a contact to see its details.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;Wählen Sie einen Kontakt, um seine Details zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(geschlossen)</translation>
    </message>
    <message>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;{escape}{closed}&lt;/h2&gt;</source>
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;{escape}{closed}&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>ContactDetailsTab</name>
    <message>
        <source>typed in</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation>Kontakt schließen</translation>
    </message>
    <message>
        <source>A closed contact stays on file but gets no mailings.</source>
        <translation>Ein geschlossener Kontakt bleibt gespeichert, erhält aber keine Mailings.</translation>
    </message>
    <message>
        <source>Reopen contact</source>
        <translation>Kontakt wieder öffnen</translation>
    </message>
    <message>
        <source>Your role ({role}) cannot change contacts.</source>
        <translation>Ihre Rolle ({role}) kann keine Kontakte ändern.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>Email ({label})</source>
        <translation>E-Mail ({label})</translation>
    </message>
    <message>
        <source>Phone ({label})</source>
        <translation>Telefon ({label})</translation>
    </message>
    <message>
        <source>Address ({label})</source>
        <translation>Adresse ({label})</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Purged on</source>
        <translation>Bereinigt am</translation>
    </message>
    <message>
        <source>{date} (retention), unless reopened</source>
        <translation>{date} (Aufbewahrung), sofern nicht wieder geöffnet</translation>
    </message>
    <message>
        <source>private to the owner (and administrators)</source>
        <translation>nur für den Eigentümer (und Administratoren)</translation>
    </message>
    <message>
        <source>everyone in the vault</source>
        <translation>alle im Tresor</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>{owner}; visible to {who}</source>
        <translation>{owner}; sichtbar für {who}</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Aufbewahrungspflicht</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Contact closed</source>
        <translation>Kontakt geschlossen</translation>
    </message>
    <message>
        <source>{name} is closed: no mailings go to them. Unless reopened (or held), the contact and everything about it will be purged on or after {isoformat}, as the retention setting for closed contacts says.</source>
        <translation>{name} ist geschlossen: Es gehen keine Mailings mehr an diesen Kontakt. Wird er nicht wieder geöffnet (oder aufbewahrt), werden der Kontakt und alles dazu am oder nach dem {isoformat} endgültig gelöscht, wie es die Aufbewahrungsregel für geschlossene Kontakte vorsieht.</translation>
    </message>
</context>
<context>
    <name>ContactDossierMenu</name>
    <message>
        <source>Select one or more contacts first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Kontakte aus.</translation>
    </message>
    <message>
        <source>Save dossier as PDF…</source>
        <translation>Dossier als PDF speichern …</translation>
    </message>
    <message>
        <source>Print dossier…</source>
        <translation>Dossier drucken …</translation>
    </message>
    <message numerus="yes">
        <source>Save dossiers of %n contacts as PDF…</source>
        <translation>
            <numerusform>Dossier von %n Kontakt als PDF speichern …</numerusform>
            <numerusform>Dossiers von %n Kontakten als PDF speichern …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print dossiers of %n contacts…</source>
        <translation>
            <numerusform>Dossier von %n Kontakt drucken …</numerusform>
            <numerusform>Dossiers von %n Kontakten drucken …</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier saved</source>
        <translation>Dossier gespeichert</translation>
    </message>
    <message>
        <source>Saved {file} ({size} KB).</source>
        <translation>{file} gespeichert ({size} KB).</translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Dr.</source>
        <translation>z. B. Dr.</translation>
    </message>
    <message>
        <source>e.g. Jr.</source>
        <translation>z. B. jun.</translation>
    </message>
    <message>
        <source>e.g. https://example.com</source>
        <translation>z. B. https://example.com</translation>
    </message>
    <message>
        <source>separate tags with commas, e.g. customer, vip</source>
        <translation>Schlagwörter mit Kommas trennen, z. B. kunde, vip</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Business default</source>
        <translation>Standard der Firma</translation>
    </message>
    <message>
        <source>Private: only the owner and administrators can see this contact</source>
        <translation>Privat: Nur der Eigentümer und Administratoren sehen diesen Kontakt</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Ein Foto wählen</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Vorname:</translation>
    </message>
    <message>
        <source>Middle name:</source>
        <translation>Zweiter Vorname:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nachname:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Anrede:</translation>
    </message>
    <message>
        <source>Suffix:</source>
        <translation>Namenszusatz:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>E-Mails:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adressen:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Geburtstag:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Add a person who was erased?</source>
        <translation>Eine gelöschte Person hinzufügen?</translation>
    </message>
    <message>
        <source>Add, opted out of everything</source>
        <translation>Hinzufügen, von allem abgemeldet</translation>
    </message>
</context>
<context>
    <name>ContactPhotoWidget</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Ein Foto wählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>{name} lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>{name} is {size} KiB; a photo is at most 1 MiB. Choose a smaller picture.</source>
        <translation>{name} hat {size} KiB; ein Foto hat höchstens 1 MiB. Wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>{name} is not a picture ContactWeb can show (PNG, JPEG, GIF, WebP or BMP).</source>
        <translation>{name} ist kein Bild, das ContactWeb anzeigen kann (PNG, JPEG, GIF, WebP oder BMP).</translation>
    </message>
</context>
<context>
    <name>ContactRemindersTab</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>what to do, e.g. Call back about the quote</source>
        <translation>was zu tun ist, z. B. Wegen des Angebots zurückrufen</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Erinnerung hinzufügen</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
</context>
<context>
    <name>ContactSalesTab</name>
    <message>
        <source>Add sale…</source>
        <translation>Verkauf hinzufügen …</translation>
    </message>
    <message>
        <source>Set status of selected sale</source>
        <translation>Status des ausgewählten Verkaufs setzen</translation>
    </message>
    <message>
        <source>Won and invoiced: {amounts}</source>
        <translation>Gewonnen und berechnet: {amounts}</translation>
    </message>
    <message>
        <source>No won or invoiced sales yet.</source>
        <translation>Noch keine gewonnenen oder berechneten Verkäufe.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>ContactTimelineTab</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>(%n file(s))</source>
        <translation>(%n Datei(en))</translation>
    </message>
    <message>
        <source>{kind} in</source>
        <translation>{kind} eingehend</translation>
    </message>
    <message>
        <source>{kind} out</source>
        <translation>{kind} ausgehend</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Erfassen:</translation>
    </message>
    <message>
        <source>Your role ({role}) cannot log communications.</source>
        <translation>Ihre Rolle ({role}) kann keine Kommunikation erfassen.</translation>
    </message>
    <message>
        <source>Send email…</source>
        <translation>E-Mail senden …</translation>
    </message>
    <message>
        <source>Save attachment…</source>
        <translation>Anhang speichern …</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Aufnahme abspielen</translation>
    </message>
    <message>
        <source>Select a communication to read it.</source>
        <translation>Wählen Sie eine Kommunikation aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>No communications logged yet.</source>
        <translation>Noch keine Kommunikation erfasst.</translation>
    </message>
    <message>
        <source>{kind}, incoming, {when}</source>
        <translation>{kind}, eingehend, {when}</translation>
    </message>
    <message>
        <source>{kind}, outgoing, {when}</source>
        <translation>{kind}, ausgehend, {when}</translation>
    </message>
    <message>
        <source>{kind}, {when}</source>
        <translation>{kind}, {when}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>{name} ({size} bytes), recording kept until {until}</source>
        <translation>{name} ({size} Byte), Aufnahme aufbewahrt bis {until}</translation>
    </message>
    <message>
        <source>{name} ({size} bytes)</source>
        <translation>{name} ({size} Byte)</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} lässt sich nicht schreiben: {reason}</translation>
    </message>
    <message>
        <source>No program on this computer plays this file. Use “Save attachment” and open it with a media player.</source>
        <translation>Kein Programm auf diesem Computer spielt diese Datei ab. Verwenden Sie „Anhang speichern“ und öffnen Sie sie mit einem Medienspieler.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Search names, companies, emails, phones, notes, tags</source>
        <translation>Namen, Firmen, E-Mails, Telefone, Notizen, Schlagwörter durchsuchen</translation>
    </message>
    <message>
        <source>Active and closed</source>
        <translation>Aktive und geschlossene</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Could not read the contacts: {message}</source>
        <translation>Die Kontakte ließen sich nicht lesen: {message}</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts closed</source>
        <translation>Kontakte geschlossen</translation>
    </message>
    <message>
        <source>Contact closed</source>
        <translation>Kontakt geschlossen</translation>
    </message>
    <message>
        <source>1 contact is closed:</source>
        <translation>1 Kontakt ist geschlossen:</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts are closed:</source>
        <translation>
            <numerusform>%n Kontakt ist geschlossen:</numerusform>
            <numerusform>%n Kontakte sind geschlossen:</numerusform>
        </translation>
    </message>
    <message>
        <source>no mailings go to them. Unless reopened (or held), they will be purged on or after {date}, as the retention setting for closed contacts says.</source>
        <translation>Es gehen keine Mailings mehr an sie. Werden sie nicht wieder geöffnet (oder aufbewahrt), werden sie am oder nach dem {date} endgültig gelöscht, wie es die Aufbewahrungsregel für geschlossene Kontakte vorsieht.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Anruf erfassen …</translation>
    </message>
    <message numerus="yes">
        <source>Close %n selected</source>
        <translation>
            <numerusform>%n ausgewählten schließen</numerusform>
            <numerusform>%n ausgewählte schließen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n selected</source>
        <translation>
            <numerusform>%n ausgewählten wieder öffnen</numerusform>
            <numerusform>%n ausgewählte wieder öffnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>ContactWeb met an unexpected error.

Your data is safe: everything saved before this is in the encrypted vault. Save any open edits you can, then restart ContactWeb. If it happens again, send the log file below to whoever supports ContactWeb for you; the log holds no names, emails or phone numbers.</source>
        <translation>In ContactWeb ist ein unerwarteter Fehler aufgetreten.

Ihre Daten sind sicher: Alles, was vorher gespeichert wurde, liegt im verschlüsselten Tresor. Speichern Sie offene Änderungen, soweit möglich, und starten Sie ContactWeb dann neu. Wenn es wieder passiert, senden Sie die Protokolldatei unten an Ihren ContactWeb-Support; das Protokoll enthält keine Namen, E-Mail-Adressen oder Telefonnummern.</translation>
    </message>
    <message>
        <source>ContactWeb: unexpected error</source>
        <translation>ContactWeb: unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Log: {value}</source>
        <translation>Protokoll: {value}</translation>
    </message>
</context>
<context>
    <name>DeleteVaultDialog</name>
    <message>
        <source>Delete this vault</source>
        <translation>Diesen Tresor löschen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Delete every contact, communication, sale and setting in {escape}?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The vault&apos;s files are overwritten and removed, and the passwords ContactWeb stored for it are forgotten. Nobody can sign in to it again. This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Jeden Kontakt, jede Kommunikation, jeden Verkauf und jede Einstellung in {escape} löschen?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Die Dateien des Tresors werden überschrieben und entfernt, und die Passwörter, die ContactWeb dafür gespeichert hat, werden vergessen. Niemand kann sich mehr anmelden. Das lässt sich nicht rückgängig machen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Also delete every backup of it ({what})</source>
        <translation>Auch jede Sicherung davon löschen ({what})</translation>
    </message>
    <message>
        <source>No backup destination is configured</source>
        <translation>Keine Sicherungsablage eingerichtet</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;{escape}&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;{escape}&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Ihr Passwort:</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <source>Delete vault</source>
        <translation>Tresor löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Deleting the backups and then the vault…</source>
        <translation>Die Sicherungen und dann der Tresor werden gelöscht …</translation>
    </message>
    <message>
        <source>Deleting the vault…</source>
        <translation>Tresor wird gelöscht …</translation>
    </message>
    <message>
        <source>The vault at {folder} was deleted: {count} files overwritten and removed.</source>
        <translation>Der Tresor in {folder} wurde gelöscht: {count} Dateien überschrieben und entfernt.</translation>
    </message>
    <message>
        <source>Every backup of it was deleted ({count} objects).</source>
        <translation>Jede seiner Sicherungen wurde gelöscht ({count} Objekte).</translation>
    </message>
</context>
<context>
    <name>DialogHost</name>
    <message>
        <source>Discard the changes to this contact?</source>
        <translation>Die Änderungen an diesem Kontakt verwerfen?</translation>
    </message>
    <message>
        <source>Discard the changes to this communication?</source>
        <translation>Die Änderungen an dieser Kommunikation verwerfen?</translation>
    </message>
    <message>
        <source>Discard the changes to this consent record?</source>
        <translation>Die Änderungen an diesem Einwilligungseintrag verwerfen?</translation>
    </message>
    <message>
        <source>Discard the changes to this sale?</source>
        <translation>Die Änderungen an diesem Verkauf verwerfen?</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Unsaved changes from your last session</source>
        <translation>Ungespeicherte Änderungen aus Ihrer letzten Sitzung</translation>
    </message>
    <message>
        <source>a contact you were editing</source>
        <translation>ein Kontakt, den Sie bearbeitet haben</translation>
    </message>
    <message>
        <source>a new contact you had not saved yet</source>
        <translation>ein neuer Kontakt, den Sie noch nicht gespeichert hatten</translation>
    </message>
    <message>
        <source>ContactWeb signed you out while you were working on {what}. Your changes were kept, encrypted in the vault, for you only.</source>
        <translation>ContactWeb hat Sie abgemeldet, während Sie an {what} gearbeitet haben. Ihre Änderungen wurden verschlüsselt im Tresor aufbewahrt, nur für Sie.</translation>
    </message>
    <message>
        <source>Restore them into an editor, discard them, or decide later (they are offered again at your next sign-in).</source>
        <translation>Stellen Sie sie in einem Editor wieder her, verwerfen Sie sie oder entscheiden Sie später (sie werden bei der nächsten Anmeldung erneut angeboten).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>The contact these changes were for is no longer there (or no longer yours to see), so they were dropped.</source>
        <translation>Der Kontakt, für den diese Änderungen gedacht waren, existiert nicht mehr (oder ist für Sie nicht mehr sichtbar); sie wurden daher verworfen.</translation>
    </message>
</context>
<context>
    <name>DuplicateEmailWarning</name>
    <message>
        <source>Open the existing one</source>
        <translation>Den vorhandenen öffnen</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>&lt;b&gt;This may be a duplicate.&lt;/b&gt; {escape} already has {escape2}{more}. Open the existing contact instead, or save this one anyway.</source>
        <translation>&lt;b&gt;Das könnte ein Duplikat sein.&lt;/b&gt; {escape} hat bereits {escape2}{more}. Öffnen Sie stattdessen den vorhandenen Kontakt oder speichern Sie diesen trotzdem.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Duplikate finden</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <source>Merge the right one into the left</source>
        <translation>Den rechten in den linken zusammenführen</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>Seiten tauschen</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>Letzte Zusammenführung rückgängig machen</translation>
    </message>
    <message>
        <source>Merges made</source>
        <translation>Vorgenommene Zusammenführungen</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Duplikate werden gesucht …</translation>
    </message>
    <message>
        <source>Could not look for duplicates: {error}</source>
        <translation>Die Suche nach Duplikaten war nicht möglich: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that look like one person.</source>
        <translation>
            <numerusform>%n Paar, das wie eine Person aussieht.</numerusform>
            <numerusform>%n Paare, die wie eine Person aussehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Keine Duplikate gefunden.</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Merge {other_name} (#{other_id}) into {keep_name} (#{keep_id})? Its emails, phones, addresses, tags, communications, sales and reminders move over, and an opt-out on either side stays. You can undo it at any time under &quot;Merges made&quot;.</source>
        <translation>{other_name} (#{other_id}) in {keep_name} (#{keep_id}) zusammenführen? E-Mails, Telefone, Adressen, Schlagwörter, Kommunikation, Verkäufe und Erinnerungen wandern mit, und eine Abmeldung auf einer der beiden Seiten bleibt bestehen. Sie können das jederzeit unter „Vorgenommene Zusammenführungen“ rückgängig machen.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Rückgängig: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Wiederholen: {what}</translation>
    </message>
</context>
<context>
    <name>EraseContactDialog</name>
    <message>
        <source>Erase contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erase {escaped_name} for good?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This removes the contact and everything about them: communications, attachments and recordings, reminders, consent history, drafts, outgoing messages and search entries. Sales stay in the accounts without the person. Only a receipt without personal data is kept. This cannot be undone.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Copies in backups&lt;/b&gt; made before now still hold the contact until they are pruned, but every restore re-applies this erasure before anyone can use the restored vault, so the person never comes back from a backup.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{escaped_name} endgültig löschen?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Damit werden der Kontakt und alles über ihn entfernt: Kommunikation, Anhänge und Aufnahmen, Erinnerungen, Einwilligungsverlauf, Entwürfe, ausgehende Nachrichten und Sucheinträge. Verkäufe bleiben ohne die Person in der Buchhaltung. Nur eine Bestätigung ohne personenbezogene Daten bleibt. Das lässt sich nicht rückgängig machen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kopien in Sicherungen&lt;/b&gt;, die vor jetzt entstanden sind, enthalten den Kontakt noch, bis sie bereinigt werden; jede Wiederherstellung wendet diese Löschung aber erneut an, bevor jemand den wiederhergestellten Tresor nutzen kann, sodass die Person nie aus einer Sicherung zurückkehrt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the contact&apos;s name to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Kontakts ein:</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Erasing and cleaning the vault file…</source>
        <translation>Löschen und Bereinigen der Tresordatei …</translation>
    </message>
    <message>
        <source>The contact was erased. The vault keeps this receipt as the erasure record; save it as a PDF (or print it) as your proof. It holds no personal data.</source>
        <translation>Der Kontakt wurde gelöscht. Der Tresor bewahrt diese Bestätigung als Löschnachweis auf; speichern Sie sie als PDF (oder drucken Sie sie) als Ihren Beleg. Sie enthält keine personenbezogenen Daten.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Saved to {written}</source>
        <translation>Gespeichert in {written}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Erasure receipt</source>
        <translation>Löschbeleg</translation>
    </message>
    <message>
        <source>The receipt has not been saved or printed. Save it as a PDF now? The vault keeps the erasure record either way.</source>
        <translation>Die Bestätigung wurde weder gespeichert noch gedruckt. Jetzt als PDF speichern? Der Tresor bewahrt den Löschnachweis so oder so auf.</translation>
    </message>
</context>
<context>
    <name>ErasureReceiptsDialog</name>
    <message>
        <source>Erasure receipts</source>
        <translation>Löschbestätigungen</translation>
    </message>
    <message>
        <source>Reading the erasure records…</source>
        <translation>Die Löschnachweise werden gelesen …</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Could not read the erasure records: {exc}</source>
        <translation>Die Löschnachweise ließen sich nicht lesen: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>%n erasure record(s); none holds personal data.</source>
        <translation>
            <numerusform>%n Löschnachweis; keiner enthält personenbezogene Daten.</numerusform>
            <numerusform>%n Löschnachweise; keiner enthält personenbezogene Daten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has been erased yet.</source>
        <translation>Bisher wurde niemand gelöscht.</translation>
    </message>
    <message>
        <source>Saved to {written}</source>
        <translation>Gespeichert in {written}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV for Google Contacts</source>
        <translation>CSV für Google Kontakte</translation>
    </message>
    <message>
        <source>CSV for Outlook</source>
        <translation>CSV für Outlook</translation>
    </message>
    <message>
        <source>vCard 3.0 (Apple, most phones)</source>
        <translation>vCard 3.0 (Apple, die meisten Telefone)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>LDIF (Thunderbird address book)</source>
        <translation>LDIF (Thunderbird-Adressbuch)</translation>
    </message>
    <message>
        <source>ContactWeb JSON (everything, for scripts)</source>
        <translation>ContactWeb-JSON (alles, für Skripte)</translation>
    </message>
    <message>
        <source>A copy of the contacts (with their consent per channel)</source>
        <translation>Eine Kopie der Kontakte (mit ihrer Einwilligung je Kanal)</translation>
    </message>
    <message>
        <source>An email mailing: only those who may receive it, their email address only</source>
        <translation>Ein E-Mail-Mailing: nur wer es erhalten darf, nur die E-Mail-Adresse</translation>
    </message>
    <message>
        <source>A postal mailing: only those who may receive it, their address only</source>
        <translation>Ein Postmailing: nur wer es erhalten darf, nur die Anschrift</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Contacts with the tag</source>
        <translation>Kontakte mit dem Schlagwort</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>Der %n ausgewählte Kontakt</numerusform>
            <numerusform>Die %n ausgewählten Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds personal data: keep it somewhere safe and delete it when it is no longer needed.</source>
        <translation>Die Datei enthält personenbezogene Daten: Bewahren Sie sie sicher auf und löschen Sie sie, sobald sie nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>The contacts the current search finds</source>
        <translation>Die Kontakte, die die aktuelle Suche findet</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation>Suche „{text}“</translation>
    </message>
    <message>
        <source>tag “{tag}”</source>
        <translation>Schlagwort „{tag}“</translation>
    </message>
    <message>
        <source>closed only</source>
        <translation>nur geschlossene</translation>
    </message>
    <message>
        <source>active only</source>
        <translation>nur aktive</translation>
    </message>
    <message>
        <source>The current list: {what}</source>
        <translation>Die aktuelle Liste: {what}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>{chosen} will be exported.</source>
        <translation>{chosen} werden exportiert.</translation>
    </message>
    <message>
        <source>Of {chosen}, only those who may receive {channel} mailings will be exported.</source>
        <translation>Von {chosen} werden nur diejenigen exportiert, die Mailings per {channel} erhalten dürfen.</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>kontakte</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln Kontakt nach {path} geschrieben.</numerusform>
            <numerusform>%Ln Kontakte nach {path} geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) for a postal mailing written to {path}.</source>
        <translation>
            <numerusform>%Ln Empfänger für ein Postmailing nach {path} geschrieben.</numerusform>
            <numerusform>%Ln Empfänger für ein Postmailing nach {path} geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) for an email mailing written to {path}.</source>
        <translation>
            <numerusform>%Ln Empfänger für ein E-Mail-Mailing nach {path} geschrieben.</numerusform>
            <numerusform>%Ln Empfänger für ein E-Mail-Mailing nach {path} geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out, %Ln contact(s):</source>
        <translation>
            <numerusform>Ausgelassen, %Ln Kontakt:</numerusform>
            <numerusform>Ausgelassen, %Ln Kontakte:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln contact(s).</source>
        <translation>
            <numerusform>Ausgelassen: %Ln Kontakt.</numerusform>
            <numerusform>Ausgelassen: %Ln Kontakte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldMappingWidget</name>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Zum Beispiel</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Import {name} as</source>
        <translation>{name} importieren als</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to ContactWeb</source>
        <translation>Willkommen bei ContactWeb</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Where should ContactWeb keep your data?</source>
        <translation>Wo soll ContactWeb Ihre Daten aufbewahren?</translation>
    </message>
    <message>
        <source>Everything is stored in one encrypted folder, the vault.</source>
        <translation>Alles liegt in einem verschlüsselten Ordner, dem Tresor.</translation>
    </message>
    <message>
        <source>Contacts, communications, recordings and sales are encrypted on disk; only people with an account can open them. The default folder is private to your user account on this computer. Pick another folder to keep the vault on a different disk.</source>
        <translation>Kontakte, Kommunikation, Aufnahmen und Verkäufe werden verschlüsselt gespeichert; nur Personen mit einem Konto können sie öffnen. Der vorgeschlagene Ordner gehört allein Ihrem Benutzerkonto auf diesem Computer. Wählen Sie einen anderen Ordner, um den Tresor auf einem anderen Laufwerk abzulegen.</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Tresorordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Open an existing vault instead…</source>
        <translation>Stattdessen einen vorhandenen Tresor öffnen …</translation>
    </message>
    <message>
        <source>Connect to a team server…</source>
        <translation>Mit einem Team-Server verbinden …</translation>
    </message>
    <message>
        <source>Use a contact base on your office&apos;s PostgreSQL server instead of a vault on this computer</source>
        <translation>Einen Kontaktbestand auf dem PostgreSQL-Server Ihres Büros statt eines Tresors auf diesem Computer verwenden</translation>
    </message>
    <message>
        <source>Vault folder:</source>
        <translation>Tresorordner:</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Den ersten Administrator anlegen</translation>
    </message>
    <message>
        <source>This account adds the other staff members and their roles.</source>
        <translation>Mit diesem Konto legen Sie die übrigen Mitarbeitenden und ihre Rollen an.</translation>
    </message>
    <message>
        <source>e.g. maria</source>
        <translation>z. B. maria</translation>
    </message>
    <message>
        <source>There is no way to recover a forgotten password without another administrator: write it down somewhere safe.</source>
        <translation>Ein vergessenes Passwort lässt sich ohne einen weiteren Administrator nicht wiederherstellen: Notieren Sie es an einem sicheren Ort.</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>z. B. DE</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Standard-Telefonregion</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read in this country (from this computer&apos;s language settings); change it if the business is elsewhere.</source>
        <translation>Telefonnummern ohne Ländervorwahl werden in diesem Land gelesen (aus den Spracheinstellungen dieses Computers); ändern Sie es, wenn das Unternehmen anderswo ist.</translation>
    </message>
    <message>
        <source>This computer&apos;s language settings name no country, so none is set: type the two-letter code (DE, GB, US, ...) where phone numbers without a country code belong, or set it later in Administration.</source>
        <translation>Die Spracheinstellungen dieses Computers nennen kein Land, daher ist keines gesetzt: Geben Sie den zweistelligen Code (DE, GB, US, ...) des Landes ein, zu dem Telefonnummern ohne Ländervorwahl gehören, oder legen Sie ihn später in der Verwaltung fest.</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Passwort wiederholen:</translation>
    </message>
    <message>
        <source>Phone region:</source>
        <translation>Telefonregion:</translation>
    </message>
    <message>
        <source>Try it with demo data?</source>
        <translation>Mit Demodaten ausprobieren?</translation>
    </message>
    <message>
        <source>Fictional contacts to explore ContactWeb before entering your own.</source>
        <translation>Erfundene Kontakte, um ContactWeb kennenzulernen, bevor Sie Ihre eigenen eingeben.</translation>
    </message>
    <message>
        <source>Add fictional demo contacts</source>
        <translation>Erfundene Demokontakte hinzufügen</translation>
    </message>
    <message>
        <source> contacts</source>
        <translation> Kontakte</translation>
    </message>
    <message>
        <source>Each demo contact has made-up emails (example.com), phone numbers from ranges reserved for fiction, an address, tags, and some calls, sales, reminders and consent records. Every demo contact carries the tag “demo”, so you can find them all later. Leave this off for a vault you start using right away.</source>
        <translation>Jeder Demokontakt hat erfundene E-Mail-Adressen (example.com), Telefonnummern aus für Fiktion reservierten Bereichen, eine Adresse, Schlagwörter sowie einige Anrufe, Verkäufe, Erinnerungen und Einwilligungen. Jeder Demokontakt trägt das Schlagwort „demo“, damit Sie alle später wiederfinden. Lassen Sie das aus bei einem Tresor, den Sie sofort nutzen.</translation>
    </message>
    <message>
        <source>Step {number} of {count}. {subTitle}</source>
        <translation>Schritt {number} von {count}. {subTitle}</translation>
    </message>
    <message>
        <source>Choose a folder for the vault</source>
        <translation>Einen Ordner für den Tresor wählen</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Den Tresorordner wählen</translation>
    </message>
    <message>
        <source>There is no ContactWeb vault in {folder}.</source>
        <translation>In {folder} gibt es keinen ContactWeb-Tresor.</translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation>Wählen Sie einen Ordner für den Tresor.</translation>
    </message>
    <message>
        <source>There is already a vault in this folder. Choose another folder, or cancel and sign in to that vault.</source>
        <translation>In diesem Ordner liegt bereits ein Tresor. Wählen Sie einen anderen Ordner oder brechen Sie ab und melden Sie sich an diesem Tresor an.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Das ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>ContactWeb user guide</source>
        <translation>ContactWeb-Handbuch</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Handbuchtext</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>Kontakte &amp;exportieren …</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Duplikate finden …</translation>
    </message>
</context>
<context>
    <name>ImportDuplicatesTableModel</name>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Update existing</source>
        <translation>Bestehenden aktualisieren</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>Neu anlegen</translation>
    </message>
    <message>
        <source>repeated in this file ({entry})</source>
        <translation>in dieser Datei wiederholt ({entry})</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Contact files (*.csv *.tsv *.tab *.txt *.vcf *.vcard *.ldif *.ldi *.json);;LDIF address books (*.ldif *.ldi);;All files (*)</source>
        <translation>Kontaktdateien (*.csv *.tsv *.tab *.txt *.vcf *.vcard *.ldif *.ldi *.json);;LDIF-Adressbücher (*.ldif *.ldi);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <extracomment>how many entries of a CSV file are read for the mapping and the preview</extracomment>
        <translation>{path} lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>A CSV export (Google, Outlook, Yahoo, Apple, LinkedIn, Thunderbird or any spreadsheet), a vCard file, an LDIF address book, or a ContactWeb JSON file.</source>
        <translation>Ein CSV-Export (Google, Outlook, Yahoo, Apple, LinkedIn, Thunderbird oder eine beliebige Tabelle), eine vCard-Datei, ein LDIF-Adressbuch oder eine ContactWeb-JSON-Datei.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Die zu importierende Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Recognise it from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Nothing is written until you confirm the preview. Imported contacts start with consent unknown on every channel.</source>
        <translation>Geschrieben wird erst, wenn Sie die Vorschau bestätigen. Importierte Kontakte beginnen auf jedem Kanal mit unbekannter Einwilligung.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen …</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Which column is what?</source>
        <translation>Welche Spalte ist was?</translation>
    </message>
    <message>
        <source>Check which field is what</source>
        <translation>Prüfen, welches Feld was ist</translation>
    </message>
    <message numerus="yes">
        <source>{format} with %n entry(s).</source>
        <translation>
            <numerusform>{format} mit %n Eintrag.</numerusform>
            <numerusform>{format} mit %n Einträgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>ContactWeb recognised this file as a {layout} export.</source>
        <translation>ContactWeb hat diese Datei als Export von {layout} erkannt.</translation>
    </message>
    <message>
        <source>Check which column is what</source>
        <translation>Prüfen, welche Spalte was ist</translation>
    </message>
    <message>
        <source>ContactWeb does not know this file&apos;s columns. Choose what each one holds; columns left as &quot;(not imported)&quot; are skipped.</source>
        <translation>ContactWeb kennt die Spalten dieser Datei nicht. Wählen Sie, was jede enthält; Spalten mit „(nicht importiert)“ werden übersprungen.</translation>
    </message>
    <message>
        <source>Each field of the file goes where shown; send one elsewhere or leave it out. Left as it is, the file is imported as it was written.</source>
        <translation>Jedes Feld der Datei landet dort, wo angezeigt; leiten Sie eines um oder lassen Sie es weg. Unverändert wird die Datei so importiert, wie sie geschrieben wurde.</translation>
    </message>
    <message>
        <source>A first guess is filled in from the closest known layout and the column names: check it.</source>
        <translation>Ein erster Vorschlag ist aus dem ähnlichsten bekannten Aufbau und den Spaltennamen ausgefüllt: Prüfen Sie ihn.</translation>
    </message>
    <message>
        <source>A {format} file</source>
        <translation>Eine {format}-Datei</translation>
    </message>
    <message>
        <source>Each column goes where shown. Change any that is wrong; left as it is, the file is read exactly as that program wrote it.</source>
        <translation>Jede Spalte landet wie angezeigt. Ändern Sie, was falsch ist; unverändert wird die Datei genau so gelesen, wie das Programm sie geschrieben hat.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Placing the fields…</source>
        <translation>Felder werden zugeordnet …</translation>
    </message>
    <message>
        <source>Choose at least one column to import.</source>
        <translation>Wählen Sie mindestens eine Spalte zum Importieren.</translation>
    </message>
    <message>
        <source>Reading the file with these columns…</source>
        <translation>Die Datei wird mit diesen Spalten gelesen …</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>The first entries as they will be stored</source>
        <translation>Die ersten Einträge, wie sie gespeichert werden</translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation>Für jedes Duplikat:</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Ausgewählt:</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <source>Skip these entries and import the rest</source>
        <translation>Diese Einträge überspringen und den Rest importieren</translation>
    </message>
    <message>
        <source>Entries that cannot be imported as they are</source>
        <translation>Einträge, die sich so nicht importieren lassen</translation>
    </message>
    <message>
        <source>Add them anyway, opted out of every channel (only if they came back to you themselves)</source>
        <translation>Trotzdem hinzufügen, auf jedem Kanal abgemeldet (nur wenn sie sich selbst wieder bei Ihnen gemeldet haben)</translation>
    </message>
    <message>
        <source>People who were erased before</source>
        <translation>Früher gelöschte Personen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Checking the file against the vault…</source>
        <translation>Die Datei wird mit dem Tresor abgeglichen …</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back, or close the window.</source>
        <translation>Die Prüfung wurde abgebrochen. Gehen Sie zurück oder schließen Sie das Fenster.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>If later entries cannot be imported as they are, skip them and import the rest</source>
        <translation>Spätere Einträge, die so nicht importiert werden können, überspringen und den Rest importieren</translation>
    </message>
    <message numerus="yes">
        <source>Entries matching a person who asked to be erased (%n): </source>
        <translation>
            <numerusform>Einträge, die zu einer Person passen, die ihre Löschung verlangt hat (%n): </numerusform>
            <numerusform>Einträge, die zu einer Person passen, die ihre Löschung verlangt hat (%n): </numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} neu</translation>
    </message>
    <message>
        <source>{count} already in the vault</source>
        <translation>{count} schon im Tresor</translation>
    </message>
    <message>
        <source>{count} repeated in this file</source>
        <translation>{count} in dieser Datei wiederholt</translation>
    </message>
    <message>
        <source>{count} like a contact but with other email addresses (imported unless you choose otherwise)</source>
        <translation>{count} ähnlich einem Kontakt, aber mit anderen E-Mail-Adressen (werden importiert, wenn Sie nichts anderes wählen)</translation>
    </message>
    <message numerus="yes">
        <source>Entries read: %n ({format_name}): {parts}, {count} that cannot be imported as they are.</source>
        <translation>
            <numerusform>Gelesener Eintrag: %n ({format_name}): {parts}, {count}, die sich so nicht importieren lassen.</numerusform>
            <numerusform>Gelesene Einträge: %n ({format_name}): {parts}, {count}, die sich so nicht importieren lassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Die Datei wird geprüft …</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Update the existing contacts</source>
        <translation>Die bestehenden Kontakte aktualisieren</translation>
    </message>
    <message>
        <source>Create new contacts anyway</source>
        <translation>Trotzdem neue Kontakte anlegen</translation>
    </message>
    <message numerus="yes">
        <source>These are the first entries of a file of about %n: the rest are checked as they are imported, and their duplicates are handled as chosen for every duplicate.</source>
        <translation>
            <numerusform>Dies sind die ersten Einträge einer Datei mit etwa %n Eintrag: Der Rest wird beim Importieren geprüft, und seine Duplikate werden behandelt, wie für jedes Duplikat gewählt.</numerusform>
            <numerusform>Dies sind die ersten Einträge einer Datei mit etwa %n Einträgen: Der Rest wird beim Importieren geprüft, und seine Duplikate werden behandelt, wie für jedes Duplikat gewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importiere …</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>New contacts: {count}</source>
        <translation>Neue Kontakte: {count}</translation>
    </message>
    <message>
        <source>Existing contacts updated: {count}</source>
        <translation>Aktualisierte bestehende Kontakte: {count}</translation>
    </message>
    <message>
        <source>Duplicates skipped: {count}</source>
        <translation>Übersprungene Dubletten: {count}</translation>
    </message>
    <message>
        <source>  {source} is like contact {id} ({reason})</source>
        <translation>  {source} ähnelt Kontakt {id} ({reason})</translation>
    </message>
    <message>
        <source>Not imported, erased before: {count}</source>
        <translation>Nicht importiert, früher gelöscht: {count}</translation>
    </message>
    <message>
        <source>Opt-outs recorded from the file: {count}</source>
        <translation>Aus der Datei erfasste Abmeldungen: {count}</translation>
    </message>
    <message>
        <source>  {source}: contact {id} opted out of {channel}</source>
        <translation>  {source}: Kontakt {id} hat sich von {channel} abgemeldet</translation>
    </message>
    <message>
        <source>Skipped, cannot be imported as they are: {count}</source>
        <translation>Übersprungen, so nicht importierbar: {count}</translation>
    </message>
    <message>
        <source>Notes: {count}</source>
        <translation>Notizen: {count}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) imported from {file}.</source>
        <translation>
            <numerusform>%n Kontakt aus {file} importiert.</numerusform>
            <numerusform>%n Kontakte aus {file} importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file</source>
        <translation>der Datei</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Import angehalten</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled. The first {done} entries of the file were imported as listed below, in whole batches; the entries from {first} on (about %n) were not imported, and nothing of them was written.</source>
        <translation>
            <numerusform>Import abgebrochen. Die ersten {done} Einträge der Datei wurden wie unten aufgeführt in ganzen Stapeln importiert; die Einträge ab {first} (etwa %n) wurden nicht importiert, und nichts davon wurde geschrieben.</numerusform>
            <numerusform>Import abgebrochen. Die ersten {done} Einträge der Datei wurden wie unten aufgeführt in ganzen Stapeln importiert; die Einträge ab {first} (etwa %n) wurden nicht importiert, und nichts davon wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import stopped at an entry that cannot be imported (listed below). The first {done} entries of the file were imported as listed below, in whole batches; the entries from {first} on (about %n) were not imported. Import the file again with those entries skipped: the contacts already imported are then found as duplicates.</source>
        <translation>
            <numerusform>Import an einem Eintrag angehalten, der nicht importiert werden kann (unten aufgeführt). Die ersten {done} Einträge der Datei wurden wie unten aufgeführt in ganzen Stapeln importiert; die Einträge ab {first} (etwa %n) wurden nicht importiert. Importieren Sie die Datei erneut und überspringen Sie diese Einträge: Die bereits importierten Kontakte werden dann als Duplikate erkannt.</numerusform>
            <numerusform>Import an einem Eintrag angehalten, der nicht importiert werden kann (unten aufgeführt). Die ersten {done} Einträge der Datei wurden wie unten aufgeführt in ganzen Stapeln importiert; die Einträge ab {first} (etwa %n) wurden nicht importiert. Importieren Sie die Datei erneut und überspringen Sie diese Einträge: Die bereits importierten Kontakte werden dann als Duplikate erkannt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSampleTableModel</name>
    <message>
        <source>Cannot be imported: {problem}</source>
        <translation>Nicht importierbar: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
</context>
<context>
    <name>LabelledRowsWidget</name>
    <message>
        <source>work</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anderer</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>Bundesland / Region</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>{title} {number} label</source>
        <translation>{title} {number} Bezeichnung</translation>
    </message>
    <message>
        <source>Remove {title} {number}</source>
        <translation>{title} {number} entfernen</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>ContactWeb speaks the chosen language from its next start.</source>
        <translation>ContactWeb verwendet die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>LogCommunicationDialog</name>
    <message>
        <source>Edit a communication with {name}</source>
        <translation>Kommunikation mit {name} bearbeiten</translation>
    </message>
    <message>
        <source>Log a communication with {name}</source>
        <translation>Kommunikation mit {name} erfassen</translation>
    </message>
    <message>
        <source>With &lt;b&gt;{escape}&lt;/b&gt;</source>
        <translation>Mit &lt;b&gt;{escape}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Outgoing (we contacted them)</source>
        <translation>Ausgehend (wir haben Kontakt aufgenommen)</translation>
    </message>
    <message>
        <source>Incoming (they contacted us)</source>
        <translation>Eingehend (man hat uns kontaktiert)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Tick an attachment that is a call recording: recordings are deleted after the retention period.</source>
        <translation>Haken Sie einen Anhang an, der eine Gesprächsaufnahme ist: Aufnahmen werden nach der Aufbewahrungsfrist gelöscht.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Datei hinzufügen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Tick the files that are call recordings; they are deleted after the retention period.</source>
        <translation>Haken Sie die Dateien an, die Gesprächsaufnahmen sind; sie werden nach der Aufbewahrungsfrist gelöscht.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>Saving attachments</source>
        <translation>Anhänge werden gespeichert</translation>
    </message>
    <message>
        <source>Storing the attachments in the vault…</source>
        <translation>Die Anhänge werden im Tresor abgelegt …</translation>
    </message>
</context>
<context>
    <name>MailingChecklistPage</name>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>Opt-out text</source>
        <translation>Abmeldehinweis</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Nothing is sent until every line is ticked. After Send there is no going back; Cancel stops after the message in hand.</source>
        <translation>Gesendet wird erst, wenn jede Zeile abgehakt ist. Nach „Senden“ gibt es kein Zurück; „Abbrechen“ hält nach der gerade laufenden Nachricht an.</translation>
    </message>
    <message>
        <source>Mailing settings…</source>
        <translation>Mailing-Einstellungen …</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <source>no sender address</source>
        <translation>keine Absenderadresse</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s); </source>
        <translation>
            <numerusform>%n Kontakt; </numerusform>
            <numerusform>%n Kontakte; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n ausgelassen</numerusform>
            <numerusform>%n ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht senden</numerusform>
            <numerusform>%n Nachrichten senden</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: a placeholder; set the business&apos;s name in the settings before sending</source>
        <translation>{name}: ein Platzhalter; tragen Sie vor dem Senden den Namen des Unternehmens in den Einstellungen ein</translation>
    </message>
    <message>
        <source>{address}: looks like a placeholder</source>
        <translation>{address}: sieht wie ein Platzhalter aus</translation>
    </message>
    <message>
        <source>missing: every mailing must carry it</source>
        <translation>fehlt: jedes Mailing muss sie enthalten</translation>
    </message>
    <message>
        <source>no recipient to check</source>
        <translation>kein Empfänger zum Prüfen</translation>
    </message>
    <message>
        <source>footer with the postal address and how to unsubscribe, and a List-Unsubscribe header, in every message</source>
        <translation>Fußzeile mit Postanschrift und Abmeldeweg sowie ein List-Unsubscribe-Header in jeder Nachricht</translation>
    </message>
    <message>
        <source>the opt-out footer is missing from the message</source>
        <translation>der Abmeldehinweis fehlt in der Nachricht</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>MailingComposePage</name>
    <message>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>Merge fields such as {first_name} are filled in per recipient; {first_name|friend} gives a fallback. The footer with your postal address and how to unsubscribe is added to every message.</source>
        <translation>Seriendruckfelder wie {first_name} werden je Empfänger ausgefüllt; {first_name|friend} gibt einen Ersatzwert vor. Die Fußzeile mit Ihrer Postanschrift und dem Abmeldeweg wird jeder Nachricht angefügt.</translation>
    </message>
    <message>
        <source>Dear {first_name|customer},

…</source>
        <translation>Guten Tag {first_name|customer},

…</translation>
    </message>
    <message>
        <source>Optional: the same message as HTML</source>
        <translation>Optional: dieselbe Nachricht als HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>HTML (optional)</source>
        <translation>HTML (optional)</translation>
    </message>
    <message>
        <source>Insert a merge field…</source>
        <translation>Seriendruckfeld einfügen …</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Vorschau für:</translation>
    </message>
    <message>
        <source>No recipient to preview.</source>
        <translation>Kein Empfänger für die Vorschau.</translation>
    </message>
    <message>
        <source>To: {name} &lt;{address}&gt;</source>
        <translation>An: {name} &lt;{address}&gt;</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Betreff: {subject}</translation>
    </message>
</context>
<context>
    <name>MailingImapDialog</name>
    <message>
        <source>SSL/TLS (port 993)</source>
        <translation>SSL/TLS (Port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (Port 143)</translation>
    </message>
    <message>
        <source>None (this computer or a trusted network only)</source>
        <translation>Keine (nur dieser Computer oder ein vertrauenswürdiges Netz)</translation>
    </message>
    <message>
        <source>Process replies from IMAP</source>
        <translation>Antworten aus IMAP verarbeiten</translation>
    </message>
    <message>
        <source>List folders</source>
        <translation>Ordner auflisten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Read replies</source>
        <translation>Antworten lesen</translation>
    </message>
    <message>
        <source>IMAP server:</source>
        <translation>IMAP-Server:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Received in the last:</source>
        <translation>Empfangen in den letzten:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Server-Zertifikat:</translation>
    </message>
    <message>
        <source>Unencrypted IMAP?</source>
        <translation>Unverschlüsseltes IMAP?</translation>
    </message>
    <message>
        <source>{host} is not this computer. Without encryption the password and every reply cross the network readable by anyone on the way. Use it only on a network you trust.</source>
        <translation>{host} ist nicht dieser Computer. Ohne Verschlüsselung gehen das Passwort und jede Antwort für jeden auf dem Weg lesbar durchs Netz. Verwenden Sie das nur in einem Netz, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>Connect unencrypted</source>
        <translation>Unverschlüsselt verbinden</translation>
    </message>
    <message>
        <source>Give the IMAP server&apos;s name.</source>
        <translation>Geben Sie den Namen des IMAP-Servers an.</translation>
    </message>
    <message>
        <source>IMAP folders</source>
        <translation>IMAP-Ordner</translation>
    </message>
    <message>
        <source>Listing the folders of {host}…</source>
        <translation>Die Ordner von {host} werden aufgelistet …</translation>
    </message>
</context>
<context>
    <name>MailingOneToOneDialog</name>
    <message>
        <source>Email {display_name}</source>
        <translation>E-Mail an {display_name}</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>{display_name} has no email address.</source>
        <translation>{display_name} hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Opted out of email</source>
        <translation>Hat E-Mails abbestellt</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
</context>
<context>
    <name>MailingPostDialog</name>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Adressetiketten</translation>
    </message>
    <message>
        <source>Choose who gets the {kind}…</source>
        <translation>Empfänger wählen ({kind}) …</translation>
    </message>
    <message>
        <source>Everyone who may receive post</source>
        <translation>Alle, die Post erhalten dürfen</translation>
    </message>
    <message>
        <source>Tagged {name}</source>
        <translation>Mit Schlagwort {name}</translation>
    </message>
    <message>
        <source>Only contacts matching this search (optional)</source>
        <translation>Nur Kontakte, die zu dieser Suche passen (optional)</translation>
    </message>
    <message>
        <source>Load template…</source>
        <translation>Vorlage laden …</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Als Vorlage speichern …</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Avery L7160 (A4, 21 labels)</source>
        <translation>Avery L7160 (A4, 21 Etiketten)</translation>
    </message>
    <message>
        <source>Avery 5160 (US Letter, 30 labels)</source>
        <translation>Avery 5160 (US Letter, 30 Etiketten)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Make PDF</source>
        <translation>PDF erstellen</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Senden an:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Suche:</translation>
    </message>
    <message>
        <source>Saved templates:</source>
        <translation>Gespeicherte Vorlagen:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Bogen:</translation>
    </message>
    <message>
        <source>First free label:</source>
        <translation>Erstes freies Etikett:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation>Gespeicherte Vorlagen</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Bogen</translation>
    </message>
    <message>
        <source>First free label</source>
        <translation>Erstes freies Etikett</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Left out, with the reason</source>
        <translation>Ausgelassen, mit Grund</translation>
    </message>
    <message>
        <source>Choose who gets them first.</source>
        <translation>Wählen Sie zuerst die Empfänger.</translation>
    </message>
    <message>
        <source>Saved templates…</source>
        <translation>Gespeicherte Vorlagen …</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Noch keine gespeichert</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Saved the template {stored!r}.</source>
        <translation>Die Vorlage {stored!r} wurde gespeichert.</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template {name!r}?</source>
        <translation>Die Vorlage {name!r} löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Wrote {included} {kind} to {out}.</source>
        <translation>{included} {kind} nach {out} geschrieben.</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Briefvorlage</translation>
    </message>
    <message>
        <source>Subject: News from {business_name}
Dear {first_name|customer},



Kind regards
{business_name}</source>
        <translation>Subject: Neuigkeiten von {business_name}
Guten Tag {first_name|customer},



Freundliche Grüße
{business_name}</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read {value}: {exc}</source>
        <translation>{value} lässt sich nicht lesen: {exc}</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>PDF speichern unter</translation>
    </message>
    <message>
        <source>Choose who gets the {kind} first.</source>
        <translation>Wählen Sie zuerst die Empfänger ({kind}).</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Wählen Sie, wo das PDF gespeichert wird.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation>{name} gibt es in {parent} bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Checking consent and addresses, then making the PDF…</source>
        <translation>Einwilligungen und Adressen werden geprüft, dann wird das PDF erstellt …</translation>
    </message>
    <message>
        <source>{error} Everyone left out is listed with the reason:</source>
        <translation>{error} Alle Ausgelassenen stehen mit Grund in der Liste:</translation>
    </message>
    <message>
        <source>Wrote {included} {kind} to {out}. {count} contacts left out:</source>
        <translation>{included} ({kind}) in {out} geschrieben. {count} Kontakte ausgelassen:</translation>
    </message>
</context>
<context>
    <name>MailingRecipientsPage</name>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Only contacts who gave express consent to email, and did not opt out, receive a mailing.</source>
        <translation>Ein Mailing erhalten nur Kontakte, die E-Mails ausdrücklich zugestimmt und sich nicht abgemeldet haben.</translation>
    </message>
    <message>
        <source>Only contacts matching this search (optional)</source>
        <translation>Nur Kontakte, die zu dieser Suche passen (optional)</translation>
    </message>
    <message>
        <source>Check recipients</source>
        <translation>Empfänger prüfen</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Schlagwort:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Suche:</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Checking consent and addresses…</source>
        <translation>Einwilligungen und Adressen werden geprüft …</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will receive this mailing.</source>
        <translation>
            <numerusform>%n Kontakt erhält dieses Mailing.</numerusform>
            <numerusform>%n Kontakte erhalten dieses Mailing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out:</source>
        <translation>
            <numerusform>%n ausgelassen:</numerusform>
            <numerusform>%n ausgelassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>No one in {what} may receive a mailing ({count} left out).</source>
        <translation>Niemand in {what} darf ein Mailing erhalten ({count} ausgelassen).</translation>
    </message>
    <message>
        <source>The selection changed: check the recipients again.</source>
        <translation>Die Auswahl hat sich geändert: Prüfen Sie die Empfänger erneut.</translation>
    </message>
</context>
<context>
    <name>MailingRepliesDialog</name>
    <message>
        <source>no contact</source>
        <translation>kein Kontakt</translation>
    </message>
    <message>
        <source>Opt-outs from replies</source>
        <translation>Abmeldungen aus Antworten</translation>
    </message>
    <message>
        <source>Take the selected replies as opt-out requests</source>
        <translation>Die ausgewählten Antworten als Abmeldungen übernehmen</translation>
    </message>
    <message>
        <source>Read {checked} messages: {count} ask to opt out, {count2} other replies for you to read, {automatic} automatic replies set aside. Nothing is recorded until you press the button.</source>
        <translation>{checked} Nachrichten gelesen: {count} bitten um Abmeldung, {count2} weitere Antworten zum Lesen, {automatic} automatische Antworten beiseitegelegt. Erfasst wird erst, wenn Sie die Schaltfläche drücken.</translation>
    </message>
    <message>
        <source>Replies that did not ask in words ContactWeb knows. Read them: a request to stop in other words is still a request.</source>
        <translation>Antworten, die nicht mit Worten fragen, die ContactWeb kennt. Lesen Sie sie: Eine Bitte um Abmeldung in anderen Worten bleibt eine Bitte.</translation>
    </message>
    <message>
        <source>No other replies to read.</source>
        <translation>Keine weiteren Antworten zu lesen.</translation>
    </message>
    <message>
        <source>Record {to_record} opt-outs</source>
        <translation>{to_record} Abmeldungen erfassen</translation>
    </message>
    <message>
        <source>Recorded {recorded} opt-outs, each with its message as evidence.</source>
        <translation>{recorded} Abmeldungen erfasst, jede mit ihrer Nachricht als Nachweis.</translation>
    </message>
</context>
<context>
    <name>MailingReportPage</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message>
        <source>Nothing was sent: {error}</source>
        <translation>Nichts wurde gesendet: {error}</translation>
    </message>
    <message>
        <source>Mailing {id} was queued but sending stopped: {error} Use &apos;Resume sending&apos; on the Mailings page.</source>
        <translation>Mailing {id} wurde eingereiht, aber das Senden hat angehalten: {error} Verwenden Sie „Senden fortsetzen“ auf der Seite „Mailings“.</translation>
    </message>
    <message>
        <source>Mailing {id}: sent {sent} of {queued}.</source>
        <translation>Mailing {id}: {sent} von {queued} gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them were handed to the server without its confirmation (not sent again; see the outbox).</source>
        <translation>
            <numerusform>%n davon wurde dem Server ohne dessen Bestätigung übergeben (nicht erneut gesendet; siehe Postausgang).</numerusform>
            <numerusform>%n davon wurden dem Server ohne dessen Bestätigung übergeben (nicht erneut gesendet; siehe Postausgang).</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: {left_out}. Failed: {failed}.</source>
        <translation>Ausgelassen: {left_out}. Fehlgeschlagen: {failed}.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait in the outbox: use &apos;Resume sending&apos; on the Mailings page.</source>
        <translation>
            <numerusform>%n Nachricht wartet im Postausgang: Verwenden Sie „Senden fortsetzen“ auf der Seite „Mailings“.</numerusform>
            <numerusform>%n Nachrichten warten im Postausgang: Verwenden Sie „Senden fortsetzen“ auf der Seite „Mailings“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailingRetryTimer</name>
    <message>
        <source>Sending stopped.</source>
        <translation>Das Senden wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>MailingSendPage</name>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <source>Queueing the mailing…</source>
        <translation>Das Mailing wird eingereiht …</translation>
    </message>
    <message>
        <source>Sent or checked {done} of {total} messages…</source>
        <translation>{done} von {total} Nachrichten gesendet oder geprüft …</translation>
    </message>
    <message>
        <source>Stopping after the message in hand…</source>
        <translation>Hält nach der laufenden Nachricht an …</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
</context>
<context>
    <name>MailingSettingsDialog</name>
    <message>
        <source>Mailing settings</source>
        <translation>Mailing-Einstellungen</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (Port 465)</translation>
    </message>
    <message>
        <source>None (trusted network only)</source>
        <translation>Keine (nur vertrauenswürdiges Netz)</translation>
    </message>
    <message>
        <source>stored in the {place}; leave empty to keep it</source>
        <translation>gespeichert in: {place}; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>keines gespeichert</translation>
    </message>
    <message>
        <source>the name every mailing&apos;s footer carries</source>
        <translation>der Name in der Fußzeile jedes Mailings</translation>
    </message>
    <message>
        <source>Street
Town and postcode
Country</source>
        <translation>Straße
Postleitzahl und Ort
Land</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <source> messages per minute</source>
        <translation> Nachrichten pro Minute</translation>
    </message>
    <message>
        <source>Send a test to myself…</source>
        <translation>Test an mich senden …</translation>
    </message>
    <message>
        <source>Sends one real message with these settings, saved or not</source>
        <translation>Sendet eine echte Nachricht mit diesen Einstellungen, gespeichert oder nicht</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>SMTP-Server:</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Firmenname:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Absendername:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Absenderadresse:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Postanschrift:</translation>
    </message>
    <message>
        <source>Throttle:</source>
        <translation>Drosselung:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Server-Zertifikat:</translation>
    </message>
    <message>
        <source>Send a test to myself</source>
        <translation>Test an mich senden</translation>
    </message>
    <message>
        <source>Send the test message to:</source>
        <translation>Die Testnachricht senden an:</translation>
    </message>
    <message>
        <source>Sending a test message to {value}…</source>
        <translation>Eine Testnachricht wird an {value} gesendet …</translation>
    </message>
</context>
<context>
    <name>MailingWizard</name>
    <message>
        <source>New email mailing</source>
        <translation>Neues E-Mail-Mailing</translation>
    </message>
</context>
<context>
    <name>MailingsTab</name>
    <message>
        <source>New email mailing…</source>
        <translation>Neues E-Mail-Mailing …</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Senden fortsetzen</translation>
    </message>
    <message>
        <source>Retry failed…</source>
        <translation>Fehlgeschlagene erneut senden …</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Briefe …</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Etiketten …</translation>
    </message>
    <message>
        <source>Process replies…</source>
        <translation>Antworten verarbeiten …</translation>
    </message>
    <message>
        <source>Replies from IMAP…</source>
        <translation>Antworten aus IMAP …</translation>
    </message>
    <message>
        <source>Record opt-out from a reply…</source>
        <translation>Abmeldung aus einer Antwort erfassen …</translation>
    </message>
    <message>
        <source>Mailing settings…</source>
        <translation>Mailing-Einstellungen …</translation>
    </message>
    <message>
        <source>Release the claim…</source>
        <translation>Anspruch freigeben …</translation>
    </message>
    <message>
        <source>Mailings are sent by managers and administrators.</source>
        <translation>Mailings versenden Manager und Administratoren.</translation>
    </message>
    <message>
        <source>Set these with &quot;Mailing settings…&quot; above.</source>
        <translation>Richten Sie das oben unter „Mailing-Einstellungen …“ ein.</translation>
    </message>
    <message>
        <source>An administrator sets these in Mailing settings.</source>
        <translation>Ein Administrator richtet das in den Mailing-Einstellungen ein.</translation>
    </message>
    <message>
        <source>Retry failed messages</source>
        <translation>Fehlgeschlagene Nachrichten erneut senden</translation>
    </message>
    <message>
        <source>Try every failed message of this mailing again? Their addresses will no longer be marked undeliverable.</source>
        <translation>Jede fehlgeschlagene Nachricht dieses Mailings erneut versuchen? Ihre Adressen gelten dann nicht mehr als unzustellbar.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>This mailing has no failed messages.</source>
        <translation>Dieses Mailing hat keine fehlgeschlagenen Nachrichten.</translation>
    </message>
    <message>
        <source>Deferred messages are being tried again right now; resume when that run has finished.</source>
        <translation>Zurückgestellte Nachrichten werden gerade erneut versucht; setzen Sie fort, wenn dieser Lauf beendet ist.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Sending what waits in the outbox…</source>
        <translation>Was im Postausgang wartet, wird gesendet …</translation>
    </message>
    <message>
        <source>Sending stopped.</source>
        <translation>Das Senden wurde angehalten.</translation>
    </message>
    <message>
        <source>Sent {sent}, failed {failed}, no longer eligible {excluded}.</source>
        <translation>Gesendet {sent}, fehlgeschlagen {failed}, nicht mehr berechtigt {excluded}.</translation>
    </message>
    <message>
        <source>{count} still wait; the next attempt at {when} UTC.</source>
        <translation>{count} warten noch; nächster Versuch um {when} UTC.</translation>
    </message>
    <message>
        <source>{count} still wait.</source>
        <translation>{count} warten noch.</translation>
    </message>
    <message>
        <source>Deferred messages tried again: </source>
        <translation>Zurückgestellte Nachrichten erneut versucht: </translation>
    </message>
    <message>
        <source>Deferred messages are due, but were not sent: {message}</source>
        <translation>Zurückgestellte Nachrichten sind fällig, wurden aber nicht gesendet: {message}</translation>
    </message>
    <message>
        <source>Release the claim</source>
        <translation>Anspruch freigeben</translation>
    </message>
    <message>
        <source>Release this mailing from the desktop that was sending it? Do this only when that desktop is gone for good (it is refused while that desktop is still connected). Messages it had handed to the mail server without a recorded outcome will count as sent and not be sent again; Resume sending then sends the rest from this computer.</source>
        <translation>Dieses Mailing vom Desktop lösen, der es gesendet hat? Tun Sie das nur, wenn dieser Desktop endgültig weg ist (abgelehnt, solange er noch verbunden ist). Nachrichten, die er ohne erfasstes Ergebnis an den Mailserver übergeben hatte, gelten als gesendet und werden nicht erneut gesendet; „Senden fortsetzen“ sendet dann den Rest von diesem Computer.</translation>
    </message>
    <message numerus="yes">
        <source>Released the claim: %n message(s) handed over by the lost desktop count as sent. Resume sending to send the rest.</source>
        <translation>
            <numerusform>Anspruch freigegeben: %n vom verlorenen Desktop übergebene Nachricht gilt als gesendet. „Senden fortsetzen“ sendet den Rest.</numerusform>
            <numerusform>Anspruch freigegeben: %n vom verlorenen Desktop übergebene Nachrichten gelten als gesendet. „Senden fortsetzen“ sendet den Rest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replies: .eml files or an mbox file</source>
        <translation>Antworten: .eml-Dateien oder eine mbox-Datei</translation>
    </message>
    <message>
        <source>Mail (*.eml *.mbox *.mbx);;All (*)</source>
        <translation>E-Mail (*.eml *.mbox *.mbx);;Alle (*)</translation>
    </message>
    <message>
        <source>Reading replies</source>
        <translation>Antworten werden gelesen</translation>
    </message>
    <message>
        <source>Looking for requests to unsubscribe…</source>
        <translation>Bitten um Abmeldung werden gesucht …</translation>
    </message>
    <message>
        <source>Reading {folder} on {host}…</source>
        <translation>{folder} auf {host} wird gelesen …</translation>
    </message>
    <message>
        <source>Not read in full</source>
        <translation>Nicht vollständig gelesen</translation>
    </message>
    <message>
        <source>Only the text of these messages was read:
</source>
        <translation>Von diesen Nachrichten wurde nur der Text gelesen:
</translation>
    </message>
    <message>
        <source>Recorded {recorded} opt-outs from replies.</source>
        <translation>{recorded} Abmeldungen aus Antworten erfasst.</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Unzustellbare</translation>
    </message>
    <message>
        <source>{count} bounces say mail cannot reach {shown}{value}. Mark these addresses undeliverable, so later mailings leave them out?</source>
        <translation>{count} Rückläufer melden, dass Post {shown}{value} nicht erreicht. Diese Adressen als unzustellbar markieren, damit spätere Mailings sie auslassen?</translation>
    </message>
    <message>
        <source>Mark undeliverable</source>
        <translation>Als unzustellbar markieren</translation>
    </message>
    <message>
        <source>Marked {marked} contacts&apos; addresses undeliverable.</source>
        <translation>Die Adressen von {marked} Kontakten als unzustellbar markiert.</translation>
    </message>
    <message>
        <source>The reply (.eml)</source>
        <translation>Die Antwort (.eml)</translation>
    </message>
    <message>
        <source>Mail (*.eml);;All (*)</source>
        <translation>E-Mail (*.eml);;Alle (*)</translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation>Abmeldung erfassen</translation>
    </message>
    <message>
        <source>No contact has the address {address}.</source>
        <translation>Kein Kontakt hat die Adresse {address}.</translation>
    </message>
    <message>
        <source>Record that {names} ({address}) opted out of email, with this reply as evidence?</source>
        <translation>Erfassen, dass {names} ({address}) E-Mails abbestellt hat, mit dieser Antwort als Nachweis?</translation>
    </message>
    <message>
        <source>Recorded the opt-out of {names}.</source>
        <translation>Die Abmeldung von {names} wurde erfasst.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Neuer Kontakt …</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>Mein Passwort ä&amp;ndern …</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Log a call with the selected contact…</source>
        <translation>&amp;Anruf mit dem ausgewählten Kontakt erfassen …</translation>
    </message>
    <message>
        <source>&amp;Print the selected contacts&apos; dossier…</source>
        <translation>Dossier der ausgewählten Kontakte &amp;drucken …</translation>
    </message>
    <message>
        <source>Save the selected contacts&apos; dossier as P&amp;DF…</source>
        <translation>Dossier der ausgewählten Kontakte als P&amp;DF speichern …</translation>
    </message>
    <message>
        <source>Erasure &amp;receipts…</source>
        <translation>&amp;Löschbestätigungen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Sprache …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About ContactWeb</source>
        <translation>&amp;Über ContactWeb</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock ContactWeb (Ctrl+L): the vault closes until you sign in again.</source>
        <translation>ContactWeb sperren (Strg+L): Der Tresor bleibt geschlossen, bis Sie sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out: the vault closes and the next person signs in with their own password.</source>
        <translation>Abmelden: Der Tresor schließt sich, und die nächste Person meldet sich mit ihrem eigenen Passwort an.</translation>
    </message>
    <message>
        <source>Signed in as {username} ({role})</source>
        <translation>Angemeldet als {username} ({role})</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Your new password works from the next sign-in.</source>
        <translation>Ihr neues Passwort gilt ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>About ContactWeb</source>
        <translation>Über ContactWeb</translation>
    </message>
    <message>
        <source>ContactWeb {version__}

A privacy-first CRM for small businesses. Contacts, communications, recordings and sales stay in an encrypted vault on this computer.

The command line (&apos;contactweb --help&apos;) does the same work without a window.</source>
        <translation>ContactWeb {version__}

Ein CRM für kleine Unternehmen, das die Privatsphäre an erste Stelle setzt. Kontakte, Kommunikation, Aufnahmen und Verkäufe bleiben in einem verschlüsselten Tresor auf diesem Computer.

Die Befehlszeile (&apos;contactweb --help&apos;) erledigt dieselbe Arbeit ohne Fenster.</translation>
    </message>
</context>
<context>
    <name>MergeChoicesWidget</name>
    <message>
        <source>opted out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>consented</source>
        <translation>eingewilligt</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Email ({label}): {address}</source>
        <translation>E-Mail ({label}): {address}</translation>
    </message>
    <message>
        <source>Phone ({label}): {number}</source>
        <translation>Telefon ({label}): {number}</translation>
    </message>
    <message>
        <source>Address ({label}): {address}</source>
        <translation>Anschrift ({label}): {address}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nichts erfasst</translation>
    </message>
    <message>
        <source>Consent: {consent}</source>
        <translation>Einwilligung: {consent}</translation>
    </message>
    <message>
        <source>Communications: {count}</source>
        <translation>Kommunikation: {count}</translation>
    </message>
    <message>
        <source>Sales: {count}</source>
        <translation>Verkäufe: {count}</translation>
    </message>
    <message>
        <source>Reminders: {count}</source>
        <translation>Erinnerungen: {count}</translation>
    </message>
    <message>
        <source>Contact kept</source>
        <translation>Behaltener Kontakt</translation>
    </message>
    <message>
        <source>Contact merged into it</source>
        <translation>Hineingeführter Kontakt</translation>
    </message>
    <message>
        <source>Where they differ, keep:</source>
        <translation>Wo sie sich unterscheiden, behalten:</translation>
    </message>
    <message>
        <source>Emails, phones, addresses, tags, notes and all history are united; an opt-out on either side stays.</source>
        <translation>E-Mails, Telefone, Adressen, Schlagwörter, Notizen und der gesamte Verlauf werden vereint; eine Abmeldung auf einer der beiden Seiten bleibt bestehen.</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anderer</translation>
    </message>
</context>
<context>
    <name>MergeHistoryTableModel</name>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>can be undone</source>
        <translation>kann rückgängig gemacht werden</translation>
    </message>
</context>
<context>
    <name>MergeHistoryWidget</name>
    <message>
        <source>Merges made</source>
        <translation>Vorgenommene Zusammenführungen</translation>
    </message>
    <message>
        <source>Undo this merge</source>
        <translation>Diese Zusammenführung rückgängig machen</translation>
    </message>
    <message>
        <source>Put both contacts back as they were before this merge; what was added to the kept one since stays with it.</source>
        <translation>Beide Kontakte wiederherstellen, wie sie vor dieser Zusammenführung waren; was dem behaltenen seither hinzugefügt wurde, bleibt bei ihm.</translation>
    </message>
    <message numerus="yes">
        <source>%n merge(s), {open_ones} can be undone.</source>
        <translation>
            <numerusform>%n Zusammenführung, {open_ones} lassen sich rückgängig machen.</numerusform>
            <numerusform>%n Zusammenführungen, {open_ones} lassen sich rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No merges yet.</source>
        <translation>Noch keine Zusammenführungen.</translation>
    </message>
    <message>
        <source>Could not read the merges: {error}</source>
        <translation>Die Zusammenführungen ließen sich nicht lesen: {error}</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Zusammenführung rückgängig machen</translation>
    </message>
    <message>
        <source>Put {merged_name} (#{merged_id}) back as a contact of its own and {kept_name} as it was before the merge?</source>
        <translation>{merged_name} (#{merged_id}) wieder als eigenen Kontakt herstellen und {kept_name} wie vor der Zusammenführung?</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Ein neues Passwort wählen</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Mein Passwort ändern</translation>
    </message>
    <message>
        <source>Your administrator set a temporary password. Choose your own password now; nobody else will know it.</source>
        <translation>Ihr Administrator hat ein vorläufiges Passwort vergeben. Wählen Sie jetzt Ihr eigenes; niemand sonst wird es kennen.</translation>
    </message>
    <message>
        <source>Your password unlocks the vault for you. Other users&apos; passwords do not change.</source>
        <translation>Ihr Passwort entsperrt den Tresor für Sie. Die Passwörter der anderen ändern sich nicht.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Neues Passwort wiederholen:</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>The connection to the team server was lost, so this was not saved. What you typed is kept here: ContactWeb connects again by itself, so try again in a moment (or check the office network).</source>
        <translation>Die Verbindung zum Team-Server ist abgerissen, deshalb wurde nichts gespeichert. Ihre Eingaben bleiben hier erhalten: ContactWeb verbindet sich von selbst neu, versuchen Sie es also gleich noch einmal (oder prüfen Sie das Büronetz).</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}: {error}</source>
        <translation>Unerwarteter Fehler: {kind}: {error}</translation>
    </message>
    <message>
        <source>The vault is locked. Sign in again.</source>
        <translation>Der Tresor ist gesperrt. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>OutcomeLine</name>
    <message>
        <source>Details…</source>
        <translation>Details …</translation>
    </message>
    <message>
        <source>The technical details, for whoever supports you</source>
        <translation>Die technischen Einzelheiten, für Ihren Support</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Mailings</source>
        <translation>Mailings</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
</context>
<context>
    <name>PasswordRevealAction</name>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
</context>
<context>
    <name>PasswordStrengthWidget</name>
    <message>
        <source>Too weak</source>
        <translation>Zu schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>At least 12 characters with letters, digits and a symbol, or a passphrase of 20 or more characters.</source>
        <translation>Mindestens 12 Zeichen mit Buchstaben, Ziffern und einem Sonderzeichen oder eine Passphrase mit 20 oder mehr Zeichen.</translation>
    </message>
    <message>
        <source>Strength: {word}</source>
        <translation>Stärke: {word}</translation>
    </message>
</context>
<context>
    <name>PdfPrinter</name>
    <message>
        <source>Print {title}</source>
        <translation>{title} drucken</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>Druckvorschau: {title}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker ließ sich nicht starten.</translation>
    </message>
</context>
<context>
    <name>PeriodFilterWidget</name>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert …</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Bis (einschließlich)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>gesamter Zeitraum</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Export what we hold…</source>
        <translation>Gespeicherte Daten exportieren …</translation>
    </message>
    <message>
        <source>Everything about this contact as JSON, files and a PDF summary, to answer an access request.</source>
        <translation>Alles über diesen Kontakt als JSON, Dateien und PDF-Zusammenfassung, um ein Auskunftsersuchen zu beantworten.</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Legal hold…</source>
        <translation>Aufbewahrungspflicht …</translation>
    </message>
    <message>
        <source>Release legal hold…</source>
        <translation>Aufbewahrungspflicht aufheben …</translation>
    </message>
    <message>
        <source>Let the contact be erased and purged again.</source>
        <translation>Den Kontakt wieder löschen und bereinigen lassen.</translation>
    </message>
    <message>
        <source>Keep this contact: no erasure and no retention purge until released.</source>
        <translation>Diesen Kontakt aufbewahren: keine Löschung und keine Bereinigung, bis die Pflicht aufgehoben wird.</translation>
    </message>
    <message>
        <source>Under a legal hold: release it before erasing.</source>
        <translation>Unter Aufbewahrungspflicht: Heben Sie sie vor dem Löschen auf.</translation>
    </message>
    <message>
        <source>Remove this contact and everything about them for good.</source>
        <translation>Diesen Kontakt und alles über ihn endgültig entfernen.</translation>
    </message>
    <message>
        <source>Where should the access report go?</source>
        <translation>Wohin soll der Auskunftsbericht?</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Auskunftsbericht</translation>
    </message>
    <message>
        <source>The access report was written to {parent}.

It holds personal data: hand it only to the person it is about.</source>
        <translation>Der Auskunftsbericht wurde in {parent} geschrieben.

Er enthält personenbezogene Daten: Geben Sie ihn nur der Person, um die es geht.</translation>
    </message>
    <message>
        <source>Release legal hold</source>
        <translation>Aufbewahrungspflicht aufheben</translation>
    </message>
    <message>
        <source>Release the legal hold? The contact can then be erased and the retention rules apply to it again.</source>
        <translation>Die Aufbewahrungspflicht aufheben? Der Kontakt kann dann gelöscht werden, und die Aufbewahrungsregeln gelten wieder für ihn.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Aufbewahrungspflicht</translation>
    </message>
    <message>
        <source>Why must this contact be kept? Give the case or request (for example &quot;Case 2026-17&quot;); the reason goes into the audit log, so no names.</source>
        <translation>Warum muss dieser Kontakt aufbewahrt werden? Nennen Sie den Fall oder die Anfrage (zum Beispiel &quot;Fall 2026-17&quot;); der Grund kommt ins Prüfprotokoll, also keine Namen.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet …</translation>
    </message>
</context>
<context>
    <name>ReceiptOutput</name>
    <message>
        <source>Save erasure receipt</source>
        <translation>Löschbestätigung speichern</translation>
    </message>
    <message>
        <source>Erasure receipt {id}</source>
        <translation>Löschbeleg {id}</translation>
    </message>
    <message>
        <source>Print erasure receipt</source>
        <translation>Löschbestätigung drucken</translation>
    </message>
</context>
<context>
    <name>RememberedColumns</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ReminderTableModel</name>
    <message>
        <source>Overdue since {when}</source>
        <translation>Überfällig seit {when}</translation>
    </message>
    <message>
        <source>Due {when}</source>
        <translation>Fällig {when}</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(kein Kontakt)</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>heute {time}</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Save the report as</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} gibt es in {folder} bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Making a report</source>
        <translation>Bericht wird erstellt</translation>
    </message>
    <message>
        <source>Making the report “{title}”…</source>
        <translation>Der Bericht „{title}“ wird erstellt …</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Contact directory</source>
        <translation>Kontaktverzeichnis</translation>
    </message>
    <message>
        <source>Everyone in a selection, grouped A to Z, with phones, emails and city.</source>
        <translation>Alle in einer Auswahl, von A bis Z gruppiert, mit Telefonen, E-Mails und Ort.</translation>
    </message>
    <message>
        <source>Contact dossier</source>
        <translation>Kontaktdossier</translation>
    </message>
    <message>
        <source>Every detail of the chosen contacts: consent history, communications, sales and open reminders, each contact from a new page of one PDF.</source>
        <translation>Jede Angabe zu den gewählten Kontakten: Einwilligungsverlauf, Kommunikation, Verkäufe und offene Erinnerungen, jeder Kontakt auf einer neuen Seite eines PDFs.</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>Verkaufsbericht</translation>
    </message>
    <message>
        <source>Totals by month, product and customer for a period, per currency.</source>
        <translation>Summen nach Monat, Produkt und Kunde für einen Zeitraum, je Währung.</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Aktivitätsbericht</translation>
    </message>
    <message>
        <source>Communications per user and kind, week by week.</source>
        <translation>Kommunikation je Benutzer und Art, Woche für Woche.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Counts by status, tag and region and sales totals, with no personal data: safe to share outside the business.</source>
        <translation>Anzahlen nach Status, Schlagwort und Region sowie Verkaufssummen, ohne personenbezogene Daten: unbedenklich außerhalb des Unternehmens weiterzugeben.</translation>
    </message>
    <message>
        <source>None chosen: select contacts on the Contacts page, right-click and choose &quot;Save dossier as PDF…&quot; or &quot;Print dossier…&quot;.</source>
        <translation>Keine gewählt: Markieren Sie Kontakte auf der Seite „Kontakte“, klicken Sie mit der rechten Maustaste und wählen Sie „Dossier als PDF speichern …“ oder „Dossier drucken …“.</translation>
    </message>
    <message>
        <source>Only contacts matching this search (optional)</source>
        <translation>Nur Kontakte, die zu dieser Suche passen (optional)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Druckvorschau …</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Schlagwort:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Suche:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Bericht wird erstellt …</translation>
    </message>
    <message>
        <source>Making the report to print…</source>
        <translation>Bericht zum Drucken wird erstellt …</translation>
    </message>
    <message>
        <source>Saved {file} ({size} KB).</source>
        <translation>{file} gespeichert ({size} KB).</translation>
    </message>
    <message>
        <source>Sent the report “{title}” to the printer.</source>
        <translation>Der Bericht „{title}“ wurde an den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>RestoredCopyWidget</name>
    <message>
        <source>Restored copy</source>
        <translation>Wiederhergestellte Kopie</translation>
    </message>
    <message>
        <source>Make it a new vault…</source>
        <translation>Zu einem neuen Tresor machen …</translation>
    </message>
    <message>
        <source>Keep this copy as a vault of its own, with backups to a destination of its own</source>
        <translation>Diese Kopie als eigenen Tresor behalten, mit Sicherungen an ein eigenes Ziel</translation>
    </message>
    <message>
        <source>Replace the live vault…</source>
        <translation>Den aktiven Tresor ersetzen …</translation>
    </message>
    <message>
        <source>Put this copy in place of the live vault; the live vault&apos;s files are kept aside</source>
        <translation>Diese Kopie an die Stelle des aktiven Tresors setzen; dessen Dateien werden beiseitegelegt</translation>
    </message>
    <message>
        <source>{what} The live vault is in {source_folder}. Until you adopt this copy it has no backup destination and no schedule.</source>
        <translation>{what} Der aktive Tresor liegt in {source_folder}. Bis Sie diese Kopie übernehmen, hat sie kein Sicherungsziel und keinen Zeitplan.</translation>
    </message>
    <message>
        <source>Make it a new vault</source>
        <translation>Zu einem neuen Tresor machen</translation>
    </message>
    <message>
        <source>Keep this copy as a vault of its own? It gets its own backups: choose a destination for them afterwards (the live vault&apos;s destination refuses it). The live vault is not changed.</source>
        <translation>Diese Kopie als eigenen Tresor behalten? Sie erhält eigene Sicherungen: Wählen Sie danach ein Ziel dafür (das Ziel des aktiven Tresors lehnt sie ab). Der aktive Tresor bleibt unverändert.</translation>
    </message>
    <message>
        <source>Replace the live vault</source>
        <translation>Den aktiven Tresor ersetzen</translation>
    </message>
    <message>
        <source>Put this copy in place of the live vault in {source_folder}? Everything changed in the live vault since this backup was taken is set aside with it (its files are kept as *.before-adopt-*). The copy takes over the live vault&apos;s backups, and you sign in again. Close ContactWeb wherever the live vault is open first.</source>
        <translation>Diese Kopie an die Stelle des aktiven Tresors in {source_folder} setzen? Alles, was sich im aktiven Tresor seit dieser Sicherung geändert hat, wird mit ihm beiseitegelegt (seine Dateien bleiben als *.before-adopt-* erhalten). Die Kopie übernimmt die Sicherungen des aktiven Tresors, und Sie melden sich erneut an. Schließen Sie ContactWeb zuerst überall, wo der aktive Tresor geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>RetentionRunDialog</name>
    <message>
        <source>Call recordings older than {days} days that would be deleted (the call entries stay): {count}.</source>
        <translation>Gesprächsaufnahmen älter als {days} Tage, die gelöscht würden (die Anrufeinträge bleiben): {count}.</translation>
    </message>
    <message>
        <source>Contacts closed more than {years} years ago that would be purged, each leaving only an erasure record: {count}.</source>
        <translation>Kontakte, die vor mehr als {years} Jahren geschlossen wurden und bereinigt würden (jeweils bliebe nur ein Löschnachweis): {count}.</translation>
    </message>
    <message>
        <source>Finished outgoing messages older than {days} days that would be removed: {count}.</source>
        <translation>Abgeschlossene ausgehende Nachrichten älter als {days} Tage, die entfernt würden: {count}.</translation>
    </message>
    <message>
        <source>Call recordings older than {days} days deleted (the call entries stay): {count}.</source>
        <translation>Gelöschte Gesprächsaufnahmen älter als {days} Tage (die Anrufeinträge bleiben): {count}.</translation>
    </message>
    <message>
        <source>Contacts closed more than {years} years ago purged, each leaving only an erasure record: {count}.</source>
        <translation>Bereinigte Kontakte, die vor mehr als {years} Jahren geschlossen wurden (jeweils bleibt nur ein Löschnachweis): {count}.</translation>
    </message>
    <message>
        <source>Finished outgoing messages older than {days} days removed: {count}.</source>
        <translation>Entfernte abgeschlossene ausgehende Nachrichten älter als {days} Tage: {count}.</translation>
    </message>
    <message>
        <source>Kept under a legal hold: {contacts} contact(s), {recordings} recording(s).</source>
        <translation>Unter rechtlicher Sperre behalten: {contacts} Kontakt(e), {recordings} Aufnahme(n).</translation>
    </message>
    <message>
        <source>Contacts to be purged:</source>
        <translation>Zu bereinigende Kontakte:</translation>
    </message>
    <message>
        <source>Contacts purged:</source>
        <translation>Bereinigte Kontakte:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>Run retention now</source>
        <translation>Aufbewahrungsregeln jetzt anwenden</translation>
    </message>
    <message>
        <source>The retention rules (Administration → Settings) remove old call recordings, contacts closed long ago and finished outgoing messages. They run by themselves once a day; this is what they would remove now.</source>
        <translation>Die Aufbewahrungsregeln (Verwaltung → Einstellungen) entfernen alte Gesprächsaufnahmen, lange geschlossene Kontakte und erledigte ausgehende Nachrichten. Sie laufen einmal täglich von selbst; dies würden sie jetzt entfernen.</translation>
    </message>
    <message>
        <source>Checking what the rules would remove…</source>
        <translation>Prüfe, was die Regeln entfernen würden …</translation>
    </message>
    <message>
        <source>Purge now…</source>
        <translation>Jetzt bereinigen …</translation>
    </message>
    <message>
        <source>Nothing is due: the rules would remove nothing now.</source>
        <translation>Nichts ist fällig: Die Regeln würden jetzt nichts entfernen.</translation>
    </message>
    <message>
        <source>Could not run the retention rules: {problem}</source>
        <translation>Die Aufbewahrungsregeln ließen sich nicht anwenden: {problem}</translation>
    </message>
    <message>
        <source>Purge now</source>
        <translation>Jetzt bereinigen</translation>
    </message>
    <message>
        <source>Remove what is listed? Purged contacts and recordings cannot be brought back; only erasure records stay.</source>
        <translation>Das Aufgeführte entfernen? Bereinigte Kontakte und Aufnahmen lassen sich nicht zurückholen; nur Löschnachweise bleiben.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Purging what the retention rules remove…</source>
        <translation>Was die Aufbewahrungsregeln entfernen, wird bereinigt …</translation>
    </message>
    <message>
        <source>Done. The vault file was cleaned so that nothing removed stays on disk.</source>
        <translation>Fertig. Die Tresordatei wurde bereinigt, sodass nichts Entferntes auf der Festplatte bleibt.</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Add a sale</source>
        <translation>Einen Verkauf hinzufügen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>product or service</source>
        <translation>Produkt oder Leistung</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Line {row} product</source>
        <translation>Zeile {row}, Produkt</translation>
    </message>
    <message>
        <source>Line {row} quantity</source>
        <translation>Zeile {row}, Menge</translation>
    </message>
    <message>
        <source>Line {row} unit price</source>
        <translation>Zeile {row}, Stückpreis</translation>
    </message>
    <message>
        <source>Line {number} needs a product.</source>
        <translation>Zeile {number} braucht ein Produkt.</translation>
    </message>
    <message>
        <source>Line {number}: {problem}</source>
        <translation>Zeile {number}: {problem}</translation>
    </message>
    <message>
        <source>Line {number}: {name} is a new product; give its unit price.</source>
        <translation>Zeile {number}: {name} ist ein neues Produkt; geben Sie seinen Stückpreis an.</translation>
    </message>
    <message>
        <source>Remove line {row}</source>
        <translation>Position {row} entfernen</translation>
    </message>
    <message>
        <source>Total: –</source>
        <translation>Summe: –</translation>
    </message>
    <message>
        <source>Total: {value}</source>
        <translation>Summe: {value}</translation>
    </message>
</context>
<context>
    <name>SaleStatuses</name>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Berechnet</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n Verkauf</numerusform>
            <numerusform>%n Verkäufe</numerusform>
        </translation>
    </message>
    <message>
        <source> ({description}). Total {counted}: {money}</source>
        <translation> ({description}). Summe {counted}: {money}</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
</context>
<context>
    <name>ServerTrustWidget</name>
    <message>
        <source>Trust a CA certificate…</source>
        <translation>Einem CA-Zertifikat vertrauen …</translation>
    </message>
    <message>
        <source>Pin the server&apos;s certificate…</source>
        <translation>Zertifikat des Servers festlegen …</translation>
    </message>
    <message>
        <source>System authorities only</source>
        <translation>Nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Trusted: {what}.</source>
        <translation>Vertrauenswürdig: {what}.</translation>
    </message>
    <message>
        <source>The business&apos;s CA certificate (PEM)</source>
        <translation>Das CA-Zertifikat des Unternehmens (PEM)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle (*)</translation>
    </message>
    <message>
        <source>Trust this certificate authority?</source>
        <translation>Dieser Zertifizierungsstelle vertrauen?</translation>
    </message>
    <message>
        <source>Servers with certificates from
{names}
will be trusted.</source>
        <translation>Servern mit Zertifikaten von
{names}
wird vertraut.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Server-Zertifikat</translation>
    </message>
    <message>
        <source>Reading the certificate of {host}:{port}…</source>
        <translation>Das Zertifikat von {host}:{port} wird gelesen …</translation>
    </message>
    <message>
        <source>Pin this certificate?</source>
        <translation>Dieses Zertifikat festlegen?</translation>
    </message>
    <message>
        <source>{host}:{port} presents
{certificate}

Compare the fingerprint with the one whoever runs the server gives you. Pin it only if they match.</source>
        <translation>{host}:{port} zeigt
{certificate}

Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Betreiber des Servers nennt. Legen Sie es nur fest, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>For S3 only a self-signed certificate can be pinned; trust the CA that issued it ({issuer}) instead.</source>
        <translation>Für S3 lässt sich nur ein selbst signiertes Zertifikat festlegen; vertrauen Sie stattdessen der ausstellenden CA ({issuer}).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Too many failed sign-ins.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen.</translation>
    </message>
    <message>
        <source>%n second(s)</source>
        <translation>%n Sekunde</translation>
    </message>
    <message>
        <source>Sign in to ContactWeb</source>
        <translation>Bei ContactWeb anmelden</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ContactWeb&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ContactWeb&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Other vault…</source>
        <translation>Anderer Tresor …</translation>
    </message>
    <message>
        <source>Team server…</source>
        <translation>Team-Server …</translation>
    </message>
    <message>
        <source>Connect to a team server: one contact base on PostgreSQL, shared by several computers</source>
        <translation>Mit einem Team-Server verbinden: ein Kontaktbestand auf PostgreSQL, den mehrere Computer teilen</translation>
    </message>
    <message>
        <source>your username</source>
        <translation>Ihr Benutzername</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Shared computer: sign out sooner, keep nothing here</source>
        <translation>Gemeinsam genutzter Computer: früher abmelden, nichts hier behalten</translation>
    </message>
    <message>
        <source>For a computer other people use too: ContactWeb signs out after a few minutes without use or when its window is minimised, remembers no username and stores no passwords in this computer&apos;s keyring.</source>
        <translation>Für einen Computer, den auch andere benutzen: ContactWeb meldet nach einigen Minuten ohne Nutzung oder beim Minimieren ab, merkt sich keinen Benutzernamen und legt keine Passwörter im Schlüsselbund dieses Computers ab.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Shared computer: set for the whole vault by an administrator</source>
        <translation>Gemeinsam genutzter Computer: von einem Administrator für den ganzen Tresor eingestellt</translation>
    </message>
    <message>
        <source>An administrator turned shared-computer mode on for the whole vault: ContactWeb signs out sooner, remembers no username and stores no passwords on any computer that opens it.</source>
        <translation>Ein Administrator hat den Modus für gemeinsam genutzte Computer für den ganzen Tresor eingeschaltet: ContactWeb meldet früher ab, merkt sich keinen Benutzernamen und speichert auf keinem Computer, der ihn öffnet, Passwörter.</translation>
    </message>
    <message>
        <source>Team server: {name} ({label})</source>
        <translation>Team-Server: {name} ({label})</translation>
    </message>
    <message>
        <source>Vault: {vault_dir}</source>
        <translation>Tresor: {vault_dir}</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Den Tresorordner wählen</translation>
    </message>
    <message>
        <source>There is no ContactWeb vault in {folder}.</source>
        <translation>In {folder} gibt es keinen ContactWeb-Tresor.</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Choose your own password to continue: sign in again with the temporary password when you are ready.</source>
        <translation>Wählen Sie Ihr eigenes Passwort, um fortzufahren: Melden Sie sich mit dem vorläufigen Passwort erneut an, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>{headline} You can try again in {wait}.</source>
        <translation>{headline} Sie können es in {wait} erneut versuchen.</translation>
    </message>
    <message>
        <source>{headline} You can try again now.</source>
        <translation>{headline} Sie können es jetzt erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>SignOutCountdownDialog</name>
    <message>
        <source>ContactWeb will sign you out</source>
        <translation>ContactWeb meldet Sie ab</translation>
    </message>
    <message>
        <source>Signing out in %n second(s)</source>
        <translation>Abmeldung in %n Sekunde</translation>
    </message>
    <message>
        <source>&lt;b&gt;Are you still there?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sind Sie noch da?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Seconds until sign-out</source>
        <translation>Sekunden bis zur Abmeldung</translation>
    </message>
    <message>
        <source>This computer is shared, so ContactWeb signs out when nobody has used it for a while.</source>
        <translation>Dieser Computer wird gemeinsam genutzt, daher meldet ContactWeb ab, wenn ihn eine Weile niemand benutzt hat.</translation>
    </message>
    <message>
        <source>ContactWeb locks itself when nobody has used it for a while.</source>
        <translation>ContactWeb sperrt sich, wenn es eine Weile niemand benutzt hat.</translation>
    </message>
    <message>
        <source>{reason} Unsaved changes in an open editor are kept and offered back at your next sign-in.</source>
        <translation>{reason} Ungespeicherte Änderungen in einem offenen Editor bleiben erhalten und werden bei der nächsten Anmeldung wieder angeboten.</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Sign out now</source>
        <translation>Jetzt abmelden</translation>
    </message>
</context>
<context>
    <name>SmtpPasswordDialog</name>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <source>To send, ContactWeb signs in to the SMTP server {server} as {value}. {why}</source>
        <translation>Zum Senden meldet sich ContactWeb beim SMTP-Server {server} als {value} an. {why}</translation>
    </message>
    <message>
        <source>(no user name)</source>
        <translation>(kein Benutzername)</translation>
    </message>
    <message>
        <source>Remember it in the encrypted vault (no keyring answers on this computer now)</source>
        <translation>Im verschlüsselten Tresor merken (auf diesem Computer antwortet gerade kein Schlüsselbund)</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring</source>
        <translation>Im Schlüsselbund dieses Computers merken</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, but {why}.</source>
        <translation>Das Passwort liegt im Schlüsselbund dieses Computers, aber {why}.</translation>
    </message>
    <message>
        <source>The password was not kept: {problem}</source>
        <translation>Das Passwort wurde nicht aufbewahrt: {problem}</translation>
    </message>
    <message>
        <source>The SMTP password is kept in this computer&apos;s keyring.</source>
        <translation>Das SMTP-Passwort liegt im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>The SMTP password is kept inside the encrypted vault: {reason}.</source>
        <translation>Das SMTP-Passwort liegt im verschlüsselten Tresor: {reason}.</translation>
    </message>
</context>
<context>
    <name>TableHeaders</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ähnelt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation>Vorhandener Kontakt</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Darin zusammengeführt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation>Ausgelassen, weil</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Gelöscht am</translation>
    </message>
    <message>
        <source>Items removed</source>
        <translation>Entfernte Einträge</translation>
    </message>
</context>
<context>
    <name>TeamBackupSecretsDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>Team backups are taken as the database&apos;s owner and encrypted on this computer with the backup passphrase. Both are kept in this computer&apos;s keyring, never on the server. Keep the passphrase apart from the server as well: a restore needs it, and nobody can recover it.</source>
        <translation>Team-Sicherungen werden als Eigentümer der Datenbank erstellt und auf diesem Computer mit der Passphrase verschlüsselt. Beides liegt im Schlüsselbund dieses Computers, nie auf dem Server. Bewahren Sie die Passphrase auch getrennt vom Server auf: Eine Wiederherstellung braucht sie, und niemand kann sie zurückholen.</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>leer: aus ~/.pgpass oder PGPASSWORD</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>mindestens {count} Zeichen</translation>
    </message>
    <message>
        <source>Database owner:</source>
        <translation>Datenbankeigentümer:</translation>
    </message>
    <message>
        <source>Owner&apos;s password:</source>
        <translation>Passwort des Eigentümers:</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>Passphrase der Sicherung:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Passphrase wiederholen:</translation>
    </message>
    <message>
        <source>Checking the owner&apos;s login and the passphrase…</source>
        <translation>Anmeldung des Eigentümers und Passphrase werden geprüft …</translation>
    </message>
</context>
<context>
    <name>TeamBackupWidget</name>
    <message>
        <source>Team vault</source>
        <translation>Team-Tresor</translation>
    </message>
    <message>
        <source>Backup passphrase…</source>
        <translation>Passphrase der Sicherung …</translation>
    </message>
    <message>
        <source>The database owner and the backup passphrase, kept on this computer</source>
        <translation>Datenbankeigentümer und Passphrase der Sicherung, auf diesem Computer aufbewahrt</translation>
    </message>
    <message>
        <source>Restore into a new database…</source>
        <translation>In eine neue Datenbank wiederherstellen …</translation>
    </message>
    <message>
        <source>The selected backup (or the newest) into a new, empty database</source>
        <translation>Die ausgewählte Sicherung (oder die neueste) in eine neue, leere Datenbank</translation>
    </message>
    <message>
        <source>Forget on this computer…</source>
        <translation>Auf diesem Computer vergessen …</translation>
    </message>
    <message>
        <source>Remove the owner&apos;s login and the passphrase from this computer&apos;s keyring</source>
        <translation>Anmeldung des Eigentümers und Passphrase aus dem Schlüsselbund dieses Computers entfernen</translation>
    </message>
    <message>
        <source>Could not read this computer&apos;s keyring: {error}</source>
        <translation>Der Schlüsselbund dieses Computers konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Backups of this team vault are taken as the database&apos;s owner and encrypted here with a backup passphrase. Neither is given on this computer yet: Back up now asks for them, and the schedule waits until then.</source>
        <translation>Sicherungen dieses Team-Tresors werden als Eigentümer der Datenbank erstellt und hier mit einer Passphrase verschlüsselt. Beides ist auf diesem Computer noch nicht angegeben: „Jetzt sichern“ fragt danach, und der Zeitplan wartet bis dahin.</translation>
    </message>
    <message>
        <source>The database owner ({owner}) and the backup passphrase are held until you sign out: this computer is shared or has no keyring.</source>
        <translation>Datenbankeigentümer ({owner}) und Passphrase der Sicherung werden bis zur Abmeldung gehalten: Dieser Computer wird gemeinsam genutzt oder hat keinen Schlüsselbund.</translation>
    </message>
    <message>
        <source>The database owner ({owner}) and the backup passphrase are kept in this computer&apos;s keyring; Back up now and the schedule use them.</source>
        <translation>Datenbankeigentümer ({owner}) und Passphrase der Sicherung liegen im Schlüsselbund dieses Computers; „Jetzt sichern“ und der Zeitplan verwenden sie.</translation>
    </message>
    <message>
        <source>The backup passphrase is kept in this computer&apos;s keyring.</source>
        <translation>Die Passphrase der Sicherung liegt im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>The backup passphrase is held until you sign out (no keyring, or a shared computer).</source>
        <translation>Die Passphrase der Sicherung wird bis zur Abmeldung gehalten (kein Schlüsselbund oder ein gemeinsam genutzter Computer).</translation>
    </message>
    <message>
        <source>Forget on this computer</source>
        <translation>Auf diesem Computer vergessen</translation>
    </message>
    <message>
        <source>Remove the database owner&apos;s login and the backup passphrase from this computer? Backups from here then wait until an administrator gives them again. The backups themselves are not touched; keep the passphrase somewhere safe, a restore needs it.</source>
        <translation>Anmeldung des Datenbankeigentümers und Passphrase von diesem Computer entfernen? Sicherungen von hier warten dann, bis ein Administrator sie erneut angibt. Die Sicherungen selbst bleiben unberührt; bewahren Sie die Passphrase sicher auf, eine Wiederherstellung braucht sie.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>This computer no longer keeps the backup passphrase.</source>
        <translation>Dieser Computer bewahrt die Passphrase nicht mehr auf.</translation>
    </message>
    <message>
        <source>One-time passwords</source>
        <translation>Einmalpasswörter</translation>
    </message>
    <message>
        <source>In the restored vault, these people sign in once with these passwords and then choose their own:

{listed}

Give each to its person in person. They are shown only this once.</source>
        <translation>Im wiederhergestellten Tresor melden sich diese Personen einmal mit diesen Passwörtern an und wählen dann ihr eigenes:

{listed}

Geben Sie jedes persönlich an die jeweilige Person weiter. Sie werden nur dieses eine Mal angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Restored backup {snapshot} into a new database; %n contact(s) erased after that backup were erased again. Its connection profile is {profile}: choose it with Team server… when signing in.</source>
        <translation>
            <numerusform>Sicherung {snapshot} in eine neue Datenbank wiederhergestellt; %n nach dieser Sicherung gelöschter Kontakt wurde erneut gelöscht. Ihr Verbindungsprofil ist {profile}: Wählen Sie es bei der Anmeldung mit „Team-Server …“.</numerusform>
            <numerusform>Sicherung {snapshot} in eine neue Datenbank wiederhergestellt; %n nach dieser Sicherung gelöschte Kontakte wurden erneut gelöscht. Ihr Verbindungsprofil ist {profile}: Wählen Sie es bei der Anmeldung mit „Team-Server …“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamChangeListener</name>
    <message>
        <source>Connected to the team server again; lists are up to date.</source>
        <translation>Wieder mit dem Team-Server verbunden; die Listen sind aktuell.</translation>
    </message>
    <message>
        <source>The connection to the team server is lost: reconnecting. Nothing typed is lost; saving waits until it is back.</source>
        <translation>Die Verbindung zum Team-Server ist unterbrochen: Sie wird wiederhergestellt. Nichts Eingegebenes geht verloren; Speichern wartet, bis sie wieder steht.</translation>
    </message>
</context>
<context>
    <name>TeamRestoreDialog</name>
    <message>
        <source>Restore into a new database</source>
        <translation>In eine neue Datenbank wiederherstellen</translation>
    </message>
    <message>
        <source>the backup {snapshot}</source>
        <translation>die Sicherung {snapshot}</translation>
    </message>
    <message>
        <source>the newest backup</source>
        <translation>die neueste Sicherung</translation>
    </message>
    <message>
        <source>Restores {which} into a new, empty database that its owner made on the server (createdb), never over this vault. Everyone erased since that backup is erased again before anyone signs in.</source>
        <translation>Stellt {which} in eine neue, leere Datenbank wieder her, die ihr Eigentümer auf dem Server angelegt hat (createdb), niemals über diesen Tresor. Alle seit dieser Sicherung Gelöschten werden erneut gelöscht, bevor sich jemand anmeldet.</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>leer: aus ~/.pgpass oder PGPASSWORD</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>New database:</source>
        <translation>Neue Datenbank:</translation>
    </message>
    <message>
        <source>Its owner:</source>
        <translation>Ihr Eigentümer:</translation>
    </message>
    <message>
        <source>Owner&apos;s password:</source>
        <translation>Passwort des Eigentümers:</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>Passphrase der Sicherung:</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Ihr Passwort:</translation>
    </message>
    <message>
        <source>Restore details</source>
        <translation>Angaben zur Wiederherstellung</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring into {database}…</source>
        <translation>Wiederherstellen in {database} …</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <source>New team server…</source>
        <translation>Neuer Team-Server …</translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation>Mit einem Team-Server verbinden</translation>
    </message>
    <message>
        <source>A team server keeps one contact base for several computers, on PostgreSQL. You sign in with your own username and password; the connection is encrypted and the server&apos;s certificate is checked.</source>
        <translation>Ein Team-Server hält einen Kontaktbestand für mehrere Computer auf PostgreSQL. Sie melden sich mit Ihrem eigenen Benutzernamen und Passwort an; die Verbindung ist verschlüsselt, und das Zertifikat des Servers wird geprüft.</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Team-Server</translation>
    </message>
    <message>
        <source>Forget this server…</source>
        <translation>Diesen Server vergessen …</translation>
    </message>
    <message>
        <source>Remove this computer&apos;s profile and files for the server; the vault on the server stays as it is.</source>
        <translation>Das Profil und die Dateien dieses Computers für den Server entfernen; der Tresor auf dem Server bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>e.g. office</source>
        <translation>z. B. büro</translation>
    </message>
    <message>
        <source>e.g. crm.office.example or 192.0.2.10</source>
        <translation>z. B. crm.office.example oder 192.0.2.10</translation>
    </message>
    <message>
        <source>the CA certificate (.pem), or &apos;system&apos;</source>
        <translation>das CA-Zertifikat (.pem) oder &apos;system&apos;</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Certificate authority:</source>
        <translation>Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Diesen Server verwenden</translation>
    </message>
    <message>
        <source>Team server:</source>
        <translation>Team-Server:</translation>
    </message>
    <message>
        <source>Forget this team server</source>
        <translation>Diesen Team-Server vergessen</translation>
    </message>
    <message>
        <source>Forget {name} ({label}) on this computer? Its profile and this computer&apos;s files for it are removed; the vault on the server, and everyone&apos;s work in it, stay. To delete the vault itself, its owner drops the database on the server.</source>
        <translation>{name} ({label}) auf diesem Computer vergessen? Sein Profil und die Dateien dieses Computers dafür werden entfernt; der Tresor auf dem Server und die Arbeit aller darin bleiben. Um den Tresor selbst zu löschen, entfernt sein Eigentümer die Datenbank auf dem Server.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>The server&apos;s certificate authority</source>
        <translation>Die Zertifizierungsstelle des Servers</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Type the server and the database name.</source>
        <translation>Geben Sie den Server und den Datenbanknamen ein.</translation>
    </message>
    <message>
        <source>No certificate file at {path}.</source>
        <translation>Unter {path} liegt keine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>There is already a profile called “{name}”; choose it above or give this one another name.</source>
        <translation>Es gibt bereits ein Profil namens „{name}“; wählen Sie es oben aus oder geben Sie diesem einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Reminders due and overdue</source>
        <translation>Fällige und überfällige Erinnerungen</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivitäten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reminders due and overdue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fällige und überfällige Erinnerungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent activity&lt;/b&gt; (latest communications across contacts)</source>
        <translation>&lt;b&gt;Letzte Aktivitäten&lt;/b&gt; (neueste Kommunikation über alle Kontakte)</translation>
    </message>
    <message>
        <source>ContactWeb</source>
        <translation>ContactWeb</translation>
    </message>
    <message>
        <source>Marked done.</source>
        <translation>Als erledigt markiert.</translation>
    </message>
    <message>
        <source>Snoozed for {delay}.</source>
        <translation>Verschoben um {delay}.</translation>
    </message>
    <message>
        <source>Select a reminder first.</source>
        <translation>Wählen Sie zuerst eine Erinnerung.</translation>
    </message>
    <message>
        <source>Reminder due</source>
        <translation>Erinnerung fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n Erinnerung fällig</numerusform>
            <numerusform>%n Erinnerungen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>A reminder is due.</source>
        <translation>Eine Erinnerung ist fällig.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders are due.</source>
        <translation>
            <numerusform>%n Erinnerung ist fällig.</numerusform>
            <numerusform>%n Erinnerungen sind fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open ContactWeb and sign in to see it.</source>
        <translation>Öffnen Sie ContactWeb und melden Sie sich an, um sie zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform>, und %n weitere</numerusform>
            <numerusform>, und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Heute ist nichts fällig.</translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n überfällig</numerusform>
            <numerusform>, %n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>a day</source>
        <translation>einen Tag</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} Minuten</translation>
    </message>
</context>
<context>
    <name>TransferBasisDialog</name>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Übermittlungen außerhalb des EWR</translation>
    </message>
</context>
<context>
    <name>UserFilterCombo</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
</context>
<context>
    <name>VaultRekeyAction</name>
    <message>
        <source>{username} can no longer sign in, but may still hold the vault&apos;s database key: a copy of the vault folder, or a backup and their old password, would still open it. Re-key the vault now? Every other user then gets a temporary password that you hand over; backups taken before now stay under the old key. Close other ContactWeb windows on this vault first.</source>
        <translation>{username} kann sich nicht mehr anmelden, hat aber womöglich noch den Datenbankschlüssel des Tresors: Eine Kopie des Tresorordners oder eine Sicherung mit dem alten Passwort würde ihn noch öffnen. Den Tresor jetzt neu verschlüsseln? Alle anderen erhalten dann ein vorläufiges Passwort, das Sie übergeben; bisherige Sicherungen bleiben unter dem alten Schlüssel. Schließen Sie vorher andere ContactWeb-Fenster mit diesem Tresor.</translation>
    </message>
    <message>
        <source>The vault has a new key. Take a fresh full backup now (Administration → Backups).</source>
        <translation>Der Tresor hat einen neuen Schlüssel. Legen Sie jetzt eine neue Vollsicherung an (Verwaltung → Sicherungen).</translation>
    </message>
    <message>
        <source>Re-key the vault</source>
        <translation>Dem Tresor einen neuen Schlüssel geben</translation>
    </message>
    <message>
        <source>Re-key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Your password ({username}): it unlocks the new key for you.</source>
        <translation>Ihr Passwort ({username}): Es entsperrt den neuen Schlüssel für Sie.</translation>
    </message>
    <message>
        <source>Vault re-keyed</source>
        <translation>Tresor hat einen neuen Schlüssel</translation>
    </message>
    <message>
        <source>Temporary passwords, shown only this once; give them in person:</source>
        <translation>Vorläufige Passwörter, nur dieses eine Mal angezeigt; geben Sie sie persönlich weiter:</translation>
    </message>
</context>
</TS>
