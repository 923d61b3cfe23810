<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityPage</name>
    <message>
        <source>By:</source>
        <translation>Par&#xa0;:</translation>
    </message>
    <message>
        <source>Search: {name}</source>
        <translation>Recherche&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Every row of {name} that the filter and search select, as a spreadsheet file.</source>
        <translation>Chaque ligne de {name} retenue par le filtre et la recherche, dans un fichier de tableur.</translation>
    </message>
    <message>
        <source>Export {name}</source>
        <translation>Exporter {name}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>%n ligne exportée dans {path}.</numerusform>
            <numerusform>%n lignes exportées dans {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminAuditTableModel</name>
    <message>
        <source>Event {id}</source>
        <translation>Événement {id}</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Action&#xa0;: {action}</translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation>Utilisateur&#xa0;: {user}</translation>
    </message>
    <message>
        <source>Object: {object}</source>
        <translation>Objet&#xa0;: {object}</translation>
    </message>
    <message>
        <source>At (UTC): {when}</source>
        <translation>Le (UTC)&#xa0;: {when}</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Détails&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AdminAuditWidget</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>action starts with, e.g. contact. or signin</source>
        <translation>l’action commence par, par ex. contact. ou signin</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Détails de l’événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show the selected event as it is stored (Enter or a double-click does the same).</source>
        <translation>Afficher l’événement sélectionné tel qu’il est enregistré (Entrée ou un double-clic font de même).</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Show the events written since the list was loaded (F5).</source>
        <translation>Afficher les événements écrits depuis le chargement de la liste (F5).</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check the hash chain: any edited, inserted or removed event shows here.</source>
        <translation>Vérifier la chaîne de hachage&#xa0;: tout événement modifié, inséré ou supprimé apparaît ici.</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Vérification du journal d’audit…</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>Vérifier le journal d’audit</translation>
    </message>
    <message>
        <source>Checking every event of the audit log…</source>
        <translation>Vérification de chaque événement du journal d’audit…</translation>
    </message>
    <message>
        <source>The audit log is intact: {events_checked} events checked.</source>
        <translation>Le journal d’audit est intact&#xa0;: {events_checked} événements vérifiés.</translation>
    </message>
    <message>
        <source>The audit log is damaged at event {first_bad_id}: {reason}. {value} events before it check out.</source>
        <translation>Le journal d’audit est endommagé à l’événement {first_bad_id}&#xa0;: {reason}. Les {value} événements précédents sont corrects.</translation>
    </message>
    <message>
        <source>Exported {count} events to {path}.</source>
        <translation>{count} événements exportés dans {path}.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>audit-log.csv</source>
        <translation>journal-audit.csv</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Export stopped; no file was written.</source>
        <translation>Export arrêté&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export stopped.</source>
        <translation>Export arrêté.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>AdminBackupWidget</name>
    <message>
        <source>Save schedule</source>
        <translation>Enregistrer la planification</translation>
    </message>
    <message>
        <source>Schedule and retention</source>
        <translation>Planification et conservation</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>Sauvegarder toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation>Garder les dernières&#xa0;:</translation>
    </message>
    <message>
        <source>Keep one a day for:</source>
        <translation>En garder une par jour pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Keep one a week for:</source>
        <translation>En garder une par semaine pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check the selected backup (or all of them)</source>
        <translation>Vérifier la sauvegarde sélectionnée (ou toutes)</translation>
    </message>
    <message>
        <source>download and check every chunk</source>
        <translation>télécharger et vérifier chaque bloc</translation>
    </message>
    <message>
        <source>Restore to a folder…</source>
        <translation>Restaurer dans un dossier…</translation>
    </message>
    <message>
        <source>Prune old backups…</source>
        <translation>Élaguer les anciennes sauvegardes…</translation>
    </message>
    <message>
        <source>Backup history</source>
        <translation>Historique des sauvegardes</translation>
    </message>
    <message>
        <source>Adopt this restored copy first</source>
        <translation>Adoptez d’abord cette copie restaurée</translation>
    </message>
    <message>
        <source>This vault is now a vault of its own. Choose a destination for its backups (not the live vault&apos;s).</source>
        <translation>Ce coffre est désormais un coffre à part entière. Choisissez une destination pour ses sauvegardes (pas celle du coffre en service).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>{text} You can go on working; the status bar shows its progress.</source>
        <translation>{text} Vous pouvez continuer à travailler&#xa0;; la barre d’état affiche l’avancement.</translation>
    </message>
    <message>
        <source>Deleting old backups…</source>
        <translation>Suppression des anciennes sauvegardes…</translation>
    </message>
    <message>
        <source>Backed up: {size} MiB uploaded ({new} new of {total} pages).</source>
        <translation>Sauvegardé&#xa0;: {size} Mio envoyés ({new} nouvelles sur {total} pages).</translation>
    </message>
    <message>
        <source>Backed up: a database dump of {dump} MiB, {size} MiB uploaded ({new} new of {total} blocks).</source>
        <translation>Sauvegardé&#xa0;: un export de base de {dump} Mio, {size} Mio envoyés ({new} nouveaux sur {total} blocs).</translation>
    </message>
    <message>
        <source>{count} backup(s) verified (every chunk downloaded and checked): no problem found.</source>
        <translation>{count} sauvegarde(s) vérifiée(s) (chaque bloc téléchargé et vérifié)&#xa0;: aucun problème.</translation>
    </message>
    <message>
        <source>{count} backup(s) verified (structure checked): no problem found.</source>
        <translation>{count} sauvegarde(s) vérifiée(s) (structure vérifiée)&#xa0;: aucun problème.</translation>
    </message>
    <message>
        <source>{count} backup(s) in the history are no longer on the destination (it lost them, or they were deleted there); they are marked “missing”.</source>
        <translation>{count} sauvegarde(s) de l’historique ne sont plus sur la destination (elle les a perdues, ou elles y ont été supprimées)&#xa0;; elles sont marquées « manquante ».</translation>
    </message>
    <message>
        <source>{count} part(s) of the backups are damaged or missing; the backups that need them are marked “damaged”.</source>
        <translation>{count} partie(s) des sauvegardes sont endommagées ou manquantes&#xa0;; les sauvegardes qui en ont besoin sont marquées « endommagée ».</translation>
    </message>
    <message>
        <source>Back up now to have a complete backup again; the details list each object.</source>
        <translation>Sauvegardez maintenant pour avoir de nouveau une sauvegarde complète&#xa0;; les détails listent chaque objet.</translation>
    </message>
    <message>
        <source>Restored backup {id} into {folder}; {erased} erased contact(s) erased again. It is a restored copy: open it with “Other vault…” when signing in; it has no backups until an administrator adopts it.</source>
        <translation>Sauvegarde {id} restaurée dans {folder}&#xa0;; {erased} contact(s) effacé(s) l’ont été à nouveau. C’est une copie restaurée&#xa0;: ouvrez-la avec « Autre coffre… » à la connexion&#xa0;; elle n’a pas de sauvegardes tant qu’un administrateur ne l’a pas adoptée.</translation>
    </message>
    <message>
        <source>Restored backup {id} into {folder}. It is a restored copy: open it with “Other vault…” when signing in; it has no backups until an administrator adopts it.</source>
        <translation>Sauvegarde {id} restaurée dans {folder}. C’est une copie restaurée&#xa0;: ouvrez-la avec « Autre coffre… » à la connexion&#xa0;; elle n’a pas de sauvegardes tant qu’un administrateur ne l’a pas adoptée.</translation>
    </message>
    <message>
        <source>Kept {kept} backup(s), removed {removed}; {deleted} pack(s) deleted.</source>
        <translation>{kept} sauvegarde(s) gardée(s), {removed} retirée(s)&#xa0;; {deleted} paquet(s) supprimé(s).</translation>
    </message>
    <message>
        <source>Backup details</source>
        <translation>Détails de la sauvegarde</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Stopped. The earlier backups are unchanged.</source>
        <translation>Arrêté. Les sauvegardes précédentes sont inchangées.</translation>
    </message>
    <message>
        <source>Backing up the team vault…</source>
        <translation>Sauvegarde du coffre d’équipe…</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Sauvegarde du coffre…</translation>
    </message>
    <message>
        <source>Verify backups</source>
        <translation>Vérifier les sauvegardes</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Vérification des sauvegardes…</translation>
    </message>
    <message>
        <source>Restore into an empty folder</source>
        <translation>Restaurer dans un dossier vide</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restoring into {folder}…</source>
        <translation>Restauration dans {folder}…</translation>
    </message>
    <message>
        <source>Prune old backups</source>
        <translation>Élaguer les anciennes sauvegardes</translation>
    </message>
    <message>
        <source>Keep the last {keep_last}, one a day for {keep_daily} days and one a week for {keep_weekly} weeks, and delete the other backups from the destination?</source>
        <translation>Garder les {keep_last} dernières, une par jour pendant {keep_daily} jours et une par semaine pendant {keep_weekly} semaines, et supprimer les autres sauvegardes de la destination&#xa0;?</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Élaguer</translation>
    </message>
</context>
<context>
    <name>AdminBusinessWidget</name>
    <message>
        <source>Business name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Business email</source>
        <translation>E-mail de l’entreprise</translation>
    </message>
    <message>
        <source>Business phone</source>
        <translation>Téléphone de l’entreprise</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>As the computer&apos;s region</source>
        <translation>Comme la région de l’ordinateur</translation>
    </message>
    <message>
        <source>Language of mailings and reports</source>
        <translation>Langue des envois et des rapports</translation>
    </message>
    <message>
        <source>English (the default)</source>
        <translation>Anglais (par défaut)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Mailings need this postal address: every marketing email and letter carries it as the sender&apos;s address, as anti-spam law (e.g. CAN-SPAM) requires, and ContactWeb sends no mailing while it is empty.</source>
        <translation>Les envois ont besoin de cette adresse postale&#xa0;: chaque e-mail et chaque lettre commerciale la portent comme adresse de l’expéditeur, comme l’exige la loi anti-spam (par ex. CAN-SPAM), et ContactWeb n’envoie rien tant qu’elle est vide.</translation>
    </message>
    <message>
        <source>Save business profile</source>
        <translation>Enregistrer le profil de l’entreprise</translation>
    </message>
    <message>
        <source>Business name (required):</source>
        <translation>Nom de l’entreprise (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Adresse postale&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Language of mailings and reports:</source>
        <translation>Langue des envois et des rapports&#xa0;:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>The business needs a name.</source>
        <translation>L’entreprise a besoin d’un nom.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved. Add the postal address before sending mailings.</source>
        <translation>Enregistré. Ajoutez l’adresse postale avant d’expédier des envois.</translation>
    </message>
    <message>
        <source>Reports print on {paper} paper, with dates and amounts such as {sample}.</source>
        <translation>Les rapports s’impriment sur papier {paper}, avec des dates et montants comme {sample}.</translation>
    </message>
    <message>
        <source>Choose the business logo</source>
        <translation>Choisir le logo de l’entreprise</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Cannot read {name}: {strerror}.</source>
        <translation>Impossible de lire {name}&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is not an image ContactWeb can read (use PNG or JPEG under 10 MiB).</source>
        <translation>{name} n’est pas une image que ContactWeb sait lire (utilisez un PNG ou un JPEG de moins de 10 Mio).</translation>
    </message>
</context>
<context>
    <name>AdminSettingsWidget</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Default phone region:</source>
        <translation>Région téléphonique par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>two letters, used for numbers typed without +country code</source>
        <translation>deux lettres, pour les numéros saisis sans +indicatif</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Lock after idle for:</source>
        <translation>Verrouiller après une inactivité de&#xa0;:</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Shared computer:</source>
        <translation>Ordinateur partagé&#xa0;:</translation>
    </message>
    <message>
        <source>Shared-computer lock after:</source>
        <translation>Verrouillage sur ordinateur partagé après&#xa0;:</translation>
    </message>
    <message>
        <source>minutes (at least 1)</source>
        <translation>minutes (au moins 1)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Keep call recordings for:</source>
        <translation>Garder les enregistrements d’appels pendant&#xa0;:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Keep closed contacts for:</source>
        <translation>Garder les contacts clos pendant&#xa0;:</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>Keep sent mail in the outbox for:</source>
        <translation>Garder les messages envoyés dans la boîte d’envoi pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>Sauvegarder toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>Shared-computer mode locks ContactWeb sooner, keeps no passwords in the system keyring and shows no names in notifications.</source>
        <translation>Le mode ordinateur partagé verrouille ContactWeb plus tôt, ne garde aucun mot de passe dans le trousseau du système et n’affiche aucun nom dans les notifications.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <source>Run retention now…</source>
        <translation>Appliquer la conservation maintenant…</translation>
    </message>
    <message>
        <source>See what the retention rules would remove now, then remove it.</source>
        <translation>Voir ce que les règles de conservation supprimeraient maintenant, puis le supprimer.</translation>
    </message>
    <message>
        <source>The retention rules run by themselves once a day.</source>
        <translation>Les règles de conservation s’appliquent d’elles-mêmes une fois par jour.</translation>
    </message>
    <message>
        <source>Erasure receipts…</source>
        <translation>Reçus d’effacement…</translation>
    </message>
    <message>
        <source>Every erasure the vault keeps a receipt of, to save or print again.</source>
        <translation>Chaque effacement dont le coffre garde un reçu, à enregistrer ou imprimer de nouveau.</translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>Fermer le compte</translation>
    </message>
    <message>
        <source>Delete this vault and every backup of it, for good.</source>
        <translation>Supprimer définitivement ce coffre et chacune de ses sauvegardes.</translation>
    </message>
    <message>
        <source>Delete this vault…</source>
        <translation>Supprimer ce coffre…</translation>
    </message>
    <message>
        <source>On: this vault is used on a shared computer</source>
        <translation>Activé&#xa0;: ce coffre est utilisé sur un ordinateur partagé</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Rien n’a été enregistré&#xa0;: corrigez les champs marqués en rouge.</translation>
    </message>
</context>
<context>
    <name>AdminUsersTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Doit changer de mot de passe</translation>
    </message>
    <message>
        <source>Active (you)</source>
        <translation>Actif (vous)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
</context>
<context>
    <name>AdminUsersWidget</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Role for the selected user</source>
        <translation>Rôle de l’utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Selected user:</source>
        <translation>Utilisateur sélectionné&#xa0;:</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>New user name</source>
        <translation>Nom du nouvel utilisateur</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>New user&apos;s role</source>
        <translation>Rôle du nouvel utilisateur</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Premier mot de passe</translation>
    </message>
    <message>
        <source>Must choose their own password at first sign-in</source>
        <translation>Devra choisir son propre mot de passe à la première connexion</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter l’utilisateur</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>Premier mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>ContactWeb</source>
        <translation>ContactWeb</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe provisoire</translation>
    </message>
    <message>
        <source>The temporary password for {username} is:

{password}

Give it to them in person. It is shown only this once; they choose their own password when they next sign in.</source>
        <translation>Le mot de passe provisoire de {username} est&#xa0;:

{password}

Remettez-le en main propre. Il n’est affiché qu’une seule fois&#xa0;; la personne choisira le sien à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Added {username}. Give them their first password in person.</source>
        <translation>{username} a été ajouté. Remettez-lui son premier mot de passe en main propre.</translation>
    </message>
    <message>
        <source>{username} is now {role}.</source>
        <translation>{username} est maintenant {role}.</translation>
    </message>
    <message>
        <source>Disable {username}? They will no longer be able to sign in. Their contacts, notes and history stay in the vault.</source>
        <translation>Désactiver {username}&#xa0;? Cette personne ne pourra plus se connecter. Ses contacts, notes et historique restent dans le coffre.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>{username} is disabled.</source>
        <translation>{username} est désactivé.</translation>
    </message>
    <message>
        <source>Reset the password of {username}? Their current password stops working and they must choose a new one at their next sign-in.</source>
        <translation>Réinitialiser le mot de passe de {username}&#xa0;? Son mot de passe actuel cesse de fonctionner et il faudra en choisir un nouveau à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>The password of {username} was reset.</source>
        <translation>Le mot de passe de {username} a été réinitialisé.</translation>
    </message>
    <message>
        <source>Select a user in the list first.</source>
        <translation>Sélectionnez d’abord un utilisateur dans la liste.</translation>
    </message>
</context>
<context>
    <name>AdministrationTab</name>
    <message>
        <source>Only administrators can use this page. You are signed in as {username} ({role}).</source>
        <translation>Seuls les administrateurs peuvent utiliser cette page. Vous êtes connecté en tant que {username} ({role}).</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Profil de l’entreprise</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>ContactWeb is locked. Sign in to continue.</source>
        <translation>ContactWeb est verrouillé. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>ContactWeb locked itself after a while without use. Sign in to continue.</source>
        <translation>ContactWeb s’est verrouillé après un moment sans utilisation. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>ContactWeb signed out because its window was minimised on this shared computer. Sign in to continue.</source>
        <translation>ContactWeb vous a déconnecté car sa fenêtre a été réduite sur cet ordinateur partagé. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>ContactWeb signed out because its window was closed on this shared computer. Sign in to continue.</source>
        <translation>ContactWeb vous a déconnecté car sa fenêtre a été fermée sur cet ordinateur partagé. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>ContactWeb signed out after a few minutes without use, as it does on a shared computer. Sign in to continue.</source>
        <translation>ContactWeb vous a déconnecté après quelques minutes sans utilisation, comme sur un ordinateur partagé. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Unsaved changes were kept; they are offered back when you sign in again.</source>
        <translation>Les modifications non enregistrées ont été gardées&#xa0;; elles vous seront proposées à votre prochaine connexion.</translation>
    </message>
    <message>
        <source>Creating the vault and {count} demo contacts…</source>
        <translation>Création du coffre et de {count} contacts de démonstration…</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Création du coffre…</translation>
    </message>
    <message>
        <source>Setting up ContactWeb</source>
        <translation>Configuration de ContactWeb</translation>
    </message>
    <message>
        <source>The vault was not created</source>
        <translation>Le coffre n’a pas été créé</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>ContactWeb</source>
        <translation>ContactWeb</translation>
    </message>
    <message>
        <source>The restored copy is now the live vault, with its backups; the previous files are kept aside in its folder. Sign in to continue.</source>
        <translation>La copie restaurée est maintenant le coffre en service, avec ses sauvegardes&#xa0;; les fichiers précédents sont mis de côté dans son dossier. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Vault deleted</source>
        <translation>Coffre supprimé</translation>
    </message>
</context>
<context>
    <name>BackgroundWorkWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this work now; nothing already saved is lost.</source>
        <translation>Arrêter ce travail maintenant&#xa0;; rien de ce qui est déjà enregistré n’est perdu.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>BackupHistoryTableModel</name>
    <message>
        <source>{destination} (former destination)</source>
        <translation>{destination} (ancienne destination)</translation>
    </message>
</context>
<context>
    <name>BackupNoticeBanner</name>
    <message>
        <source>Backup notice</source>
        <translation>Avis de sauvegarde</translation>
    </message>
    <message>
        <source>Restored copy. {what}</source>
        <translation>Copie restaurée. {what}</translation>
    </message>
    <message>
        <source>The live vault is in {folder}.</source>
        <translation>Le coffre en service est dans {folder}.</translation>
    </message>
    <message>
        <source>Adopt…</source>
        <translation>Adopter…</translation>
    </message>
    <message>
        <source>Ask an administrator before relying on it.</source>
        <translation>Demandez à un administrateur avant de vous y fier.</translation>
    </message>
    <message numerus="yes">
        <source>Backups are paused: no basis is recorded for transferring to the US backup server the %Ln contact(s) with an address in the European Economic Area.</source>
        <translation>
            <numerusform>Sauvegardes en pause&#xa0;: aucune base n’est enregistrée pour transférer vers le serveur de sauvegarde aux États-Unis le %Ln contact ayant une adresse dans l’Espace économique européen.</numerusform>
            <numerusform>Sauvegardes en pause&#xa0;: aucune base n’est enregistrée pour transférer vers le serveur de sauvegarde aux États-Unis les %Ln contacts ayant une adresse dans l’Espace économique européen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the basis…</source>
        <translation>Enregistrer la base…</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backing up before closing</source>
        <translation>Sauvegarde avant la fermeture</translation>
    </message>
    <message>
        <source>ContactWeb is backing up the changes made since the last backup…</source>
        <translation>ContactWeb sauvegarde les modifications faites depuis la dernière sauvegarde…</translation>
    </message>
    <message>
        <source>Backup cancelled.</source>
        <translation>Sauvegarde annulée.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Checking whether the changes need a backup before closing…</source>
        <translation>Vérification de la nécessité d’une sauvegarde avant la fermeture…</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <source>{last}; scheduled backups wait for the backup passphrase on this computer (Administration → Backups)</source>
        <translation>{last}&#xa0;; les sauvegardes planifiées attendent la phrase secrète sur cet ordinateur (Administration → Sauvegardes)</translation>
    </message>
</context>
<context>
    <name>BackupTargetWidget</name>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>S3-compatible server in a US region</source>
        <translation>Serveur compatible S3 dans une région des États-Unis</translation>
    </message>
    <message>
        <source>Folder (second site, USB disk)</source>
        <translation>Dossier (second site, disque USB)</translation>
    </message>
    <message>
        <source>https://s3.us-east-1.amazonaws.com</source>
        <translation>https://s3.us-east-1.amazonaws.com</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>URL du point d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Compartiment&#xa0;:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <source>Access key id:</source>
        <translation>Identifiant de clé d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Clé d’accès secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Folder in the bucket:</source>
        <translation>Dossier dans le compartiment&#xa0;:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Certificat du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Save destination</source>
        <translation>Enregistrer la destination</translation>
    </message>
    <message>
        <source>stored; type to replace</source>
        <translation>conservée&#xa0;; saisissez pour la remplacer</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Checking the destination…</source>
        <translation>Vérification de la destination…</translation>
    </message>
    <message>
        <source>Saved. {message}.</source>
        <translation>Enregistré. {message}.</translation>
    </message>
    <message>
        <source>{message}.</source>
        <translation>{message}.</translation>
    </message>
    <message>
        <source>Destination details</source>
        <translation>Détails de la destination</translation>
    </message>
</context>
<context>
    <name>BackupTransferBasisWidget</name>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Transferts hors de l’EEE</translation>
    </message>
    <message>
        <source>Client-side encryption: the server stores only ciphertext; the keys stay with the business</source>
        <translation>Chiffrement côté client&#xa0;: le serveur ne stocke que du texte chiffré&#xa0;; les clés restent à l’entreprise</translation>
    </message>
    <message>
        <source>The contacts concerned consented to the transfer</source>
        <translation>Les contacts concernés ont consenti au transfert</translation>
    </message>
    <message>
        <source>Note (optional): where the assessment or the consent records are kept</source>
        <translation>Note (facultatif)&#xa0;: où sont conservés l’évaluation ou les consentements</translation>
    </message>
    <message>
        <source>Record basis</source>
        <translation>Enregistrer la base</translation>
    </message>
    <message>
        <source>{concerned} contact(s) have an address in the European Economic Area. Before the first backup to a server in the United States, record the basis for this transfer. Backups wait until then.</source>
        <translation>{concerned} contact(s) ont une adresse dans l’Espace économique européen. Avant la première sauvegarde vers un serveur aux États-Unis, enregistrez la base de ce transfert. Les sauvegardes attendent jusque-là.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
    <message>
        <source>At least {MIN_LENGTH} characters with letters, digits and a symbol, or a passphrase of {PASSPHRASE_LENGTH} or more characters.</source>
        <translation>Au moins {MIN_LENGTH} caractères avec des lettres, des chiffres et un symbole, ou une phrase de passe de {PASSPHRASE_LENGTH} caractères ou plus.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Mot de passe actuel&#xa0;:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm new password:</source>
        <translation>Confirmer le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;{username}&lt;/b&gt;.</source>
        <translation>Connecté en tant que &lt;b&gt;{username}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Strength: {word}</source>
        <translation>Robustesse&#xa0;: {word}</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l’actuel.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Les deux nouveaux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>Le mot de passe actuel est incorrect. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
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
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Suffixe du nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Complément d’adresse</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>Boîte postale</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>État ou région</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Whole address</source>
        <translation>Adresse complète</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>{field} ({label})</source>
        <translation>{field} ({label})</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>(column {number} has no name)</source>
        <translation>(la colonne {number} n’a pas de nom)</translation>
    </message>
    <message>
        <source>Import column {column} as</source>
        <translation>Importer la colonne {column} comme</translation>
    </message>
</context>
<context>
    <name>CommunicationActions</name>
    <message>
        <source>Delete communication?</source>
        <translation>Supprimer l’échange&#xa0;?</translation>
    </message>
    <message>
        <source>Delete this {what}{about} and its attachments? The deletion is kept in the audit log; the text is not.</source>
        <translation>Supprimer cet élément ({what}{about}) et ses pièces jointes&#xa0;? La suppression reste dans le journal d’audit&#xa0;; le texte, non.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>CommunicationKinds</name>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CommunicationTableModel</name>
    <message numerus="yes">
        <source>{kind} (+%n file(s))</source>
        <translation>
            <numerusform>{kind} (+%n fichier)</numerusform>
            <numerusform>{kind} (+%n fichiers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Envoyé</translation>
    </message>
</context>
<context>
    <name>CommunicationsTab</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Ouvrir le contact</translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s)</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>web form</source>
        <translation>formulaire web</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <source>email reply</source>
        <translation>réponse par e-mail</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>formulaire papier</translation>
    </message>
    <message>
        <source>recorded by staff</source>
        <translation>enregistré par le personnel</translation>
    </message>
    <message>
        <source>from an imported file</source>
        <translation>depuis un fichier importé</translation>
    </message>
    <message>
        <source>from merged duplicates</source>
        <translation>depuis des doublons fusionnés</translation>
    </message>
    <message>
        <source>previously erased</source>
        <translation>effacé auparavant</translation>
    </message>
    <message>
        <source>reply to a mailing</source>
        <translation>réponse à un envoi</translation>
    </message>
    <message>
        <source>reply to a mailing (recorded by hand)</source>
        <translation>réponse à un envoi (saisie à la main)</translation>
    </message>
    <message>
        <source>taken back (undo)</source>
        <translation>repris (annulation)</translation>
    </message>
    <message>
        <source>Reverse the opt-out: {title}</source>
        <translation>Annuler la désinscription&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Record consent: {title}</source>
        <translation>Enregistrer un consentement&#xa0;: {title}</translation>
    </message>
    <message>
        <source>This contact opted out of {lower}. Record a new consent only if they asked for it themselves, and say why: the reversal is kept in the audit log.</source>
        <translation>Ce contact s’est désinscrit&#xa0;: {lower}. N’enregistrez un nouveau consentement que s’il l’a demandé lui-même, et dites pourquoi&#xa0;: l’annulation reste dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Record that this contact agreed to be contacted by {channel}. Keep the evidence you would show if they asked how you got their consent.</source>
        <translation>Enregistrer que ce contact a accepté d’être contacté par {channel}. Gardez la preuve que vous montreriez s’il demandait comment vous avez obtenu son consentement.</translation>
    </message>
    <message>
        <source>e.g. Signed the newsletter form at the shop counter on 3 March</source>
        <translation>par ex. A signé le formulaire de la lettre d’information au comptoir le 3 mars</translation>
    </message>
    <message>
        <source>what they agreed to, as they saw it</source>
        <translation>ce que la personne a accepté, tel qu’elle l’a vu</translation>
    </message>
    <message>
        <source>form name, campaign or document reference</source>
        <translation>nom du formulaire, campagne ou référence du document</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuve&#xa0;:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Comment&#xa0;:</translation>
    </message>
    <message>
        <source>Wording:</source>
        <translation>Formulation&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for reversing:</source>
        <translation>Raison de l’annulation&#xa0;:</translation>
    </message>
    <message>
        <source>Say when and how the contact agreed.</source>
        <translation>Indiquez quand et comment le contact a accepté.</translation>
    </message>
    <message>
        <source>Reversing an opt-out needs a reason.</source>
        <translation>Annuler une désinscription demande un motif.</translation>
    </message>
</context>
<context>
    <name>ContactConsentTab</name>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Aucun consentement enregistré</translation>
    </message>
    <message>
        <source>wording: “{wording}”</source>
        <translation>formulation&#xa0;: « {wording} »</translation>
    </message>
    <message>
        <source>reversal reason: {reason}</source>
        <translation>motif de l’annulation&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>par {user}</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>Désinscrire</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Enregistrer un consentement…</translation>
    </message>
    <message>
        <source>Opt out of everything</source>
        <translation>Désinscrire de tout</translation>
    </message>
    <message>
        <source>History (newest first):</source>
        <translation>Historique (le plus récent d’abord)&#xa0;:</translation>
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
        <translation>enregistré</translation>
    </message>
    <message>
        <source>Reverse opt-out…</source>
        <translation>Annuler la désinscription…</translation>
    </message>
    <message>
        <source>every channel</source>
        <translation>tous les canaux</translation>
    </message>
    <message>
        <source>Record an opt-out</source>
        <translation>Enregistrer une désinscription</translation>
    </message>
    <message>
        <source>The contact no longer wants to be contacted by {where}. How did they say so? (optional)</source>
        <translation>Le contact ne souhaite plus être contacté par {where}. Comment l’a-t-il fait savoir&#xa0;? (facultatif)</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;Select a contact to see its details.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;Sélectionnez un contact pour voir ses détails.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(clos)</translation>
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
        <translation>saisi</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Close contact</source>
        <translation>Clore le contact</translation>
    </message>
    <message>
        <source>A closed contact stays on file but gets no mailings.</source>
        <translation>Un contact clos reste enregistré mais ne reçoit plus d’envois.</translation>
    </message>
    <message>
        <source>Reopen contact</source>
        <translation>Rouvrir le contact</translation>
    </message>
    <message>
        <source>Your role ({role}) cannot change contacts.</source>
        <translation>Votre rôle ({role}) ne permet pas de modifier les contacts.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Email ({label})</source>
        <translation>E-mail ({label})</translation>
    </message>
    <message>
        <source>Phone ({label})</source>
        <translation>Téléphone ({label})</translation>
    </message>
    <message>
        <source>Address ({label})</source>
        <translation>Adresse ({label})</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Purged on</source>
        <translation>Purgé le</translation>
    </message>
    <message>
        <source>{date} (retention), unless reopened</source>
        <translation>{date} (conservation), sauf s’il est rouvert</translation>
    </message>
    <message>
        <source>private to the owner (and administrators)</source>
        <translation>réservé au propriétaire (et aux administrateurs)</translation>
    </message>
    <message>
        <source>everyone in the vault</source>
        <translation>tout le monde dans le coffre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>{owner}; visible to {who}</source>
        <translation>{owner}&#xa0;; visible par {who}</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Conservation légale</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Contact closed</source>
        <translation>Contact clos</translation>
    </message>
    <message>
        <source>{name} is closed: no mailings go to them. Unless reopened (or held), the contact and everything about it will be purged on or after {isoformat}, as the retention setting for closed contacts says.</source>
        <translation>{name} est clos&#xa0;: plus aucun envoi ne lui parvient. S’il n’est pas rouvert (ou conservé), le contact et tout ce qui le concerne seront purgés le {isoformat} ou après, comme le prévoit la durée de conservation des contacts clos.</translation>
    </message>
</context>
<context>
    <name>ContactDossierMenu</name>
    <message>
        <source>Select one or more contacts first.</source>
        <translation>Sélectionnez d’abord un ou plusieurs contacts.</translation>
    </message>
    <message>
        <source>Save dossier as PDF…</source>
        <translation>Enregistrer le dossier en PDF…</translation>
    </message>
    <message>
        <source>Print dossier…</source>
        <translation>Imprimer le dossier…</translation>
    </message>
    <message numerus="yes">
        <source>Save dossiers of %n contacts as PDF…</source>
        <translation>
            <numerusform>Enregistrer le dossier de %n contact en PDF…</numerusform>
            <numerusform>Enregistrer les dossiers de %n contacts en PDF…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print dossiers of %n contacts…</source>
        <translation>
            <numerusform>Imprimer le dossier de %n contact…</numerusform>
            <numerusform>Imprimer les dossiers de %n contacts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier saved</source>
        <translation>Dossier enregistré</translation>
    </message>
    <message>
        <source>Saved {file} ({size} KB).</source>
        <translation>{file} enregistré ({size} Ko).</translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>e.g. Dr.</source>
        <translation>par ex. Dr</translation>
    </message>
    <message>
        <source>e.g. Jr.</source>
        <translation>par ex. fils</translation>
    </message>
    <message>
        <source>e.g. https://example.com</source>
        <translation>par ex. https://example.com</translation>
    </message>
    <message>
        <source>separate tags with commas, e.g. customer, vip</source>
        <translation>séparez les étiquettes par des virgules, par ex. client, vip</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Business default</source>
        <translation>Par défaut de l’entreprise</translation>
    </message>
    <message>
        <source>Private: only the owner and administrators can see this contact</source>
        <translation>Privé&#xa0;: seuls le propriétaire et les administrateurs voient ce contact</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Middle name:</source>
        <translation>Deuxième prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Civilité&#xa0;:</translation>
    </message>
    <message>
        <source>Suffix:</source>
        <translation>Suffixe&#xa0;:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site web&#xa0;:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Photo&#xa0;:</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>E-mails&#xa0;:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Téléphones&#xa0;:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adresses&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Anniversaire&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Add a person who was erased?</source>
        <translation>Ajouter une personne qui a été effacée&#xa0;?</translation>
    </message>
    <message>
        <source>Add, opted out of everything</source>
        <translation>Ajouter, désinscrite de tout</translation>
    </message>
</context>
<context>
    <name>ContactPhotoWidget</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Aucune photo</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>Impossible de lire {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} is {size} KiB; a photo is at most 1 MiB. Choose a smaller picture.</source>
        <translation>{name} fait {size} Kio&#xa0;; une photo fait au plus 1 Mio. Choisissez une image plus petite.</translation>
    </message>
    <message>
        <source>{name} is not a picture ContactWeb can show (PNG, JPEG, GIF, WebP or BMP).</source>
        <translation>{name} n’est pas une image que ContactWeb sait afficher (PNG, JPEG, GIF, WebP ou BMP).</translation>
    </message>
</context>
<context>
    <name>ContactRemindersTab</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>what to do, e.g. Call back about the quote</source>
        <translation>ce qu’il faut faire, par ex. Rappeler au sujet du devis</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Ajouter un rappel</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
</context>
<context>
    <name>ContactSalesTab</name>
    <message>
        <source>Add sale…</source>
        <translation>Ajouter une vente…</translation>
    </message>
    <message>
        <source>Set status of selected sale</source>
        <translation>Définir le statut de la vente sélectionnée</translation>
    </message>
    <message>
        <source>Won and invoiced: {amounts}</source>
        <translation>Gagnées et facturées&#xa0;: {amounts}</translation>
    </message>
    <message>
        <source>No won or invoiced sales yet.</source>
        <translation>Aucune vente gagnée ou facturée pour l’instant.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
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
        <translation>(%n fichier(s))</translation>
    </message>
    <message>
        <source>{kind} in</source>
        <translation>{kind} reçu</translation>
    </message>
    <message>
        <source>{kind} out</source>
        <translation>{kind} envoyé</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Noter&#xa0;:</translation>
    </message>
    <message>
        <source>Your role ({role}) cannot log communications.</source>
        <translation>Votre rôle ({role}) ne permet pas de noter des échanges.</translation>
    </message>
    <message>
        <source>Send email…</source>
        <translation>Envoyer un e-mail…</translation>
    </message>
    <message>
        <source>Save attachment…</source>
        <translation>Enregistrer la pièce jointe…</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Écouter l’enregistrement</translation>
    </message>
    <message>
        <source>Select a communication to read it.</source>
        <translation>Sélectionnez un échange pour le lire.</translation>
    </message>
    <message>
        <source>No communications logged yet.</source>
        <translation>Aucun échange consigné pour l’instant.</translation>
    </message>
    <message>
        <source>{kind}, incoming, {when}</source>
        <translation>{kind}, reçu, {when}</translation>
    </message>
    <message>
        <source>{kind}, outgoing, {when}</source>
        <translation>{kind}, envoyé, {when}</translation>
    </message>
    <message>
        <source>{kind}, {when}</source>
        <translation>{kind}, {when}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>{name} ({size} bytes), recording kept until {until}</source>
        <translation>{name} ({size} octets), enregistrement conservé jusqu’au {until}</translation>
    </message>
    <message>
        <source>{name} ({size} bytes)</source>
        <translation>{name} ({size} octets)</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No program on this computer plays this file. Use “Save attachment” and open it with a media player.</source>
        <translation>Aucun programme de cet ordinateur ne lit ce fichier. Utilisez « Enregistrer la pièce jointe » et ouvrez-le avec un lecteur multimédia.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Search names, companies, emails, phones, notes, tags</source>
        <translation>Rechercher noms, entreprises, e-mails, téléphones, notes, étiquettes</translation>
    </message>
    <message>
        <source>Active and closed</source>
        <translation>Actifs et clos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Could not read the contacts: {message}</source>
        <translation>Impossible de lire les contacts&#xa0;: {message}</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts closed</source>
        <translation>Contacts clos</translation>
    </message>
    <message>
        <source>Contact closed</source>
        <translation>Contact clos</translation>
    </message>
    <message>
        <source>1 contact is closed:</source>
        <translation>1 contact est clos&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts are closed:</source>
        <translation>
            <numerusform>%n contact est clos&#xa0;:</numerusform>
            <numerusform>%n contacts sont clos&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>no mailings go to them. Unless reopened (or held), they will be purged on or after {date}, as the retention setting for closed contacts says.</source>
        <translation>plus aucun envoi ne leur parvient. S’ils ne sont pas rouverts (ou conservés), ils seront purgés le {date} ou après, comme le prévoit la durée de conservation des contacts clos.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Consigner un appel…</translation>
    </message>
    <message numerus="yes">
        <source>Close %n selected</source>
        <translation>
            <numerusform>Clore %n sélectionné</numerusform>
            <numerusform>Clore les %n sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n selected</source>
        <translation>
            <numerusform>Rouvrir %n sélectionné</numerusform>
            <numerusform>Rouvrir les %n sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>ContactWeb met an unexpected error.

Your data is safe: everything saved before this is in the encrypted vault. Save any open edits you can, then restart ContactWeb. If it happens again, send the log file below to whoever supports ContactWeb for you; the log holds no names, emails or phone numbers.</source>
        <translation>ContactWeb a rencontré une erreur inattendue.

Vos données sont en sécurité&#xa0;: tout ce qui a été enregistré avant se trouve dans le coffre chiffré. Enregistrez les modifications en cours si vous le pouvez, puis redémarrez ContactWeb. Si cela se reproduit, envoyez le fichier journal ci-dessous à la personne qui assure votre assistance ContactWeb&#xa0;; le journal ne contient ni noms, ni e-mails, ni numéros de téléphone.</translation>
    </message>
    <message>
        <source>ContactWeb: unexpected error</source>
        <translation>ContactWeb&#xa0;: erreur inattendue</translation>
    </message>
    <message>
        <source>Log: {value}</source>
        <translation>Journal&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>DeleteVaultDialog</name>
    <message>
        <source>Delete this vault</source>
        <translation>Supprimer ce coffre</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Delete every contact, communication, sale and setting in {escape}?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The vault&apos;s files are overwritten and removed, and the passwords ContactWeb stored for it are forgotten. Nobody can sign in to it again. This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Supprimer chaque contact, échange, vente et réglage de {escape}&#xa0;?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Les fichiers du coffre sont écrasés et supprimés, et les mots de passe que ContactWeb avait conservés pour lui sont oubliés. Personne ne pourra plus s’y connecter. C’est irréversible.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Also delete every backup of it ({what})</source>
        <translation>Supprimer aussi chacune de ses sauvegardes ({what})</translation>
    </message>
    <message>
        <source>No backup destination is configured</source>
        <translation>Aucune destination de sauvegarde n’est configurée</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;{escape}&lt;/b&gt; to confirm:</source>
        <translation>Saisissez &lt;b&gt;{escape}&lt;/b&gt; pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Votre mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Delete vault</source>
        <translation>Supprimer le coffre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Deleting the backups and then the vault…</source>
        <translation>Suppression des sauvegardes, puis du coffre…</translation>
    </message>
    <message>
        <source>Deleting the vault…</source>
        <translation>Suppression du coffre…</translation>
    </message>
    <message>
        <source>The vault at {folder} was deleted: {count} files overwritten and removed.</source>
        <translation>Le coffre dans {folder} a été supprimé&#xa0;: {count} fichiers écrasés et retirés.</translation>
    </message>
    <message>
        <source>Every backup of it was deleted ({count} objects).</source>
        <translation>Chacune de ses sauvegardes a été supprimée ({count} objets).</translation>
    </message>
</context>
<context>
    <name>DialogHost</name>
    <message>
        <source>Discard the changes to this contact?</source>
        <translation>Abandonner les modifications de ce contact&#xa0;?</translation>
    </message>
    <message>
        <source>Discard the changes to this communication?</source>
        <translation>Abandonner les modifications de cet échange&#xa0;?</translation>
    </message>
    <message>
        <source>Discard the changes to this consent record?</source>
        <translation>Abandonner les modifications de cet enregistrement de consentement&#xa0;?</translation>
    </message>
    <message>
        <source>Discard the changes to this sale?</source>
        <translation>Abandonner les modifications de cette vente&#xa0;?</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Unsaved changes from your last session</source>
        <translation>Modifications non enregistrées de votre dernière session</translation>
    </message>
    <message>
        <source>a contact you were editing</source>
        <translation>un contact que vous modifiiez</translation>
    </message>
    <message>
        <source>a new contact you had not saved yet</source>
        <translation>un nouveau contact que vous n’aviez pas encore enregistré</translation>
    </message>
    <message>
        <source>ContactWeb signed you out while you were working on {what}. Your changes were kept, encrypted in the vault, for you only.</source>
        <translation>ContactWeb vous a déconnecté pendant que vous travailliez sur {what}. Vos modifications ont été conservées, chiffrées dans le coffre, pour vous seul.</translation>
    </message>
    <message>
        <source>Restore them into an editor, discard them, or decide later (they are offered again at your next sign-in).</source>
        <translation>Rétablissez-les dans un éditeur, abandonnez-les, ou décidez plus tard (elles vous seront proposées à la prochaine connexion).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>The contact these changes were for is no longer there (or no longer yours to see), so they were dropped.</source>
        <translation>Le contact visé par ces modifications n’existe plus (ou ne vous est plus visible)&#xa0;; elles ont donc été abandonnées.</translation>
    </message>
</context>
<context>
    <name>DuplicateEmailWarning</name>
    <message>
        <source>Open the existing one</source>
        <translation>Ouvrir le contact existant</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>&lt;b&gt;This may be a duplicate.&lt;/b&gt; {escape} already has {escape2}{more}. Open the existing contact instead, or save this one anyway.</source>
        <translation>&lt;b&gt;C’est peut-être un doublon.&lt;/b&gt; {escape} a déjà {escape2}{more}. Ouvrez plutôt le contact existant, ou enregistrez celui-ci quand même.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Trouver les doublons</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Merge the right one into the left</source>
        <translation>Fusionner celui de droite dans celui de gauche</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>Inverser les côtés</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>Annuler la dernière fusion</translation>
    </message>
    <message>
        <source>Merges made</source>
        <translation>Fusions effectuées</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Recherche des doublons…</translation>
    </message>
    <message>
        <source>Could not look for duplicates: {error}</source>
        <translation>Impossible de chercher les doublons&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that look like one person.</source>
        <translation>
            <numerusform>%n paire qui semble être une seule personne.</numerusform>
            <numerusform>%n paires qui semblent être une seule personne.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Aucun doublon trouvé.</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Fusionner des contacts</translation>
    </message>
    <message>
        <source>Merge {other_name} (#{other_id}) into {keep_name} (#{keep_id})? Its emails, phones, addresses, tags, communications, sales and reminders move over, and an opt-out on either side stays. You can undo it at any time under &quot;Merges made&quot;.</source>
        <translation>Fusionner {other_name} (n° {other_id}) dans {keep_name} (n° {keep_id})&#xa0;? Ses e-mails, téléphones, adresses, étiquettes, échanges, ventes et rappels sont transférés, et une désinscription d’un côté ou de l’autre est conservée. Vous pouvez l’annuler à tout moment sous « Fusions effectuées ».</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler&#xa0;: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir&#xa0;: {what}</translation>
    </message>
</context>
<context>
    <name>EraseContactDialog</name>
    <message>
        <source>Erase contact</source>
        <translation>Effacer le contact</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erase {escaped_name} for good?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This removes the contact and everything about them: communications, attachments and recordings, reminders, consent history, drafts, outgoing messages and search entries. Sales stay in the accounts without the person. Only a receipt without personal data is kept. This cannot be undone.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Copies in backups&lt;/b&gt; made before now still hold the contact until they are pruned, but every restore re-applies this erasure before anyone can use the restored vault, so the person never comes back from a backup.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Effacer définitivement {escaped_name}&#xa0;?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cela supprime le contact et tout ce qui le concerne&#xa0;: échanges, pièces jointes et enregistrements, rappels, historique des consentements, brouillons, messages sortants et entrées de recherche. Les ventes restent dans les comptes, sans la personne. Seul un reçu sans données personnelles est conservé. C’est irréversible.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Les copies dans les sauvegardes&lt;/b&gt; faites avant maintenant contiennent encore le contact jusqu’à leur élagage, mais chaque restauration réapplique cet effacement avant que quiconque puisse utiliser le coffre restauré&#xa0;: la personne ne revient jamais d’une sauvegarde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the contact&apos;s name to confirm:</source>
        <translation>Saisissez le nom du contact pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Erasing and cleaning the vault file…</source>
        <translation>Effacement et nettoyage du fichier du coffre…</translation>
    </message>
    <message>
        <source>The contact was erased. The vault keeps this receipt as the erasure record; save it as a PDF (or print it) as your proof. It holds no personal data.</source>
        <translation>Le contact a été effacé. Le coffre garde ce reçu comme trace de l’effacement&#xa0;; enregistrez-le en PDF (ou imprimez-le) comme preuve. Il ne contient aucune donnée personnelle.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Saved to {written}</source>
        <translation>Enregistré dans {written}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Erasure receipt</source>
        <translation>Reçu d’effacement</translation>
    </message>
    <message>
        <source>The receipt has not been saved or printed. Save it as a PDF now? The vault keeps the erasure record either way.</source>
        <translation>Le reçu n’a été ni enregistré ni imprimé. L’enregistrer en PDF maintenant&#xa0;? Le coffre garde la trace de l’effacement dans tous les cas.</translation>
    </message>
</context>
<context>
    <name>ErasureReceiptsDialog</name>
    <message>
        <source>Erasure receipts</source>
        <translation>Reçus d’effacement</translation>
    </message>
    <message>
        <source>Reading the erasure records…</source>
        <translation>Lecture des traces d’effacement…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Could not read the erasure records: {exc}</source>
        <translation>Impossible de lire les traces d’effacement&#xa0;: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>%n erasure record(s); none holds personal data.</source>
        <translation>
            <numerusform>%n trace d’effacement&#xa0;; aucune ne contient de données personnelles.</numerusform>
            <numerusform>%n traces d’effacement&#xa0;; aucune ne contient de données personnelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has been erased yet.</source>
        <translation>Personne n’a encore été effacé.</translation>
    </message>
    <message>
        <source>Saved to {written}</source>
        <translation>Enregistré dans {written}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV for Google Contacts</source>
        <translation>CSV pour Google Contacts</translation>
    </message>
    <message>
        <source>CSV for Outlook</source>
        <translation>CSV pour Outlook</translation>
    </message>
    <message>
        <source>vCard 3.0 (Apple, most phones)</source>
        <translation>vCard 3.0 (Apple, la plupart des téléphones)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>LDIF (Thunderbird address book)</source>
        <translation>LDIF (carnet d’adresses Thunderbird)</translation>
    </message>
    <message>
        <source>ContactWeb JSON (everything, for scripts)</source>
        <translation>JSON ContactWeb (tout, pour les scripts)</translation>
    </message>
    <message>
        <source>A copy of the contacts (with their consent per channel)</source>
        <translation>Une copie des contacts (avec leur consentement par canal)</translation>
    </message>
    <message>
        <source>An email mailing: only those who may receive it, their email address only</source>
        <translation>Un envoi par e-mail&#xa0;: seulement ceux qui peuvent le recevoir, leur adresse e-mail seulement</translation>
    </message>
    <message>
        <source>A postal mailing: only those who may receive it, their address only</source>
        <translation>Un envoi postal&#xa0;: seulement ceux qui peuvent le recevoir, leur adresse seulement</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>Contacts with the tag</source>
        <translation>Contacts avec l’étiquette</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>Le contact sélectionné (%n)</numerusform>
            <numerusform>Les %n contacts sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds personal data: keep it somewhere safe and delete it when it is no longer needed.</source>
        <translation>Le fichier contient des données personnelles&#xa0;: conservez-le en lieu sûr et supprimez-le dès qu’il n’est plus utile.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>The contacts the current search finds</source>
        <translation>Les contacts que trouve la recherche en cours</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation>recherche « {text} »</translation>
    </message>
    <message>
        <source>tag “{tag}”</source>
        <translation>étiquette « {tag} »</translation>
    </message>
    <message>
        <source>closed only</source>
        <translation>clos seulement</translation>
    </message>
    <message>
        <source>active only</source>
        <translation>actifs seulement</translation>
    </message>
    <message>
        <source>The current list: {what}</source>
        <translation>La liste actuelle&#xa0;: {what}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>{chosen} will be exported.</source>
        <translation>{chosen}&#xa0;: seront exportés.</translation>
    </message>
    <message>
        <source>Of {chosen}, only those who may receive {channel} mailings will be exported.</source>
        <translation>Parmi {chosen}, seuls ceux qui acceptent les envois par {channel} seront exportés.</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln contact écrit dans {path}.</numerusform>
            <numerusform>%Ln contacts écrits dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) for a postal mailing written to {path}.</source>
        <translation>
            <numerusform>%Ln destinataire d’un envoi postal écrit dans {path}.</numerusform>
            <numerusform>%Ln destinataires d’un envoi postal écrits dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) for an email mailing written to {path}.</source>
        <translation>
            <numerusform>%Ln destinataire d’un envoi par e-mail écrit dans {path}.</numerusform>
            <numerusform>%Ln destinataires d’un envoi par e-mail écrits dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out, %Ln contact(s):</source>
        <translation>
            <numerusform>Laissé de côté, %Ln contact&#xa0;:</numerusform>
            <numerusform>Laissés de côté, %Ln contacts&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln contact(s).</source>
        <translation>
            <numerusform>Laissé de côté&#xa0;: %Ln contact.</numerusform>
            <numerusform>Laissés de côté&#xa0;: %Ln contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldMappingWidget</name>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Par exemple</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>Import {name} as</source>
        <translation>Importer {name} comme</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to ContactWeb</source>
        <translation>Bienvenue dans ContactWeb</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Where should ContactWeb keep your data?</source>
        <translation>Où ContactWeb doit-il conserver vos données&#xa0;?</translation>
    </message>
    <message>
        <source>Everything is stored in one encrypted folder, the vault.</source>
        <translation>Tout est conservé dans un seul dossier chiffré&#xa0;: le coffre.</translation>
    </message>
    <message>
        <source>Contacts, communications, recordings and sales are encrypted on disk; only people with an account can open them. The default folder is private to your user account on this computer. Pick another folder to keep the vault on a different disk.</source>
        <translation>Contacts, échanges, enregistrements et ventes sont chiffrés sur le disque&#xa0;; seules les personnes ayant un compte peuvent les ouvrir. Le dossier proposé est réservé à votre compte sur cet ordinateur. Choisissez un autre dossier pour placer le coffre sur un autre disque.</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Dossier du coffre</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Open an existing vault instead…</source>
        <translation>Ouvrir plutôt un coffre existant…</translation>
    </message>
    <message>
        <source>Connect to a team server…</source>
        <translation>Se connecter à un serveur d’équipe…</translation>
    </message>
    <message>
        <source>Use a contact base on your office&apos;s PostgreSQL server instead of a vault on this computer</source>
        <translation>Utiliser une base de contacts sur le serveur PostgreSQL du bureau plutôt qu’un coffre sur cet ordinateur</translation>
    </message>
    <message>
        <source>Vault folder:</source>
        <translation>Dossier du coffre&#xa0;:</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Créer le premier administrateur</translation>
    </message>
    <message>
        <source>This account adds the other staff members and their roles.</source>
        <translation>Ce compte ajoute les autres membres du personnel et leurs rôles.</translation>
    </message>
    <message>
        <source>e.g. maria</source>
        <translation>par ex. maria</translation>
    </message>
    <message>
        <source>There is no way to recover a forgotten password without another administrator: write it down somewhere safe.</source>
        <translation>Un mot de passe oublié ne peut pas être récupéré sans un autre administrateur&#xa0;: notez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>par ex. FR</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Région téléphonique par défaut</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read in this country (from this computer&apos;s language settings); change it if the business is elsewhere.</source>
        <translation>Les numéros saisis sans indicatif de pays sont lus dans ce pays (d’après les réglages de langue de cet ordinateur)&#xa0;; changez-le si l’entreprise est ailleurs.</translation>
    </message>
    <message>
        <source>This computer&apos;s language settings name no country, so none is set: type the two-letter code (DE, GB, US, ...) where phone numbers without a country code belong, or set it later in Administration.</source>
        <translation>Les réglages de langue de cet ordinateur n’indiquent aucun pays, donc aucun n’est défini&#xa0;: tapez le code à deux lettres (FR, BE, CA, ...) du pays des numéros de téléphone sans indicatif, ou définissez-le plus tard dans Administration.</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Répéter le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Phone region:</source>
        <translation>Région téléphonique&#xa0;:</translation>
    </message>
    <message>
        <source>Try it with demo data?</source>
        <translation>Essayer avec des données de démonstration&#xa0;?</translation>
    </message>
    <message>
        <source>Fictional contacts to explore ContactWeb before entering your own.</source>
        <translation>Des contacts fictifs pour découvrir ContactWeb avant de saisir les vôtres.</translation>
    </message>
    <message>
        <source>Add fictional demo contacts</source>
        <translation>Ajouter des contacts fictifs de démonstration</translation>
    </message>
    <message>
        <source> contacts</source>
        <translation> contacts</translation>
    </message>
    <message>
        <source>Each demo contact has made-up emails (example.com), phone numbers from ranges reserved for fiction, an address, tags, and some calls, sales, reminders and consent records. Every demo contact carries the tag “demo”, so you can find them all later. Leave this off for a vault you start using right away.</source>
        <translation>Chaque contact de démonstration a des e-mails inventés (example.com), des numéros pris dans des plages réservées à la fiction, une adresse, des étiquettes, et quelques appels, ventes, rappels et consentements. Chacun porte l’étiquette « demo », pour les retrouver tous plus tard. Laissez cette option désactivée pour un coffre que vous utilisez tout de suite.</translation>
    </message>
    <message>
        <source>Step {number} of {count}. {subTitle}</source>
        <translation>Étape {number} sur {count}. {subTitle}</translation>
    </message>
    <message>
        <source>Choose a folder for the vault</source>
        <translation>Choisir un dossier pour le coffre</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Choisir le dossier du coffre</translation>
    </message>
    <message>
        <source>There is no ContactWeb vault in {folder}.</source>
        <translation>Il n’y a pas de coffre ContactWeb dans {folder}.</translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation>Choisissez un dossier pour le coffre.</translation>
    </message>
    <message>
        <source>There is already a vault in this folder. Choose another folder, or cancel and sign in to that vault.</source>
        <translation>Il y a déjà un coffre dans ce dossier. Choisissez un autre dossier, ou annulez et connectez-vous à ce coffre.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>C’est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>ContactWeb user guide</source>
        <translation>Guide de ContactWeb</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texte du guide</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Exporter des contacts…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Trouver les &amp;doublons…</translation>
    </message>
</context>
<context>
    <name>ImportDuplicatesTableModel</name>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Update existing</source>
        <translation>Mettre à jour l’existant</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>Créer un nouveau</translation>
    </message>
    <message>
        <source>repeated in this file ({entry})</source>
        <translation>répété dans ce fichier ({entry})</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Contact files (*.csv *.tsv *.tab *.txt *.vcf *.vcard *.ldif *.ldi *.json);;LDIF address books (*.ldif *.ldi);;All files (*)</source>
        <translation>Fichiers de contacts (*.csv *.tsv *.tab *.txt *.vcf *.vcard *.ldif *.ldi *.json);;Carnets d’adresses LDIF (*.ldif *.ldi);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <extracomment>how many entries of a CSV file are read for the mapping and the preview</extracomment>
        <translation>Impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A CSV export (Google, Outlook, Yahoo, Apple, LinkedIn, Thunderbird or any spreadsheet), a vCard file, an LDIF address book, or a ContactWeb JSON file.</source>
        <translation>Un export CSV (Google, Outlook, Yahoo, Apple, LinkedIn, Thunderbird ou n’importe quel tableur), un fichier vCard, un carnet d’adresses LDIF ou un fichier JSON de ContactWeb.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Le fichier à importer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Recognise it from the file</source>
        <translation>Le reconnaître d’après le fichier</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing is written until you confirm the preview. Imported contacts start with consent unknown on every channel.</source>
        <translation>Rien n’est écrit tant que vous n’avez pas confirmé l’aperçu. Les contacts importés commencent avec un consentement inconnu sur chaque canal.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Which column is what?</source>
        <translation>Quelle colonne contient quoi&#xa0;?</translation>
    </message>
    <message>
        <source>Check which field is what</source>
        <translation>Vérifier ce que contient chaque champ</translation>
    </message>
    <message numerus="yes">
        <source>{format} with %n entry(s).</source>
        <translation>
            <numerusform>{format} avec %n entrée.</numerusform>
            <numerusform>{format} avec %n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>ContactWeb recognised this file as a {layout} export.</source>
        <translation>ContactWeb a reconnu dans ce fichier un export de {layout}.</translation>
    </message>
    <message>
        <source>Check which column is what</source>
        <translation>Vérifier ce que contient chaque colonne</translation>
    </message>
    <message>
        <source>ContactWeb does not know this file&apos;s columns. Choose what each one holds; columns left as &quot;(not imported)&quot; are skipped.</source>
        <translation>ContactWeb ne connaît pas les colonnes de ce fichier. Choisissez ce que contient chacune&#xa0;; les colonnes laissées sur « (non importé) » sont ignorées.</translation>
    </message>
    <message>
        <source>Each field of the file goes where shown; send one elsewhere or leave it out. Left as it is, the file is imported as it was written.</source>
        <translation>Chaque champ du fichier va là où c’est indiqué&#xa0;; envoyez-en un ailleurs ou laissez-le de côté. Tel quel, le fichier est importé comme il a été écrit.</translation>
    </message>
    <message>
        <source>A first guess is filled in from the closest known layout and the column names: check it.</source>
        <translation>Une première proposition est remplie d’après la disposition connue la plus proche et les noms de colonnes&#xa0;: vérifiez-la.</translation>
    </message>
    <message>
        <source>A {format} file</source>
        <translation>Un fichier {format}</translation>
    </message>
    <message>
        <source>Each column goes where shown. Change any that is wrong; left as it is, the file is read exactly as that program wrote it.</source>
        <translation>Chaque colonne va où c’est indiqué. Corrigez ce qui est faux&#xa0;; sans changement, le fichier est lu exactement comme ce programme l’a écrit.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Placing the fields…</source>
        <translation>Placement des champs…</translation>
    </message>
    <message>
        <source>Choose at least one column to import.</source>
        <translation>Choisissez au moins une colonne à importer.</translation>
    </message>
    <message>
        <source>Reading the file with these columns…</source>
        <translation>Lecture du fichier avec ces colonnes…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant l’import</translation>
    </message>
    <message>
        <source>The first entries as they will be stored</source>
        <translation>Les premières entrées telles qu’elles seront enregistrées</translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation>Pour chaque doublon&#xa0;:</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Sélection&#xa0;:</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Skip these entries and import the rest</source>
        <translation>Ignorer ces entrées et importer le reste</translation>
    </message>
    <message>
        <source>Entries that cannot be imported as they are</source>
        <translation>Entrées impossibles à importer telles quelles</translation>
    </message>
    <message>
        <source>Add them anyway, opted out of every channel (only if they came back to you themselves)</source>
        <translation>Les ajouter quand même, désinscrits de tous les canaux (seulement s’ils sont revenus vers vous d’eux-mêmes)</translation>
    </message>
    <message>
        <source>People who were erased before</source>
        <translation>Personnes effacées auparavant</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Checking the file against the vault…</source>
        <translation>Comparaison du fichier avec le coffre…</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back, or close the window.</source>
        <translation>La vérification a été annulée. Revenez en arrière ou fermez la fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>If later entries cannot be imported as they are, skip them and import the rest</source>
        <translation>Si des entrées suivantes ne peuvent pas être importées telles quelles, les ignorer et importer le reste</translation>
    </message>
    <message numerus="yes">
        <source>Entries matching a person who asked to be erased (%n): </source>
        <translation>
            <numerusform>Entrée correspondant à une personne qui a demandé l’effacement (%n)&#xa0;: </numerusform>
            <numerusform>Entrées correspondant à une personne qui a demandé l’effacement (%n)&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} nouveaux</translation>
    </message>
    <message>
        <source>{count} already in the vault</source>
        <translation>{count} déjà dans le coffre</translation>
    </message>
    <message>
        <source>{count} repeated in this file</source>
        <translation>{count} répétés dans ce fichier</translation>
    </message>
    <message>
        <source>{count} like a contact but with other email addresses (imported unless you choose otherwise)</source>
        <translation>{count} semblables à un contact mais avec d’autres adresses e-mail (importés sauf choix contraire)</translation>
    </message>
    <message numerus="yes">
        <source>Entries read: %n ({format_name}): {parts}, {count} that cannot be imported as they are.</source>
        <translation>
            <numerusform>Entrée lue&#xa0;: %n ({format_name})&#xa0;: {parts}, {count} impossibles à importer telles quelles.</numerusform>
            <numerusform>Entrées lues&#xa0;: %n ({format_name})&#xa0;: {parts}, {count} impossibles à importer telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <source>Update the existing contacts</source>
        <translation>Mettre à jour les contacts existants</translation>
    </message>
    <message>
        <source>Create new contacts anyway</source>
        <translation>Créer quand même de nouveaux contacts</translation>
    </message>
    <message numerus="yes">
        <source>These are the first entries of a file of about %n: the rest are checked as they are imported, and their duplicates are handled as chosen for every duplicate.</source>
        <translation>
            <numerusform>Voici les premières entrées d’un fichier d’environ %n entrée&#xa0;: le reste est vérifié pendant l’importation, et ses doublons sont traités comme choisi pour chaque doublon.</numerusform>
            <numerusform>Voici les premières entrées d’un fichier d’environ %n entrées&#xa0;: le reste est vérifié pendant l’importation, et ses doublons sont traités comme choisi pour chaque doublon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’import a été annulé&#xa0;; rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>New contacts: {count}</source>
        <translation>Nouveaux contacts&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Existing contacts updated: {count}</source>
        <translation>Contacts existants mis à jour&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Duplicates skipped: {count}</source>
        <translation>Doublons ignorés&#xa0;: {count}</translation>
    </message>
    <message>
        <source>  {source} is like contact {id} ({reason})</source>
        <translation>  {source} ressemble au contact {id} ({reason})</translation>
    </message>
    <message>
        <source>Not imported, erased before: {count}</source>
        <translation>Non importés, effacés auparavant&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Opt-outs recorded from the file: {count}</source>
        <translation>Désinscriptions enregistrées depuis le fichier&#xa0;: {count}</translation>
    </message>
    <message>
        <source>  {source}: contact {id} opted out of {channel}</source>
        <translation>  {source}&#xa0;: le contact {id} s’est désinscrit de {channel}</translation>
    </message>
    <message>
        <source>Skipped, cannot be imported as they are: {count}</source>
        <translation>Ignorés, non importables en l’état&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Notes: {count}</source>
        <translation>Notes&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) imported from {file}.</source>
        <translation>
            <numerusform>%n contact importé depuis {file}.</numerusform>
            <numerusform>%n contacts importés depuis {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Importation arrêtée</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled. The first {done} entries of the file were imported as listed below, in whole batches; the entries from {first} on (about %n) were not imported, and nothing of them was written.</source>
        <translation>
            <numerusform>Importation annulée. Les {done} premières entrées du fichier ont été importées par lots entiers, comme indiqué ci-dessous&#xa0;; les entrées à partir de la {first}e (environ %n) n’ont pas été importées, et rien n’en a été écrit.</numerusform>
            <numerusform>Importation annulée. Les {done} premières entrées du fichier ont été importées par lots entiers, comme indiqué ci-dessous&#xa0;; les entrées à partir de la {first}e (environ %n) n’ont pas été importées, et rien n’en a été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import stopped at an entry that cannot be imported (listed below). The first {done} entries of the file were imported as listed below, in whole batches; the entries from {first} on (about %n) were not imported. Import the file again with those entries skipped: the contacts already imported are then found as duplicates.</source>
        <translation>
            <numerusform>Importation arrêtée à une entrée qui ne peut pas être importée (indiquée ci-dessous). Les {done} premières entrées du fichier ont été importées par lots entiers, comme indiqué ci-dessous&#xa0;; les entrées à partir de la {first}e (environ %n) n’ont pas été importées. Importez à nouveau le fichier en ignorant ces entrées&#xa0;: les contacts déjà importés seront alors reconnus comme doublons.</numerusform>
            <numerusform>Importation arrêtée à une entrée qui ne peut pas être importée (indiquée ci-dessous). Les {done} premières entrées du fichier ont été importées par lots entiers, comme indiqué ci-dessous&#xa0;; les entrées à partir de la {first}e (environ %n) n’ont pas été importées. Importez à nouveau le fichier en ignorant ces entrées&#xa0;: les contacts déjà importés seront alors reconnus comme doublons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSampleTableModel</name>
    <message>
        <source>Cannot be imported: {problem}</source>
        <translation>Non importable&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
</context>
<context>
    <name>LabelledRowsWidget</name>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>facturation</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>livraison</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Ajouter un e-mail</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Ajouter une adresse</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>Région / province</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>{title} {number} label</source>
        <translation>{title} {number} libellé</translation>
    </message>
    <message>
        <source>Remove {title} {number}</source>
        <translation>Retirer {title} {number}</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>ContactWeb speaks the chosen language from its next start.</source>
        <translation>ContactWeb utilisera la langue choisie à partir du prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>LogCommunicationDialog</name>
    <message>
        <source>Edit a communication with {name}</source>
        <translation>Modifier un échange avec {name}</translation>
    </message>
    <message>
        <source>Log a communication with {name}</source>
        <translation>Noter un échange avec {name}</translation>
    </message>
    <message>
        <source>With &lt;b&gt;{escape}&lt;/b&gt;</source>
        <translation>Avec &lt;b&gt;{escape}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Outgoing (we contacted them)</source>
        <translation>Sortant (nous l’avons contacté)</translation>
    </message>
    <message>
        <source>Incoming (they contacted us)</source>
        <translation>Entrant (il nous a contactés)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Tick an attachment that is a call recording: recordings are deleted after the retention period.</source>
        <translation>Cochez une pièce jointe qui est un enregistrement d’appel&#xa0;: les enregistrements sont supprimés après la durée de conservation.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Tick the files that are call recordings; they are deleted after the retention period.</source>
        <translation>Cochez les fichiers qui sont des enregistrements d’appel&#xa0;; ils sont supprimés après la durée de conservation.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sens&#xa0;:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Saving attachments</source>
        <translation>Enregistrement des pièces jointes</translation>
    </message>
    <message>
        <source>Storing the attachments in the vault…</source>
        <translation>Rangement des pièces jointes dans le coffre…</translation>
    </message>
</context>
<context>
    <name>MailingChecklistPage</name>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Opt-out text</source>
        <translation>Mention de désinscription</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Nothing is sent until every line is ticked. After Send there is no going back; Cancel stops after the message in hand.</source>
        <translation>Rien ne part tant que chaque ligne n’est pas cochée. Après « Envoyer », pas de retour en arrière&#xa0;; « Annuler » s’arrête après le message en cours.</translation>
    </message>
    <message>
        <source>Mailing settings…</source>
        <translation>Réglages des envois…</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>no sender address</source>
        <translation>aucune adresse d’expéditeur</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s); </source>
        <translation>
            <numerusform>%n contact&#xa0;; </numerusform>
            <numerusform>%n contacts&#xa0;; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n écarté</numerusform>
            <numerusform>%n écartés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s)</source>
        <translation>
            <numerusform>Envoyer %n message</numerusform>
            <numerusform>Envoyer %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: a placeholder; set the business&apos;s name in the settings before sending</source>
        <translation>{name}&#xa0;: un texte d’exemple&#xa0;; indiquez le nom de l’entreprise dans les réglages avant l’envoi</translation>
    </message>
    <message>
        <source>{address}: looks like a placeholder</source>
        <translation>{address}&#xa0;: ressemble à un texte d’exemple</translation>
    </message>
    <message>
        <source>missing: every mailing must carry it</source>
        <translation>manquante&#xa0;: chaque envoi doit la porter</translation>
    </message>
    <message>
        <source>no recipient to check</source>
        <translation>aucun destinataire à vérifier</translation>
    </message>
    <message>
        <source>footer with the postal address and how to unsubscribe, and a List-Unsubscribe header, in every message</source>
        <translation>pied de message avec l’adresse postale et la façon de se désinscrire, et un en-tête List-Unsubscribe, dans chaque message</translation>
    </message>
    <message>
        <source>the opt-out footer is missing from the message</source>
        <translation>la mention de désinscription manque dans le message</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
</context>
<context>
    <name>MailingComposePage</name>
    <message>
        <source>Compose</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Merge fields such as {first_name} are filled in per recipient; {first_name|friend} gives a fallback. The footer with your postal address and how to unsubscribe is added to every message.</source>
        <translation>Les champs de fusion comme {first_name} sont remplis pour chaque destinataire&#xa0;; {first_name|friend} donne une valeur de repli. Le pied avec votre adresse postale et la façon de se désinscrire est ajouté à chaque message.</translation>
    </message>
    <message>
        <source>Dear {first_name|customer},

…</source>
        <translation>Bonjour {first_name|customer},

…</translation>
    </message>
    <message>
        <source>Optional: the same message as HTML</source>
        <translation>Facultatif&#xa0;: le même message en HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>HTML (optional)</source>
        <translation>HTML (facultatif)</translation>
    </message>
    <message>
        <source>Insert a merge field…</source>
        <translation>Insérer un champ de fusion…</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Aperçu pour&#xa0;:</translation>
    </message>
    <message>
        <source>No recipient to preview.</source>
        <translation>Aucun destinataire à prévisualiser.</translation>
    </message>
    <message>
        <source>To: {name} &lt;{address}&gt;</source>
        <translation>À&#xa0;: {name} &lt;{address}&gt;</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Objet&#xa0;: {subject}</translation>
    </message>
</context>
<context>
    <name>MailingImapDialog</name>
    <message>
        <source>SSL/TLS (port 993)</source>
        <translation>SSL/TLS (port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <source>None (this computer or a trusted network only)</source>
        <translation>Aucune (cet ordinateur ou un réseau de confiance uniquement)</translation>
    </message>
    <message>
        <source>Process replies from IMAP</source>
        <translation>Traiter les réponses depuis IMAP</translation>
    </message>
    <message>
        <source>List folders</source>
        <translation>Lister les dossiers</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Read replies</source>
        <translation>Lire les réponses</translation>
    </message>
    <message>
        <source>IMAP server:</source>
        <translation>Serveur IMAP&#xa0;:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Received in the last:</source>
        <translation>Reçus au cours des derniers&#xa0;:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Certificat du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Unencrypted IMAP?</source>
        <translation>IMAP non chiffré&#xa0;?</translation>
    </message>
    <message>
        <source>{host} is not this computer. Without encryption the password and every reply cross the network readable by anyone on the way. Use it only on a network you trust.</source>
        <translation>{host} n’est pas cet ordinateur. Sans chiffrement, le mot de passe et chaque réponse traversent le réseau lisibles par quiconque sur le trajet. Ne l’utilisez que sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>Connect unencrypted</source>
        <translation>Se connecter sans chiffrement</translation>
    </message>
    <message>
        <source>Give the IMAP server&apos;s name.</source>
        <translation>Indiquez le nom du serveur IMAP.</translation>
    </message>
    <message>
        <source>IMAP folders</source>
        <translation>Dossiers IMAP</translation>
    </message>
    <message>
        <source>Listing the folders of {host}…</source>
        <translation>Liste des dossiers de {host}…</translation>
    </message>
</context>
<context>
    <name>MailingOneToOneDialog</name>
    <message>
        <source>Email {display_name}</source>
        <translation>Écrire à {display_name}</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>{display_name} has no email address.</source>
        <translation>{display_name} n’a pas d’adresse e-mail.</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Opted out of email</source>
        <translation>Désinscrit des e-mails</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
</context>
<context>
    <name>MailingPostDialog</name>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Étiquettes d’adresse</translation>
    </message>
    <message>
        <source>Choose who gets the {kind}…</source>
        <translation>Choisir les destinataires ({kind})…</translation>
    </message>
    <message>
        <source>Everyone who may receive post</source>
        <translation>Toutes les personnes qui acceptent le courrier</translation>
    </message>
    <message>
        <source>Tagged {name}</source>
        <translation>Étiquetés {name}</translation>
    </message>
    <message>
        <source>Only contacts matching this search (optional)</source>
        <translation>Seulement les contacts qui correspondent à cette recherche (facultatif)</translation>
    </message>
    <message>
        <source>Load template…</source>
        <translation>Charger un modèle…</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Avery L7160 (A4, 21 labels)</source>
        <translation>Avery L7160 (A4, 21 étiquettes)</translation>
    </message>
    <message>
        <source>Avery 5160 (US Letter, 30 labels)</source>
        <translation>Avery 5160 (US Letter, 30 étiquettes)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Make PDF</source>
        <translation>Créer le PDF</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Envoyer à&#xa0;:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Recherche&#xa0;:</translation>
    </message>
    <message>
        <source>Saved templates:</source>
        <translation>Modèles enregistrés&#xa0;:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Planche&#xa0;:</translation>
    </message>
    <message>
        <source>First free label:</source>
        <translation>Première étiquette libre&#xa0;:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Envoyer à</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation>Modèles enregistrés</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Planche</translation>
    </message>
    <message>
        <source>First free label</source>
        <translation>Première étiquette libre</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Left out, with the reason</source>
        <translation>Écartés, avec la raison</translation>
    </message>
    <message>
        <source>Choose who gets them first.</source>
        <translation>Choisissez d’abord les destinataires.</translation>
    </message>
    <message>
        <source>Saved templates…</source>
        <translation>Modèles enregistrés…</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Aucun enregistré pour l’instant</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Saved the template {stored!r}.</source>
        <translation>Le modèle {stored!r} est enregistré.</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template {name!r}?</source>
        <translation>Supprimer le modèle {name!r}&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Wrote {included} {kind} to {out}.</source>
        <translation>{included} {kind} écrit(e)s dans {out}.</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Modèle de lettre</translation>
    </message>
    <message>
        <source>Subject: News from {business_name}
Dear {first_name|customer},



Kind regards
{business_name}</source>
        <translation>Subject: Nouvelles de {business_name}
Bonjour {first_name|customer},



Bien cordialement
{business_name}</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read {value}: {exc}</source>
        <translation>Impossible de lire {value}&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Enregistrer le PDF sous</translation>
    </message>
    <message>
        <source>Choose who gets the {kind} first.</source>
        <translation>Choisissez d’abord les destinataires ({kind}).</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Choisissez où enregistrer le PDF.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation>{name} existe déjà dans {parent}. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Checking consent and addresses, then making the PDF…</source>
        <translation>Vérification des consentements et des adresses, puis création du PDF…</translation>
    </message>
    <message>
        <source>{error} Everyone left out is listed with the reason:</source>
        <translation>{error} Chaque personne écartée figure dans la liste avec la raison&#xa0;:</translation>
    </message>
    <message>
        <source>Wrote {included} {kind} to {out}. {count} contacts left out:</source>
        <translation>{included} ({kind}) écrits dans {out}. {count} contacts écartés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MailingRecipientsPage</name>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Only contacts who gave express consent to email, and did not opt out, receive a mailing.</source>
        <translation>Seuls les contacts qui ont expressément accepté les e-mails, et ne se sont pas désinscrits, reçoivent un envoi.</translation>
    </message>
    <message>
        <source>Only contacts matching this search (optional)</source>
        <translation>Seulement les contacts qui correspondent à cette recherche (facultatif)</translation>
    </message>
    <message>
        <source>Check recipients</source>
        <translation>Vérifier les destinataires</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Recherche&#xa0;:</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>Checking consent and addresses…</source>
        <translation>Vérification des consentements et des adresses…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will receive this mailing.</source>
        <translation>
            <numerusform>%n contact recevra cet envoi.</numerusform>
            <numerusform>%n contacts recevront cet envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out:</source>
        <translation>
            <numerusform>%n écarté&#xa0;:</numerusform>
            <numerusform>%n écartés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>No one in {what} may receive a mailing ({count} left out).</source>
        <translation>Personne dans {what} ne peut recevoir d’envoi ({count} écartés).</translation>
    </message>
    <message>
        <source>The selection changed: check the recipients again.</source>
        <translation>La sélection a changé&#xa0;: vérifiez de nouveau les destinataires.</translation>
    </message>
</context>
<context>
    <name>MailingRepliesDialog</name>
    <message>
        <source>no contact</source>
        <translation>aucun contact</translation>
    </message>
    <message>
        <source>Opt-outs from replies</source>
        <translation>Désinscriptions reçues en réponse</translation>
    </message>
    <message>
        <source>Take the selected replies as opt-out requests</source>
        <translation>Prendre les réponses sélectionnées comme demandes de désinscription</translation>
    </message>
    <message>
        <source>Read {checked} messages: {count} ask to opt out, {count2} other replies for you to read, {automatic} automatic replies set aside. Nothing is recorded until you press the button.</source>
        <translation>{checked} messages lus&#xa0;: {count} demandent la désinscription, {count2} autres réponses à lire, {automatic} réponses automatiques mises de côté. Rien n’est enregistré avant que vous n’appuyiez sur le bouton.</translation>
    </message>
    <message>
        <source>Replies that did not ask in words ContactWeb knows. Read them: a request to stop in other words is still a request.</source>
        <translation>Réponses qui ne le demandent pas avec des mots que ContactWeb connaît. Lisez-les&#xa0;: une demande d’arrêt formulée autrement reste une demande.</translation>
    </message>
    <message>
        <source>No other replies to read.</source>
        <translation>Aucune autre réponse à lire.</translation>
    </message>
    <message>
        <source>Record {to_record} opt-outs</source>
        <translation>Enregistrer {to_record} désinscriptions</translation>
    </message>
    <message>
        <source>Recorded {recorded} opt-outs, each with its message as evidence.</source>
        <translation>{recorded} désinscriptions enregistrées, chacune avec son message comme preuve.</translation>
    </message>
</context>
<context>
    <name>MailingReportPage</name>
    <message>
        <source>Report</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>En échec&#xa0;:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Écartés&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was sent: {error}</source>
        <translation>Rien n’a été envoyé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Mailing {id} was queued but sending stopped: {error} Use &apos;Resume sending&apos; on the Mailings page.</source>
        <translation>L’envoi {id} a été mis en file d’attente, mais l’expédition s’est arrêtée&#xa0;: {error} Utilisez « Reprendre l’envoi » sur la page Envois.</translation>
    </message>
    <message>
        <source>Mailing {id}: sent {sent} of {queued}.</source>
        <translation>Envoi {id}&#xa0;: {sent} sur {queued} envoyés.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them were handed to the server without its confirmation (not sent again; see the outbox).</source>
        <translation>
            <numerusform>%n d’entre eux a été remis au serveur sans sa confirmation (pas renvoyé&#xa0;; voir la boîte d’envoi).</numerusform>
            <numerusform>%n d’entre eux ont été remis au serveur sans sa confirmation (pas renvoyés&#xa0;; voir la boîte d’envoi).</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: {left_out}. Failed: {failed}.</source>
        <translation>Écartés&#xa0;: {left_out}. En échec&#xa0;: {failed}.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait in the outbox: use &apos;Resume sending&apos; on the Mailings page.</source>
        <translation>
            <numerusform>%n message attend dans la boîte d’envoi&#xa0;: utilisez « Reprendre l’envoi » sur la page Envois.</numerusform>
            <numerusform>%n messages attendent dans la boîte d’envoi&#xa0;: utilisez « Reprendre l’envoi » sur la page Envois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailingRetryTimer</name>
    <message>
        <source>Sending stopped.</source>
        <translation>L’expédition s’est arrêtée.</translation>
    </message>
</context>
<context>
    <name>MailingSendPage</name>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Annuler l’envoi</translation>
    </message>
    <message>
        <source>Queueing the mailing…</source>
        <translation>Mise en file de l’envoi…</translation>
    </message>
    <message>
        <source>Sent or checked {done} of {total} messages…</source>
        <translation>{done} messages sur {total} envoyés ou vérifiés…</translation>
    </message>
    <message>
        <source>Stopping after the message in hand…</source>
        <translation>Arrêt après le message en cours…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
</context>
<context>
    <name>MailingSettingsDialog</name>
    <message>
        <source>Mailing settings</source>
        <translation>Réglages des envois</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <source>None (trusted network only)</source>
        <translation>Aucune (réseau de confiance uniquement)</translation>
    </message>
    <message>
        <source>stored in the {place}; leave empty to keep it</source>
        <translation>conservé dans&#xa0;: {place}&#xa0;; laissez vide pour le garder</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>aucun conservé</translation>
    </message>
    <message>
        <source>the name every mailing&apos;s footer carries</source>
        <translation>le nom que porte le pied de page de chaque envoi</translation>
    </message>
    <message>
        <source>Street
Town and postcode
Country</source>
        <translation>Rue
Code postal et ville
Pays</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source> messages per minute</source>
        <translation> messages par minute</translation>
    </message>
    <message>
        <source>Send a test to myself…</source>
        <translation>M’envoyer un test…</translation>
    </message>
    <message>
        <source>Sends one real message with these settings, saved or not</source>
        <translation>Envoie un vrai message avec ces réglages, enregistrés ou non</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Serveur SMTP&#xa0;:</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nom de l’entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Nom de l’expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Adresse de l’expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Adresse postale&#xa0;:</translation>
    </message>
    <message>
        <source>Throttle:</source>
        <translation>Cadence&#xa0;:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Certificat du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Send a test to myself</source>
        <translation>M’envoyer un test</translation>
    </message>
    <message>
        <source>Send the test message to:</source>
        <translation>Envoyer le message de test à&#xa0;:</translation>
    </message>
    <message>
        <source>Sending a test message to {value}…</source>
        <translation>Envoi d’un message de test à {value}…</translation>
    </message>
</context>
<context>
    <name>MailingWizard</name>
    <message>
        <source>New email mailing</source>
        <translation>Nouvel envoi par e-mail</translation>
    </message>
</context>
<context>
    <name>MailingsTab</name>
    <message>
        <source>New email mailing…</source>
        <translation>Nouvel envoi par e-mail…</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Reprendre l’envoi</translation>
    </message>
    <message>
        <source>Retry failed…</source>
        <translation>Renvoyer les échecs…</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Lettres…</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Étiquettes…</translation>
    </message>
    <message>
        <source>Process replies…</source>
        <translation>Traiter les réponses…</translation>
    </message>
    <message>
        <source>Replies from IMAP…</source>
        <translation>Réponses depuis IMAP…</translation>
    </message>
    <message>
        <source>Record opt-out from a reply…</source>
        <translation>Enregistrer une désinscription reçue en réponse…</translation>
    </message>
    <message>
        <source>Mailing settings…</source>
        <translation>Réglages des envois…</translation>
    </message>
    <message>
        <source>Release the claim…</source>
        <translation>Libérer la réservation…</translation>
    </message>
    <message>
        <source>Mailings are sent by managers and administrators.</source>
        <translation>Les envois sont faits par les responsables et les administrateurs.</translation>
    </message>
    <message>
        <source>Set these with &quot;Mailing settings…&quot; above.</source>
        <translation>Définissez-les avec « Réglages des envois… » ci-dessus.</translation>
    </message>
    <message>
        <source>An administrator sets these in Mailing settings.</source>
        <translation>Un administrateur les définit dans les réglages des envois.</translation>
    </message>
    <message>
        <source>Retry failed messages</source>
        <translation>Renvoyer les messages en échec</translation>
    </message>
    <message>
        <source>Try every failed message of this mailing again? Their addresses will no longer be marked undeliverable.</source>
        <translation>Réessayer chaque message en échec de cet envoi&#xa0;? Leurs adresses ne seront plus marquées comme non distribuables.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>This mailing has no failed messages.</source>
        <translation>Cet envoi n’a aucun message en échec.</translation>
    </message>
    <message>
        <source>Deferred messages are being tried again right now; resume when that run has finished.</source>
        <translation>Les messages différés sont en train d’être réessayés&#xa0;; reprenez quand cette passe sera terminée.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Sending what waits in the outbox…</source>
        <translation>Envoi de ce qui attend dans la boîte d’envoi…</translation>
    </message>
    <message>
        <source>Sending stopped.</source>
        <translation>L’expédition s’est arrêtée.</translation>
    </message>
    <message>
        <source>Sent {sent}, failed {failed}, no longer eligible {excluded}.</source>
        <translation>Envoyés {sent}, en échec {failed}, plus admissibles {excluded}.</translation>
    </message>
    <message>
        <source>{count} still wait; the next attempt at {when} UTC.</source>
        <translation>{count} attendent encore&#xa0;; prochain essai à {when} UTC.</translation>
    </message>
    <message>
        <source>{count} still wait.</source>
        <translation>{count} attendent encore.</translation>
    </message>
    <message>
        <source>Deferred messages tried again: </source>
        <translation>Messages différés réessayés&#xa0;: </translation>
    </message>
    <message>
        <source>Deferred messages are due, but were not sent: {message}</source>
        <translation>Des messages différés sont dus, mais n’ont pas été envoyés&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Release the claim</source>
        <translation>Libérer la réservation</translation>
    </message>
    <message>
        <source>Release this mailing from the desktop that was sending it? Do this only when that desktop is gone for good (it is refused while that desktop is still connected). Messages it had handed to the mail server without a recorded outcome will count as sent and not be sent again; Resume sending then sends the rest from this computer.</source>
        <translation>Libérer cet envoi du poste qui l’expédiait&#xa0;? Ne le faites que si ce poste a disparu pour de bon (c’est refusé tant qu’il est connecté). Les messages qu’il avait remis au serveur de messagerie sans résultat enregistré compteront comme envoyés et ne seront pas renvoyés&#xa0;; « Reprendre l’envoi » envoie ensuite le reste depuis cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>Released the claim: %n message(s) handed over by the lost desktop count as sent. Resume sending to send the rest.</source>
        <translation>
            <numerusform>Réservation libérée&#xa0;: %n message remis par le poste perdu compte comme envoyé. « Reprendre l’envoi » envoie le reste.</numerusform>
            <numerusform>Réservation libérée&#xa0;: %n messages remis par le poste perdu comptent comme envoyés. « Reprendre l’envoi » envoie le reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replies: .eml files or an mbox file</source>
        <translation>Réponses&#xa0;: fichiers .eml ou un fichier mbox</translation>
    </message>
    <message>
        <source>Mail (*.eml *.mbox *.mbx);;All (*)</source>
        <translation>Courrier (*.eml *.mbox *.mbx);;Tous (*)</translation>
    </message>
    <message>
        <source>Reading replies</source>
        <translation>Lecture des réponses</translation>
    </message>
    <message>
        <source>Looking for requests to unsubscribe…</source>
        <translation>Recherche des demandes de désinscription…</translation>
    </message>
    <message>
        <source>Reading {folder} on {host}…</source>
        <translation>Lecture de {folder} sur {host}…</translation>
    </message>
    <message>
        <source>Not read in full</source>
        <translation>Lecture incomplète</translation>
    </message>
    <message>
        <source>Only the text of these messages was read:
</source>
        <translation>Seul le texte de ces messages a été lu&#xa0;:
</translation>
    </message>
    <message>
        <source>Recorded {recorded} opt-outs from replies.</source>
        <translation>{recorded} désinscriptions enregistrées à partir des réponses.</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Retours en erreur</translation>
    </message>
    <message>
        <source>{count} bounces say mail cannot reach {shown}{value}. Mark these addresses undeliverable, so later mailings leave them out?</source>
        <translation>{count} retours indiquent que le courrier ne peut pas atteindre {shown}{value}. Marquer ces adresses comme non distribuables, pour que les envois suivants les écartent&#xa0;?</translation>
    </message>
    <message>
        <source>Mark undeliverable</source>
        <translation>Marquer non distribuable</translation>
    </message>
    <message>
        <source>Marked {marked} contacts&apos; addresses undeliverable.</source>
        <translation>Adresses de {marked} contacts marquées comme non distribuables.</translation>
    </message>
    <message>
        <source>The reply (.eml)</source>
        <translation>La réponse (.eml)</translation>
    </message>
    <message>
        <source>Mail (*.eml);;All (*)</source>
        <translation>Courrier (*.eml);;Tous (*)</translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation>Enregistrer la désinscription</translation>
    </message>
    <message>
        <source>No contact has the address {address}.</source>
        <translation>Aucun contact n’a l’adresse {address}.</translation>
    </message>
    <message>
        <source>Record that {names} ({address}) opted out of email, with this reply as evidence?</source>
        <translation>Enregistrer que {names} ({address}) s’est désinscrit des e-mails, avec cette réponse comme preuve&#xa0;?</translation>
    </message>
    <message>
        <source>Recorded the opt-out of {names}.</source>
        <translation>La désinscription de {names} est enregistrée.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Changer mon mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Log a call with the selected contact…</source>
        <translation>&amp;Noter un appel avec le contact sélectionné…</translation>
    </message>
    <message>
        <source>&amp;Print the selected contacts&apos; dossier…</source>
        <translation>&amp;Imprimer le dossier des contacts sélectionnés…</translation>
    </message>
    <message>
        <source>Save the selected contacts&apos; dossier as P&amp;DF…</source>
        <translation>Enregistrer le dossier des contacts sélectionnés en P&amp;DF…</translation>
    </message>
    <message>
        <source>Erasure &amp;receipts…</source>
        <translation>&amp;Reçus d’effacement…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About ContactWeb</source>
        <translation>À &amp;propos de ContactWeb</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock ContactWeb (Ctrl+L): the vault closes until you sign in again.</source>
        <translation>Verrouiller ContactWeb (Ctrl+L)&#xa0;: le coffre se ferme jusqu’à votre prochaine connexion.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out: the vault closes and the next person signs in with their own password.</source>
        <translation>Se déconnecter&#xa0;: le coffre se ferme et la personne suivante se connecte avec son propre mot de passe.</translation>
    </message>
    <message>
        <source>Signed in as {username} ({role})</source>
        <translation>Connecté en tant que {username} ({role})</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Your new password works from the next sign-in.</source>
        <translation>Votre nouveau mot de passe vaut dès la prochaine connexion.</translation>
    </message>
    <message>
        <source>About ContactWeb</source>
        <translation>À propos de ContactWeb</translation>
    </message>
    <message>
        <source>ContactWeb {version__}

A privacy-first CRM for small businesses. Contacts, communications, recordings and sales stay in an encrypted vault on this computer.

The command line (&apos;contactweb --help&apos;) does the same work without a window.</source>
        <translation>ContactWeb {version__}

Un CRM pour les petites entreprises qui place la vie privée en premier. Contacts, échanges, enregistrements et ventes restent dans un coffre chiffré sur cet ordinateur.

La ligne de commande (&apos;contactweb --help&apos;) fait le même travail sans fenêtre.</translation>
    </message>
</context>
<context>
    <name>MergeChoicesWidget</name>
    <message>
        <source>opted out</source>
        <translation>désinscrit</translation>
    </message>
    <message>
        <source>consented</source>
        <translation>consenti</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>pas demandé</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Email ({label}): {address}</source>
        <translation>E-mail ({label})&#xa0;: {address}</translation>
    </message>
    <message>
        <source>Phone ({label}): {number}</source>
        <translation>Téléphone ({label})&#xa0;: {number}</translation>
    </message>
    <message>
        <source>Address ({label}): {address}</source>
        <translation>Adresse ({label})&#xa0;: {address}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>rien d’enregistré</translation>
    </message>
    <message>
        <source>Consent: {consent}</source>
        <translation>Consentement&#xa0;: {consent}</translation>
    </message>
    <message>
        <source>Communications: {count}</source>
        <translation>Échanges&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Sales: {count}</source>
        <translation>Ventes&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Reminders: {count}</source>
        <translation>Rappels&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Contact kept</source>
        <translation>Contact conservé</translation>
    </message>
    <message>
        <source>Contact merged into it</source>
        <translation>Contact fusionné dans celui-ci</translation>
    </message>
    <message>
        <source>Where they differ, keep:</source>
        <translation>Là où ils diffèrent, garder&#xa0;:</translation>
    </message>
    <message>
        <source>Emails, phones, addresses, tags, notes and all history are united; an opt-out on either side stays.</source>
        <translation>E-mails, téléphones, adresses, étiquettes, notes et tout l’historique sont réunis&#xa0;; une désinscription d’un côté ou de l’autre est conservée.</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>garder</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>MergeHistoryTableModel</name>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>can be undone</source>
        <translation>peut être annulée</translation>
    </message>
</context>
<context>
    <name>MergeHistoryWidget</name>
    <message>
        <source>Merges made</source>
        <translation>Fusions effectuées</translation>
    </message>
    <message>
        <source>Undo this merge</source>
        <translation>Annuler cette fusion</translation>
    </message>
    <message>
        <source>Put both contacts back as they were before this merge; what was added to the kept one since stays with it.</source>
        <translation>Rétablir les deux contacts tels qu’ils étaient avant cette fusion&#xa0;; ce qui a été ajouté depuis au contact conservé lui reste.</translation>
    </message>
    <message numerus="yes">
        <source>%n merge(s), {open_ones} can be undone.</source>
        <translation>
            <numerusform>%n fusion, {open_ones} peuvent être annulées.</numerusform>
            <numerusform>%n fusions, {open_ones} peuvent être annulées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No merges yet.</source>
        <translation>Aucune fusion pour l’instant.</translation>
    </message>
    <message>
        <source>Could not read the merges: {error}</source>
        <translation>Impossible de lire les fusions&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>Put {merged_name} (#{merged_id}) back as a contact of its own and {kept_name} as it was before the merge?</source>
        <translation>Rétablir {merged_name} (n° {merged_id}) comme contact à part entière et {kept_name} tel qu’il était avant la fusion&#xa0;?</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Your administrator set a temporary password. Choose your own password now; nobody else will know it.</source>
        <translation>Votre administrateur a défini un mot de passe provisoire. Choisissez maintenant le vôtre&#xa0;; personne d’autre ne le connaîtra.</translation>
    </message>
    <message>
        <source>Your password unlocks the vault for you. Other users&apos; passwords do not change.</source>
        <translation>Votre mot de passe déverrouille le coffre pour vous. Les mots de passe des autres utilisateurs ne changent pas.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Mot de passe actuel&#xa0;:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Répéter le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>The connection to the team server was lost, so this was not saved. What you typed is kept here: ContactWeb connects again by itself, so try again in a moment (or check the office network).</source>
        <translation>La connexion au serveur d’équipe a été perdue, rien n’a donc été enregistré. Ce que vous avez saisi reste ici&#xa0;: ContactWeb se reconnecte de lui-même, réessayez donc dans un instant (ou vérifiez le réseau du bureau).</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}: {error}</source>
        <translation>Erreur inattendue&#xa0;: {kind}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The vault is locked. Sign in again.</source>
        <translation>Le coffre est verrouillé. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>not given</source>
        <translation>non indiquée</translation>
    </message>
</context>
<context>
    <name>OutcomeLine</name>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>The technical details, for whoever supports you</source>
        <translation>Les détails techniques, pour la personne qui vous assiste</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Mailings</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>PasswordRevealAction</name>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
</context>
<context>
    <name>PasswordStrengthWidget</name>
    <message>
        <source>Too weak</source>
        <translation>Trop faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <source>At least 12 characters with letters, digits and a symbol, or a passphrase of 20 or more characters.</source>
        <translation>Au moins 12 caractères avec des lettres, des chiffres et un symbole, ou une phrase de passe de 20 caractères ou plus.</translation>
    </message>
    <message>
        <source>Strength: {word}</source>
        <translation>Robustesse&#xa0;: {word}</translation>
    </message>
</context>
<context>
    <name>PdfPrinter</name>
    <message>
        <source>Print {title}</source>
        <translation>Imprimer {title}</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>Aperçu avant impression&#xa0;: {title}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Impossible de démarrer l’imprimante.</translation>
    </message>
</context>
<context>
    <name>PeriodFilterWidget</name>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Au (inclus)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>toute la période</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Export what we hold…</source>
        <translation>Exporter ce que nous détenons…</translation>
    </message>
    <message>
        <source>Everything about this contact as JSON, files and a PDF summary, to answer an access request.</source>
        <translation>Tout ce qui concerne ce contact en JSON, fichiers et résumé PDF, pour répondre à une demande d’accès.</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>Legal hold…</source>
        <translation>Conservation légale…</translation>
    </message>
    <message>
        <source>Release legal hold…</source>
        <translation>Lever la conservation légale…</translation>
    </message>
    <message>
        <source>Let the contact be erased and purged again.</source>
        <translation>Permettre de nouveau l’effacement et la purge du contact.</translation>
    </message>
    <message>
        <source>Keep this contact: no erasure and no retention purge until released.</source>
        <translation>Conserver ce contact&#xa0;: ni effacement ni purge tant qu’elle n’est pas levée.</translation>
    </message>
    <message>
        <source>Under a legal hold: release it before erasing.</source>
        <translation>Sous conservation légale&#xa0;: levez-la avant d’effacer.</translation>
    </message>
    <message>
        <source>Remove this contact and everything about them for good.</source>
        <translation>Supprimer définitivement ce contact et tout ce qui le concerne.</translation>
    </message>
    <message>
        <source>Where should the access report go?</source>
        <translation>Où enregistrer le rapport d’accès&#xa0;?</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Rapport d’accès</translation>
    </message>
    <message>
        <source>The access report was written to {parent}.

It holds personal data: hand it only to the person it is about.</source>
        <translation>Le rapport d’accès a été écrit dans {parent}.

Il contient des données personnelles&#xa0;: ne le remettez qu’à la personne concernée.</translation>
    </message>
    <message>
        <source>Release legal hold</source>
        <translation>Lever la conservation légale</translation>
    </message>
    <message>
        <source>Release the legal hold? The contact can then be erased and the retention rules apply to it again.</source>
        <translation>Lever la conservation légale&#xa0;? Le contact pourra alors être effacé et les règles de conservation s’appliqueront de nouveau.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Lever</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Conservation légale</translation>
    </message>
    <message>
        <source>Why must this contact be kept? Give the case or request (for example &quot;Case 2026-17&quot;); the reason goes into the audit log, so no names.</source>
        <translation>Pourquoi ce contact doit-il être conservé&#xa0;? Indiquez l’affaire ou la demande (par exemple &quot;Affaire 2026-17&quot;)&#xa0;; la raison va dans le journal d’audit, donc pas de noms.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>ReceiptOutput</name>
    <message>
        <source>Save erasure receipt</source>
        <translation>Enregistrer le reçu d’effacement</translation>
    </message>
    <message>
        <source>Erasure receipt {id}</source>
        <translation>Reçu d’effacement {id}</translation>
    </message>
    <message>
        <source>Print erasure receipt</source>
        <translation>Imprimer le reçu d’effacement</translation>
    </message>
</context>
<context>
    <name>RememberedColumns</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Rétablir les colonnes</translation>
    </message>
</context>
<context>
    <name>ReminderTableModel</name>
    <message>
        <source>Overdue since {when}</source>
        <translation>En retard depuis {when}</translation>
    </message>
    <message>
        <source>Due {when}</source>
        <translation>Échéance {when}</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(aucun contact)</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>aujourd’hui {time}</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} existe déjà dans {folder}. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Making a report</source>
        <translation>Création d’un rapport</translation>
    </message>
    <message>
        <source>Making the report “{title}”…</source>
        <translation>Création du rapport « {title} »…</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Contact directory</source>
        <translation>Annuaire des contacts</translation>
    </message>
    <message>
        <source>Everyone in a selection, grouped A to Z, with phones, emails and city.</source>
        <translation>Toutes les personnes d’une sélection, de A à Z, avec téléphones, e-mails et ville.</translation>
    </message>
    <message>
        <source>Contact dossier</source>
        <translation>Dossier du contact</translation>
    </message>
    <message>
        <source>Every detail of the chosen contacts: consent history, communications, sales and open reminders, each contact from a new page of one PDF.</source>
        <translation>Tout le détail des contacts choisis&#xa0;: historique des consentements, échanges, ventes et rappels ouverts, chaque contact sur une nouvelle page d’un même PDF.</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>Rapport des ventes</translation>
    </message>
    <message>
        <source>Totals by month, product and customer for a period, per currency.</source>
        <translation>Totaux par mois, produit et client sur une période, par devise.</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Rapport d’activité</translation>
    </message>
    <message>
        <source>Communications per user and kind, week by week.</source>
        <translation>Échanges par utilisateur et par type, semaine après semaine.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Counts by status, tag and region and sales totals, with no personal data: safe to share outside the business.</source>
        <translation>Décomptes par statut, étiquette et région et totaux des ventes, sans données personnelles&#xa0;: diffusable hors de l’entreprise.</translation>
    </message>
    <message>
        <source>None chosen: select contacts on the Contacts page, right-click and choose &quot;Save dossier as PDF…&quot; or &quot;Print dossier…&quot;.</source>
        <translation>Aucun choisi&#xa0;: sélectionnez des contacts sur la page Contacts, faites un clic droit et choisissez « Enregistrer le dossier en PDF… » ou « Imprimer le dossier… ».</translation>
    </message>
    <message>
        <source>Only contacts matching this search (optional)</source>
        <translation>Seulement les contacts qui correspondent à cette recherche (facultatif)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Recherche&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts&#xa0;:</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>Making the report to print…</source>
        <translation>Création du rapport à imprimer…</translation>
    </message>
    <message>
        <source>Saved {file} ({size} KB).</source>
        <translation>{file} enregistré ({size} Ko).</translation>
    </message>
    <message>
        <source>Sent the report “{title}” to the printer.</source>
        <translation>Le rapport « {title} » a été envoyé à l’imprimante.</translation>
    </message>
</context>
<context>
    <name>RestoredCopyWidget</name>
    <message>
        <source>Restored copy</source>
        <translation>Copie restaurée</translation>
    </message>
    <message>
        <source>Make it a new vault…</source>
        <translation>En faire un nouveau coffre…</translation>
    </message>
    <message>
        <source>Keep this copy as a vault of its own, with backups to a destination of its own</source>
        <translation>Garder cette copie comme coffre à part entière, avec des sauvegardes vers sa propre destination</translation>
    </message>
    <message>
        <source>Replace the live vault…</source>
        <translation>Remplacer le coffre en service…</translation>
    </message>
    <message>
        <source>Put this copy in place of the live vault; the live vault&apos;s files are kept aside</source>
        <translation>Mettre cette copie à la place du coffre en service&#xa0;; ses fichiers sont mis de côté</translation>
    </message>
    <message>
        <source>{what} The live vault is in {source_folder}. Until you adopt this copy it has no backup destination and no schedule.</source>
        <translation>{what} Le coffre en service se trouve dans {source_folder}. Tant que vous n’adoptez pas cette copie, elle n’a ni destination de sauvegarde ni planification.</translation>
    </message>
    <message>
        <source>Make it a new vault</source>
        <translation>En faire un nouveau coffre</translation>
    </message>
    <message>
        <source>Keep this copy as a vault of its own? It gets its own backups: choose a destination for them afterwards (the live vault&apos;s destination refuses it). The live vault is not changed.</source>
        <translation>Garder cette copie comme coffre à part entière&#xa0;? Elle aura ses propres sauvegardes&#xa0;: choisissez ensuite leur destination (celle du coffre en service la refuse). Le coffre en service n’est pas modifié.</translation>
    </message>
    <message>
        <source>Replace the live vault</source>
        <translation>Remplacer le coffre en service</translation>
    </message>
    <message>
        <source>Put this copy in place of the live vault in {source_folder}? Everything changed in the live vault since this backup was taken is set aside with it (its files are kept as *.before-adopt-*). The copy takes over the live vault&apos;s backups, and you sign in again. Close ContactWeb wherever the live vault is open first.</source>
        <translation>Mettre cette copie à la place du coffre en service dans {source_folder}&#xa0;? Tout ce qui a changé dans le coffre en service depuis cette sauvegarde est mis de côté avec lui (ses fichiers sont gardés en *.before-adopt-*). La copie reprend les sauvegardes du coffre en service, et vous vous reconnectez. Fermez d’abord ContactWeb partout où le coffre en service est ouvert.</translation>
    </message>
</context>
<context>
    <name>RetentionRunDialog</name>
    <message>
        <source>Call recordings older than {days} days that would be deleted (the call entries stay): {count}.</source>
        <translation>Enregistrements d’appels de plus de {days} jours qui seraient supprimés (les entrées d’appel restent)&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Contacts closed more than {years} years ago that would be purged, each leaving only an erasure record: {count}.</source>
        <translation>Contacts clos il y a plus de {years} ans qui seraient purgés, chacun ne laissant qu’une trace d’effacement&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Finished outgoing messages older than {days} days that would be removed: {count}.</source>
        <translation>Messages sortants terminés de plus de {days} jours qui seraient retirés&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Call recordings older than {days} days deleted (the call entries stay): {count}.</source>
        <translation>Enregistrements d’appels de plus de {days} jours supprimés (les entrées d’appel restent)&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Contacts closed more than {years} years ago purged, each leaving only an erasure record: {count}.</source>
        <translation>Contacts clos il y a plus de {years} ans purgés, chacun ne laissant qu’une trace d’effacement&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Finished outgoing messages older than {days} days removed: {count}.</source>
        <translation>Messages sortants terminés de plus de {days} jours retirés&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Kept under a legal hold: {contacts} contact(s), {recordings} recording(s).</source>
        <translation>Conservés sous conservation légale&#xa0;: {contacts} contact(s), {recordings} enregistrement(s).</translation>
    </message>
    <message>
        <source>Contacts to be purged:</source>
        <translation>Contacts à purger&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts purged:</source>
        <translation>Contacts purgés&#xa0;:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <source>Run retention now</source>
        <translation>Appliquer la conservation maintenant</translation>
    </message>
    <message>
        <source>The retention rules (Administration → Settings) remove old call recordings, contacts closed long ago and finished outgoing messages. They run by themselves once a day; this is what they would remove now.</source>
        <translation>Les règles de conservation (Administration → Réglages) suppriment les anciens enregistrements d’appels, les contacts clos depuis longtemps et les messages sortants terminés. Elles s’appliquent d’elles-mêmes une fois par jour&#xa0;; voici ce qu’elles supprimeraient maintenant.</translation>
    </message>
    <message>
        <source>Checking what the rules would remove…</source>
        <translation>Vérification de ce que les règles retireraient…</translation>
    </message>
    <message>
        <source>Purge now…</source>
        <translation>Purger maintenant…</translation>
    </message>
    <message>
        <source>Nothing is due: the rules would remove nothing now.</source>
        <translation>Rien n’est dû&#xa0;: les règles ne retireraient rien maintenant.</translation>
    </message>
    <message>
        <source>Could not run the retention rules: {problem}</source>
        <translation>Impossible d’appliquer les règles de conservation&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Purge now</source>
        <translation>Purger maintenant</translation>
    </message>
    <message>
        <source>Remove what is listed? Purged contacts and recordings cannot be brought back; only erasure records stay.</source>
        <translation>Supprimer ce qui est listé&#xa0;? Les contacts et enregistrements purgés ne peuvent pas être récupérés&#xa0;; seules les traces d’effacement restent.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purger</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Purging what the retention rules remove…</source>
        <translation>Purge de ce que suppriment les règles de conservation…</translation>
    </message>
    <message>
        <source>Done. The vault file was cleaned so that nothing removed stays on disk.</source>
        <translation>Terminé. Le fichier du coffre a été nettoyé pour que rien de supprimé ne reste sur le disque.</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Add a sale</source>
        <translation>Ajouter une vente</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>product or service</source>
        <translation>produit ou service</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Line {row} product</source>
        <translation>Ligne {row}, produit</translation>
    </message>
    <message>
        <source>Line {row} quantity</source>
        <translation>Ligne {row}, quantité</translation>
    </message>
    <message>
        <source>Line {row} unit price</source>
        <translation>Ligne {row}, prix unitaire</translation>
    </message>
    <message>
        <source>Line {number} needs a product.</source>
        <translation>La ligne {number} demande un produit.</translation>
    </message>
    <message>
        <source>Line {number}: {problem}</source>
        <translation>Ligne {number}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Line {number}: {name} is a new product; give its unit price.</source>
        <translation>Ligne {number}&#xa0;: {name} est un nouveau produit&#xa0;; indiquez son prix unitaire.</translation>
    </message>
    <message>
        <source>Remove line {row}</source>
        <translation>Retirer la ligne {row}</translation>
    </message>
    <message>
        <source>Total: –</source>
        <translation>Total&#xa0;: –</translation>
    </message>
    <message>
        <source>Total: {value}</source>
        <translation>Total&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>SaleStatuses</name>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturée</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n vente</numerusform>
            <numerusform>%n ventes</numerusform>
        </translation>
    </message>
    <message>
        <source> ({description}). Total {counted}: {money}</source>
        <translation> ({description}). Total {counted}&#xa0;: {money}</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>Security:</source>
        <translation>Sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ServerTrustWidget</name>
    <message>
        <source>Trust a CA certificate…</source>
        <translation>Faire confiance à un certificat d’autorité…</translation>
    </message>
    <message>
        <source>Pin the server&apos;s certificate…</source>
        <translation>Épingler le certificat du serveur…</translation>
    </message>
    <message>
        <source>System authorities only</source>
        <translation>Autorités du système uniquement</translation>
    </message>
    <message>
        <source>Trusted: {what}.</source>
        <translation>Confiance accordée&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>The business&apos;s CA certificate (PEM)</source>
        <translation>Le certificat d’autorité de l’entreprise (PEM)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous (*)</translation>
    </message>
    <message>
        <source>Trust this certificate authority?</source>
        <translation>Faire confiance à cette autorité de certification&#xa0;?</translation>
    </message>
    <message>
        <source>Servers with certificates from
{names}
will be trusted.</source>
        <translation>Les serveurs dont les certificats proviennent de
{names}
seront considérés comme fiables.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Faire confiance</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <source>Reading the certificate of {host}:{port}…</source>
        <translation>Lecture du certificat de {host}:{port}…</translation>
    </message>
    <message>
        <source>Pin this certificate?</source>
        <translation>Épingler ce certificat&#xa0;?</translation>
    </message>
    <message>
        <source>{host}:{port} presents
{certificate}

Compare the fingerprint with the one whoever runs the server gives you. Pin it only if they match.</source>
        <translation>{host}:{port} présente
{certificate}

Comparez l’empreinte avec celle que vous donne la personne qui gère le serveur. Ne l’épinglez que si elles concordent.</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>For S3 only a self-signed certificate can be pinned; trust the CA that issued it ({issuer}) instead.</source>
        <translation>Pour S3, seul un certificat auto-signé peut être épinglé&#xa0;; faites plutôt confiance à l’autorité qui l’a émis ({issuer}).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Too many failed sign-ins.</source>
        <translation>Trop de connexions échouées.</translation>
    </message>
    <message>
        <source>%n second(s)</source>
        <translation>%n seconde</translation>
    </message>
    <message>
        <source>Sign in to ContactWeb</source>
        <translation>Se connecter à ContactWeb</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ContactWeb&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ContactWeb&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Other vault…</source>
        <translation>Autre coffre…</translation>
    </message>
    <message>
        <source>Team server…</source>
        <translation>Serveur d’équipe…</translation>
    </message>
    <message>
        <source>Connect to a team server: one contact base on PostgreSQL, shared by several computers</source>
        <translation>Se connecter à un serveur d’équipe&#xa0;: une base de contacts sur PostgreSQL, partagée par plusieurs ordinateurs</translation>
    </message>
    <message>
        <source>your username</source>
        <translation>votre nom d’utilisateur</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Shared computer: sign out sooner, keep nothing here</source>
        <translation>Ordinateur partagé&#xa0;: déconnexion plus rapide, rien n’est conservé ici</translation>
    </message>
    <message>
        <source>For a computer other people use too: ContactWeb signs out after a few minutes without use or when its window is minimised, remembers no username and stores no passwords in this computer&apos;s keyring.</source>
        <translation>Pour un ordinateur que d’autres utilisent aussi&#xa0;: ContactWeb se déconnecte après quelques minutes d’inactivité ou quand sa fenêtre est réduite, ne retient aucun nom d’utilisateur et ne stocke aucun mot de passe dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Shared computer: set for the whole vault by an administrator</source>
        <translation>Ordinateur partagé&#xa0;: réglé pour tout le coffre par un administrateur</translation>
    </message>
    <message>
        <source>An administrator turned shared-computer mode on for the whole vault: ContactWeb signs out sooner, remembers no username and stores no passwords on any computer that opens it.</source>
        <translation>Un administrateur a activé le mode ordinateur partagé pour tout le coffre&#xa0;: ContactWeb se déconnecte plus tôt, ne retient aucun nom d’utilisateur et ne stocke aucun mot de passe sur les ordinateurs qui l’ouvrent.</translation>
    </message>
    <message>
        <source>Team server: {name} ({label})</source>
        <translation>Serveur d’équipe&#xa0;: {name} ({label})</translation>
    </message>
    <message>
        <source>Vault: {vault_dir}</source>
        <translation>Coffre&#xa0;: {vault_dir}</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Choisir le dossier du coffre</translation>
    </message>
    <message>
        <source>There is no ContactWeb vault in {folder}.</source>
        <translation>Il n’y a pas de coffre ContactWeb dans {folder}.</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Saisissez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Choose your own password to continue: sign in again with the temporary password when you are ready.</source>
        <translation>Choisissez votre propre mot de passe pour continuer&#xa0;: reconnectez-vous avec le mot de passe temporaire quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>{headline} You can try again in {wait}.</source>
        <translation>{headline} Vous pourrez réessayer dans {wait}.</translation>
    </message>
    <message>
        <source>{headline} You can try again now.</source>
        <translation>{headline} Vous pouvez réessayer maintenant.</translation>
    </message>
</context>
<context>
    <name>SignOutCountdownDialog</name>
    <message>
        <source>ContactWeb will sign you out</source>
        <translation>ContactWeb va vous déconnecter</translation>
    </message>
    <message>
        <source>Signing out in %n second(s)</source>
        <translation>Déconnexion dans %n seconde</translation>
    </message>
    <message>
        <source>&lt;b&gt;Are you still there?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Êtes-vous toujours là&#xa0;?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Seconds until sign-out</source>
        <translation>Secondes avant la déconnexion</translation>
    </message>
    <message>
        <source>This computer is shared, so ContactWeb signs out when nobody has used it for a while.</source>
        <translation>Cet ordinateur est partagé&#xa0;: ContactWeb vous déconnecte quand personne ne l’a utilisé depuis un moment.</translation>
    </message>
    <message>
        <source>ContactWeb locks itself when nobody has used it for a while.</source>
        <translation>ContactWeb se verrouille quand personne ne l’a utilisé depuis un moment.</translation>
    </message>
    <message>
        <source>{reason} Unsaved changes in an open editor are kept and offered back at your next sign-in.</source>
        <translation>{reason} Les modifications non enregistrées d’un éditeur ouvert sont conservées et vous seront proposées à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Rester connecté</translation>
    </message>
    <message>
        <source>Sign out now</source>
        <translation>Se déconnecter maintenant</translation>
    </message>
</context>
<context>
    <name>SmtpPasswordDialog</name>
    <message>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>To send, ContactWeb signs in to the SMTP server {server} as {value}. {why}</source>
        <translation>Pour envoyer, ContactWeb se connecte au serveur SMTP {server} en tant que {value}. {why}</translation>
    </message>
    <message>
        <source>(no user name)</source>
        <translation>(aucun nom d’utilisateur)</translation>
    </message>
    <message>
        <source>Remember it in the encrypted vault (no keyring answers on this computer now)</source>
        <translation>Le retenir dans le coffre chiffré (aucun trousseau ne répond sur cet ordinateur pour l’instant)</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring</source>
        <translation>Le mémoriser dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, but {why}.</source>
        <translation>Le mot de passe est gardé dans le trousseau de cet ordinateur, mais {why}.</translation>
    </message>
    <message>
        <source>The password was not kept: {problem}</source>
        <translation>Le mot de passe n’a pas été gardé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The SMTP password is kept in this computer&apos;s keyring.</source>
        <translation>Le mot de passe SMTP est gardé dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>The SMTP password is kept inside the encrypted vault: {reason}.</source>
        <translation>Le mot de passe SMTP est gardé dans le coffre chiffré&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>TableHeaders</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation>Contact existant</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Fusionné dedans</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation>Écarté parce que</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Écartés</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Effacé le</translation>
    </message>
    <message>
        <source>Items removed</source>
        <translation>Éléments supprimés</translation>
    </message>
</context>
<context>
    <name>TeamBackupSecretsDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>Team backups are taken as the database&apos;s owner and encrypted on this computer with the backup passphrase. Both are kept in this computer&apos;s keyring, never on the server. Keep the passphrase apart from the server as well: a restore needs it, and nobody can recover it.</source>
        <translation>Les sauvegardes d’équipe sont faites en tant que propriétaire de la base et chiffrées sur cet ordinateur avec la phrase secrète. Les deux sont gardés dans le trousseau de cet ordinateur, jamais sur le serveur. Gardez aussi la phrase secrète à l’écart du serveur&#xa0;: une restauration en a besoin, et personne ne peut la retrouver.</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>vide&#xa0;: depuis ~/.pgpass ou PGPASSWORD</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>au moins {count} caractères</translation>
    </message>
    <message>
        <source>Database owner:</source>
        <translation>Propriétaire de la base&#xa0;:</translation>
    </message>
    <message>
        <source>Owner&apos;s password:</source>
        <translation>Mot de passe du propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>Phrase secrète de la sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Phrase secrète à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Checking the owner&apos;s login and the passphrase…</source>
        <translation>Vérification de la connexion du propriétaire et de la phrase secrète…</translation>
    </message>
</context>
<context>
    <name>TeamBackupWidget</name>
    <message>
        <source>Team vault</source>
        <translation>Coffre d’équipe</translation>
    </message>
    <message>
        <source>Backup passphrase…</source>
        <translation>Phrase secrète de la sauvegarde…</translation>
    </message>
    <message>
        <source>The database owner and the backup passphrase, kept on this computer</source>
        <translation>Le propriétaire de la base et la phrase secrète de la sauvegarde, gardés sur cet ordinateur</translation>
    </message>
    <message>
        <source>Restore into a new database…</source>
        <translation>Restaurer dans une nouvelle base…</translation>
    </message>
    <message>
        <source>The selected backup (or the newest) into a new, empty database</source>
        <translation>La sauvegarde sélectionnée (ou la plus récente) dans une base neuve et vide</translation>
    </message>
    <message>
        <source>Forget on this computer…</source>
        <translation>Oublier sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Remove the owner&apos;s login and the passphrase from this computer&apos;s keyring</source>
        <translation>Retirer la connexion du propriétaire et la phrase secrète du trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Could not read this computer&apos;s keyring: {error}</source>
        <translation>Impossible de lire le trousseau de cet ordinateur&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Backups of this team vault are taken as the database&apos;s owner and encrypted here with a backup passphrase. Neither is given on this computer yet: Back up now asks for them, and the schedule waits until then.</source>
        <translation>Les sauvegardes de ce coffre d’équipe sont faites en tant que propriétaire de la base et chiffrées ici avec une phrase secrète. Aucun des deux n’est encore indiqué sur cet ordinateur&#xa0;: « Sauvegarder maintenant » les demande, et la planification attend jusque-là.</translation>
    </message>
    <message>
        <source>The database owner ({owner}) and the backup passphrase are held until you sign out: this computer is shared or has no keyring.</source>
        <translation>Le propriétaire de la base ({owner}) et la phrase secrète de la sauvegarde sont gardés jusqu’à votre déconnexion&#xa0;: cet ordinateur est partagé ou n’a pas de trousseau.</translation>
    </message>
    <message>
        <source>The database owner ({owner}) and the backup passphrase are kept in this computer&apos;s keyring; Back up now and the schedule use them.</source>
        <translation>Le propriétaire de la base ({owner}) et la phrase secrète de la sauvegarde sont gardés dans le trousseau de cet ordinateur&#xa0;; « Sauvegarder maintenant » et la planification les utilisent.</translation>
    </message>
    <message>
        <source>The backup passphrase is kept in this computer&apos;s keyring.</source>
        <translation>La phrase secrète de la sauvegarde est gardée dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>The backup passphrase is held until you sign out (no keyring, or a shared computer).</source>
        <translation>La phrase secrète de la sauvegarde est gardée jusqu’à votre déconnexion (pas de trousseau, ou ordinateur partagé).</translation>
    </message>
    <message>
        <source>Forget on this computer</source>
        <translation>Oublier sur cet ordinateur</translation>
    </message>
    <message>
        <source>Remove the database owner&apos;s login and the backup passphrase from this computer? Backups from here then wait until an administrator gives them again. The backups themselves are not touched; keep the passphrase somewhere safe, a restore needs it.</source>
        <translation>Retirer de cet ordinateur la connexion du propriétaire de la base et la phrase secrète&#xa0;? Les sauvegardes depuis ce poste attendront qu’un administrateur les redonne. Les sauvegardes elles-mêmes ne sont pas touchées&#xa0;; gardez la phrase secrète en lieu sûr, une restauration en a besoin.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>This computer no longer keeps the backup passphrase.</source>
        <translation>Cet ordinateur ne garde plus la phrase secrète de la sauvegarde.</translation>
    </message>
    <message>
        <source>One-time passwords</source>
        <translation>Mots de passe à usage unique</translation>
    </message>
    <message>
        <source>In the restored vault, these people sign in once with these passwords and then choose their own:

{listed}

Give each to its person in person. They are shown only this once.</source>
        <translation>Dans le coffre restauré, ces personnes se connectent une fois avec ces mots de passe puis choisissent le leur&#xa0;:

{listed}

Remettez chacun en main propre à sa personne. Ils ne sont affichés que cette fois.</translation>
    </message>
    <message numerus="yes">
        <source>Restored backup {snapshot} into a new database; %n contact(s) erased after that backup were erased again. Its connection profile is {profile}: choose it with Team server… when signing in.</source>
        <translation>
            <numerusform>Sauvegarde {snapshot} restaurée dans une nouvelle base&#xa0;; %n contact effacé après cette sauvegarde a été effacé à nouveau. Son profil de connexion est {profile}&#xa0;: choisissez-le avec « Serveur d’équipe… » à la connexion.</numerusform>
            <numerusform>Sauvegarde {snapshot} restaurée dans une nouvelle base&#xa0;; %n contacts effacés après cette sauvegarde ont été effacés à nouveau. Son profil de connexion est {profile}&#xa0;: choisissez-le avec « Serveur d’équipe… » à la connexion.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamChangeListener</name>
    <message>
        <source>Connected to the team server again; lists are up to date.</source>
        <translation>De nouveau connecté au serveur d’équipe&#xa0;; les listes sont à jour.</translation>
    </message>
    <message>
        <source>The connection to the team server is lost: reconnecting. Nothing typed is lost; saving waits until it is back.</source>
        <translation>La connexion au serveur d’équipe est perdue&#xa0;: reconnexion en cours. Rien de ce qui est saisi n’est perdu&#xa0;; l’enregistrement attend son retour.</translation>
    </message>
</context>
<context>
    <name>TeamRestoreDialog</name>
    <message>
        <source>Restore into a new database</source>
        <translation>Restaurer dans une nouvelle base</translation>
    </message>
    <message>
        <source>the backup {snapshot}</source>
        <translation>la sauvegarde {snapshot}</translation>
    </message>
    <message>
        <source>the newest backup</source>
        <translation>la sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>Restores {which} into a new, empty database that its owner made on the server (createdb), never over this vault. Everyone erased since that backup is erased again before anyone signs in.</source>
        <translation>Restaure {which} dans une base neuve et vide que son propriétaire a créée sur le serveur (createdb), jamais par-dessus ce coffre. Toute personne effacée depuis cette sauvegarde est effacée à nouveau avant que quiconque se connecte.</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>vide&#xa0;: depuis ~/.pgpass ou PGPASSWORD</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>New database:</source>
        <translation>Nouvelle base&#xa0;:</translation>
    </message>
    <message>
        <source>Its owner:</source>
        <translation>Son propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Owner&apos;s password:</source>
        <translation>Mot de passe du propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>Phrase secrète de la sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Votre mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Restore details</source>
        <translation>Détails de la restauration</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restoring into {database}…</source>
        <translation>Restauration dans {database}…</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <source>New team server…</source>
        <translation>Nouveau serveur d’équipe…</translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation>Se connecter à un serveur d’équipe</translation>
    </message>
    <message>
        <source>A team server keeps one contact base for several computers, on PostgreSQL. You sign in with your own username and password; the connection is encrypted and the server&apos;s certificate is checked.</source>
        <translation>Un serveur d’équipe conserve une seule base de contacts pour plusieurs ordinateurs, sur PostgreSQL. Vous vous connectez avec vos propres nom d’utilisateur et mot de passe&#xa0;; la connexion est chiffrée et le certificat du serveur est vérifié.</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Serveur d’équipe</translation>
    </message>
    <message>
        <source>Forget this server…</source>
        <translation>Oublier ce serveur…</translation>
    </message>
    <message>
        <source>Remove this computer&apos;s profile and files for the server; the vault on the server stays as it is.</source>
        <translation>Supprimer le profil et les fichiers de cet ordinateur pour ce serveur&#xa0;; le coffre sur le serveur reste tel quel.</translation>
    </message>
    <message>
        <source>e.g. office</source>
        <translation>par ex. bureau</translation>
    </message>
    <message>
        <source>e.g. crm.office.example or 192.0.2.10</source>
        <translation>par ex. crm.office.example ou 192.0.2.10</translation>
    </message>
    <message>
        <source>the CA certificate (.pem), or &apos;system&apos;</source>
        <translation>le certificat d’autorité (.pem), ou &apos;system&apos;</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate authority:</source>
        <translation>Autorité de certification&#xa0;:</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Utiliser ce serveur</translation>
    </message>
    <message>
        <source>Team server:</source>
        <translation>Serveur d’équipe&#xa0;:</translation>
    </message>
    <message>
        <source>Forget this team server</source>
        <translation>Oublier ce serveur d’équipe</translation>
    </message>
    <message>
        <source>Forget {name} ({label}) on this computer? Its profile and this computer&apos;s files for it are removed; the vault on the server, and everyone&apos;s work in it, stay. To delete the vault itself, its owner drops the database on the server.</source>
        <translation>Oublier {name} ({label}) sur cet ordinateur&#xa0;? Son profil et les fichiers de cet ordinateur le concernant sont supprimés&#xa0;; le coffre sur le serveur, et le travail de chacun, restent. Pour supprimer le coffre lui-même, son propriétaire supprime la base de données sur le serveur.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>The server&apos;s certificate authority</source>
        <translation>L’autorité de certification du serveur</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Type the server and the database name.</source>
        <translation>Tapez le serveur et le nom de la base.</translation>
    </message>
    <message>
        <source>No certificate file at {path}.</source>
        <translation>Aucun fichier de certificat à {path}.</translation>
    </message>
    <message>
        <source>There is already a profile called “{name}”; choose it above or give this one another name.</source>
        <translation>Il existe déjà un profil nommé « {name} »&#xa0;; choisissez-le ci-dessus ou donnez un autre nom à celui-ci.</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Reminders due and overdue</source>
        <translation>Rappels dus et en retard</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reminders due and overdue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rappels dus et en retard&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent activity&lt;/b&gt; (latest communications across contacts)</source>
        <translation>&lt;b&gt;Activité récente&lt;/b&gt; (derniers échanges, tous contacts confondus)</translation>
    </message>
    <message>
        <source>ContactWeb</source>
        <translation>ContactWeb</translation>
    </message>
    <message>
        <source>Marked done.</source>
        <translation>Marqué comme fait.</translation>
    </message>
    <message>
        <source>Snoozed for {delay}.</source>
        <translation>Repoussé de {delay}.</translation>
    </message>
    <message>
        <source>Select a reminder first.</source>
        <translation>Sélectionnez d’abord un rappel.</translation>
    </message>
    <message>
        <source>Reminder due</source>
        <translation>Rappel dû</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n rappel dû</numerusform>
            <numerusform>%n rappels dus</numerusform>
        </translation>
    </message>
    <message>
        <source>A reminder is due.</source>
        <translation>Un rappel est dû.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders are due.</source>
        <translation>
            <numerusform>%n rappel est dû.</numerusform>
            <numerusform>%n rappels sont dus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open ContactWeb and sign in to see it.</source>
        <translation>Ouvrez ContactWeb et connectez-vous pour le voir.</translation>
    </message>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform>, et %n autre</numerusform>
            <numerusform>, et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Rien à faire aujourd’hui.</translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n en retard</numerusform>
            <numerusform>, %n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>a day</source>
        <translation>un jour</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutes</translation>
    </message>
</context>
<context>
    <name>TransferBasisDialog</name>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Transferts hors de l’EEE</translation>
    </message>
</context>
<context>
    <name>UserFilterCombo</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
</context>
<context>
    <name>VaultRekeyAction</name>
    <message>
        <source>{username} can no longer sign in, but may still hold the vault&apos;s database key: a copy of the vault folder, or a backup and their old password, would still open it. Re-key the vault now? Every other user then gets a temporary password that you hand over; backups taken before now stay under the old key. Close other ContactWeb windows on this vault first.</source>
        <translation>{username} ne peut plus se connecter, mais détient peut-être encore la clé de base du coffre&#xa0;: une copie du dossier du coffre, ou une sauvegarde et son ancien mot de passe, l’ouvriraient encore. Changer la clé du coffre maintenant&#xa0;? Chaque autre utilisateur reçoit alors un mot de passe temporaire que vous lui remettez&#xa0;; les sauvegardes faites jusqu’ici restent sous l’ancienne clé. Fermez d’abord les autres fenêtres ContactWeb ouvertes sur ce coffre.</translation>
    </message>
    <message>
        <source>The vault has a new key. Take a fresh full backup now (Administration → Backups).</source>
        <translation>Le coffre a une nouvelle clé. Faites maintenant une nouvelle sauvegarde complète (Administration → Sauvegardes).</translation>
    </message>
    <message>
        <source>Re-key the vault</source>
        <translation>Changer la clé du coffre</translation>
    </message>
    <message>
        <source>Re-key</source>
        <translation>Changer la clé</translation>
    </message>
    <message>
        <source>Your password ({username}): it unlocks the new key for you.</source>
        <translation>Votre mot de passe ({username})&#xa0;: il déverrouille la nouvelle clé pour vous.</translation>
    </message>
    <message>
        <source>Vault re-keyed</source>
        <translation>Clé du coffre changée</translation>
    </message>
    <message>
        <source>Temporary passwords, shown only this once; give them in person:</source>
        <translation>Mots de passe temporaires, affichés cette seule fois&#xa0;; remettez-les en main propre&#xa0;:</translation>
    </message>
</context>
</TS>
