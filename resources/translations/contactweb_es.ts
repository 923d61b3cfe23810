<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivityPage</name>
    <message>
        <source>By:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <source>Search: {name}</source>
        <translation>Buscar: {name}</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <source>Every row of {name} that the filter and search select, as a spreadsheet file.</source>
        <translation>Cada fila de {name} que seleccionan el filtro y la búsqueda, en un archivo de hoja de cálculo.</translation>
    </message>
    <message>
        <source>Export {name}</source>
        <translation>Exportar {name}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>Se ha exportado %n fila a {path}.</numerusform>
            <numerusform>Se han exportado %n filas a {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminAuditTableModel</name>
    <message>
        <source>Event {id}</source>
        <translation>Evento {id}</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Acción: {action}</translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation>Usuario: {user}</translation>
    </message>
    <message>
        <source>Object: {object}</source>
        <translation>Objeto: {object}</translation>
    </message>
    <message>
        <source>At (UTC): {when}</source>
        <translation>Momento (UTC): {when}</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detalles:</translation>
    </message>
</context>
<context>
    <name>AdminAuditWidget</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>action starts with, e.g. contact. or signin</source>
        <translation>la acción empieza por, p. ej. contact. o signin</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Detalles del evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Show the selected event as it is stored (Enter or a double-click does the same).</source>
        <translation>Mostrar el evento seleccionado tal como está guardado (Intro o un doble clic hacen lo mismo).</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Show the events written since the list was loaded (F5).</source>
        <translation>Mostrar los eventos escritos desde que se cargó la lista (F5).</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Check the hash chain: any edited, inserted or removed event shows here.</source>
        <translation>Comprobar la cadena de hash: cualquier evento editado, insertado o eliminado aparece aquí.</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Comprobando el registro de auditoría…</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>Verificar el registro de auditoría</translation>
    </message>
    <message>
        <source>Checking every event of the audit log…</source>
        <translation>Comprobando cada evento del registro de auditoría…</translation>
    </message>
    <message>
        <source>The audit log is intact: {events_checked} events checked.</source>
        <translation>El registro de auditoría está intacto: {events_checked} eventos comprobados.</translation>
    </message>
    <message>
        <source>The audit log is damaged at event {first_bad_id}: {reason}. {value} events before it check out.</source>
        <translation>El registro de auditoría está dañado en el evento {first_bad_id}: {reason}. Los {value} eventos anteriores son correctos.</translation>
    </message>
    <message>
        <source>Exported {count} events to {path}.</source>
        <translation>Se han exportado {count} eventos a {path}.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>audit-log.csv</source>
        <translation>registro-auditoria.csv</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Export stopped; no file was written.</source>
        <translation>Exportación detenida; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Export stopped.</source>
        <translation>Exportación detenida.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>No se pudo escribir {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>AdminBackupWidget</name>
    <message>
        <source>Save schedule</source>
        <translation>Guardar la programación</translation>
    </message>
    <message>
        <source>Schedule and retention</source>
        <translation>Programación y conservación</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>Copia cada:</translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation>Conservar las últimas:</translation>
    </message>
    <message>
        <source>Keep one a day for:</source>
        <translation>Conservar una al día durante:</translation>
    </message>
    <message>
        <source>Keep one a week for:</source>
        <translation>Conservar una a la semana durante:</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Check the selected backup (or all of them)</source>
        <translation>Comprobar la copia seleccionada (o todas)</translation>
    </message>
    <message>
        <source>download and check every chunk</source>
        <translation>descargar y comprobar cada bloque</translation>
    </message>
    <message>
        <source>Restore to a folder…</source>
        <translation>Restaurar en una carpeta…</translation>
    </message>
    <message>
        <source>Prune old backups…</source>
        <translation>Depurar copias antiguas…</translation>
    </message>
    <message>
        <source>Backup history</source>
        <translation>Historial de copias</translation>
    </message>
    <message>
        <source>Adopt this restored copy first</source>
        <translation>Adopte primero esta copia restaurada</translation>
    </message>
    <message>
        <source>This vault is now a vault of its own. Choose a destination for its backups (not the live vault&apos;s).</source>
        <translation>Esta bóveda es ahora una bóveda propia. Elija un destino para sus copias (no el de la bóveda en uso).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>{text} You can go on working; the status bar shows its progress.</source>
        <translation>{text} Puede seguir trabajando; la barra de estado muestra el progreso.</translation>
    </message>
    <message>
        <source>Deleting old backups…</source>
        <translation>Borrando las copias antiguas…</translation>
    </message>
    <message>
        <source>Backed up: {size} MiB uploaded ({new} new of {total} pages).</source>
        <translation>Copia hecha: {size} MiB subidos ({new} nuevas de {total} páginas).</translation>
    </message>
    <message>
        <source>Backed up: a database dump of {dump} MiB, {size} MiB uploaded ({new} new of {total} blocks).</source>
        <translation>Copia hecha: un volcado de base de datos de {dump} MiB, {size} MiB subidos ({new} nuevos de {total} bloques).</translation>
    </message>
    <message>
        <source>{count} backup(s) verified (every chunk downloaded and checked): no problem found.</source>
        <translation>{count} copia(s) comprobada(s) (cada bloque descargado y comprobado): ningún problema.</translation>
    </message>
    <message>
        <source>{count} backup(s) verified (structure checked): no problem found.</source>
        <translation>{count} copia(s) comprobada(s) (estructura comprobada): ningún problema.</translation>
    </message>
    <message>
        <source>{count} backup(s) in the history are no longer on the destination (it lost them, or they were deleted there); they are marked “missing”.</source>
        <translation>{count} copia(s) del historial ya no están en el destino (las perdió, o se borraron allí); están marcadas como «perdida».</translation>
    </message>
    <message>
        <source>{count} part(s) of the backups are damaged or missing; the backups that need them are marked “damaged”.</source>
        <translation>{count} parte(s) de las copias están dañadas o faltan; las copias que las necesitan están marcadas como «dañada».</translation>
    </message>
    <message>
        <source>Back up now to have a complete backup again; the details list each object.</source>
        <translation>Haga una copia ahora para volver a tener una copia completa; los detalles listan cada objeto.</translation>
    </message>
    <message>
        <source>Restored backup {id} into {folder}; {erased} erased contact(s) erased again. It is a restored copy: open it with “Other vault…” when signing in; it has no backups until an administrator adopts it.</source>
        <translation>Copia {id} restaurada en {folder}; {erased} contacto(s) borrado(s) se han vuelto a borrar. Es una copia restaurada: ábrala con «Otra bóveda…» al iniciar sesión; no tiene copias de seguridad hasta que un administrador la adopte.</translation>
    </message>
    <message>
        <source>Restored backup {id} into {folder}. It is a restored copy: open it with “Other vault…” when signing in; it has no backups until an administrator adopts it.</source>
        <translation>Copia {id} restaurada en {folder}. Es una copia restaurada: ábrala con «Otra bóveda…» al iniciar sesión; no tiene copias de seguridad hasta que un administrador la adopte.</translation>
    </message>
    <message>
        <source>Kept {kept} backup(s), removed {removed}; {deleted} pack(s) deleted.</source>
        <translation>Se han conservado {kept} copia(s) y retirado {removed}; {deleted} paquete(s) borrado(s).</translation>
    </message>
    <message>
        <source>Backup details</source>
        <translation>Detalles de la copia</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Stopped. The earlier backups are unchanged.</source>
        <translation>Detenido. Las copias anteriores no han cambiado.</translation>
    </message>
    <message>
        <source>Backing up the team vault…</source>
        <translation>Haciendo la copia de la bóveda de equipo…</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Haciendo la copia de la bóveda…</translation>
    </message>
    <message>
        <source>Verify backups</source>
        <translation>Comprobar las copias</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Comprobando las copias…</translation>
    </message>
    <message>
        <source>Restore into an empty folder</source>
        <translation>Restaurar en una carpeta vacía</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restoring into {folder}…</source>
        <translation>Restaurando en {folder}…</translation>
    </message>
    <message>
        <source>Prune old backups</source>
        <translation>Depurar copias antiguas</translation>
    </message>
    <message>
        <source>Keep the last {keep_last}, one a day for {keep_daily} days and one a week for {keep_weekly} weeks, and delete the other backups from the destination?</source>
        <translation>¿Conservar las últimas {keep_last}, una al día durante {keep_daily} días y una a la semana durante {keep_weekly} semanas, y eliminar las demás copias del destino?</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Depurar</translation>
    </message>
</context>
<context>
    <name>AdminBusinessWidget</name>
    <message>
        <source>Business name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Business email</source>
        <translation>Correo de la empresa</translation>
    </message>
    <message>
        <source>Business phone</source>
        <translation>Teléfono de la empresa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>As the computer&apos;s region</source>
        <translation>Como la región del equipo</translation>
    </message>
    <message>
        <source>Language of mailings and reports</source>
        <translation>Idioma de los envíos y los informes</translation>
    </message>
    <message>
        <source>English (the default)</source>
        <translation>Inglés (predeterminado)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Elegir logotipo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <source>Mailings need this postal address: every marketing email and letter carries it as the sender&apos;s address, as anti-spam law (e.g. CAN-SPAM) requires, and ContactWeb sends no mailing while it is empty.</source>
        <translation>Los envíos necesitan esta dirección postal: cada correo y carta comercial la lleva como dirección del remitente, como exige la ley contra el spam (p. ej. CAN-SPAM), y ContactWeb no envía nada mientras esté vacía.</translation>
    </message>
    <message>
        <source>Save business profile</source>
        <translation>Guardar el perfil de la empresa</translation>
    </message>
    <message>
        <source>Business name (required):</source>
        <translation>Nombre de la empresa (obligatorio):</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Dirección postal:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Language of mailings and reports:</source>
        <translation>Idioma de los envíos y los informes:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>The business needs a name.</source>
        <translation>La empresa necesita un nombre.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved. Add the postal address before sending mailings.</source>
        <translation>Guardado. Añada la dirección postal antes de enviar envíos.</translation>
    </message>
    <message>
        <source>Reports print on {paper} paper, with dates and amounts such as {sample}.</source>
        <translation>Los informes se imprimen en papel {paper}, con fechas e importes como {sample}.</translation>
    </message>
    <message>
        <source>Choose the business logo</source>
        <translation>Elegir el logotipo de la empresa</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Cannot read {name}: {strerror}.</source>
        <translation>No se puede leer {name}: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is not an image ContactWeb can read (use PNG or JPEG under 10 MiB).</source>
        <translation>{name} no es una imagen que ContactWeb pueda leer (use PNG o JPEG de menos de 10 MiB).</translation>
    </message>
</context>
<context>
    <name>AdminSettingsWidget</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Default phone region:</source>
        <translation>Región telefónica predeterminada:</translation>
    </message>
    <message>
        <source>two letters, used for numbers typed without +country code</source>
        <translation>dos letras, para los números escritos sin +prefijo</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Lock after idle for:</source>
        <translation>Bloquear tras una inactividad de:</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Shared computer:</source>
        <translation>Equipo compartido:</translation>
    </message>
    <message>
        <source>Shared-computer lock after:</source>
        <translation>Bloqueo en equipo compartido tras:</translation>
    </message>
    <message>
        <source>minutes (at least 1)</source>
        <translation>minutos (al menos 1)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Keep call recordings for:</source>
        <translation>Conservar las grabaciones de llamadas durante:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Keep closed contacts for:</source>
        <translation>Conservar los contactos cerrados durante:</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>Keep sent mail in the outbox for:</source>
        <translation>Conservar el correo enviado en la bandeja de salida durante:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>Copia cada:</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>Shared-computer mode locks ContactWeb sooner, keeps no passwords in the system keyring and shows no names in notifications.</source>
        <translation>El modo de equipo compartido bloquea ContactWeb antes, no guarda contraseñas en el llavero del sistema y no muestra nombres en las notificaciones.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar los ajustes</translation>
    </message>
    <message>
        <source>Run retention now…</source>
        <translation>Aplicar la conservación ahora…</translation>
    </message>
    <message>
        <source>See what the retention rules would remove now, then remove it.</source>
        <translation>Ver lo que las reglas de conservación eliminarían ahora y después eliminarlo.</translation>
    </message>
    <message>
        <source>The retention rules run by themselves once a day.</source>
        <translation>Las reglas de conservación se aplican solas una vez al día.</translation>
    </message>
    <message>
        <source>Erasure receipts…</source>
        <translation>Recibos de borrado…</translation>
    </message>
    <message>
        <source>Every erasure the vault keeps a receipt of, to save or print again.</source>
        <translation>Cada borrado del que la bóveda guarda un recibo, para guardarlo o imprimirlo de nuevo.</translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>Cerrar la cuenta</translation>
    </message>
    <message>
        <source>Delete this vault and every backup of it, for good.</source>
        <translation>Eliminar para siempre esta bóveda y todas sus copias.</translation>
    </message>
    <message>
        <source>Delete this vault…</source>
        <translation>Eliminar esta bóveda…</translation>
    </message>
    <message>
        <source>On: this vault is used on a shared computer</source>
        <translation>Activado: esta bóveda se usa en un equipo compartido</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>No se ha guardado nada: corrija los campos marcados en rojo.</translation>
    </message>
</context>
<context>
    <name>AdminUsersTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Debe cambiar la contraseña</translation>
    </message>
    <message>
        <source>Active (you)</source>
        <translation>Activo (usted)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
</context>
<context>
    <name>AdminUsersWidget</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Role for the selected user</source>
        <translation>Rol del usuario seleccionado</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Selected user:</source>
        <translation>Usuario seleccionado:</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <source>New user name</source>
        <translation>Nombre del nuevo usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>New user&apos;s role</source>
        <translation>Rol del nuevo usuario</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Primera contraseña</translation>
    </message>
    <message>
        <source>Must choose their own password at first sign-in</source>
        <translation>Debe elegir su propia contraseña en el primer inicio de sesión</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Nombre visible:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>Primera contraseña:</translation>
    </message>
    <message>
        <source>ContactWeb</source>
        <translation>ContactWeb</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <source>The temporary password for {username} is:

{password}

Give it to them in person. It is shown only this once; they choose their own password when they next sign in.</source>
        <translation>La contraseña temporal de {username} es:

{password}

Entréguesela en persona. Solo se muestra esta vez; elegirá su propia contraseña en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Added {username}. Give them their first password in person.</source>
        <translation>Se ha añadido a {username}. Entréguele en persona su primera contraseña.</translation>
    </message>
    <message>
        <source>{username} is now {role}.</source>
        <translation>{username} es ahora {role}.</translation>
    </message>
    <message>
        <source>Disable {username}? They will no longer be able to sign in. Their contacts, notes and history stay in the vault.</source>
        <translation>¿Desactivar a {username}? Ya no podrá iniciar sesión. Sus contactos, notas e historial se quedan en la bóveda.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>{username} is disabled.</source>
        <translation>{username} está desactivado.</translation>
    </message>
    <message>
        <source>Reset the password of {username}? Their current password stops working and they must choose a new one at their next sign-in.</source>
        <translation>¿Restablecer la contraseña de {username}? Su contraseña actual deja de funcionar y tendrá que elegir una nueva al iniciar sesión la próxima vez.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer la contraseña</translation>
    </message>
    <message>
        <source>The password of {username} was reset.</source>
        <translation>Se ha restablecido la contraseña de {username}.</translation>
    </message>
    <message>
        <source>Select a user in the list first.</source>
        <translation>Seleccione primero un usuario de la lista.</translation>
    </message>
</context>
<context>
    <name>AdministrationTab</name>
    <message>
        <source>Only administrators can use this page. You are signed in as {username} ({role}).</source>
        <translation>Solo los administradores pueden usar esta página. Ha iniciado sesión como {username} ({role}).</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Perfil de la empresa</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>ContactWeb is locked. Sign in to continue.</source>
        <translation>ContactWeb está bloqueado. Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>ContactWeb locked itself after a while without use. Sign in to continue.</source>
        <translation>ContactWeb se ha bloqueado tras un rato sin uso. Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>ContactWeb signed out because its window was minimised on this shared computer. Sign in to continue.</source>
        <translation>ContactWeb ha cerrado la sesión porque su ventana se minimizó en este equipo compartido. Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>ContactWeb signed out because its window was closed on this shared computer. Sign in to continue.</source>
        <translation>ContactWeb ha cerrado la sesión porque su ventana se cerró en este equipo compartido. Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>ContactWeb signed out after a few minutes without use, as it does on a shared computer. Sign in to continue.</source>
        <translation>ContactWeb ha cerrado la sesión tras unos minutos sin uso, como hace en un equipo compartido. Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>Unsaved changes were kept; they are offered back when you sign in again.</source>
        <translation>Los cambios sin guardar se han conservado; se le ofrecerán de nuevo cuando vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Creating the vault and {count} demo contacts…</source>
        <translation>Creando la bóveda y {count} contactos de demostración…</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Creando la bóveda…</translation>
    </message>
    <message>
        <source>Setting up ContactWeb</source>
        <translation>Configurando ContactWeb</translation>
    </message>
    <message>
        <source>The vault was not created</source>
        <translation>La bóveda no se ha creado</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>ContactWeb</source>
        <translation>ContactWeb</translation>
    </message>
    <message>
        <source>The restored copy is now the live vault, with its backups; the previous files are kept aside in its folder. Sign in to continue.</source>
        <translation>La copia restaurada es ahora la bóveda en uso, con sus copias de seguridad; los archivos anteriores se guardan aparte en su carpeta. Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>Vault deleted</source>
        <translation>Bóveda eliminada</translation>
    </message>
</context>
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
    <name>BackupHistoryTableModel</name>
    <message>
        <source>{destination} (former destination)</source>
        <translation>{destination} (destino anterior)</translation>
    </message>
</context>
<context>
    <name>BackupNoticeBanner</name>
    <message>
        <source>Backup notice</source>
        <translation>Aviso de copia</translation>
    </message>
    <message>
        <source>Restored copy. {what}</source>
        <translation>Copia restaurada. {what}</translation>
    </message>
    <message>
        <source>The live vault is in {folder}.</source>
        <translation>La bóveda en uso está en {folder}.</translation>
    </message>
    <message>
        <source>Adopt…</source>
        <translation>Adoptar…</translation>
    </message>
    <message>
        <source>Ask an administrator before relying on it.</source>
        <translation>Pregunte a un administrador antes de confiar en ella.</translation>
    </message>
    <message numerus="yes">
        <source>Backups are paused: no basis is recorded for transferring to the US backup server the %Ln contact(s) with an address in the European Economic Area.</source>
        <translation>
            <numerusform>Copias en pausa: no hay ninguna base registrada para transferir al servidor de copias de EE. UU. el %Ln contacto con dirección en el Espacio Económico Europeo.</numerusform>
            <numerusform>Copias en pausa: no hay ninguna base registrada para transferir al servidor de copias de EE. UU. los %Ln contactos con dirección en el Espacio Económico Europeo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the basis…</source>
        <translation>Registrar la base…</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backing up before closing</source>
        <translation>Copia antes de cerrar</translation>
    </message>
    <message>
        <source>ContactWeb is backing up the changes made since the last backup…</source>
        <translation>ContactWeb está copiando los cambios hechos desde la última copia…</translation>
    </message>
    <message>
        <source>Backup cancelled.</source>
        <translation>Copia cancelada.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cerrando</translation>
    </message>
    <message>
        <source>Checking whether the changes need a backup before closing…</source>
        <translation>Comprobando si los cambios necesitan una copia de seguridad antes de cerrar…</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <source>{last}; scheduled backups wait for the backup passphrase on this computer (Administration → Backups)</source>
        <translation>{last}; las copias programadas esperan la frase de contraseña en este equipo (Administración → Copias de seguridad)</translation>
    </message>
</context>
<context>
    <name>BackupTargetWidget</name>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>S3-compatible server in a US region</source>
        <translation>Servidor compatible con S3 en una región de EE. UU.</translation>
    </message>
    <message>
        <source>Folder (second site, USB disk)</source>
        <translation>Carpeta (segunda sede, disco USB)</translation>
    </message>
    <message>
        <source>https://s3.us-east-1.amazonaws.com</source>
        <translation>https://s3.us-east-1.amazonaws.com</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>URL del punto de acceso:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Access key id:</source>
        <translation>ID de la clave de acceso:</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Clave de acceso secreta:</translation>
    </message>
    <message>
        <source>Folder in the bucket:</source>
        <translation>Carpeta en el bucket:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Certificado del servidor:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Save destination</source>
        <translation>Guardar el destino</translation>
    </message>
    <message>
        <source>stored; type to replace</source>
        <translation>guardada; escriba para reemplazarla</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Checking the destination…</source>
        <translation>Comprobando el destino…</translation>
    </message>
    <message>
        <source>Saved. {message}.</source>
        <translation>Guardado. {message}.</translation>
    </message>
    <message>
        <source>{message}.</source>
        <translation>{message}.</translation>
    </message>
    <message>
        <source>Destination details</source>
        <translation>Detalles del destino</translation>
    </message>
</context>
<context>
    <name>BackupTransferBasisWidget</name>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Transferencias fuera del EEE</translation>
    </message>
    <message>
        <source>Client-side encryption: the server stores only ciphertext; the keys stay with the business</source>
        <translation>Cifrado en el cliente: el servidor solo guarda texto cifrado; las claves se quedan en la empresa</translation>
    </message>
    <message>
        <source>The contacts concerned consented to the transfer</source>
        <translation>Los contactos afectados consintieron la transferencia</translation>
    </message>
    <message>
        <source>Note (optional): where the assessment or the consent records are kept</source>
        <translation>Nota (opcional): dónde se guardan la evaluación o los consentimientos</translation>
    </message>
    <message>
        <source>Record basis</source>
        <translation>Registrar la base</translation>
    </message>
    <message>
        <source>{concerned} contact(s) have an address in the European Economic Area. Before the first backup to a server in the United States, record the basis for this transfer. Backups wait until then.</source>
        <translation>{concerned} contacto(s) tienen una dirección en el Espacio Económico Europeo. Antes de la primera copia a un servidor en Estados Unidos, registre la base de esta transferencia. Las copias esperan hasta entonces.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Confirmar la nueva contraseña</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Seguridad de la contraseña</translation>
    </message>
    <message>
        <source>At least {MIN_LENGTH} characters with letters, digits and a symbol, or a passphrase of {PASSPHRASE_LENGTH} or more characters.</source>
        <translation>Al menos {MIN_LENGTH} caracteres con letras, cifras y un símbolo, o una frase de contraseña de {PASSPHRASE_LENGTH} caracteres o más.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Contraseña actual:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Contraseña nueva:</translation>
    </message>
    <message>
        <source>Confirm new password:</source>
        <translation>Confirmar la contraseña nueva:</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;{username}&lt;/b&gt;.</source>
        <translation>Sesión iniciada como &lt;b&gt;{username}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Strength: {word}</source>
        <translation>Seguridad: {word}</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Escriba su contraseña actual.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La contraseña nueva debe ser distinta de la actual.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>La contraseña actual es incorrecta. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
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
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Sufijo del nombre</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Línea 2 de la dirección</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>Apartado de correos</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Provincia o región</translation>
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
        <source>Whole address</source>
        <translation>Dirección completa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>{field} ({label})</source>
        <translation>{field} ({label})</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>(column {number} has no name)</source>
        <translation>(la columna {number} no tiene nombre)</translation>
    </message>
    <message>
        <source>Import column {column} as</source>
        <translation>Importar la columna {column} como</translation>
    </message>
</context>
<context>
    <name>CommunicationActions</name>
    <message>
        <source>Delete communication?</source>
        <translation>¿Eliminar la comunicación?</translation>
    </message>
    <message>
        <source>Delete this {what}{about} and its attachments? The deletion is kept in the audit log; the text is not.</source>
        <translation>¿Eliminar este elemento ({what}{about}) y sus adjuntos? La eliminación queda en el registro de auditoría; el texto, no.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
</context>
<context>
    <name>CommunicationKinds</name>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>CommunicationTableModel</name>
    <message numerus="yes">
        <source>{kind} (+%n file(s))</source>
        <translation>
            <numerusform>{kind} (+%n archivo)</numerusform>
            <numerusform>{kind} (+%n archivos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
</context>
<context>
    <name>CommunicationsTab</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Abrir contacto</translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s)</source>
        <translation>
            <numerusform>%n comunicación</numerusform>
            <numerusform>%n comunicaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>web form</source>
        <translation>formulario web</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <source>email reply</source>
        <translation>respuesta por correo</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>formulario en papel</translation>
    </message>
    <message>
        <source>recorded by staff</source>
        <translation>registrado por el personal</translation>
    </message>
    <message>
        <source>from an imported file</source>
        <translation>de un archivo importado</translation>
    </message>
    <message>
        <source>from merged duplicates</source>
        <translation>de duplicados fusionados</translation>
    </message>
    <message>
        <source>previously erased</source>
        <translation>borrado anteriormente</translation>
    </message>
    <message>
        <source>reply to a mailing</source>
        <translation>respuesta a un envío</translation>
    </message>
    <message>
        <source>reply to a mailing (recorded by hand)</source>
        <translation>respuesta a un envío (registrada a mano)</translation>
    </message>
    <message>
        <source>taken back (undo)</source>
        <translation>retirado (deshacer)</translation>
    </message>
    <message>
        <source>Reverse the opt-out: {title}</source>
        <translation>Revertir la baja: {title}</translation>
    </message>
    <message>
        <source>Record consent: {title}</source>
        <translation>Registrar consentimiento: {title}</translation>
    </message>
    <message>
        <source>This contact opted out of {lower}. Record a new consent only if they asked for it themselves, and say why: the reversal is kept in the audit log.</source>
        <translation>Este contacto se dio de baja de {lower}. Registre un nuevo consentimiento solo si lo pidió él mismo, e indique por qué: la reversión queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Record that this contact agreed to be contacted by {channel}. Keep the evidence you would show if they asked how you got their consent.</source>
        <translation>Registrar que este contacto aceptó que se le contacte por {channel}. Guarde la prueba que mostraría si preguntara cómo obtuvo su consentimiento.</translation>
    </message>
    <message>
        <source>e.g. Signed the newsletter form at the shop counter on 3 March</source>
        <translation>p. ej. Firmó el formulario del boletín en el mostrador de la tienda el 3 de marzo</translation>
    </message>
    <message>
        <source>what they agreed to, as they saw it</source>
        <translation>lo que aceptó, tal como lo vio</translation>
    </message>
    <message>
        <source>form name, campaign or document reference</source>
        <translation>nombre del formulario, campaña o referencia del documento</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Prueba:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <source>Wording:</source>
        <translation>Redacción:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Reason for reversing:</source>
        <translation>Motivo de la reversión:</translation>
    </message>
    <message>
        <source>Say when and how the contact agreed.</source>
        <translation>Indique cuándo y cómo aceptó el contacto.</translation>
    </message>
    <message>
        <source>Reversing an opt-out needs a reason.</source>
        <translation>Revertir una baja necesita un motivo.</translation>
    </message>
</context>
<context>
    <name>ContactConsentTab</name>
    <message>
        <source>Consent given</source>
        <translation>Consentimiento dado</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Sin consentimiento registrado</translation>
    </message>
    <message>
        <source>wording: “{wording}”</source>
        <translation>texto: «{wording}»</translation>
    </message>
    <message>
        <source>reversal reason: {reason}</source>
        <translation>motivo de la reversión: {reason}</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>por {user}</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrar consentimiento…</translation>
    </message>
    <message>
        <source>Opt out of everything</source>
        <translation>Dar de baja de todo</translation>
    </message>
    <message>
        <source>History (newest first):</source>
        <translation>Historial (lo más reciente primero):</translation>
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
        <translation>registrado</translation>
    </message>
    <message>
        <source>Reverse opt-out…</source>
        <translation>Revertir la baja…</translation>
    </message>
    <message>
        <source>every channel</source>
        <translation>todos los canales</translation>
    </message>
    <message>
        <source>Record an opt-out</source>
        <translation>Registrar una baja</translation>
    </message>
    <message>
        <source>The contact no longer wants to be contacted by {where}. How did they say so? (optional)</source>
        <translation>El contacto ya no quiere que se le contacte por {where}. ¿Cómo lo dijo? (opcional)</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;Select a contact to see its details.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;Seleccione un contacto para ver sus datos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(cerrado)</translation>
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
        <translation>escrito a mano</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation>Cerrar el contacto</translation>
    </message>
    <message>
        <source>A closed contact stays on file but gets no mailings.</source>
        <translation>Un contacto cerrado se conserva, pero no recibe envíos.</translation>
    </message>
    <message>
        <source>Reopen contact</source>
        <translation>Reabrir el contacto</translation>
    </message>
    <message>
        <source>Your role ({role}) cannot change contacts.</source>
        <translation>Su rol ({role}) no puede modificar contactos.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Email ({label})</source>
        <translation>Correo ({label})</translation>
    </message>
    <message>
        <source>Phone ({label})</source>
        <translation>Teléfono ({label})</translation>
    </message>
    <message>
        <source>Address ({label})</source>
        <translation>Dirección ({label})</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Purged on</source>
        <translation>Se purga el</translation>
    </message>
    <message>
        <source>{date} (retention), unless reopened</source>
        <translation>{date} (conservación), salvo que se reabra</translation>
    </message>
    <message>
        <source>private to the owner (and administrators)</source>
        <translation>privado del propietario (y los administradores)</translation>
    </message>
    <message>
        <source>everyone in the vault</source>
        <translation>todos en la bóveda</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>{owner}; visible to {who}</source>
        <translation>{owner}; visible para {who}</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Retención legal</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Contact closed</source>
        <translation>Contacto cerrado</translation>
    </message>
    <message>
        <source>{name} is closed: no mailings go to them. Unless reopened (or held), the contact and everything about it will be purged on or after {isoformat}, as the retention setting for closed contacts says.</source>
        <translation>{name} está cerrado: ya no recibe envíos. Si no se reabre (o se retiene), el contacto y todo lo relacionado se purgarán el {isoformat} o después, según el ajuste de conservación de contactos cerrados.</translation>
    </message>
</context>
<context>
    <name>ContactDossierMenu</name>
    <message>
        <source>Select one or more contacts first.</source>
        <translation>Seleccione primero uno o varios contactos.</translation>
    </message>
    <message>
        <source>Save dossier as PDF…</source>
        <translation>Guardar el dosier como PDF…</translation>
    </message>
    <message>
        <source>Print dossier…</source>
        <translation>Imprimir el dosier…</translation>
    </message>
    <message numerus="yes">
        <source>Save dossiers of %n contacts as PDF…</source>
        <translation>
            <numerusform>Guardar el dosier de %n contacto como PDF…</numerusform>
            <numerusform>Guardar los dosieres de %n contactos como PDF…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print dossiers of %n contacts…</source>
        <translation>
            <numerusform>Imprimir el dosier de %n contacto…</numerusform>
            <numerusform>Imprimir los dosieres de %n contactos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier saved</source>
        <translation>Expediente guardado</translation>
    </message>
    <message>
        <source>Saved {file} ({size} KB).</source>
        <translation>Se ha guardado {file} ({size} KB).</translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>e.g. Dr.</source>
        <translation>p. ej. Dr.</translation>
    </message>
    <message>
        <source>e.g. Jr.</source>
        <translation>p. ej. hijo</translation>
    </message>
    <message>
        <source>e.g. https://example.com</source>
        <translation>p. ej. https://example.com</translation>
    </message>
    <message>
        <source>separate tags with commas, e.g. customer, vip</source>
        <translation>separe las etiquetas con comas, p. ej. cliente, vip</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Business default</source>
        <translation>Predeterminado de la empresa</translation>
    </message>
    <message>
        <source>Private: only the owner and administrators can see this contact</source>
        <translation>Privado: solo el propietario y los administradores ven este contacto</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Middle name:</source>
        <translation>Segundo nombre:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Apellidos:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Tratamiento:</translation>
    </message>
    <message>
        <source>Suffix:</source>
        <translation>Sufijo:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Sitio web:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>Correos:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Teléfonos:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Direcciones:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Cumpleaños:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Add a person who was erased?</source>
        <translation>¿Añadir a una persona que fue borrada?</translation>
    </message>
    <message>
        <source>Add, opted out of everything</source>
        <translation>Añadir, dada de baja de todo</translation>
    </message>
</context>
<context>
    <name>ContactPhotoWidget</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Quitar la foto</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Ilegible</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>No se puede leer {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is {size} KiB; a photo is at most 1 MiB. Choose a smaller picture.</source>
        <translation>{name} ocupa {size} KiB; una foto ocupa como mucho 1 MiB. Elija una imagen más pequeña.</translation>
    </message>
    <message>
        <source>{name} is not a picture ContactWeb can show (PNG, JPEG, GIF, WebP or BMP).</source>
        <translation>{name} no es una imagen que ContactWeb pueda mostrar (PNG, JPEG, GIF, WebP o BMP).</translation>
    </message>
</context>
<context>
    <name>ContactRemindersTab</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>what to do, e.g. Call back about the quote</source>
        <translation>qué hacer, p. ej. Devolver la llamada sobre el presupuesto</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Añadir recordatorio</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
</context>
<context>
    <name>ContactSalesTab</name>
    <message>
        <source>Add sale…</source>
        <translation>Añadir venta…</translation>
    </message>
    <message>
        <source>Set status of selected sale</source>
        <translation>Cambiar estado de la venta seleccionada</translation>
    </message>
    <message>
        <source>Won and invoiced: {amounts}</source>
        <translation>Ganadas y facturadas: {amounts}</translation>
    </message>
    <message>
        <source>No won or invoiced sales yet.</source>
        <translation>Aún no hay ventas ganadas ni facturadas.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
</context>
<context>
    <name>ContactTimelineTab</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>(%n file(s))</source>
        <translation>(%n archivo(s))</translation>
    </message>
    <message>
        <source>{kind} in</source>
        <translation>{kind} entrante</translation>
    </message>
    <message>
        <source>{kind} out</source>
        <translation>{kind} saliente</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Registrar:</translation>
    </message>
    <message>
        <source>Your role ({role}) cannot log communications.</source>
        <translation>Su rol ({role}) no puede registrar comunicaciones.</translation>
    </message>
    <message>
        <source>Send email…</source>
        <translation>Enviar correo…</translation>
    </message>
    <message>
        <source>Save attachment…</source>
        <translation>Guardar adjunto…</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Reproducir la grabación</translation>
    </message>
    <message>
        <source>Select a communication to read it.</source>
        <translation>Seleccione una comunicación para leerla.</translation>
    </message>
    <message>
        <source>No communications logged yet.</source>
        <translation>Aún no hay comunicaciones anotadas.</translation>
    </message>
    <message>
        <source>{kind}, incoming, {when}</source>
        <translation>{kind}, entrante, {when}</translation>
    </message>
    <message>
        <source>{kind}, outgoing, {when}</source>
        <translation>{kind}, saliente, {when}</translation>
    </message>
    <message>
        <source>{kind}, {when}</source>
        <translation>{kind}, {when}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>{name} ({size} bytes), recording kept until {until}</source>
        <translation>{name} ({size} bytes), grabación conservada hasta {until}</translation>
    </message>
    <message>
        <source>{name} ({size} bytes)</source>
        <translation>{name} ({size} bytes)</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>No se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>No program on this computer plays this file. Use “Save attachment” and open it with a media player.</source>
        <translation>Ningún programa de este equipo reproduce este archivo. Use «Guardar adjunto» y ábralo con un reproductor multimedia.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Search names, companies, emails, phones, notes, tags</source>
        <translation>Buscar nombres, empresas, correos, teléfonos, notas, etiquetas</translation>
    </message>
    <message>
        <source>Active and closed</source>
        <translation>Activos y cerrados</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Could not read the contacts: {message}</source>
        <translation>No se pudieron leer los contactos: {message}</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts closed</source>
        <translation>Contactos cerrados</translation>
    </message>
    <message>
        <source>Contact closed</source>
        <translation>Contacto cerrado</translation>
    </message>
    <message>
        <source>1 contact is closed:</source>
        <translation>1 contacto está cerrado:</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts are closed:</source>
        <translation>
            <numerusform>%n contacto está cerrado:</numerusform>
            <numerusform>%n contactos están cerrados:</numerusform>
        </translation>
    </message>
    <message>
        <source>no mailings go to them. Unless reopened (or held), they will be purged on or after {date}, as the retention setting for closed contacts says.</source>
        <translation>ya no reciben envíos. Si no se reabren (o se retienen), se purgarán el {date} o después, según el ajuste de conservación de contactos cerrados.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Anotar una llamada…</translation>
    </message>
    <message numerus="yes">
        <source>Close %n selected</source>
        <translation>
            <numerusform>Cerrar %n seleccionado</numerusform>
            <numerusform>Cerrar %n seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n selected</source>
        <translation>
            <numerusform>Reabrir %n seleccionado</numerusform>
            <numerusform>Reabrir %n seleccionados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>ContactWeb met an unexpected error.

Your data is safe: everything saved before this is in the encrypted vault. Save any open edits you can, then restart ContactWeb. If it happens again, send the log file below to whoever supports ContactWeb for you; the log holds no names, emails or phone numbers.</source>
        <translation>ContactWeb ha encontrado un error inesperado.

Sus datos están a salvo: todo lo guardado antes está en la bóveda cifrada. Guarde los cambios abiertos que pueda y reinicie ContactWeb. Si vuelve a ocurrir, envíe el archivo de registro de abajo a quien le dé soporte de ContactWeb; el registro no contiene nombres, correos ni teléfonos.</translation>
    </message>
    <message>
        <source>ContactWeb: unexpected error</source>
        <translation>ContactWeb: error inesperado</translation>
    </message>
    <message>
        <source>Log: {value}</source>
        <translation>Registro: {value}</translation>
    </message>
</context>
<context>
    <name>DeleteVaultDialog</name>
    <message>
        <source>Delete this vault</source>
        <translation>Eliminar esta bóveda</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Delete every contact, communication, sale and setting in {escape}?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The vault&apos;s files are overwritten and removed, and the passwords ContactWeb stored for it are forgotten. Nobody can sign in to it again. This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;¿Eliminar todos los contactos, comunicaciones, ventas y ajustes de {escape}?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Los archivos de la bóveda se sobrescriben y eliminan, y se olvidan las contraseñas que ContactWeb guardó para ella. Nadie podrá volver a iniciar sesión. No se puede deshacer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Also delete every backup of it ({what})</source>
        <translation>Eliminar también todas sus copias de seguridad ({what})</translation>
    </message>
    <message>
        <source>No backup destination is configured</source>
        <translation>No hay ningún destino de copias configurado</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;{escape}&lt;/b&gt; to confirm:</source>
        <translation>Escriba &lt;b&gt;{escape}&lt;/b&gt; para confirmar:</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Su contraseña:</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Su contraseña</translation>
    </message>
    <message>
        <source>Delete vault</source>
        <translation>Eliminar la bóveda</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Deleting the backups and then the vault…</source>
        <translation>Eliminando las copias y después la bóveda…</translation>
    </message>
    <message>
        <source>Deleting the vault…</source>
        <translation>Borrando la bóveda…</translation>
    </message>
    <message>
        <source>The vault at {folder} was deleted: {count} files overwritten and removed.</source>
        <translation>Se ha borrado la bóveda de {folder}: {count} archivos sobrescritos y eliminados.</translation>
    </message>
    <message>
        <source>Every backup of it was deleted ({count} objects).</source>
        <translation>Se borraron todas sus copias de seguridad ({count} objetos).</translation>
    </message>
</context>
<context>
    <name>DialogHost</name>
    <message>
        <source>Discard the changes to this contact?</source>
        <translation>¿Descartar los cambios de este contacto?</translation>
    </message>
    <message>
        <source>Discard the changes to this communication?</source>
        <translation>¿Descartar los cambios de esta comunicación?</translation>
    </message>
    <message>
        <source>Discard the changes to this consent record?</source>
        <translation>¿Descartar los cambios de este registro de consentimiento?</translation>
    </message>
    <message>
        <source>Discard the changes to this sale?</source>
        <translation>¿Descartar los cambios de esta venta?</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
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
    <name>DraftKeeper</name>
    <message>
        <source>Unsaved changes from your last session</source>
        <translation>Cambios sin guardar de su última sesión</translation>
    </message>
    <message>
        <source>a contact you were editing</source>
        <translation>un contacto que estaba editando</translation>
    </message>
    <message>
        <source>a new contact you had not saved yet</source>
        <translation>un contacto nuevo que aún no había guardado</translation>
    </message>
    <message>
        <source>ContactWeb signed you out while you were working on {what}. Your changes were kept, encrypted in the vault, for you only.</source>
        <translation>ContactWeb cerró su sesión mientras trabajaba en {what}. Sus cambios se guardaron, cifrados en la bóveda, solo para usted.</translation>
    </message>
    <message>
        <source>Restore them into an editor, discard them, or decide later (they are offered again at your next sign-in).</source>
        <translation>Recupérelos en un editor, descártelos o decida más tarde (se le ofrecerán de nuevo en su próximo inicio de sesión).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>The contact these changes were for is no longer there (or no longer yours to see), so they were dropped.</source>
        <translation>El contacto al que iban estos cambios ya no existe (o ya no puede verlo), así que se han descartado.</translation>
    </message>
</context>
<context>
    <name>DuplicateEmailWarning</name>
    <message>
        <source>Open the existing one</source>
        <translation>Abrir el existente</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>&lt;b&gt;This may be a duplicate.&lt;/b&gt; {escape} already has {escape2}{more}. Open the existing contact instead, or save this one anyway.</source>
        <translation>&lt;b&gt;Puede ser un duplicado.&lt;/b&gt; {escape} ya tiene {escape2}{more}. Abra el contacto existente o guarde este de todos modos.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Merge the right one into the left</source>
        <translation>Fusionar el de la derecha en el de la izquierda</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>Intercambiar lados</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>Deshacer la última fusión</translation>
    </message>
    <message>
        <source>Merges made</source>
        <translation>Fusiones realizadas</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message>
        <source>Could not look for duplicates: {error}</source>
        <translation>No se pudieron buscar duplicados: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that look like one person.</source>
        <translation>
            <numerusform>%n pareja que parece una sola persona.</numerusform>
            <numerusform>%n parejas que parecen una sola persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>No se han encontrado duplicados.</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Fusionar contactos</translation>
    </message>
    <message>
        <source>Merge {other_name} (#{other_id}) into {keep_name} (#{keep_id})? Its emails, phones, addresses, tags, communications, sales and reminders move over, and an opt-out on either side stays. You can undo it at any time under &quot;Merges made&quot;.</source>
        <translation>¿Fusionar {other_name} (n.º {other_id}) en {keep_name} (n.º {keep_id})? Sus correos, teléfonos, direcciones, etiquetas, comunicaciones, ventas y recordatorios se trasladan, y una baja en cualquiera de los dos lados se mantiene. Puede deshacerlo en cualquier momento en «Fusiones realizadas».</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer: {what}</translation>
    </message>
</context>
<context>
    <name>EraseContactDialog</name>
    <message>
        <source>Erase contact</source>
        <translation>Borrar contacto</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erase {escaped_name} for good?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This removes the contact and everything about them: communications, attachments and recordings, reminders, consent history, drafts, outgoing messages and search entries. Sales stay in the accounts without the person. Only a receipt without personal data is kept. This cannot be undone.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Copies in backups&lt;/b&gt; made before now still hold the contact until they are pruned, but every restore re-applies this erasure before anyone can use the restored vault, so the person never comes back from a backup.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;¿Borrar {escaped_name} para siempre?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Se elimina el contacto y todo lo relativo a él: comunicaciones, adjuntos y grabaciones, recordatorios, historial de consentimientos, borradores, mensajes salientes y entradas de búsqueda. Las ventas se quedan en la contabilidad sin la persona. Solo se conserva un recibo sin datos personales. No se puede deshacer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Las copias en las copias de seguridad&lt;/b&gt; hechas antes de ahora aún contienen el contacto hasta que se depuren, pero cada restauración vuelve a aplicar este borrado antes de que nadie pueda usar la bóveda restaurada, así que la persona nunca vuelve desde una copia.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the contact&apos;s name to confirm:</source>
        <translation>Escriba el nombre del contacto para confirmar:</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Erasing and cleaning the vault file…</source>
        <translation>Borrando y limpiando el archivo de la bóveda…</translation>
    </message>
    <message>
        <source>The contact was erased. The vault keeps this receipt as the erasure record; save it as a PDF (or print it) as your proof. It holds no personal data.</source>
        <translation>El contacto se ha borrado. La bóveda conserva este recibo como registro del borrado; guárdelo como PDF (o imprímalo) como prueba. No contiene datos personales.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Saved to {written}</source>
        <translation>Guardado en {written}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Erasure receipt</source>
        <translation>Justificante de borrado</translation>
    </message>
    <message>
        <source>The receipt has not been saved or printed. Save it as a PDF now? The vault keeps the erasure record either way.</source>
        <translation>El recibo no se ha guardado ni impreso. ¿Guardarlo como PDF ahora? La bóveda conserva el registro del borrado de todos modos.</translation>
    </message>
</context>
<context>
    <name>ErasureReceiptsDialog</name>
    <message>
        <source>Erasure receipts</source>
        <translation>Recibos de borrado</translation>
    </message>
    <message>
        <source>Reading the erasure records…</source>
        <translation>Leyendo los registros de borrado…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Could not read the erasure records: {exc}</source>
        <translation>No se pudieron leer los registros de borrado: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>%n erasure record(s); none holds personal data.</source>
        <translation>
            <numerusform>%n registro de borrado; ninguno contiene datos personales.</numerusform>
            <numerusform>%n registros de borrado; ninguno contiene datos personales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has been erased yet.</source>
        <translation>Aún no se ha borrado a nadie.</translation>
    </message>
    <message>
        <source>Saved to {written}</source>
        <translation>Guardado en {written}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV for Google Contacts</source>
        <translation>CSV para Google Contactos</translation>
    </message>
    <message>
        <source>CSV for Outlook</source>
        <translation>CSV para Outlook</translation>
    </message>
    <message>
        <source>vCard 3.0 (Apple, most phones)</source>
        <translation>vCard 3.0 (Apple, la mayoría de los teléfonos)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>LDIF (Thunderbird address book)</source>
        <translation>LDIF (libreta de direcciones de Thunderbird)</translation>
    </message>
    <message>
        <source>ContactWeb JSON (everything, for scripts)</source>
        <translation>JSON de ContactWeb (todo, para scripts)</translation>
    </message>
    <message>
        <source>A copy of the contacts (with their consent per channel)</source>
        <translation>Una copia de los contactos (con su consentimiento por canal)</translation>
    </message>
    <message>
        <source>An email mailing: only those who may receive it, their email address only</source>
        <translation>Un envío por correo: solo quienes pueden recibirlo, solo su dirección de correo</translation>
    </message>
    <message>
        <source>A postal mailing: only those who may receive it, their address only</source>
        <translation>Un envío postal: solo quienes pueden recibirlo, solo su dirección</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>Contacts with the tag</source>
        <translation>Contactos con la etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>El contacto seleccionado (%n)</numerusform>
            <numerusform>Los %n contactos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds personal data: keep it somewhere safe and delete it when it is no longer needed.</source>
        <translation>El archivo contiene datos personales: guárdelo en un lugar seguro y elimínelo cuando ya no lo necesite.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>The contacts the current search finds</source>
        <translation>Los contactos que encuentra la búsqueda actual</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation>búsqueda «{text}»</translation>
    </message>
    <message>
        <source>tag “{tag}”</source>
        <translation>etiqueta «{tag}»</translation>
    </message>
    <message>
        <source>closed only</source>
        <translation>solo cerrados</translation>
    </message>
    <message>
        <source>active only</source>
        <translation>solo activos</translation>
    </message>
    <message>
        <source>The current list: {what}</source>
        <translation>La lista actual: {what}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>{chosen} will be exported.</source>
        <translation>Se exportarán: {chosen}.</translation>
    </message>
    <message>
        <source>Of {chosen}, only those who may receive {channel} mailings will be exported.</source>
        <translation>De {chosen}, solo se exportarán quienes puedan recibir envíos por {channel}.</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln contacto escrito en {path}.</numerusform>
            <numerusform>%Ln contactos escritos en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) for a postal mailing written to {path}.</source>
        <translation>
            <numerusform>%Ln destinatario de un envío postal escrito en {path}.</numerusform>
            <numerusform>%Ln destinatarios de un envío postal escritos en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) for an email mailing written to {path}.</source>
        <translation>
            <numerusform>%Ln destinatario de un envío por correo escrito en {path}.</numerusform>
            <numerusform>%Ln destinatarios de un envío por correo escritos en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out, %Ln contact(s):</source>
        <translation>
            <numerusform>Omitido, %Ln contacto:</numerusform>
            <numerusform>Omitidos, %Ln contactos:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln contact(s).</source>
        <translation>
            <numerusform>Omitido: %Ln contacto.</numerusform>
            <numerusform>Omitidos: %Ln contactos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldMappingWidget</name>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Por ejemplo</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Import {name} as</source>
        <translation>Importar {name} como</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to ContactWeb</source>
        <translation>Bienvenido a ContactWeb</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Crear la bóveda</translation>
    </message>
    <message>
        <source>Where should ContactWeb keep your data?</source>
        <translation>¿Dónde debe guardar ContactWeb sus datos?</translation>
    </message>
    <message>
        <source>Everything is stored in one encrypted folder, the vault.</source>
        <translation>Todo se guarda en una sola carpeta cifrada: la bóveda.</translation>
    </message>
    <message>
        <source>Contacts, communications, recordings and sales are encrypted on disk; only people with an account can open them. The default folder is private to your user account on this computer. Pick another folder to keep the vault on a different disk.</source>
        <translation>Los contactos, comunicaciones, grabaciones y ventas se cifran en el disco; solo las personas con una cuenta pueden abrirlos. La carpeta propuesta es privada de su cuenta en este equipo. Elija otra carpeta para guardar la bóveda en otro disco.</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Open an existing vault instead…</source>
        <translation>Abrir en su lugar una bóveda existente…</translation>
    </message>
    <message>
        <source>Connect to a team server…</source>
        <translation>Conectar con un servidor del equipo…</translation>
    </message>
    <message>
        <source>Use a contact base on your office&apos;s PostgreSQL server instead of a vault on this computer</source>
        <translation>Usar una base de contactos en el servidor PostgreSQL de la oficina en lugar de una bóveda en este equipo</translation>
    </message>
    <message>
        <source>Vault folder:</source>
        <translation>Carpeta de la bóveda:</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Crear el primer administrador</translation>
    </message>
    <message>
        <source>This account adds the other staff members and their roles.</source>
        <translation>Esta cuenta añade al resto del personal y sus roles.</translation>
    </message>
    <message>
        <source>e.g. maria</source>
        <translation>p. ej. maria</translation>
    </message>
    <message>
        <source>There is no way to recover a forgotten password without another administrator: write it down somewhere safe.</source>
        <translation>No hay forma de recuperar una contraseña olvidada sin otro administrador: anótela en un lugar seguro.</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>p. ej. ES</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Región telefónica predeterminada</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read in this country (from this computer&apos;s language settings); change it if the business is elsewhere.</source>
        <translation>Los números escritos sin prefijo de país se leen en este país (según la configuración de idioma de este equipo); cámbielo si la empresa está en otro lugar.</translation>
    </message>
    <message>
        <source>This computer&apos;s language settings name no country, so none is set: type the two-letter code (DE, GB, US, ...) where phone numbers without a country code belong, or set it later in Administration.</source>
        <translation>La configuración de idioma de este equipo no indica ningún país, así que no hay ninguno: escriba el código de dos letras (ES, MX, US, ...) del país de los teléfonos sin prefijo, o fíjelo más tarde en Administración.</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repetir la contraseña:</translation>
    </message>
    <message>
        <source>Phone region:</source>
        <translation>Región telefónica:</translation>
    </message>
    <message>
        <source>Try it with demo data?</source>
        <translation>¿Probar con datos de demostración?</translation>
    </message>
    <message>
        <source>Fictional contacts to explore ContactWeb before entering your own.</source>
        <translation>Contactos ficticios para conocer ContactWeb antes de introducir los suyos.</translation>
    </message>
    <message>
        <source>Add fictional demo contacts</source>
        <translation>Añadir contactos ficticios de demostración</translation>
    </message>
    <message>
        <source> contacts</source>
        <translation> contactos</translation>
    </message>
    <message>
        <source>Each demo contact has made-up emails (example.com), phone numbers from ranges reserved for fiction, an address, tags, and some calls, sales, reminders and consent records. Every demo contact carries the tag “demo”, so you can find them all later. Leave this off for a vault you start using right away.</source>
        <translation>Cada contacto de demostración tiene correos inventados (example.com), teléfonos de rangos reservados para la ficción, una dirección, etiquetas y algunas llamadas, ventas, recordatorios y consentimientos. Todos llevan la etiqueta «demo», para encontrarlos luego. Déjelo desactivado en una bóveda que vaya a usar de inmediato.</translation>
    </message>
    <message>
        <source>Step {number} of {count}. {subTitle}</source>
        <translation>Paso {number} de {count}. {subTitle}</translation>
    </message>
    <message>
        <source>Choose a folder for the vault</source>
        <translation>Elegir una carpeta para la bóveda</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Elegir la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>There is no ContactWeb vault in {folder}.</source>
        <translation>No hay ninguna bóveda de ContactWeb en {folder}.</translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation>Elija una carpeta para la bóveda.</translation>
    </message>
    <message>
        <source>There is already a vault in this folder. Choose another folder, or cancel and sign in to that vault.</source>
        <translation>Ya hay una bóveda en esta carpeta. Elija otra carpeta, o cancele e inicie sesión en esa bóveda.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Esto es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>ContactWeb user guide</source>
        <translation>Guía de ContactWeb</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texto de la guía</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Exportar contactos…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Buscar &amp;duplicados…</translation>
    </message>
</context>
<context>
    <name>ImportDuplicatesTableModel</name>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Update existing</source>
        <translation>Actualizar el existente</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>Crear nuevo</translation>
    </message>
    <message>
        <source>repeated in this file ({entry})</source>
        <translation>repetido en este archivo ({entry})</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Contact files (*.csv *.tsv *.tab *.txt *.vcf *.vcard *.ldif *.ldi *.json);;LDIF address books (*.ldif *.ldi);;All files (*)</source>
        <translation>Archivos de contactos (*.csv *.tsv *.tab *.txt *.vcf *.vcard *.ldif *.ldi *.json);;Libretas de direcciones LDIF (*.ldif *.ldi);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <extracomment>how many entries of a CSV file are read for the mapping and the preview</extracomment>
        <translation>No se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>A CSV export (Google, Outlook, Yahoo, Apple, LinkedIn, Thunderbird or any spreadsheet), a vCard file, an LDIF address book, or a ContactWeb JSON file.</source>
        <translation>Una exportación CSV (Google, Outlook, Yahoo, Apple, LinkedIn, Thunderbird o cualquier hoja de cálculo), un archivo vCard, una libreta de direcciones LDIF o un archivo JSON de ContactWeb.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>El archivo que se va a importar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Recognise it from the file</source>
        <translation>Reconocerlo por el archivo</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Nothing is written until you confirm the preview. Imported contacts start with consent unknown on every channel.</source>
        <translation>No se escribe nada hasta que confirme la vista previa. Los contactos importados empiezan con el consentimiento desconocido en todos los canales.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Which column is what?</source>
        <translation>¿Qué contiene cada columna?</translation>
    </message>
    <message>
        <source>Check which field is what</source>
        <translation>Comprobar qué contiene cada campo</translation>
    </message>
    <message numerus="yes">
        <source>{format} with %n entry(s).</source>
        <translation>
            <numerusform>{format} con %n entrada.</numerusform>
            <numerusform>{format} con %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>ContactWeb recognised this file as a {layout} export.</source>
        <translation>ContactWeb ha reconocido este archivo como una exportación de {layout}.</translation>
    </message>
    <message>
        <source>Check which column is what</source>
        <translation>Comprobar qué contiene cada columna</translation>
    </message>
    <message>
        <source>ContactWeb does not know this file&apos;s columns. Choose what each one holds; columns left as &quot;(not imported)&quot; are skipped.</source>
        <translation>ContactWeb no conoce las columnas de este archivo. Elija qué contiene cada una; las columnas que queden en «(no se importa)» se omiten.</translation>
    </message>
    <message>
        <source>Each field of the file goes where shown; send one elsewhere or leave it out. Left as it is, the file is imported as it was written.</source>
        <translation>Cada campo del archivo va donde se indica; envíe alguno a otro sitio o déjelo fuera. Tal cual, el archivo se importa como se escribió.</translation>
    </message>
    <message>
        <source>A first guess is filled in from the closest known layout and the column names: check it.</source>
        <translation>Se ha rellenado una primera propuesta a partir del formato conocido más parecido y los nombres de las columnas: revísela.</translation>
    </message>
    <message>
        <source>A {format} file</source>
        <translation>Un archivo {format}</translation>
    </message>
    <message>
        <source>Each column goes where shown. Change any that is wrong; left as it is, the file is read exactly as that program wrote it.</source>
        <translation>Cada columna va donde se indica. Cambie lo que esté mal; si lo deja así, el archivo se lee tal como lo escribió ese programa.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Placing the fields…</source>
        <translation>Colocando los campos…</translation>
    </message>
    <message>
        <source>Choose at least one column to import.</source>
        <translation>Elija al menos una columna para importar.</translation>
    </message>
    <message>
        <source>Reading the file with these columns…</source>
        <translation>Leyendo el archivo con estas columnas…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Comprobar antes de importar</translation>
    </message>
    <message>
        <source>The first entries as they will be stored</source>
        <translation>Las primeras entradas tal como se guardarán</translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation>Para cada duplicado:</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Seleccionados:</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Skip these entries and import the rest</source>
        <translation>Omitir estas entradas e importar el resto</translation>
    </message>
    <message>
        <source>Entries that cannot be imported as they are</source>
        <translation>Entradas que no se pueden importar tal como están</translation>
    </message>
    <message>
        <source>Add them anyway, opted out of every channel (only if they came back to you themselves)</source>
        <translation>Añadirlas de todos modos, dadas de baja de todos los canales (solo si volvieron a contactarle por su cuenta)</translation>
    </message>
    <message>
        <source>People who were erased before</source>
        <translation>Personas borradas anteriormente</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Checking the file against the vault…</source>
        <translation>Comparando el archivo con la bóveda…</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back, or close the window.</source>
        <translation>La comprobación se ha cancelado. Vuelva atrás o cierre la ventana.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>If later entries cannot be imported as they are, skip them and import the rest</source>
        <translation>Si entradas posteriores no pueden importarse tal como están, omitirlas e importar el resto</translation>
    </message>
    <message numerus="yes">
        <source>Entries matching a person who asked to be erased (%n): </source>
        <translation>
            <numerusform>Entrada que coincide con una persona que pidió ser borrada (%n): </numerusform>
            <numerusform>Entradas que coinciden con una persona que pidió ser borrada (%n): </numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} nuevos</translation>
    </message>
    <message>
        <source>{count} already in the vault</source>
        <translation>{count} ya en la bóveda</translation>
    </message>
    <message>
        <source>{count} repeated in this file</source>
        <translation>{count} repetidos en este archivo</translation>
    </message>
    <message>
        <source>{count} like a contact but with other email addresses (imported unless you choose otherwise)</source>
        <translation>{count} parecidos a un contacto pero con otras direcciones de correo (se importan salvo que elija otra cosa)</translation>
    </message>
    <message numerus="yes">
        <source>Entries read: %n ({format_name}): {parts}, {count} that cannot be imported as they are.</source>
        <translation>
            <numerusform>Entrada leída: %n ({format_name}): {parts}, {count} que no se pueden importar tal como están.</numerusform>
            <numerusform>Entradas leídas: %n ({format_name}): {parts}, {count} que no se pueden importar tal como están.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Omitirlos</translation>
    </message>
    <message>
        <source>Update the existing contacts</source>
        <translation>Actualizar los contactos existentes</translation>
    </message>
    <message>
        <source>Create new contacts anyway</source>
        <translation>Crear contactos nuevos de todos modos</translation>
    </message>
    <message numerus="yes">
        <source>These are the first entries of a file of about %n: the rest are checked as they are imported, and their duplicates are handled as chosen for every duplicate.</source>
        <translation>
            <numerusform>Estas son las primeras entradas de un archivo de unas %n entrada: el resto se comprueba al importarlo, y sus duplicados se tratan como se eligió para cada duplicado.</numerusform>
            <numerusform>Estas son las primeras entradas de un archivo de unas %n entradas: el resto se comprueba al importarlo, y sus duplicados se tratan como se eligió para cada duplicado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>La importación se ha cancelado; no se ha importado nada.</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>New contacts: {count}</source>
        <translation>Contactos nuevos: {count}</translation>
    </message>
    <message>
        <source>Existing contacts updated: {count}</source>
        <translation>Contactos existentes actualizados: {count}</translation>
    </message>
    <message>
        <source>Duplicates skipped: {count}</source>
        <translation>Duplicados omitidos: {count}</translation>
    </message>
    <message>
        <source>  {source} is like contact {id} ({reason})</source>
        <translation>  {source} se parece al contacto {id} ({reason})</translation>
    </message>
    <message>
        <source>Not imported, erased before: {count}</source>
        <translation>No importados, borrados antes: {count}</translation>
    </message>
    <message>
        <source>Opt-outs recorded from the file: {count}</source>
        <translation>Bajas registradas desde el archivo: {count}</translation>
    </message>
    <message>
        <source>  {source}: contact {id} opted out of {channel}</source>
        <translation>  {source}: el contacto {id} se dio de baja de {channel}</translation>
    </message>
    <message>
        <source>Skipped, cannot be imported as they are: {count}</source>
        <translation>Omitidos, no se pueden importar tal cual: {count}</translation>
    </message>
    <message>
        <source>Notes: {count}</source>
        <translation>Notas: {count}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) imported from {file}.</source>
        <translation>
            <numerusform>%n contacto importado de {file}.</numerusform>
            <numerusform>%n contactos importados de {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Importación detenida</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled. The first {done} entries of the file were imported as listed below, in whole batches; the entries from {first} on (about %n) were not imported, and nothing of them was written.</source>
        <translation>
            <numerusform>Importación cancelada. Las primeras {done} entradas del archivo se importaron en lotes completos, como se indica abajo; las entradas a partir de la {first} (unas %n) no se importaron, y no se escribió nada de ellas.</numerusform>
            <numerusform>Importación cancelada. Las primeras {done} entradas del archivo se importaron en lotes completos, como se indica abajo; las entradas a partir de la {first} (unas %n) no se importaron, y no se escribió nada de ellas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import stopped at an entry that cannot be imported (listed below). The first {done} entries of the file were imported as listed below, in whole batches; the entries from {first} on (about %n) were not imported. Import the file again with those entries skipped: the contacts already imported are then found as duplicates.</source>
        <translation>
            <numerusform>Importación detenida en una entrada que no puede importarse (indicada abajo). Las primeras {done} entradas del archivo se importaron en lotes completos, como se indica abajo; las entradas a partir de la {first} (unas %n) no se importaron. Importe el archivo de nuevo omitiendo esas entradas: los contactos ya importados se reconocerán entonces como duplicados.</numerusform>
            <numerusform>Importación detenida en una entrada que no puede importarse (indicada abajo). Las primeras {done} entradas del archivo se importaron en lotes completos, como se indica abajo; las entradas a partir de la {first} (unas %n) no se importaron. Importe el archivo de nuevo omitiendo esas entradas: los contactos ya importados se reconocerán entonces como duplicados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSampleTableModel</name>
    <message>
        <source>Cannot be imported: {problem}</source>
        <translation>No se puede importar: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
</context>
<context>
    <name>LabelledRowsWidget</name>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>facturación</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>envío</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
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
        <translation>Correo electrónico</translation>
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
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>ContactWeb speaks the chosen language from its next start.</source>
        <translation>ContactWeb usará el idioma elegido a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>LogCommunicationDialog</name>
    <message>
        <source>Edit a communication with {name}</source>
        <translation>Editar una comunicación con {name}</translation>
    </message>
    <message>
        <source>Log a communication with {name}</source>
        <translation>Registrar una comunicación con {name}</translation>
    </message>
    <message>
        <source>With &lt;b&gt;{escape}&lt;/b&gt;</source>
        <translation>Con &lt;b&gt;{escape}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Outgoing (we contacted them)</source>
        <translation>Saliente (contactamos nosotros)</translation>
    </message>
    <message>
        <source>Incoming (they contacted us)</source>
        <translation>Entrante (nos contactaron)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Tick an attachment that is a call recording: recordings are deleted after the retention period.</source>
        <translation>Marque el adjunto que sea una grabación de llamada: las grabaciones se eliminan tras el periodo de conservación.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Añadir archivo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Tick the files that are call recordings; they are deleted after the retention period.</source>
        <translation>Marque los archivos que sean grabaciones de llamadas; se eliminan tras el periodo de conservación.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sentido:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>No se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>Saving attachments</source>
        <translation>Guardando adjuntos</translation>
    </message>
    <message>
        <source>Storing the attachments in the vault…</source>
        <translation>Guardando los adjuntos en la bóveda…</translation>
    </message>
</context>
<context>
    <name>MailingChecklistPage</name>
    <message>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Opt-out text</source>
        <translation>Texto de baja</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Nothing is sent until every line is ticked. After Send there is no going back; Cancel stops after the message in hand.</source>
        <translation>No se envía nada hasta que todas las líneas estén marcadas. Después de «Enviar» no hay vuelta atrás; «Cancelar» se detiene tras el mensaje en curso.</translation>
    </message>
    <message>
        <source>Mailing settings…</source>
        <translation>Ajustes de envío…</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <source>no sender address</source>
        <translation>sin dirección de remitente</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s); </source>
        <translation>
            <numerusform>%n contacto; </numerusform>
            <numerusform>%n contactos; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n excluido</numerusform>
            <numerusform>%n excluidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s)</source>
        <translation>
            <numerusform>Enviar %n mensaje</numerusform>
            <numerusform>Enviar %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: a placeholder; set the business&apos;s name in the settings before sending</source>
        <translation>{name}: un texto de ejemplo; indique el nombre de la empresa en los ajustes antes de enviar</translation>
    </message>
    <message>
        <source>{address}: looks like a placeholder</source>
        <translation>{address}: parece un texto de ejemplo</translation>
    </message>
    <message>
        <source>missing: every mailing must carry it</source>
        <translation>falta: cada envío debe incluirla</translation>
    </message>
    <message>
        <source>no recipient to check</source>
        <translation>ningún destinatario que comprobar</translation>
    </message>
    <message>
        <source>footer with the postal address and how to unsubscribe, and a List-Unsubscribe header, in every message</source>
        <translation>pie con la dirección postal y cómo darse de baja, y una cabecera List-Unsubscribe, en cada mensaje</translation>
    </message>
    <message>
        <source>the opt-out footer is missing from the message</source>
        <translation>falta el pie de baja en el mensaje</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
</context>
<context>
    <name>MailingComposePage</name>
    <message>
        <source>Compose</source>
        <translation>Redactar</translation>
    </message>
    <message>
        <source>Merge fields such as {first_name} are filled in per recipient; {first_name|friend} gives a fallback. The footer with your postal address and how to unsubscribe is added to every message.</source>
        <translation>Los campos de combinación como {first_name} se rellenan para cada destinatario; {first_name|friend} da un valor alternativo. El pie con su dirección postal y cómo darse de baja se añade a cada mensaje.</translation>
    </message>
    <message>
        <source>Dear {first_name|customer},

…</source>
        <translation>Estimado/a {first_name|customer}:

…</translation>
    </message>
    <message>
        <source>Optional: the same message as HTML</source>
        <translation>Opcional: el mismo mensaje en HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>HTML (optional)</source>
        <translation>HTML (opcional)</translation>
    </message>
    <message>
        <source>Insert a merge field…</source>
        <translation>Insertar un campo de combinación…</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Vista previa para:</translation>
    </message>
    <message>
        <source>No recipient to preview.</source>
        <translation>No hay ningún destinatario que previsualizar.</translation>
    </message>
    <message>
        <source>To: {name} &lt;{address}&gt;</source>
        <translation>Para: {name} &lt;{address}&gt;</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
</context>
<context>
    <name>MailingImapDialog</name>
    <message>
        <source>SSL/TLS (port 993)</source>
        <translation>SSL/TLS (puerto 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (puerto 143)</translation>
    </message>
    <message>
        <source>None (this computer or a trusted network only)</source>
        <translation>Ninguna (solo este equipo o una red de confianza)</translation>
    </message>
    <message>
        <source>Process replies from IMAP</source>
        <translation>Procesar respuestas desde IMAP</translation>
    </message>
    <message>
        <source>List folders</source>
        <translation>Mostrar carpetas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Read replies</source>
        <translation>Leer respuestas</translation>
    </message>
    <message>
        <source>IMAP server:</source>
        <translation>Servidor IMAP:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Received in the last:</source>
        <translation>Recibidos en los últimos:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Certificado del servidor:</translation>
    </message>
    <message>
        <source>Unencrypted IMAP?</source>
        <translation>¿IMAP sin cifrar?</translation>
    </message>
    <message>
        <source>{host} is not this computer. Without encryption the password and every reply cross the network readable by anyone on the way. Use it only on a network you trust.</source>
        <translation>{host} no es este equipo. Sin cifrado, la contraseña y cada respuesta viajan por la red legibles para cualquiera en el camino. Úselo solo en una red de confianza.</translation>
    </message>
    <message>
        <source>Connect unencrypted</source>
        <translation>Conectar sin cifrar</translation>
    </message>
    <message>
        <source>Give the IMAP server&apos;s name.</source>
        <translation>Indique el nombre del servidor IMAP.</translation>
    </message>
    <message>
        <source>IMAP folders</source>
        <translation>Carpetas IMAP</translation>
    </message>
    <message>
        <source>Listing the folders of {host}…</source>
        <translation>Obteniendo las carpetas de {host}…</translation>
    </message>
</context>
<context>
    <name>MailingOneToOneDialog</name>
    <message>
        <source>Email {display_name}</source>
        <translation>Escribir a {display_name}</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>{display_name} has no email address.</source>
        <translation>{display_name} no tiene dirección de correo.</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Opted out of email</source>
        <translation>Se dio de baja del correo</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
</context>
<context>
    <name>MailingPostDialog</name>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Etiquetas de dirección</translation>
    </message>
    <message>
        <source>Choose who gets the {kind}…</source>
        <translation>Elegir los destinatarios ({kind})…</translation>
    </message>
    <message>
        <source>Everyone who may receive post</source>
        <translation>Todos los que pueden recibir correo postal</translation>
    </message>
    <message>
        <source>Tagged {name}</source>
        <translation>Con la etiqueta {name}</translation>
    </message>
    <message>
        <source>Only contacts matching this search (optional)</source>
        <translation>Solo los contactos que coinciden con esta búsqueda (opcional)</translation>
    </message>
    <message>
        <source>Load template…</source>
        <translation>Cargar plantilla…</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Guardar como plantilla…</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Avery L7160 (A4, 21 labels)</source>
        <translation>Avery L7160 (A4, 21 etiquetas)</translation>
    </message>
    <message>
        <source>Avery 5160 (US Letter, 30 labels)</source>
        <translation>Avery 5160 (US Letter, 30 etiquetas)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Make PDF</source>
        <translation>Crear PDF</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Enviar a:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Saved templates:</source>
        <translation>Plantillas guardadas:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <source>First free label:</source>
        <translation>Primera etiqueta libre:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation>Plantillas guardadas</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>First free label</source>
        <translation>Primera etiqueta libre</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Left out, with the reason</source>
        <translation>Excluidos, con el motivo</translation>
    </message>
    <message>
        <source>Choose who gets them first.</source>
        <translation>Elija primero los destinatarios.</translation>
    </message>
    <message>
        <source>Saved templates…</source>
        <translation>Plantillas guardadas…</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Ninguna guardada todavía</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Guardar la plantilla</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
    <message>
        <source>Saved the template {stored!r}.</source>
        <translation>Se ha guardado la plantilla {stored!r}.</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Eliminar la plantilla</translation>
    </message>
    <message>
        <source>Delete the template {name!r}?</source>
        <translation>¿Eliminar la plantilla {name!r}?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Wrote {included} {kind} to {out}.</source>
        <translation>{included} {kind} escritas en {out}.</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Plantilla de carta</translation>
    </message>
    <message>
        <source>Subject: News from {business_name}
Dear {first_name|customer},



Kind regards
{business_name}</source>
        <translation>Subject: Novedades de {business_name}
Hola, {first_name|customer}:



Un cordial saludo
{business_name}</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read {value}: {exc}</source>
        <translation>No se puede leer {value}: {exc}</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Guardar el PDF como</translation>
    </message>
    <message>
        <source>Choose who gets the {kind} first.</source>
        <translation>Elija primero los destinatarios ({kind}).</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Elija dónde guardar el PDF.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation>{name} ya existe en {parent}. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Checking consent and addresses, then making the PDF…</source>
        <translation>Comprobando consentimientos y direcciones, y creando el PDF…</translation>
    </message>
    <message>
        <source>{error} Everyone left out is listed with the reason:</source>
        <translation>{error} Todos los excluidos aparecen con el motivo:</translation>
    </message>
    <message>
        <source>Wrote {included} {kind} to {out}. {count} contacts left out:</source>
        <translation>Se han escrito {included} ({kind}) en {out}. {count} contactos excluidos:</translation>
    </message>
</context>
<context>
    <name>MailingRecipientsPage</name>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Only contacts who gave express consent to email, and did not opt out, receive a mailing.</source>
        <translation>Solo reciben un envío los contactos que aceptaron expresamente el correo y no se dieron de baja.</translation>
    </message>
    <message>
        <source>Only contacts matching this search (optional)</source>
        <translation>Solo los contactos que coinciden con esta búsqueda (opcional)</translation>
    </message>
    <message>
        <source>Check recipients</source>
        <translation>Comprobar destinatarios</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>Checking consent and addresses…</source>
        <translation>Comprobando consentimientos y direcciones…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will receive this mailing.</source>
        <translation>
            <numerusform>%n contacto recibirá este envío.</numerusform>
            <numerusform>%n contactos recibirán este envío.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out:</source>
        <translation>
            <numerusform>%n excluido:</numerusform>
            <numerusform>%n excluidos:</numerusform>
        </translation>
    </message>
    <message>
        <source>No one in {what} may receive a mailing ({count} left out).</source>
        <translation>Nadie en {what} puede recibir un envío ({count} excluidos).</translation>
    </message>
    <message>
        <source>The selection changed: check the recipients again.</source>
        <translation>La selección ha cambiado: vuelva a comprobar los destinatarios.</translation>
    </message>
</context>
<context>
    <name>MailingRepliesDialog</name>
    <message>
        <source>no contact</source>
        <translation>sin contacto</translation>
    </message>
    <message>
        <source>Opt-outs from replies</source>
        <translation>Bajas recibidas en respuestas</translation>
    </message>
    <message>
        <source>Take the selected replies as opt-out requests</source>
        <translation>Tomar las respuestas seleccionadas como solicitudes de baja</translation>
    </message>
    <message>
        <source>Read {checked} messages: {count} ask to opt out, {count2} other replies for you to read, {automatic} automatic replies set aside. Nothing is recorded until you press the button.</source>
        <translation>Se han leído {checked} mensajes: {count} piden la baja, {count2} otras respuestas para que las lea, {automatic} respuestas automáticas apartadas. No se registra nada hasta que pulse el botón.</translation>
    </message>
    <message>
        <source>Replies that did not ask in words ContactWeb knows. Read them: a request to stop in other words is still a request.</source>
        <translation>Respuestas que no lo piden con palabras que ContactWeb conoce. Léalas: una petición de baja con otras palabras sigue siendo una petición.</translation>
    </message>
    <message>
        <source>No other replies to read.</source>
        <translation>No hay más respuestas que leer.</translation>
    </message>
    <message>
        <source>Record {to_record} opt-outs</source>
        <translation>Registrar {to_record} bajas</translation>
    </message>
    <message>
        <source>Recorded {recorded} opt-outs, each with its message as evidence.</source>
        <translation>Se han registrado {recorded} bajas, cada una con su mensaje como prueba.</translation>
    </message>
</context>
<context>
    <name>MailingReportPage</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Fallidos:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Excluidos:</translation>
    </message>
    <message>
        <source>Nothing was sent: {error}</source>
        <translation>No se ha enviado nada: {error}</translation>
    </message>
    <message>
        <source>Mailing {id} was queued but sending stopped: {error} Use &apos;Resume sending&apos; on the Mailings page.</source>
        <translation>El envío {id} se puso en cola, pero el envío se detuvo: {error} Use «Reanudar el envío» en la página Envíos.</translation>
    </message>
    <message>
        <source>Mailing {id}: sent {sent} of {queued}.</source>
        <translation>Envío {id}: enviados {sent} de {queued}.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them were handed to the server without its confirmation (not sent again; see the outbox).</source>
        <translation>
            <numerusform>%n de ellos se entregó al servidor sin su confirmación (no se vuelve a enviar; vea la bandeja de salida).</numerusform>
            <numerusform>%n de ellos se entregaron al servidor sin su confirmación (no se vuelven a enviar; vea la bandeja de salida).</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: {left_out}. Failed: {failed}.</source>
        <translation>Excluidos: {left_out}. Fallidos: {failed}.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait in the outbox: use &apos;Resume sending&apos; on the Mailings page.</source>
        <translation>
            <numerusform>%n mensaje espera en la bandeja de salida: use «Reanudar el envío» en la página Envíos.</numerusform>
            <numerusform>%n mensajes esperan en la bandeja de salida: use «Reanudar el envío» en la página Envíos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailingRetryTimer</name>
    <message>
        <source>Sending stopped.</source>
        <translation>El envío se ha detenido.</translation>
    </message>
</context>
<context>
    <name>MailingSendPage</name>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancelar el envío</translation>
    </message>
    <message>
        <source>Queueing the mailing…</source>
        <translation>Poniendo el envío en cola…</translation>
    </message>
    <message>
        <source>Sent or checked {done} of {total} messages…</source>
        <translation>Enviados o comprobados {done} de {total} mensajes…</translation>
    </message>
    <message>
        <source>Stopping after the message in hand…</source>
        <translation>Deteniendo tras el mensaje en curso…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>MailingSettingsDialog</name>
    <message>
        <source>Mailing settings</source>
        <translation>Ajustes de envío</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (puerto 465)</translation>
    </message>
    <message>
        <source>None (trusted network only)</source>
        <translation>Ninguna (solo red de confianza)</translation>
    </message>
    <message>
        <source>stored in the {place}; leave empty to keep it</source>
        <translation>guardada en: {place}; déjelo vacío para conservarla</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>ninguna guardada</translation>
    </message>
    <message>
        <source>the name every mailing&apos;s footer carries</source>
        <translation>el nombre que lleva el pie de cada envío</translation>
    </message>
    <message>
        <source>Street
Town and postcode
Country</source>
        <translation>Calle
Código postal y ciudad
País</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source> messages per minute</source>
        <translation> mensajes por minuto</translation>
    </message>
    <message>
        <source>Send a test to myself…</source>
        <translation>Enviarme una prueba…</translation>
    </message>
    <message>
        <source>Sends one real message with these settings, saved or not</source>
        <translation>Envía un mensaje real con estos ajustes, guardados o no</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Servidor SMTP:</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nombre de la empresa:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Nombre del remitente:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Dirección del remitente:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Dirección postal:</translation>
    </message>
    <message>
        <source>Throttle:</source>
        <translation>Límite de ritmo:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Certificado del servidor:</translation>
    </message>
    <message>
        <source>Send a test to myself</source>
        <translation>Enviarme una prueba</translation>
    </message>
    <message>
        <source>Send the test message to:</source>
        <translation>Enviar el mensaje de prueba a:</translation>
    </message>
    <message>
        <source>Sending a test message to {value}…</source>
        <translation>Enviando un mensaje de prueba a {value}…</translation>
    </message>
</context>
<context>
    <name>MailingWizard</name>
    <message>
        <source>New email mailing</source>
        <translation>Nuevo envío por correo</translation>
    </message>
</context>
<context>
    <name>MailingsTab</name>
    <message>
        <source>New email mailing…</source>
        <translation>Nuevo envío por correo…</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Reanudar el envío</translation>
    </message>
    <message>
        <source>Retry failed…</source>
        <translation>Reintentar fallidos…</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Cartas…</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Etiquetas…</translation>
    </message>
    <message>
        <source>Process replies…</source>
        <translation>Procesar respuestas…</translation>
    </message>
    <message>
        <source>Replies from IMAP…</source>
        <translation>Respuestas desde IMAP…</translation>
    </message>
    <message>
        <source>Record opt-out from a reply…</source>
        <translation>Registrar una baja a partir de una respuesta…</translation>
    </message>
    <message>
        <source>Mailing settings…</source>
        <translation>Ajustes de envío…</translation>
    </message>
    <message>
        <source>Release the claim…</source>
        <translation>Liberar la reserva…</translation>
    </message>
    <message>
        <source>Mailings are sent by managers and administrators.</source>
        <translation>Los envíos los hacen los responsables y los administradores.</translation>
    </message>
    <message>
        <source>Set these with &quot;Mailing settings…&quot; above.</source>
        <translation>Configúrelo con «Ajustes de envío…» más arriba.</translation>
    </message>
    <message>
        <source>An administrator sets these in Mailing settings.</source>
        <translation>Un administrador lo configura en los ajustes de envío.</translation>
    </message>
    <message>
        <source>Retry failed messages</source>
        <translation>Reintentar los mensajes fallidos</translation>
    </message>
    <message>
        <source>Try every failed message of this mailing again? Their addresses will no longer be marked undeliverable.</source>
        <translation>¿Volver a intentar cada mensaje fallido de este envío? Sus direcciones dejarán de estar marcadas como no entregables.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>This mailing has no failed messages.</source>
        <translation>Este envío no tiene mensajes fallidos.</translation>
    </message>
    <message>
        <source>Deferred messages are being tried again right now; resume when that run has finished.</source>
        <translation>Ahora mismo se están reintentando los mensajes aplazados; reanude cuando termine esa pasada.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sending what waits in the outbox…</source>
        <translation>Enviando lo que espera en la bandeja de salida…</translation>
    </message>
    <message>
        <source>Sending stopped.</source>
        <translation>El envío se ha detenido.</translation>
    </message>
    <message>
        <source>Sent {sent}, failed {failed}, no longer eligible {excluded}.</source>
        <translation>Enviados {sent}, fallidos {failed}, ya no admitidos {excluded}.</translation>
    </message>
    <message>
        <source>{count} still wait; the next attempt at {when} UTC.</source>
        <translation>{count} siguen esperando; próximo intento a las {when} UTC.</translation>
    </message>
    <message>
        <source>{count} still wait.</source>
        <translation>{count} siguen esperando.</translation>
    </message>
    <message>
        <source>Deferred messages tried again: </source>
        <translation>Mensajes aplazados reintentados: </translation>
    </message>
    <message>
        <source>Deferred messages are due, but were not sent: {message}</source>
        <translation>Hay mensajes aplazados pendientes que no se han enviado: {message}</translation>
    </message>
    <message>
        <source>Release the claim</source>
        <translation>Liberar la reserva</translation>
    </message>
    <message>
        <source>Release this mailing from the desktop that was sending it? Do this only when that desktop is gone for good (it is refused while that desktop is still connected). Messages it had handed to the mail server without a recorded outcome will count as sent and not be sent again; Resume sending then sends the rest from this computer.</source>
        <translation>¿Liberar este envío del equipo que lo estaba enviando? Hágalo solo si ese equipo ya no está (se rechaza mientras siga conectado). Los mensajes que había entregado al servidor de correo sin resultado registrado contarán como enviados y no se volverán a enviar; «Reanudar el envío» envía después el resto desde este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>Released the claim: %n message(s) handed over by the lost desktop count as sent. Resume sending to send the rest.</source>
        <translation>
            <numerusform>Reserva liberada: %n mensaje entregado por el equipo perdido cuenta como enviado. «Reanudar el envío» envía el resto.</numerusform>
            <numerusform>Reserva liberada: %n mensajes entregados por el equipo perdido cuentan como enviados. «Reanudar el envío» envía el resto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replies: .eml files or an mbox file</source>
        <translation>Respuestas: archivos .eml o un archivo mbox</translation>
    </message>
    <message>
        <source>Mail (*.eml *.mbox *.mbx);;All (*)</source>
        <translation>Correo (*.eml *.mbox *.mbx);;Todos (*)</translation>
    </message>
    <message>
        <source>Reading replies</source>
        <translation>Leyendo respuestas</translation>
    </message>
    <message>
        <source>Looking for requests to unsubscribe…</source>
        <translation>Buscando solicitudes de baja…</translation>
    </message>
    <message>
        <source>Reading {folder} on {host}…</source>
        <translation>Leyendo {folder} en {host}…</translation>
    </message>
    <message>
        <source>Not read in full</source>
        <translation>Lectura incompleta</translation>
    </message>
    <message>
        <source>Only the text of these messages was read:
</source>
        <translation>De estos mensajes solo se ha leído el texto:
</translation>
    </message>
    <message>
        <source>Recorded {recorded} opt-outs from replies.</source>
        <translation>Se han registrado {recorded} bajas a partir de respuestas.</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Rebotes</translation>
    </message>
    <message>
        <source>{count} bounces say mail cannot reach {shown}{value}. Mark these addresses undeliverable, so later mailings leave them out?</source>
        <translation>{count} rebotes indican que el correo no puede llegar a {shown}{value}. ¿Marcar estas direcciones como no entregables para que los envíos siguientes las excluyan?</translation>
    </message>
    <message>
        <source>Mark undeliverable</source>
        <translation>Marcar como no entregable</translation>
    </message>
    <message>
        <source>Marked {marked} contacts&apos; addresses undeliverable.</source>
        <translation>Se han marcado como no entregables las direcciones de {marked} contactos.</translation>
    </message>
    <message>
        <source>The reply (.eml)</source>
        <translation>La respuesta (.eml)</translation>
    </message>
    <message>
        <source>Mail (*.eml);;All (*)</source>
        <translation>Correo (*.eml);;Todos (*)</translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation>Registrar la baja</translation>
    </message>
    <message>
        <source>No contact has the address {address}.</source>
        <translation>Ningún contacto tiene la dirección {address}.</translation>
    </message>
    <message>
        <source>Record that {names} ({address}) opted out of email, with this reply as evidence?</source>
        <translation>¿Registrar que {names} ({address}) se dio de baja del correo, con esta respuesta como prueba?</translation>
    </message>
    <message>
        <source>Recorded the opt-out of {names}.</source>
        <translation>Se ha registrado la baja de {names}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Nuevo contacto…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Cambiar mi contraseña…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar se&amp;sión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Log a call with the selected contact…</source>
        <translation>&amp;Registrar una llamada con el contacto seleccionado…</translation>
    </message>
    <message>
        <source>&amp;Print the selected contacts&apos; dossier…</source>
        <translation>&amp;Imprimir el expediente de los contactos seleccionados…</translation>
    </message>
    <message>
        <source>Save the selected contacts&apos; dossier as P&amp;DF…</source>
        <translation>Guardar el expediente de los contactos seleccionados como P&amp;DF…</translation>
    </message>
    <message>
        <source>Erasure &amp;receipts…</source>
        <translation>&amp;Recibos de borrado…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About ContactWeb</source>
        <translation>&amp;Acerca de ContactWeb</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock ContactWeb (Ctrl+L): the vault closes until you sign in again.</source>
        <translation>Bloquear ContactWeb (Ctrl+L): la bóveda se cierra hasta que vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out: the vault closes and the next person signs in with their own password.</source>
        <translation>Cerrar sesión: la bóveda se cierra y la siguiente persona inicia sesión con su propia contraseña.</translation>
    </message>
    <message>
        <source>Signed in as {username} ({role})</source>
        <translation>Sesión iniciada como {username} ({role})</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Your new password works from the next sign-in.</source>
        <translation>Su nueva contraseña sirve a partir del próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>About ContactWeb</source>
        <translation>Acerca de ContactWeb</translation>
    </message>
    <message>
        <source>ContactWeb {version__}

A privacy-first CRM for small businesses. Contacts, communications, recordings and sales stay in an encrypted vault on this computer.

The command line (&apos;contactweb --help&apos;) does the same work without a window.</source>
        <translation>ContactWeb {version__}

Un CRM para pequeñas empresas que pone la privacidad primero. Los contactos, comunicaciones, grabaciones y ventas se quedan en una bóveda cifrada en este equipo.

La línea de órdenes (&apos;contactweb --help&apos;) hace el mismo trabajo sin ventana.</translation>
    </message>
</context>
<context>
    <name>MergeChoicesWidget</name>
    <message>
        <source>opted out</source>
        <translation>dado de baja</translation>
    </message>
    <message>
        <source>consented</source>
        <translation>consentido</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no preguntado</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Email ({label}): {address}</source>
        <translation>Correo ({label}): {address}</translation>
    </message>
    <message>
        <source>Phone ({label}): {number}</source>
        <translation>Teléfono ({label}): {number}</translation>
    </message>
    <message>
        <source>Address ({label}): {address}</source>
        <translation>Dirección ({label}): {address}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nada registrado</translation>
    </message>
    <message>
        <source>Consent: {consent}</source>
        <translation>Consentimiento: {consent}</translation>
    </message>
    <message>
        <source>Communications: {count}</source>
        <translation>Comunicaciones: {count}</translation>
    </message>
    <message>
        <source>Sales: {count}</source>
        <translation>Ventas: {count}</translation>
    </message>
    <message>
        <source>Reminders: {count}</source>
        <translation>Recordatorios: {count}</translation>
    </message>
    <message>
        <source>Contact kept</source>
        <translation>Contacto conservado</translation>
    </message>
    <message>
        <source>Contact merged into it</source>
        <translation>Contacto combinado en él</translation>
    </message>
    <message>
        <source>Where they differ, keep:</source>
        <translation>Donde difieran, conservar:</translation>
    </message>
    <message>
        <source>Emails, phones, addresses, tags, notes and all history are united; an opt-out on either side stays.</source>
        <translation>Correos, teléfonos, direcciones, etiquetas, notas y todo el historial se unen; una baja en cualquiera de los dos lados se mantiene.</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>conservar</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>MergeHistoryTableModel</name>
    <message>
        <source>undone</source>
        <translation>deshecha</translation>
    </message>
    <message>
        <source>can be undone</source>
        <translation>se puede deshacer</translation>
    </message>
</context>
<context>
    <name>MergeHistoryWidget</name>
    <message>
        <source>Merges made</source>
        <translation>Fusiones realizadas</translation>
    </message>
    <message>
        <source>Undo this merge</source>
        <translation>Deshacer esta fusión</translation>
    </message>
    <message>
        <source>Put both contacts back as they were before this merge; what was added to the kept one since stays with it.</source>
        <translation>Devolver ambos contactos a como estaban antes de esta fusión; lo que se haya añadido después al conservado se queda con él.</translation>
    </message>
    <message numerus="yes">
        <source>%n merge(s), {open_ones} can be undone.</source>
        <translation>
            <numerusform>%n fusión, {open_ones} se pueden deshacer.</numerusform>
            <numerusform>%n fusiones, {open_ones} se pueden deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No merges yet.</source>
        <translation>Aún no hay fusiones.</translation>
    </message>
    <message>
        <source>Could not read the merges: {error}</source>
        <translation>No se pudieron leer las fusiones: {error}</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Deshacer la fusión</translation>
    </message>
    <message>
        <source>Put {merged_name} (#{merged_id}) back as a contact of its own and {kept_name} as it was before the merge?</source>
        <translation>¿Devolver {merged_name} (n.º {merged_id}) como contacto propio y {kept_name} a como estaba antes de la fusión?</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Elegir una contraseña nueva</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>Your administrator set a temporary password. Choose your own password now; nobody else will know it.</source>
        <translation>Su administrador le asignó una contraseña temporal. Elija ahora la suya; nadie más la conocerá.</translation>
    </message>
    <message>
        <source>Your password unlocks the vault for you. Other users&apos; passwords do not change.</source>
        <translation>Su contraseña desbloquea la bóveda para usted. Las contraseñas de los demás usuarios no cambian.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Contraseña actual:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Contraseña nueva:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Repetir la contraseña nueva:</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Establecer la contraseña</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>The connection to the team server was lost, so this was not saved. What you typed is kept here: ContactWeb connects again by itself, so try again in a moment (or check the office network).</source>
        <translation>Se perdió la conexión con el servidor del equipo, así que no se ha guardado. Lo que escribió se conserva aquí: ContactWeb se vuelve a conectar solo, así que inténtelo de nuevo en un momento (o revise la red de la oficina).</translation>
    </message>
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
    <name>OptionalDateEdit</name>
    <message>
        <source>not given</source>
        <translation>no indicada</translation>
    </message>
</context>
<context>
    <name>OutcomeLine</name>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>The technical details, for whoever supports you</source>
        <translation>Los detalles técnicos, para quien le dé soporte</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Mailings</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
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
    <name>PdfPrinter</name>
    <message>
        <source>Print {title}</source>
        <translation>Imprimir {title}</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>Vista previa de impresión: {title}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
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
    <message>
        <source>all time</source>
        <translation>todo el periodo</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Export what we hold…</source>
        <translation>Exportar lo que guardamos…</translation>
    </message>
    <message>
        <source>Everything about this contact as JSON, files and a PDF summary, to answer an access request.</source>
        <translation>Todo lo relativo a este contacto en JSON, archivos y un resumen en PDF, para responder a una solicitud de acceso.</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Legal hold…</source>
        <translation>Retención legal…</translation>
    </message>
    <message>
        <source>Release legal hold…</source>
        <translation>Levantar la retención legal…</translation>
    </message>
    <message>
        <source>Let the contact be erased and purged again.</source>
        <translation>Permitir de nuevo borrar y purgar el contacto.</translation>
    </message>
    <message>
        <source>Keep this contact: no erasure and no retention purge until released.</source>
        <translation>Conservar este contacto: sin borrado ni purga hasta que se levante.</translation>
    </message>
    <message>
        <source>Under a legal hold: release it before erasing.</source>
        <translation>Bajo retención legal: levántela antes de borrar.</translation>
    </message>
    <message>
        <source>Remove this contact and everything about them for good.</source>
        <translation>Eliminar para siempre este contacto y todo lo relativo a él.</translation>
    </message>
    <message>
        <source>Where should the access report go?</source>
        <translation>¿Dónde guardar el informe de acceso?</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Informe de acceso</translation>
    </message>
    <message>
        <source>The access report was written to {parent}.

It holds personal data: hand it only to the person it is about.</source>
        <translation>El informe de acceso se ha escrito en {parent}.

Contiene datos personales: entréguelo solo a la persona a la que se refiere.</translation>
    </message>
    <message>
        <source>Release legal hold</source>
        <translation>Levantar la retención legal</translation>
    </message>
    <message>
        <source>Release the legal hold? The contact can then be erased and the retention rules apply to it again.</source>
        <translation>¿Levantar la retención legal? El contacto podrá borrarse y las reglas de conservación volverán a aplicarse.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Levantar</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Retención legal</translation>
    </message>
    <message>
        <source>Why must this contact be kept? Give the case or request (for example &quot;Case 2026-17&quot;); the reason goes into the audit log, so no names.</source>
        <translation>¿Por qué hay que conservar este contacto? Indique el caso o la solicitud (por ejemplo &quot;Caso 2026-17&quot;); el motivo va al registro de auditoría, así que sin nombres.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>ReceiptOutput</name>
    <message>
        <source>Save erasure receipt</source>
        <translation>Guardar el recibo de borrado</translation>
    </message>
    <message>
        <source>Erasure receipt {id}</source>
        <translation>Justificante de borrado {id}</translation>
    </message>
    <message>
        <source>Print erasure receipt</source>
        <translation>Imprimir el recibo de borrado</translation>
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
    <name>ReminderTableModel</name>
    <message>
        <source>Overdue since {when}</source>
        <translation>Vencido desde {when}</translation>
    </message>
    <message>
        <source>Due {when}</source>
        <translation>Vence {when}</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(sin contacto)</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>hoy {time}</translation>
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
    <name>ReportsTab</name>
    <message>
        <source>Contact directory</source>
        <translation>Directorio de contactos</translation>
    </message>
    <message>
        <source>Everyone in a selection, grouped A to Z, with phones, emails and city.</source>
        <translation>Todas las personas de una selección, de la A a la Z, con teléfonos, correos y ciudad.</translation>
    </message>
    <message>
        <source>Contact dossier</source>
        <translation>Expediente del contacto</translation>
    </message>
    <message>
        <source>Every detail of the chosen contacts: consent history, communications, sales and open reminders, each contact from a new page of one PDF.</source>
        <translation>Todos los datos de los contactos elegidos: historial de consentimientos, comunicaciones, ventas y recordatorios abiertos, cada contacto en una página nueva de un mismo PDF.</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>Informe de ventas</translation>
    </message>
    <message>
        <source>Totals by month, product and customer for a period, per currency.</source>
        <translation>Totales por mes, producto y cliente en un periodo, por moneda.</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Informe de actividad</translation>
    </message>
    <message>
        <source>Communications per user and kind, week by week.</source>
        <translation>Comunicaciones por usuario y tipo, semana a semana.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Counts by status, tag and region and sales totals, with no personal data: safe to share outside the business.</source>
        <translation>Recuentos por estado, etiqueta y región y totales de ventas, sin datos personales: se puede compartir fuera de la empresa.</translation>
    </message>
    <message>
        <source>None chosen: select contacts on the Contacts page, right-click and choose &quot;Save dossier as PDF…&quot; or &quot;Print dossier…&quot;.</source>
        <translation>Ninguno elegido: seleccione contactos en la página Contactos, haga clic con el botón derecho y elija «Guardar expediente como PDF…» o «Imprimir expediente…».</translation>
    </message>
    <message>
        <source>Only contacts matching this search (optional)</source>
        <translation>Solo los contactos que coinciden con esta búsqueda (opcional)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Informe:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contactos:</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Creando el informe…</translation>
    </message>
    <message>
        <source>Making the report to print…</source>
        <translation>Creando el informe para imprimir…</translation>
    </message>
    <message>
        <source>Saved {file} ({size} KB).</source>
        <translation>Se ha guardado {file} ({size} KB).</translation>
    </message>
    <message>
        <source>Sent the report “{title}” to the printer.</source>
        <translation>Se ha enviado el informe «{title}» a la impresora.</translation>
    </message>
</context>
<context>
    <name>RestoredCopyWidget</name>
    <message>
        <source>Restored copy</source>
        <translation>Copia restaurada</translation>
    </message>
    <message>
        <source>Make it a new vault…</source>
        <translation>Convertirla en una bóveda nueva…</translation>
    </message>
    <message>
        <source>Keep this copy as a vault of its own, with backups to a destination of its own</source>
        <translation>Conservar esta copia como bóveda propia, con copias a un destino propio</translation>
    </message>
    <message>
        <source>Replace the live vault…</source>
        <translation>Reemplazar la bóveda en uso…</translation>
    </message>
    <message>
        <source>Put this copy in place of the live vault; the live vault&apos;s files are kept aside</source>
        <translation>Poner esta copia en lugar de la bóveda en uso; sus archivos se apartan</translation>
    </message>
    <message>
        <source>{what} The live vault is in {source_folder}. Until you adopt this copy it has no backup destination and no schedule.</source>
        <translation>{what} La bóveda en uso está en {source_folder}. Hasta que adopte esta copia, no tiene destino de copias ni programación.</translation>
    </message>
    <message>
        <source>Make it a new vault</source>
        <translation>Convertirla en una bóveda nueva</translation>
    </message>
    <message>
        <source>Keep this copy as a vault of its own? It gets its own backups: choose a destination for them afterwards (the live vault&apos;s destination refuses it). The live vault is not changed.</source>
        <translation>¿Conservar esta copia como bóveda propia? Tendrá sus propias copias: elija después su destino (el destino de la bóveda en uso la rechaza). La bóveda en uso no cambia.</translation>
    </message>
    <message>
        <source>Replace the live vault</source>
        <translation>Reemplazar la bóveda en uso</translation>
    </message>
    <message>
        <source>Put this copy in place of the live vault in {source_folder}? Everything changed in the live vault since this backup was taken is set aside with it (its files are kept as *.before-adopt-*). The copy takes over the live vault&apos;s backups, and you sign in again. Close ContactWeb wherever the live vault is open first.</source>
        <translation>¿Poner esta copia en lugar de la bóveda en uso de {source_folder}? Todo lo que cambió en la bóveda en uso desde esta copia se aparta con ella (sus archivos se guardan como *.before-adopt-*). La copia asume las copias de seguridad de la bóveda en uso y usted vuelve a iniciar sesión. Cierre antes ContactWeb dondequiera que la bóveda en uso esté abierta.</translation>
    </message>
</context>
<context>
    <name>RetentionRunDialog</name>
    <message>
        <source>Call recordings older than {days} days that would be deleted (the call entries stay): {count}.</source>
        <translation>Grabaciones de llamadas de más de {days} días que se borrarían (las anotaciones de llamada se quedan): {count}.</translation>
    </message>
    <message>
        <source>Contacts closed more than {years} years ago that would be purged, each leaving only an erasure record: {count}.</source>
        <translation>Contactos cerrados hace más de {years} años que se purgarían, cada uno dejaría solo un registro de borrado: {count}.</translation>
    </message>
    <message>
        <source>Finished outgoing messages older than {days} days that would be removed: {count}.</source>
        <translation>Mensajes salientes terminados de más de {days} días que se retirarían: {count}.</translation>
    </message>
    <message>
        <source>Call recordings older than {days} days deleted (the call entries stay): {count}.</source>
        <translation>Grabaciones de llamadas de más de {days} días borradas (las anotaciones de llamada se quedan): {count}.</translation>
    </message>
    <message>
        <source>Contacts closed more than {years} years ago purged, each leaving only an erasure record: {count}.</source>
        <translation>Contactos cerrados hace más de {years} años purgados, cada uno deja solo un registro de borrado: {count}.</translation>
    </message>
    <message>
        <source>Finished outgoing messages older than {days} days removed: {count}.</source>
        <translation>Mensajes salientes terminados de más de {days} días retirados: {count}.</translation>
    </message>
    <message>
        <source>Kept under a legal hold: {contacts} contact(s), {recordings} recording(s).</source>
        <translation>Conservados por retención legal: {contacts} contacto(s), {recordings} grabación(es).</translation>
    </message>
    <message>
        <source>Contacts to be purged:</source>
        <translation>Contactos que se purgarán:</translation>
    </message>
    <message>
        <source>Contacts purged:</source>
        <translation>Contactos purgados:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>Run retention now</source>
        <translation>Aplicar la conservación ahora</translation>
    </message>
    <message>
        <source>The retention rules (Administration → Settings) remove old call recordings, contacts closed long ago and finished outgoing messages. They run by themselves once a day; this is what they would remove now.</source>
        <translation>Las reglas de conservación (Administración → Ajustes) eliminan grabaciones de llamadas antiguas, contactos cerrados hace tiempo y mensajes salientes terminados. Se aplican solas una vez al día; esto es lo que eliminarían ahora.</translation>
    </message>
    <message>
        <source>Checking what the rules would remove…</source>
        <translation>Comprobando qué retirarían las reglas…</translation>
    </message>
    <message>
        <source>Purge now…</source>
        <translation>Depurar ahora…</translation>
    </message>
    <message>
        <source>Nothing is due: the rules would remove nothing now.</source>
        <translation>No hay nada pendiente: las reglas no retirarían nada ahora.</translation>
    </message>
    <message>
        <source>Could not run the retention rules: {problem}</source>
        <translation>No se pudieron aplicar las reglas de conservación: {problem}</translation>
    </message>
    <message>
        <source>Purge now</source>
        <translation>Depurar ahora</translation>
    </message>
    <message>
        <source>Remove what is listed? Purged contacts and recordings cannot be brought back; only erasure records stay.</source>
        <translation>¿Eliminar lo indicado? Los contactos y grabaciones depurados no se pueden recuperar; solo quedan los registros de borrado.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Depurar</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Purging what the retention rules remove…</source>
        <translation>Depurando lo que eliminan las reglas de conservación…</translation>
    </message>
    <message>
        <source>Done. The vault file was cleaned so that nothing removed stays on disk.</source>
        <translation>Hecho. El archivo de la bóveda se ha limpiado para que nada eliminado quede en el disco.</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Add a sale</source>
        <translation>Añadir una venta</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>product or service</source>
        <translation>producto o servicio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Line {row} product</source>
        <translation>Línea {row}, producto</translation>
    </message>
    <message>
        <source>Line {row} quantity</source>
        <translation>Línea {row}, cantidad</translation>
    </message>
    <message>
        <source>Line {row} unit price</source>
        <translation>Línea {row}, precio unitario</translation>
    </message>
    <message>
        <source>Line {number} needs a product.</source>
        <translation>La línea {number} necesita un producto.</translation>
    </message>
    <message>
        <source>Line {number}: {problem}</source>
        <translation>Línea {number}: {problem}</translation>
    </message>
    <message>
        <source>Line {number}: {name} is a new product; give its unit price.</source>
        <translation>Línea {number}: {name} es un producto nuevo; indique su precio unitario.</translation>
    </message>
    <message>
        <source>Remove line {row}</source>
        <translation>Quitar la línea {row}</translation>
    </message>
    <message>
        <source>Total: –</source>
        <translation>Total: –</translation>
    </message>
    <message>
        <source>Total: {value}</source>
        <translation>Total: {value}</translation>
    </message>
</context>
<context>
    <name>SaleStatuses</name>
    <message>
        <source>Quote</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturada</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n venta</numerusform>
            <numerusform>%n ventas</numerusform>
        </translation>
    </message>
    <message>
        <source> ({description}). Total {counted}: {money}</source>
        <translation> ({description}). Total {counted}: {money}</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Too many failed sign-ins.</source>
        <translation>Demasiados inicios de sesión fallidos.</translation>
    </message>
    <message>
        <source>%n second(s)</source>
        <translation>%n segundo</translation>
    </message>
    <message>
        <source>Sign in to ContactWeb</source>
        <translation>Iniciar sesión en ContactWeb</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ContactWeb&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ContactWeb&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Other vault…</source>
        <translation>Otra bóveda…</translation>
    </message>
    <message>
        <source>Team server…</source>
        <translation>Servidor del equipo…</translation>
    </message>
    <message>
        <source>Connect to a team server: one contact base on PostgreSQL, shared by several computers</source>
        <translation>Conectar con un servidor del equipo: una base de contactos en PostgreSQL, compartida por varios equipos</translation>
    </message>
    <message>
        <source>your username</source>
        <translation>su nombre de usuario</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Shared computer: sign out sooner, keep nothing here</source>
        <translation>Equipo compartido: cerrar sesión antes, no guardar nada aquí</translation>
    </message>
    <message>
        <source>For a computer other people use too: ContactWeb signs out after a few minutes without use or when its window is minimised, remembers no username and stores no passwords in this computer&apos;s keyring.</source>
        <translation>Para un equipo que también usan otras personas: ContactWeb cierra la sesión tras unos minutos sin uso o al minimizar la ventana, no recuerda ningún nombre de usuario y no guarda contraseñas en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Shared computer: set for the whole vault by an administrator</source>
        <translation>Equipo compartido: activado para toda la bóveda por un administrador</translation>
    </message>
    <message>
        <source>An administrator turned shared-computer mode on for the whole vault: ContactWeb signs out sooner, remembers no username and stores no passwords on any computer that opens it.</source>
        <translation>Un administrador activó el modo de equipo compartido para toda la bóveda: ContactWeb cierra la sesión antes, no recuerda ningún nombre de usuario y no guarda contraseñas en ningún equipo que la abra.</translation>
    </message>
    <message>
        <source>Team server: {name} ({label})</source>
        <translation>Servidor del equipo: {name} ({label})</translation>
    </message>
    <message>
        <source>Vault: {vault_dir}</source>
        <translation>Bóveda: {vault_dir}</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Elegir la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>There is no ContactWeb vault in {folder}.</source>
        <translation>No hay ninguna bóveda de ContactWeb en {folder}.</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Choose your own password to continue: sign in again with the temporary password when you are ready.</source>
        <translation>Elija su propia contraseña para continuar: vuelva a iniciar sesión con la contraseña temporal cuando esté listo.</translation>
    </message>
    <message>
        <source>{headline} You can try again in {wait}.</source>
        <translation>{headline} Podrá volver a intentarlo dentro de {wait}.</translation>
    </message>
    <message>
        <source>{headline} You can try again now.</source>
        <translation>{headline} Ya puede volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>SignOutCountdownDialog</name>
    <message>
        <source>ContactWeb will sign you out</source>
        <translation>ContactWeb va a cerrar su sesión</translation>
    </message>
    <message>
        <source>Signing out in %n second(s)</source>
        <translation>Cierre de sesión en %n segundo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Are you still there?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Sigue ahí?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Seconds until sign-out</source>
        <translation>Segundos hasta el cierre de sesión</translation>
    </message>
    <message>
        <source>This computer is shared, so ContactWeb signs out when nobody has used it for a while.</source>
        <translation>Este equipo es compartido, así que ContactWeb cierra la sesión cuando nadie lo ha usado durante un rato.</translation>
    </message>
    <message>
        <source>ContactWeb locks itself when nobody has used it for a while.</source>
        <translation>ContactWeb se bloquea cuando nadie lo ha usado durante un rato.</translation>
    </message>
    <message>
        <source>{reason} Unsaved changes in an open editor are kept and offered back at your next sign-in.</source>
        <translation>{reason} Los cambios sin guardar de un editor abierto se conservan y se le ofrecerán en su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Seguir conectado</translation>
    </message>
    <message>
        <source>Sign out now</source>
        <translation>Cerrar sesión ahora</translation>
    </message>
</context>
<context>
    <name>SmtpPasswordDialog</name>
    <message>
        <source>SMTP password</source>
        <translation>Contraseña SMTP</translation>
    </message>
    <message>
        <source>To send, ContactWeb signs in to the SMTP server {server} as {value}. {why}</source>
        <translation>Para enviar, ContactWeb inicia sesión en el servidor SMTP {server} como {value}. {why}</translation>
    </message>
    <message>
        <source>(no user name)</source>
        <translation>(sin nombre de usuario)</translation>
    </message>
    <message>
        <source>Remember it in the encrypted vault (no keyring answers on this computer now)</source>
        <translation>Recordarla en la bóveda cifrada (ahora no responde ningún llavero en este equipo)</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring</source>
        <translation>Recordarla en el llavero de este equipo</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, but {why}.</source>
        <translation>La contraseña se guarda en el llavero de este equipo, pero {why}.</translation>
    </message>
    <message>
        <source>The password was not kept: {problem}</source>
        <translation>La contraseña no se ha guardado: {problem}</translation>
    </message>
    <message>
        <source>The SMTP password is kept in this computer&apos;s keyring.</source>
        <translation>La contraseña SMTP se guarda en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>The SMTP password is kept inside the encrypted vault: {reason}.</source>
        <translation>La contraseña SMTP se guarda dentro de la bóveda cifrada: {reason}.</translation>
    </message>
</context>
<context>
    <name>TableHeaders</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Se parece a</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation>Contacto existente</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Fusionado en él</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation>Excluido porque</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Preguntado</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Borrado el</translation>
    </message>
    <message>
        <source>Items removed</source>
        <translation>Elementos eliminados</translation>
    </message>
</context>
<context>
    <name>TeamBackupSecretsDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Team backups are taken as the database&apos;s owner and encrypted on this computer with the backup passphrase. Both are kept in this computer&apos;s keyring, never on the server. Keep the passphrase apart from the server as well: a restore needs it, and nobody can recover it.</source>
        <translation>Las copias de equipo se hacen como propietario de la base de datos y se cifran en este equipo con la frase de contraseña. Ambos se guardan en el llavero de este equipo, nunca en el servidor. Guarde también la frase lejos del servidor: una restauración la necesita y nadie puede recuperarla.</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>vacío: desde ~/.pgpass o PGPASSWORD</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>al menos {count} caracteres</translation>
    </message>
    <message>
        <source>Database owner:</source>
        <translation>Propietario de la base de datos:</translation>
    </message>
    <message>
        <source>Owner&apos;s password:</source>
        <translation>Contraseña del propietario:</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>Frase de contraseña de la copia:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Repita la frase:</translation>
    </message>
    <message>
        <source>Checking the owner&apos;s login and the passphrase…</source>
        <translation>Comprobando el inicio de sesión del propietario y la frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>TeamBackupWidget</name>
    <message>
        <source>Team vault</source>
        <translation>Bóveda de equipo</translation>
    </message>
    <message>
        <source>Backup passphrase…</source>
        <translation>Frase de contraseña de la copia…</translation>
    </message>
    <message>
        <source>The database owner and the backup passphrase, kept on this computer</source>
        <translation>El propietario de la base de datos y la frase de contraseña, guardados en este equipo</translation>
    </message>
    <message>
        <source>Restore into a new database…</source>
        <translation>Restaurar en una base de datos nueva…</translation>
    </message>
    <message>
        <source>The selected backup (or the newest) into a new, empty database</source>
        <translation>La copia seleccionada (o la más reciente) en una base de datos nueva y vacía</translation>
    </message>
    <message>
        <source>Forget on this computer…</source>
        <translation>Olvidar en este equipo…</translation>
    </message>
    <message>
        <source>Remove the owner&apos;s login and the passphrase from this computer&apos;s keyring</source>
        <translation>Quitar el inicio de sesión del propietario y la frase del llavero de este equipo</translation>
    </message>
    <message>
        <source>Could not read this computer&apos;s keyring: {error}</source>
        <translation>No se pudo leer el llavero de este equipo: {error}</translation>
    </message>
    <message>
        <source>Backups of this team vault are taken as the database&apos;s owner and encrypted here with a backup passphrase. Neither is given on this computer yet: Back up now asks for them, and the schedule waits until then.</source>
        <translation>Las copias de esta bóveda de equipo se hacen como propietario de la base de datos y se cifran aquí con una frase de contraseña. Ninguno de los dos se ha indicado aún en este equipo: «Hacer copia ahora» los pide, y la programación espera hasta entonces.</translation>
    </message>
    <message>
        <source>The database owner ({owner}) and the backup passphrase are held until you sign out: this computer is shared or has no keyring.</source>
        <translation>El propietario de la base de datos ({owner}) y la frase de contraseña se conservan hasta que cierre la sesión: este equipo es compartido o no tiene llavero.</translation>
    </message>
    <message>
        <source>The database owner ({owner}) and the backup passphrase are kept in this computer&apos;s keyring; Back up now and the schedule use them.</source>
        <translation>El propietario de la base de datos ({owner}) y la frase de contraseña se guardan en el llavero de este equipo; «Hacer copia ahora» y la programación los usan.</translation>
    </message>
    <message>
        <source>The backup passphrase is kept in this computer&apos;s keyring.</source>
        <translation>La frase de contraseña de la copia se guarda en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>The backup passphrase is held until you sign out (no keyring, or a shared computer).</source>
        <translation>La frase de contraseña de la copia se conserva hasta que cierre la sesión (sin llavero, o equipo compartido).</translation>
    </message>
    <message>
        <source>Forget on this computer</source>
        <translation>Olvidar en este equipo</translation>
    </message>
    <message>
        <source>Remove the database owner&apos;s login and the backup passphrase from this computer? Backups from here then wait until an administrator gives them again. The backups themselves are not touched; keep the passphrase somewhere safe, a restore needs it.</source>
        <translation>¿Quitar de este equipo el inicio de sesión del propietario de la base de datos y la frase de contraseña? Las copias desde aquí esperarán hasta que un administrador los vuelva a dar. Las copias en sí no se tocan; guarde la frase en un lugar seguro, una restauración la necesita.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>This computer no longer keeps the backup passphrase.</source>
        <translation>Este equipo ya no guarda la frase de contraseña de la copia.</translation>
    </message>
    <message>
        <source>One-time passwords</source>
        <translation>Contraseñas de un solo uso</translation>
    </message>
    <message>
        <source>In the restored vault, these people sign in once with these passwords and then choose their own:

{listed}

Give each to its person in person. They are shown only this once.</source>
        <translation>En la bóveda restaurada, estas personas inician sesión una vez con estas contraseñas y después eligen la suya:

{listed}

Entregue cada una en mano a su persona. Solo se muestran esta vez.</translation>
    </message>
    <message numerus="yes">
        <source>Restored backup {snapshot} into a new database; %n contact(s) erased after that backup were erased again. Its connection profile is {profile}: choose it with Team server… when signing in.</source>
        <translation>
            <numerusform>Copia {snapshot} restaurada en una base de datos nueva; %n contacto borrado después de esa copia se ha vuelto a borrar. Su perfil de conexión es {profile}: elíjalo con «Servidor del equipo…» al iniciar sesión.</numerusform>
            <numerusform>Copia {snapshot} restaurada en una base de datos nueva; %n contactos borrados después de esa copia se han vuelto a borrar. Su perfil de conexión es {profile}: elíjalo con «Servidor del equipo…» al iniciar sesión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamChangeListener</name>
    <message>
        <source>Connected to the team server again; lists are up to date.</source>
        <translation>Conectado de nuevo al servidor del equipo; las listas están al día.</translation>
    </message>
    <message>
        <source>The connection to the team server is lost: reconnecting. Nothing typed is lost; saving waits until it is back.</source>
        <translation>Se ha perdido la conexión con el servidor del equipo: reconectando. No se pierde nada de lo escrito; el guardado espera a que vuelva.</translation>
    </message>
</context>
<context>
    <name>TeamRestoreDialog</name>
    <message>
        <source>Restore into a new database</source>
        <translation>Restaurar en una base de datos nueva</translation>
    </message>
    <message>
        <source>the backup {snapshot}</source>
        <translation>la copia {snapshot}</translation>
    </message>
    <message>
        <source>the newest backup</source>
        <translation>la copia más reciente</translation>
    </message>
    <message>
        <source>Restores {which} into a new, empty database that its owner made on the server (createdb), never over this vault. Everyone erased since that backup is erased again before anyone signs in.</source>
        <translation>Restaura {which} en una base de datos nueva y vacía que su propietario creó en el servidor (createdb), nunca encima de esta bóveda. Todas las personas borradas desde esa copia se vuelven a borrar antes de que nadie inicie sesión.</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>vacío: desde ~/.pgpass o PGPASSWORD</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>New database:</source>
        <translation>Base de datos nueva:</translation>
    </message>
    <message>
        <source>Its owner:</source>
        <translation>Su propietario:</translation>
    </message>
    <message>
        <source>Owner&apos;s password:</source>
        <translation>Contraseña del propietario:</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>Frase de contraseña de la copia:</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nombre del perfil:</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Su contraseña:</translation>
    </message>
    <message>
        <source>Restore details</source>
        <translation>Datos de la restauración</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restoring into {database}…</source>
        <translation>Restaurando en {database}…</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <source>New team server…</source>
        <translation>Nuevo servidor del equipo…</translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation>Conectar con un servidor del equipo</translation>
    </message>
    <message>
        <source>A team server keeps one contact base for several computers, on PostgreSQL. You sign in with your own username and password; the connection is encrypted and the server&apos;s certificate is checked.</source>
        <translation>Un servidor del equipo guarda una sola base de contactos para varios equipos, en PostgreSQL. Usted inicia sesión con su propio nombre de usuario y contraseña; la conexión está cifrada y se comprueba el certificado del servidor.</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Servidor del equipo</translation>
    </message>
    <message>
        <source>Forget this server…</source>
        <translation>Olvidar este servidor…</translation>
    </message>
    <message>
        <source>Remove this computer&apos;s profile and files for the server; the vault on the server stays as it is.</source>
        <translation>Eliminar el perfil y los archivos de este equipo para el servidor; la bóveda del servidor se queda como está.</translation>
    </message>
    <message>
        <source>e.g. office</source>
        <translation>p. ej. oficina</translation>
    </message>
    <message>
        <source>e.g. crm.office.example or 192.0.2.10</source>
        <translation>p. ej. crm.office.example o 192.0.2.10</translation>
    </message>
    <message>
        <source>the CA certificate (.pem), or &apos;system&apos;</source>
        <translation>el certificado de CA (.pem), o &apos;system&apos;</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nombre del perfil:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Certificate authority:</source>
        <translation>Autoridad de certificación:</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Usar este servidor</translation>
    </message>
    <message>
        <source>Team server:</source>
        <translation>Servidor del equipo:</translation>
    </message>
    <message>
        <source>Forget this team server</source>
        <translation>Olvidar este servidor del equipo</translation>
    </message>
    <message>
        <source>Forget {name} ({label}) on this computer? Its profile and this computer&apos;s files for it are removed; the vault on the server, and everyone&apos;s work in it, stay. To delete the vault itself, its owner drops the database on the server.</source>
        <translation>¿Olvidar {name} ({label}) en este equipo? Se eliminan su perfil y los archivos de este equipo para él; la bóveda del servidor, y el trabajo de todos en ella, se quedan. Para borrar la bóveda, su propietario elimina la base de datos en el servidor.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>The server&apos;s certificate authority</source>
        <translation>La autoridad de certificación del servidor</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Type the server and the database name.</source>
        <translation>Escriba el servidor y el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>No certificate file at {path}.</source>
        <translation>No hay ningún archivo de certificado en {path}.</translation>
    </message>
    <message>
        <source>There is already a profile called “{name}”; choose it above or give this one another name.</source>
        <translation>Ya hay un perfil llamado «{name}»; elíjalo arriba o dé otro nombre a este.</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>15 minutes</source>
        <translation>15 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Reminders due and overdue</source>
        <translation>Recordatorios pendientes y vencidos</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Actividad reciente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reminders due and overdue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recordatorios pendientes y vencidos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent activity&lt;/b&gt; (latest communications across contacts)</source>
        <translation>&lt;b&gt;Actividad reciente&lt;/b&gt; (últimas comunicaciones de todos los contactos)</translation>
    </message>
    <message>
        <source>ContactWeb</source>
        <translation>ContactWeb</translation>
    </message>
    <message>
        <source>Marked done.</source>
        <translation>Marcado como hecho.</translation>
    </message>
    <message>
        <source>Snoozed for {delay}.</source>
        <translation>Aplazado {delay}.</translation>
    </message>
    <message>
        <source>Select a reminder first.</source>
        <translation>Seleccione primero un recordatorio.</translation>
    </message>
    <message>
        <source>Reminder due</source>
        <translation>Recordatorio pendiente</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n recordatorio pendiente</numerusform>
            <numerusform>%n recordatorios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>A reminder is due.</source>
        <translation>Hay un recordatorio pendiente.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders are due.</source>
        <translation>
            <numerusform>Hay %n recordatorio pendiente.</numerusform>
            <numerusform>Hay %n recordatorios pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open ContactWeb and sign in to see it.</source>
        <translation>Abra ContactWeb e inicie sesión para verlo.</translation>
    </message>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform>, y %n más</numerusform>
            <numerusform>, y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Nada pendiente para hoy.</translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n vencido</numerusform>
            <numerusform>, %n vencidos</numerusform>
        </translation>
    </message>
    <message>
        <source>a day</source>
        <translation>un día</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutos</translation>
    </message>
</context>
<context>
    <name>TransferBasisDialog</name>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Transferencias fuera del EEE</translation>
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
<context>
    <name>VaultRekeyAction</name>
    <message>
        <source>{username} can no longer sign in, but may still hold the vault&apos;s database key: a copy of the vault folder, or a backup and their old password, would still open it. Re-key the vault now? Every other user then gets a temporary password that you hand over; backups taken before now stay under the old key. Close other ContactWeb windows on this vault first.</source>
        <translation>{username} ya no puede iniciar sesión, pero quizá aún tenga la clave de base de datos de la bóveda: una copia de la carpeta de la bóveda, o una copia de seguridad y su contraseña antigua, aún la abrirían. ¿Cambiar ahora la clave de la bóveda? Cada uno de los demás usuarios recibe entonces una contraseña temporal que usted le entrega; las copias hechas hasta ahora siguen con la clave antigua. Cierre antes las demás ventanas de ContactWeb con esta bóveda.</translation>
    </message>
    <message>
        <source>The vault has a new key. Take a fresh full backup now (Administration → Backups).</source>
        <translation>La bóveda tiene una clave nueva. Haga ahora una copia completa nueva (Administración → Copias de seguridad).</translation>
    </message>
    <message>
        <source>Re-key the vault</source>
        <translation>Cambiar la clave de la bóveda</translation>
    </message>
    <message>
        <source>Re-key</source>
        <translation>Cambiar la clave</translation>
    </message>
    <message>
        <source>Your password ({username}): it unlocks the new key for you.</source>
        <translation>Su contraseña ({username}): desbloquea la nueva clave para usted.</translation>
    </message>
    <message>
        <source>Vault re-keyed</source>
        <translation>Clave de la bóveda cambiada</translation>
    </message>
    <message>
        <source>Temporary passwords, shown only this once; give them in person:</source>
        <translation>Contraseñas temporales, que solo se muestran esta vez; entréguelas en mano:</translation>
    </message>
</context>
</TS>
