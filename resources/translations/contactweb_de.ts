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
    <name>ColumnMappingWidget</name>
    <message>
        <source>Import column {column} as</source>
        <translation>Spalte {column} importieren als</translation>
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
    <name>DialogHost</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Discard the changes to this {what}?</source>
        <translation>Die Änderungen verwerfen ({what})?</translation>
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
    <name>ExportDialog</name>
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
</context>
<context>
    <name>FieldMappingWidget</name>
    <message>
        <source>Import {name} as</source>
        <translation>{name} importieren als</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
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
        <source>Each column goes where shown. Change any that is wrong; left as it is, the file is read exactly as that program wrote it.</source>
        <translation>Jede Spalte landet wie angezeigt. Ändern Sie, was falsch ist; unverändert wird die Datei genau so gelesen, wie das Programm sie geschrieben hat.</translation>
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
        <source>The check was cancelled. Go back, or close the window.</source>
        <translation>Die Prüfung wurde abgebrochen. Gehen Sie zurück oder schließen Sie das Fenster.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message numerus="yes">
        <source>Entries matching a person who asked to be erased (%n): </source>
        <translation>
            <numerusform>Einträge, die zu einer Person passen, die ihre Löschung verlangt hat (%n): </numerusform>
            <numerusform>Einträge, die zu einer Person passen, die ihre Löschung verlangt hat (%n): </numerusform>
        </translation>
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
        <source>Letter template</source>
        <translation>Briefvorlage</translation>
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
        <translation>der Name, den die Fußzeile jedes Mailings trägt</translation>
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
        <translation>Name des Unternehmens:</translation>
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
        <source>Deferred messages are due, but were not sent: {message}</source>
        <translation>Zurückgestellte Nachrichten sind fällig, wurden aber nicht gesendet: {message}</translation>
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
    <name>MergeChoicesWidget</name>
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
        <translation>heute</translation>
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
        <source>Saved {file} ({size} KB).</source>
        <translation>{file} gespeichert ({size} KB).</translation>
    </message>
    <message>
        <source>Sent the report “{title}” to the printer.</source>
        <translation>Der Bericht „{title}“ wurde an den Drucker gesendet.</translation>
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
        <source>Remember it in the encrypted vault (no keyring answers on this computer now)</source>
        <translation>Im verschlüsselten Tresor merken (auf diesem Computer antwortet gerade kein Schlüsselbund)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
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
        <translation>Erstellt</translation>
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
        <source>Channel</source>
        <translation>Kanal</translation>
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
        <source>Duration</source>
        <translation>Dauer</translation>
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
</TS>
