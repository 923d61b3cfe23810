<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BackgroundWorkWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this work now; nothing already saved is lost.</source>
        <translation>Detener este trabajo ahora; no se pierde nada de lo ya guardado.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>DialogHost</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Discard the changes to this {what}?</source>
        <translation>¿Descartar los cambios ({what})?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>LabelledRowsWidget</name>
    <message>
        <source>Add email</source>
        <translation>Añadir correo</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Añadir teléfono</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Añadir dirección</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>Provincia / región</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>{title} {number} label</source>
        <translation>{title} {number} etiqueta</translation>
    </message>
    <message>
        <source>Remove {title} {number}</source>
        <translation>Quitar {title} {number}</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Unexpected error: {kind}: {error}</source>
        <translation>Error inesperado: {kind}: {error}</translation>
    </message>
    <message>
        <source>The vault is locked. Sign in again.</source>
        <translation>La bóveda está bloqueada. Vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>PasswordRevealAction</name>
    <message>
        <source>Show password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Ocultar la contraseña</translation>
    </message>
</context>
<context>
    <name>PasswordStrengthWidget</name>
    <message>
        <source>Too weak</source>
        <translation>Demasiado débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>At least 12 characters with letters, digits and a symbol, or a passphrase of 20 or more characters.</source>
        <translation>Al menos 12 caracteres con letras, cifras y un símbolo, o una frase de contraseña de 20 caracteres o más.</translation>
    </message>
    <message>
        <source>Strength: {word}</source>
        <translation>Seguridad: {word}</translation>
    </message>
</context>
<context>
    <name>PeriodFilterWidget</name>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Hasta (incluido)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
</context>
<context>
    <name>RememberedColumns</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Columna {number}</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Restablecer las columnas</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Save the report as</source>
        <translation>Guardar el informe como</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} ya existe en {folder}. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Making a report</source>
        <translation>Creando un informe</translation>
    </message>
    <message>
        <source>Making the report “{title}”…</source>
        <translation>Creando el informe «{title}»…</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
</context>
<context>
    <name>ServerTrustWidget</name>
    <message>
        <source>Trust a CA certificate…</source>
        <translation>Confiar en un certificado de CA…</translation>
    </message>
    <message>
        <source>Pin the server&apos;s certificate…</source>
        <translation>Fijar el certificado del servidor…</translation>
    </message>
    <message>
        <source>System authorities only</source>
        <translation>Solo las autoridades del sistema</translation>
    </message>
    <message>
        <source>Trusted: {what}.</source>
        <translation>De confianza: {what}.</translation>
    </message>
    <message>
        <source>The business&apos;s CA certificate (PEM)</source>
        <translation>El certificado de CA de la empresa (PEM)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos (*)</translation>
    </message>
    <message>
        <source>Trust this certificate authority?</source>
        <translation>¿Confiar en esta autoridad de certificación?</translation>
    </message>
    <message>
        <source>Servers with certificates from
{names}
will be trusted.</source>
        <translation>Se confiará en los servidores con certificados de
{names}</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiar</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificado del servidor</translation>
    </message>
    <message>
        <source>Reading the certificate of {host}:{port}…</source>
        <translation>Leyendo el certificado de {host}:{port}…</translation>
    </message>
    <message>
        <source>Pin this certificate?</source>
        <translation>¿Fijar este certificado?</translation>
    </message>
    <message>
        <source>{host}:{port} presents
{certificate}

Compare the fingerprint with the one whoever runs the server gives you. Pin it only if they match.</source>
        <translation>{host}:{port} presenta
{certificate}

Compare la huella con la que le dé quien administra el servidor. Fíjelo solo si coinciden.</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>For S3 only a self-signed certificate can be pinned; trust the CA that issued it ({issuer}) instead.</source>
        <translation>Para S3 solo se puede fijar un certificado autofirmado; confíe en su lugar en la CA que lo emitió ({issuer}).</translation>
    </message>
</context>
<context>
    <name>UserFilterCombo</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
</context>
</TS>
