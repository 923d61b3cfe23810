<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>OperationRunner</name>
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
