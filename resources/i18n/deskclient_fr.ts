<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name />
    <message>
        <location filename="../../deskclient/net/login.py" line="27" />
        <source>That code is not right. Check the code Telegram sent and try again.</source>
        <translation>Ce code n'est pas le bon. Vérifiez le code envoyé par Telegram et réessayez.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="29" />
        <source>That code has expired. Ask for a new code.</source>
        <translation>Ce code a expiré. Demandez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="31" />
        <source>Telegram does not know this phone number. Check it, with its country code.</source>
        <translation>Telegram ne connaît pas ce numéro de téléphone. Vérifiez-le, avec son indicatif de pays.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="33" />
        <source>Wrong password. Try again.</source>
        <translation>Mot de passe incorrect. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="35" />
        <source>The bot token is not valid. Copy it again from @BotFather.</source>
        <translation>Le jeton du bot n'est pas valide. Copiez-le de nouveau depuis @BotFather.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="37" />
        <source>Telegram asks to wait {seconds} seconds before trying again.</source>
        <translation>Telegram demande d'attendre {seconds} secondes avant de réessayer.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="39" />
        <source>Cannot reach Telegram. Check the network and try again.</source>
        <translation>Impossible de joindre Telegram. Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="41" />
        <source>Telegram refused the login ({code}).</source>
        <translation>Telegram a refusé la connexion ({code}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="54" />
        <source>Not connected to Telegram yet. Wait a moment and try again.</source>
        <translation>Pas encore connecté à Telegram. Attendez un instant et réessayez.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="74" />
        <source>Ask for a code first.</source>
        <translation>Demandez d'abord un code.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="110" />
        <source>The QR code expired. Show a new one and scan it again.</source>
        <translation>Le code QR a expiré. Affichez-en un nouveau et scannez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="24" />
        <location filename="../../deskclient/net/rpc_errors.py" line="32" />
        <source>the citizen has blocked the service account</source>
        <translation>l'usager a bloqué le compte du service</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="25" />
        <location filename="../../deskclient/net/rpc_errors.py" line="26" />
        <location filename="../../deskclient/net/rpc_errors.py" line="33" />
        <location filename="../../deskclient/net/rpc_errors.py" line="34" />
        <source>the citizen's Telegram account was deleted</source>
        <translation>le compte Telegram de l'usager a été supprimé</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="29" />
        <source>the caption is longer than Telegram allows (1,024 characters)</source>
        <translation>la légende dépasse ce qu'accepte Telegram (1 024 caractères)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="30" />
        <source>the text is longer than Telegram allows (4,096 characters)</source>
        <translation>le texte dépasse ce qu'accepte Telegram (4 096 caractères)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="31" />
        <source>Telegram refuses an empty message</source>
        <translation>Telegram refuse un message vide</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="35" />
        <location filename="../../deskclient/net/rpc_errors.py" line="36" />
        <source>Telegram does not know this citizen for the service account</source>
        <translation>Telegram ne connaît pas cet usager pour le compte du service</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="37" />
        <source>Telegram refused the file</source>
        <translation>Telegram a refusé le fichier</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="38" />
        <source>the file is too big for Telegram</source>
        <translation>le fichier est trop volumineux pour Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="41" />
        <source>the service account has blocked this citizen</source>
        <translation>le compte du service a bloqué cet usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="42" />
        <source>the citizen accepts messages from Premium accounts only</source>
        <translation>l'usager n'accepte que les messages des comptes Premium</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="43" />
        <source>the service account may not write in this chat</source>
        <translation>le compte du service ne peut pas écrire dans cette discussion</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="56" />
        <location filename="../../deskclient/net/whatsapp/media.py" line="74" />
        <source>the file to send is no longer on disk</source>
        <translation>le fichier à envoyer n'est plus sur le disque</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="71" />
        <source>not connected to Telegram</source>
        <translation>pas de connexion à Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="73" />
        <source>the message could not be sent</source>
        <translation>le message n'a pas pu être envoyé</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="196" />
        <source>Only a team lead can send broadcasts.</source>
        <translation>Seule la coordination peut envoyer des diffusions.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="204" />
        <source>The default language must be one of the broadcast's texts.</source>
        <translation>La langue par défaut doit être l'un des textes de la diffusion.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="207" />
        <source>The time to send needs a time zone.</source>
        <translation>L'heure d'envoi a besoin d'un fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="230" />
        <source>Unknown topic: {topics}.</source>
        <translation>Thème inconnu : {topics}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="232" />
        <source>Choose at least one topic.</source>
        <translation>Choisissez au moins un thème.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="240" />
        <source>Unknown language: {language}.</source>
        <translation>Langue inconnue : {language}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="252" />
        <source>The {language} text is {length} characters long; Telegram takes at most {limit} under a file in one message.</source>
        <translation>Le texte en {language} fait {length} caractères ; Telegram en accepte {limit} au plus sous un fichier dans un message.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="255" />
        <source>The {language} text is {length} characters long; Telegram takes at most {limit} in one message.</source>
        <translation>Le texte en {language} fait {length} caractères ; Telegram en accepte {limit} au plus dans un message.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="259" />
        <source>The broadcast has no text.</source>
        <translation>La diffusion n'a pas de texte.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="272" />
        <source>With every language's text, the channel post is {length} characters long; Telegram takes at most {limit} under a file in one post.</source>
        <translation>Avec le texte de chaque langue, la publication du canal fait {length} caractères ; Telegram en accepte {limit} au plus sous un fichier dans une publication.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="275" />
        <source>With every language's text, the channel post is {length} characters long; Telegram takes at most {limit} in one post.</source>
        <translation>Avec le texte de chaque langue, la publication du canal fait {length} caractères ; Telegram en accepte {limit} au plus dans une publication.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="288" />
        <source>Only a team lead can cancel a broadcast.</source>
        <translation>Seule la coordination peut annuler une diffusion.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="316" />
        <source>This broadcast's recipients were deleted after the retention period; its figures are in the report.</source>
        <translation>Les destinataires de cette diffusion ont été supprimés après la durée de conservation ; ses chiffres sont dans le rapport.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="333" />
        <source>Cannot write {name}: {problem}.</source>
        <translation>Impossible d'écrire {name} : {problem}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="52" />
        <source>“{name}” is not a channel's public name (like @gencat: 5 to 32 letters, digits or _, starting with a letter).</source>
        <translation>« {name} » n'est pas le nom public d'un canal (comme @gencat : 5 à 32 lettres, chiffres ou _, commençant par une lettre).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="107" />
        <source>Only a team lead can change a channel post.</source>
        <translation>Seule la coordination peut modifier une publication du canal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="110" />
        <source>A channel post needs a text; delete it instead.</source>
        <translation>Une publication du canal a besoin d'un texte ; supprimez-la plutôt.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="116" />
        <source>Only a team lead can delete a channel post.</source>
        <translation>Seule la coordination peut supprimer une publication du canal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="43" />
        <source>look up citizens' records</source>
        <translation>consulter les données des usagers</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="51" />
        <source>export a citizen's records</source>
        <translation>exporter les données d'un usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="91" />
        <source>correct a citizen's records</source>
        <translation>corriger les données d'un usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="93" />
        <source>The name cannot be empty.</source>
        <translation>Le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="102" />
        <source>erase a citizen's records</source>
        <translation>effacer les données d'un usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="110" />
        <source>Ticket {numbers} is on legal hold: release the hold before erasing this citizen's records.</source>
        <translation>La demande {numbers} est sous gel juridique : levez le gel avant d'effacer les données de cet usager.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="208" />
        <source>The new text is empty.</source>
        <translation>Le nouveau texte est vide.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="36" />
        <source>Not connected to Telegram: try again once online.</source>
        <translation>Pas de connexion à Telegram : réessayez une fois en ligne.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="37" />
        <source>Telegram asks to wait {seconds} s: try again then.</source>
        <translation>Telegram demande d'attendre {seconds} s : réessayez ensuite.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="38" />
        <source>Telegram refused it ({reason}).</source>
        <translation>Telegram l'a refusé ({reason}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="39" />
        <source>Not connected to WhatsApp: try again once online.</source>
        <translation>Pas de connexion à WhatsApp : réessayez une fois en ligne.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="40" />
        <source>WhatsApp asks to wait {seconds} s: try again then.</source>
        <translation>WhatsApp demande d'attendre {seconds} s : réessayez ensuite.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="41" />
        <source>WhatsApp refused it ({reason}).</source>
        <translation>WhatsApp l'a refusé ({reason}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="245" />
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="281" />
        <source>Unknown category '{category}'.</source>
        <translation>Catégorie inconnue : « {category} ».</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="292" />
        <source>The desk has no automatic messages in '{language}'.</source>
        <translation>Le service n'a pas de messages automatiques en « {language} ».</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="349" />
        <source>The text under the file is {length} characters long; Telegram takes at most {limit}. Send the text as a reply of its own.</source>
        <translation>Le texte sous le fichier fait {length} caractères ; Telegram en accepte {limit} au plus. Envoyez le texte dans une réponse à part.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="353" />
        <source>The reply is empty.</source>
        <translation>La réponse est vide.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="355" />
        <source>The reply is {length} characters long; Telegram takes at most {limit}. Split it in two.</source>
        <translation>La réponse fait {length} caractères ; Telegram en accepte {limit} au plus. Coupez-la en deux.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_intake.py" line="84" />
        <source>Cannot read {name}: {problem}.</source>
        <translation>Impossible de lire {name} : {problem}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_intake.py" line="89" />
        <source>{name} cannot be sent: {reason}. Accepted: {accepted}.</source>
        <translation>{name} ne peut pas être envoyé : {reason}. Acceptés : {accepted}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_intake.py" line="104" />
        <source>Cannot keep a copy of {name}: {problem}.</source>
        <translation>Impossible de garder une copie de {name} : {problem}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="56" />
        <source>{name} was not kept: {reason}.</source>
        <translation>{name} n'a pas été conservé : {reason}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="57" />
        <source>{name} is still arriving: try again in a moment.</source>
        <translation>{name} est encore en cours d'arrivée : réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="58" />
        <source>{name} could not be downloaded, so it was not kept.</source>
        <translation>{name} n'a pas pu être téléchargé : il n'a pas été conservé.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="59" />
        <source>{name} was received before files were shared between workstations: only the workstation that received it has it.</source>
        <translation>{name} a été reçu avant que les fichiers soient partagés entre les postes : seul le poste qui l'a reçu l'a.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="61" />
        <source>{name} is missing from the files folder.</source>
        <translation>{name} manque dans le dossier des fichiers.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="62" />
        <source>{name} is incomplete or damaged in the shared store: it cannot be opened or sent.</source>
        <translation>{name} est incomplet ou endommagé dans le stockage partagé : il ne peut être ni ouvert ni envoyé.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="63" />
        <source>{name} could not be copied to this workstation's files folder ({problem}).</source>
        <translation>{name} n'a pas pu être copié dans le dossier des fichiers de ce poste ({problem}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="91" />
        <source>The file's stored name is not valid, so it cannot be opened.</source>
        <translation>Le nom enregistré du fichier n'est pas valide : il ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="150" />
        <source>This file is no longer kept (its ticket was purged or erased).</source>
        <translation>Ce fichier n'est plus conservé (sa demande a été purgée ou effacée).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="30" />
        <source>You are no longer an agent of this desk (ask IT).</source>
        <translation>Vous n'êtes plus agent de ce service (adressez-vous à l'informatique).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="31" />
        <source>The database was upgraded by a newer deskclient: upgrade deskclient on this workstation and start it again.</source>
        <translation>La base de données a été mise à jour par un deskclient plus récent : mettez à jour deskclient sur ce poste et relancez-le.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="57" />
        <source>The database login {login} is not registered on this desk: ask IT to run `deskclient team add-agent {login}`.</source>
        <translation>L'identifiant de base de données {login} n'est pas inscrit sur ce service : demandez à l'informatique de lancer `deskclient team add-agent {login}`.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="73" />
        <source>This database has no team for this login (no rights on it, or `deskclient team init` never ran): {login} is neither an agent nor a team lead of this desk, so the desk does not start: ask IT.</source>
        <translation>Cette base de données n'a pas d'équipe pour cet identifiant (aucun droit, ou `deskclient team init` n'a jamais été lancé) : {login} n'est ni agent ni coordination de ce service, qui ne démarre donc pas : demandez à l'informatique.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="78" />
        <source>`deskclient serve` connects as {login}, which is not the desk's service login: ask IT (`deskclient team add-agent NAME --service`).</source>
        <translation>`deskclient serve` se connecte en tant que {login}, qui n'est pas l'identifiant du service : demandez à l'informatique (`deskclient team add-agent NAME --service`).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="82" />
        <source>The database login {login} is neither an agent nor a team lead of this desk, so the desk does not start: ask IT.</source>
        <translation>L'identifiant de base de données {login} n'est ni agent ni coordination de ce service, qui ne démarre donc pas : demandez à l'informatique.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="85" />
        <source>This workstation holds the Telegram session, which files citizens' messages: its database login {login} needs the desk's service role too (ask IT), or set telegram.session = none and let `deskclient serve` hold it.</source>
        <translation>Ce poste détient la session Telegram, qui enregistre les messages des usagers : son identifiant de base de données {login} a aussi besoin du rôle de service (demandez à l'informatique), ou mettez telegram.session = none et laissez `deskclient serve` la détenir.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="110" />
        <source>The database does not let your role do this.</source>
        <translation>La base de données ne permet pas cela à votre rôle.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="64" />
        <source>Only a team lead can {what}.</source>
        <translation>Seule la coordination peut {what}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="99" />
        <location filename="../../deskclient/services/lead.py" line="106" />
        <source>search the retained conversations</source>
        <translation>rechercher dans les conversations conservées</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="113" />
        <source>open a transcript</source>
        <translation>ouvrir une transcription</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="125" />
        <source>export transcripts</source>
        <translation>exporter des transcriptions</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="128" />
        <source>Choose at least one ticket to export.</source>
        <translation>Choisissez au moins une demande à exporter.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="130" />
        <source>At most {count} transcripts per export.</source>
        <translation>{count} transcriptions au plus par exportation.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="132" />
        <source>Transcripts export as PDF or CSV.</source>
        <translation>Les transcriptions s'exportent en PDF ou en CSV.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="174" />
        <source>see the statistics</source>
        <translation>voir les statistiques</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="180" />
        <source>export the statistics</source>
        <translation>exporter les statistiques</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="191" />
        <location filename="../../deskclient/services/lead.py" line="197" />
        <source>read the audit log</source>
        <translation>lire le journal d'audit</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="201" />
        <source>export the audit log</source>
        <translation>exporter le journal d'audit</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="218" />
        <source>put a ticket on legal hold</source>
        <translation>a placé une demande sous gel juridique</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="221" />
        <source>Say why the ticket is on legal hold (e.g. the court order).</source>
        <translation>Indiquez pourquoi la demande est sous gel juridique (par ex. la décision de justice).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="225" />
        <source>release a legal hold</source>
        <translation>lever un gel juridique</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="234" />
        <source>link citizens</source>
        <translation>lier des usagers</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="239" />
        <source>No ticket is numbered {number}.</source>
        <translation>Aucun ticket ne porte le numéro {number}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="241" />
        <source>Both tickets are the same citizen's.</source>
        <translation>Les deux tickets sont du même usager.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="250" />
        <source>unlink citizens</source>
        <translation>délier des usagers</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="254" />
        <source>That citizen is not linked to anyone.</source>
        <translation>Cet usager n'est lié à personne.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="265" />
        <source>run the retention purge</source>
        <translation>lancer la purge à échéance</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="282" />
        <source>The service purges daily at {hour} ({zone} time); a team lead may preview the purge but not run it.</source>
        <translation>Le service purge chaque jour à {hour} (heure de {zone}) ; la coordination peut prévisualiser la purge, mais pas la lancer.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead_tools.py" line="59" />
        <source>`deskclient purge` deletes as the desk's service: run it with the service's login in database.url, or let `deskclient serve` purge daily at {hour}.</source>
        <translation>`deskclient purge` supprime en tant que service : lancez-le avec l'identifiant du service dans database.url, ou laissez `deskclient serve` purger chaque jour à {hour}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/outbox.py" line="61" />
        <source>More than 24 hours have passed since the citizen last wrote: WhatsApp only takes an approved template now</source>
        <translation>Plus de 24 heures ont passé depuis le dernier message de l'usager : WhatsApp n'accepte plus qu'un modèle approuvé</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/outbox.py" line="63" />
        <source>More than 24 hours have passed since the citizen last wrote, and no approved WhatsApp template is configured for this message</source>
        <translation>Plus de 24 heures ont passé depuis le dernier message de l'usager, et aucun modèle WhatsApp approuvé n'est configuré pour ce message</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/outbox.py" line="305" />
        <source>The file could not be read from the store</source>
        <translation>Le fichier n'a pas pu être lu dans le stockage</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/broadcasts.py" line="128" />
        <source>Only a broadcast that is scheduled or being sent can be cancelled.</source>
        <translation>Seule une diffusion programmée ou en cours d'envoi peut être annulée.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/broadcasts.py" line="150" />
        <source>This broadcast does not exist.</source>
        <translation>Cette diffusion n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="22" />
        <source>Only a team lead can edit canned responses.</source>
        <translation>Seule la coordination peut modifier les réponses types.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="31" />
        <location filename="../../deskclient/store/canned.py" line="68" />
        <source>A canned reply needs a title and a text.</source>
        <translation>Une réponse type a besoin d'un titre et d'un texte.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="56" />
        <source>A shortcut is letters a-z, digits, '-' and '_', at most 40.</source>
        <translation>Un raccourci se compose de lettres a-z, de chiffres, de '-' et de '_', 40 au plus.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="59" />
        <source>The shortcut /{shortcut} is already the canned reply “{title}”'s.</source>
        <translation>Le raccourci /{shortcut} est déjà celui de la réponse type « {title} ».</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="74" />
        <source>There is already a canned reply called “{title}”.</source>
        <translation>Il existe déjà une réponse type appelée « {title} ».</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/channel_posts.py" line="113" />
        <source>Only a post that is waiting or in the channel can be edited.</source>
        <translation>Seule une publication en attente ou sur le canal peut être modifiée.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/channel_posts.py" line="133" />
        <source>Only a post that is waiting or in the channel can be deleted.</source>
        <translation>Seule une publication en attente ou sur le canal peut être supprimée.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/citizen_choices.py" line="30" />
        <location filename="../../deskclient/store/retention.py" line="443" />
        <location filename="../../deskclient/store/review.py" line="46" />
        <source>That ticket no longer exists (it may have been purged).</source>
        <translation>Cette demande n'existe plus (elle a peut-être été purgée).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/citizen_reads.py" line="25" />
        <location filename="../../deskclient/store/citizen_reads.py" line="62" />
        <source>That citizen is no longer in the records (erased).</source>
        <translation>Cet usager ne figure plus dans les registres (effacé).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/outbox_queue.py" line="181" />
        <source>Only a message that was not sent can be changed and sent again.</source>
        <translation>Seul un message non envoyé peut être modifié et renvoyé.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/delivery_status.py" line="145" />
        <location filename="../../deskclient/store/queue_reads.py" line="149" />
        <location filename="../../deskclient/store/repository.py" line="152" />
        <source>That ticket is no longer in the records (purged or erased).</source>
        <translation>Cette demande ne figure plus dans les dossiers (purgée ou effacée).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/retention.py" line="459" />
        <source>That ticket no longer exists.</source>
        <translation>Cette demande n'existe plus.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/retention.py" line="461" />
        <source>Ticket {number} is not on legal hold.</source>
        <translation>La demande {number} n'est pas sous gel juridique.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/review.py" line="135" />
        <location filename="../../deskclient/store/review.py" line="168" />
        <source>That citizen is not in the records (erased or purged).</source>
        <translation>Cet usager ne figure pas dans les registres (effacé ou purgé).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="34" />
        <source>This ticket is closed and cannot be claimed.</source>
        <translation>Cette demande est fermée et ne peut pas être prise.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="35" />
        <source>Ticket {number} was already claimed by {agent}.</source>
        <translation>La demande {number} a déjà été prise par {agent}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="45" />
        <source>Only a team lead can assign a ticket to someone else.</source>
        <translation>Seule la coordination peut attribuer une demande à quelqu'un d'autre.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="77" />
        <source>Ticket {number} is closed: the citizen's next message will open a new one.</source>
        <translation>La demande {number} est fermée : le prochain message de l'usager en ouvrira une nouvelle.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="105" />
        <source>Only an agent's message that was sent can be changed.</source>
        <translation>Seul un message d'agent déjà envoyé peut être modifié.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="155" />
        <source>Ticket {number} is already closing.</source>
        <translation>La demande {number} est déjà en cours de fermeture.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="156" />
        <source>Ticket {number} is already closed.</source>
        <translation>La demande {number} est déjà fermée.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="176" />
        <source>Ticket {number} can only be reopened within the grace period after closing.</source>
        <translation>La demande {number} ne peut être rouverte que pendant le délai de grâce après sa fermeture.</translation>
    </message>
    <message>
        <location filename="../../deskclient/errors.py" line="114" />
        <source>Telegram refused the message ({code})</source>
        <translation>Telegram a refusé le message ({code})</translation>
    </message>
    <message>
        <location filename="../../deskclient/errors.py" line="115" />
        <source>the message could not be sent ({code})</source>
        <translation>le message n'a pas pu être envoyé ({code})</translation>
    </message>
    <message>
        <location filename="../../deskclient/errors.py" line="116" />
        <source>{reason}; gave up after {tries} tries</source>
        <translation>{reason} ; abandonné après {tries} essais</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge.py" line="327" />
        <source>The database log (WAL) was in use and could not be emptied now; the next purge will.</source>
        <translation>Le journal de la base de données (WAL) était utilisé et n'a pas pu être vidé maintenant ; la prochaine purge le fera.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge.py" line="331" />
        <source>The database could not be compacted now; the next purge will.</source>
        <translation>La base de données n'a pas pu être compactée maintenant ; la prochaine purge le fera.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge_session.py" line="76" />
        <source>The Telegram session's cache could not be cleaned now (in use); the next purge will.</source>
        <translation>Le cache de la session Telegram n'a pas pu être nettoyé maintenant (utilisé) ; la prochaine purge le fera.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge_session.py" line="97" />
        <source>The Telegram session file could not be compacted now.</source>
        <translation>Le fichier de la session Telegram n'a pas pu être compacté maintenant.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="125" />
        <source>The purged rows are deleted, but this login may not rewrite the database's tables (VACUUM FULL needs their owner), so their old text stays in the table files until the service's next purge.</source>
        <translation>Les lignes purgées sont supprimées, mais cet identifiant ne peut pas réécrire les tables de la base de données (VACUUM FULL demande leur propriétaire) : leur ancien texte reste dans les fichiers des tables jusqu'à la prochaine purge du service.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="129" />
        <source>A long transaction elsewhere could still see the purged rows, so the database kept their old copies for now; the next purge removes them.</source>
        <translation>Une longue transaction ailleurs pouvait encore voir les lignes purgées : la base de données a gardé leurs anciennes copies pour l'instant ; la prochaine purge les supprime.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="132" />
        <source>Some database tables were in use and were not rewritten now; the next purge does it.</source>
        <translation>Certaines tables de la base de données étaient utilisées et n'ont pas été réécrites maintenant ; la prochaine purge le fera.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="135" />
        <source>Messages kept arriving, so the purged text's old copies stay in the database files until a quiet moment; the desk tries again every few minutes.</source>
        <translation>Des messages continuaient d'arriver : les anciennes copies du texte purgé restent dans les fichiers de la base de données jusqu'à un moment calme ; le service réessaie toutes les quelques minutes.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="43" />
        <source>more than 24 hours have passed since the citizen last wrote: only an approved template can reach them</source>
        <translation>plus de 24 heures se sont écoulées depuis le dernier message de l'usager : seul un modèle approuvé peut lui parvenir</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="44" />
        <source>WhatsApp could not deliver it to this number</source>
        <translation>WhatsApp n'a pas pu le remettre à ce numéro</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="45" />
        <source>too many messages to this citizen in a short time</source>
        <translation>trop de messages à cet usager en peu de temps</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="46" />
        <source>the number's sending rate was exceeded</source>
        <translation>le débit d'envoi du numéro a été dépassé</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="47" />
        <source>WhatsApp limited this number's sending (spam rate)</source>
        <translation>WhatsApp a limité les envois de ce numéro (limite anti-spam)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="48" />
        <source>the WhatsApp access token is no longer valid</source>
        <translation>le jeton d'accès WhatsApp n'est plus valide</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="49" />
        <source>the WhatsApp access token lacks the messaging permission</source>
        <translation>le jeton d'accès WhatsApp n'a pas l'autorisation d'envoyer des messages</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="50" />
        <source>WhatsApp refused the message as malformed</source>
        <translation>WhatsApp a refusé le message car il est mal formé</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="51" />
        <source>the template's parameters do not match the approved template</source>
        <translation>les paramètres ne correspondent pas au modèle approuvé</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="52" />
        <source>no approved template of that name and language</source>
        <translation>aucun modèle approuvé de ce nom dans cette langue</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="53" />
        <source>WhatsApp does not support this kind of message</source>
        <translation>WhatsApp ne prend pas en charge ce type de message</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="54" />
        <source>WhatsApp could not download the file</source>
        <translation>WhatsApp n'a pas pu télécharger le fichier</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="55" />
        <source>WhatsApp could not take the file</source>
        <translation>WhatsApp n'a pas pu accepter le fichier</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="71" />
        <source>the template is paused or disabled</source>
        <translation>le modèle est en pause ou désactivé</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/gateway.py" line="287" />
        <source>WhatsApp cannot edit a message once sent</source>
        <translation>WhatsApp ne permet pas de modifier un message déjà envoyé</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/gateway.py" line="290" />
        <source>WhatsApp cannot delete a message once sent</source>
        <translation>WhatsApp ne permet pas de supprimer un message déjà envoyé</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/arriving_files.py" line="93" />
        <source>A citizen's file could not be downloaded; the message was kept without it.</source>
        <translation>Le fichier d'un usager n'a pas pu être téléchargé ; le message a été gardé sans lui.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge_schedule.py" line="143" />
        <source>The retention purge could not run now; it will try again within the hour.</source>
        <translation>La purge à échéance n'a pas pu être lancée maintenant ; elle réessaiera dans l'heure.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="32" />
        <source>The database refuses writes (locked).</source>
        <translation>La base de données refuse les écritures (verrouillée).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="33" />
        <location filename="../../deskclient/store/faults.py" line="31" />
        <source>The database cannot be reached.</source>
        <translation>La base de données est injoignable.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="34" />
        <source>The database refuses writes (disk full).</source>
        <translation>La base de données refuse les écritures (disque plein).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="35" />
        <source>The database reports disk errors.</source>
        <translation>La base de données signale des erreurs de disque.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="36" />
        <location filename="../../deskclient/store/faults.py" line="35" />
        <source>The database is unavailable.</source>
        <translation>La base de données n'est pas disponible.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="38" />
        <source>{problem} Citizens' messages waiting to be filed when it is back: {count}.</source>
        <translation>{problem} Messages d'usagers en attente d'enregistrement à son retour : {count}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="107" />
        <source>The database is back: waiting messages were filed.</source>
        <translation>La base de données est de retour : les messages en attente ont été enregistrés.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/faults.py" line="30" />
        <source>The database refuses writes: another program holds its lock.</source>
        <translation>La base de données refuse les écritures : un autre programme détient son verrou.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/faults.py" line="32" />
        <source>The disk holding the database is full: free some space.</source>
        <translation>Le disque de la base de données est plein : libérez de la place.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/faults.py" line="33" />
        <source>The disk holding the database reports read or write errors.</source>
        <translation>Le disque de la base de données signale des erreurs de lecture ou d'écriture.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/customer_windows.py" line="50" />
        <source>More than 24 hours have passed since the citizen last wrote: on WhatsApp only an approved template reaches them now.</source>
        <translation>Plus de 24 heures se sont écoulées depuis le dernier message de l'usager : sur WhatsApp, seul un modèle approuvé lui parvient désormais.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/customer_windows.py" line="58" />
        <source>No approved template is configured for that.</source>
        <translation>Aucun modèle approuvé n'est configuré pour cela.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/inbound.py" line="52" />
        <source>another chat</source>
        <translation>une autre discussion</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/inbound.py" line="53" />
        <source>another chat (forwarded many times)</source>
        <translation>une autre discussion (transféré de nombreuses fois)</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcast_sender.py" line="77" />
        <source>No approved WhatsApp template is configured for broadcasts ([whatsapp.templates.broadcast])</source>
        <translation>Aucun modèle WhatsApp approuvé n'est configuré pour les diffusions ([whatsapp.templates.broadcast])</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcast_sender.py" line="79" />
        <source>More than 24 hours have passed since the citizen wrote, and no approved WhatsApp template is configured for list notices ([whatsapp.templates.list_notice])</source>
        <translation>Plus de 24 heures se sont écoulées depuis le message de l'usager, et aucun modèle WhatsApp approuvé n'est configuré pour les avis de la liste ([whatsapp.templates.list_notice])</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/media.py" line="48" />
        <source>WhatsApp does not take this kind of file: send it as PDF, JPEG or PNG, plain text, an Office document, MP4 or MP3</source>
        <translation>WhatsApp n'accepte pas ce type de fichier : envoyez-le en PDF, JPEG ou PNG, texte brut, document Office, MP4 ou MP3</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/media.py" line="50" />
        <source>the file is too big for WhatsApp (100 MB at most)</source>
        <translation>le fichier est trop volumineux pour WhatsApp (100 Mo au maximum)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/media.py" line="51" />
        <source>the image could not be read to convert it for WhatsApp</source>
        <translation>l'image n'a pas pu être lue pour la convertir pour WhatsApp</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="34" />
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="36" />
        <source>automatic message</source>
        <translation>message automatique</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="37" />
        <source>internal note by {0}</source>
        <translation>note interne de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="42" />
        <source>Attached: {0} (arriving…)</source>
        <translation>Pièce jointe : {0} (réception en cours…)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="44" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0} : le fichier n'a pas pu être téléchargé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="46" />
        <source>Refused file: {0} ({1})</source>
        <translation>Fichier refusé : {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="48" />
        <source>Attached: {0}</source>
        <translation>Pièces jointes : {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="58" />
        <source>seen</source>
        <translation>lu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="59" />
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="59" />
        <source>delivered</source>
        <translation>distribué</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="61" />
        <source>as the approved template {0}</source>
        <translation>en tant que modèle approuvé {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="63" />
        <source>queued</source>
        <translation>en file d'attente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="65" />
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="67" />
        <source>Reason: {0}</source>
        <translation>Motif : {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="69" />
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="71" />
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="72" />
        <source>deleted by the citizen</source>
        <translation>supprimé par l'usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="74" />
        <source>edit pending</source>
        <translation>modification en attente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="76" />
        <source>deletion pending</source>
        <translation>suppression en attente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="79" />
        <source>The deletion did not reach the citizen: {0}</source>
        <translation>La suppression n'est pas parvenue à l'usager : {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="80" />
        <source>The edit did not reach the citizen: {0}</source>
        <translation>La modification n'est pas parvenue à l'usager : {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="89" />
        <source>Forwarded from {0}</source>
        <translation>Transféré de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="92" />
        <source>Quoting: {0}</source>
        <translation>Citation : {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="91" />
        <source>an earlier message</source>
        <translation>un message antérieur</translation>
    </message>
</context>
<context>
    <name>AttachedFiles</name>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="29" />
        <source>Attached:</source>
        <translation>Pièces jointes :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="52" />
        <location filename="../../deskclient/ui/composer_parts.py" line="53" />
        <source>Remove {0}</source>
        <translation>Retirer {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="62" />
        <source>Attached: {0}</source>
        <translation>Pièces jointes : {0}</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="232" />
        <source>system</source>
        <translation>système</translation>
    </message>
</context>
<context>
    <name>BroadcastComposer</name>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="111" />
        <source>New broadcast</source>
        <translation>Nouvelle diffusion</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="118" />
        <source>The text for subscribers who speak {0}. **bold**, __italic__, [a link](https://…)</source>
        <translation>Le texte pour les abonnés qui parlent {0}. **gras**, __italique__, [un lien](https://…)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="129" />
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="131" />
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="133" />
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="139" />
        <source>Other languages get the text in:</source>
        <translation>Les autres langues reçoivent le texte en :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="154" />
        <source>Post to the &amp;channel too:</source>
        <translation>Publier aussi sur le &amp;canal :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="165" />
        <source>&amp;Attach a file…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="167" />
        <source>Remove the file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="169" />
        <location filename="../../deskclient/ui/broadcast_composer.py" line="317" />
        <source>No file</source>
        <translation>Aucun fichier</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="175" />
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="176" />
        <source>Send &amp;at</source>
        <translation>Envoyer &amp;à</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="195" />
        <source>Subscribers' language</source>
        <translation>Langue des abonnés</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="195" />
        <source>Subscribers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="196" />
        <source>Text they get</source>
        <translation>Texte reçu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="204" />
        <location filename="../../deskclient/ui/broadcast_composer.py" line="324" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="207" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="215" />
        <source>Topics:</source>
        <translation>Thèmes :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="216" />
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="217" />
        <source>Channel:</source>
        <translation>Canal :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="218" />
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="224" />
        <source>Who will get it:</source>
        <translation>Qui la recevra :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="260" />
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="261" />
        <source>Address (https://…):</source>
        <translation>Adresse (https://…) :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="269" />
        <source>A link starts with https://</source>
        <translation>Un lien commence par https://</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="282" />
        <source>&lt;i&gt;As the subscribers will see it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Tel que les abonnés le verront.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="287" />
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="290" />
        <source>Accepted files ({0})</source>
        <translation>Fichiers acceptés ({0})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="306" />
        <source>{0} cannot be read</source>
        <translation>Impossible de lire {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="312" />
        <source>{0} cannot be broadcast: {1}. Accepted: {2}.</source>
        <translation>{0} ne peut pas être diffusé : {1}. Acceptés : {2}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="324" />
        <source>Schedule</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="372" />
        <source>{0} (no text yet)</source>
        <translation>{0} (pas encore de texte)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="375" />
        <source>{0}, the default</source>
        <translation>{0}, par défaut</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="384" />
        <source>Subscribers who will get it: {0}.</source>
        <translation>Abonnés qui la recevront : {0}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="386" />
        <source>No topic chosen: nobody on the list gets it.</source>
        <translation>Aucun thème choisi : personne de la liste ne la reçoit.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="388" />
        <source>Urgent: it goes before the rest of any broadcast being sent.</source>
        <translation>Urgent : elle passe avant le reste de toute diffusion en cours d'envoi.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="392" />
        <source>It is posted to {0} too, in {1}.</source>
        <translation>Elle est aussi publiée sur {0}, en {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="403" />
        <source>Write the text in at least one language.</source>
        <translation>Rédigez le texte dans au moins une langue.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="405" />
        <source>Choose a topic, or a channel to post to.</source>
        <translation>Choisissez un thème, ou un canal où publier.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="408" />
        <source>Write the {0} text too: subscribers of languages without a text get that one.</source>
        <translation>Rédigez aussi le texte en {0} : les abonnés des langues sans texte reçoivent celui-ci.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="412" />
        <source>That time has passed: choose a later one, or send now.</source>
        <translation>Cette heure est passée : choisissez-en une plus tardive ou envoyez maintenant.</translation>
    </message>
</context>
<context>
    <name>BroadcastLabels</name>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="30" />
        <source>scheduled</source>
        <translation>programmée</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="31" />
        <source>sending</source>
        <translation>en cours d'envoi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="32" />
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="33" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="36" />
        <source>waiting to be posted</source>
        <translation>en attente de publication</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="37" />
        <source>posted</source>
        <translation>publiée</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="38" />
        <source>not posted</source>
        <translation>non publiée</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="39" />
        <source>deleted from the channel</source>
        <translation>supprimée du canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="40" />
        <source>not posted: cancelled</source>
        <translation>non publiée : annulée</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="43" />
        <source>edit asked for, not made yet</source>
        <translation>modification demandée, pas encore faite</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="44" />
        <source>deletion asked for, not made yet</source>
        <translation>suppression demandée, pas encore faite</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="50" />
        <source>blocked the service account</source>
        <translation>a bloqué le compte du service</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="52" />
        <source>deleted their Telegram account</source>
        <translation>a supprimé son compte Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="54" />
        <source>the service account is not an admin of @{name}</source>
        <translation>le compte du service n'est pas administrateur de @{name}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="56" />
        <source>no Telegram channel is called @{name}</source>
        <translation>aucun canal Telegram ne s'appelle @{name}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="58" />
        <source>@{name} is not a Telegram channel</source>
        <translation>@{name} n'est pas un canal Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="60" />
        <source>the post is no longer in @{name}</source>
        <translation>la publication n'est plus sur @{name}</translation>
    </message>
</context>
<context>
    <name>BroadcastModels</name>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="103" />
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="103" />
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="104" />
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="104" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="105" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="105" />
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="106" />
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="106" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>BroadcastsWindow</name>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="49" />
        <source>deskclient — broadcasts</source>
        <translation>deskclient — diffusions</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="52" />
        <location filename="../../deskclient/ui/broadcast_report.py" line="369" />
        <source>&amp;New broadcast…</source>
        <translation>&amp;Nouvelle diffusion…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="138" />
        <source>Subscribers: {0}</source>
        <translation>Abonnés : {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="150" />
        <source>Waiting to be sent:</source>
        <translation>En attente d'envoi :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="150" />
        <source>Sent:</source>
        <translation>Envoyés :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="151" />
        <source>Failed:</source>
        <translation>Échecs :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="152" />
        <source>Taken off the list along the way:</source>
        <translation>Retirés de la liste en cours d'envoi :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="153" />
        <source>Left the list before their turn:</source>
        <translation>Désabonnés avant leur tour :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="154" />
        <source>Not sent (cancelled):</source>
        <translation>Non envoyés (annulée) :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="159" />
        <source>Why it failed</source>
        <translation>Motif de l'échec</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="159" />
        <source>Subscribers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="160" />
        <source>Of them taken off the list</source>
        <translation>Dont retirés de la liste</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="169" />
        <source>Channel post</source>
        <translation>Publication sur le canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="173" />
        <source>&amp;Edit the post…</source>
        <translation>&amp;Modifier la publication…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="175" />
        <source>&amp;Delete the post…</source>
        <translation>&amp;Supprimer la publication…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="185" />
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="187" />
        <source>Cancel the broadcast…</source>
        <translation>Annuler la diffusion…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="207" />
        <source>No broadcast chosen.</source>
        <translation>Aucune diffusion choisie.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="217" />
        <source>Broadcast {0}</source>
        <translation>Diffusion {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="219" />
        <source>waiting while an urgent broadcast goes first</source>
        <translation>en attente pendant qu'une diffusion urgente passe en premier</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="221" />
        <source>waiting for {0} to connect</source>
        <translation>en attente de la connexion de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="223" />
        <source>to {0}</source>
        <translation>à {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="223" />
        <source>no list</source>
        <translation>aucune liste</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="225" />
        <source>file {0}</source>
        <translation>fichier {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="227" />
        <source>by {0}</source>
        <translation>par {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="261" />
        <source>edited {0}</source>
        <translation>modifiée le {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="282" />
        <source>Broadcast {0} stored; the service sends it.</source>
        <translation>Diffusion {0} enregistrée ; le service l'envoie.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="287" />
        <source>Export the broadcast's recipients</source>
        <translation>Exporter les destinataires de la diffusion</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="289" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="300" />
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="306" />
        <source>Cancel the broadcast</source>
        <translation>Annuler la diffusion</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="307" />
        <source>Stop this broadcast? Whoever has not got it yet will not.</source>
        <translation>Arrêter cette diffusion ? Ceux qui ne l'ont pas encore reçue ne la recevront pas.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="318" />
        <source>Edit the channel post</source>
        <translation>Modifier la publication du canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="319" />
        <source>The post's new text (**bold**, __italic__, [a link](https://…)):</source>
        <translation>Le nouveau texte de la publication (**gras**, __italique__, [un lien](https://…)) :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="333" />
        <source>Delete the channel post</source>
        <translation>Supprimer la publication du canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="334" />
        <source>Delete this post from the channel, for everyone who follows it?</source>
        <translation>Supprimer cette publication du canal pour tous ceux qui le suivent ?</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="364" />
        <source>&amp;Broadcasts</source>
        <translation>&amp;Diffusions</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="365" />
        <source>Broadcasts and &amp;channel posts…</source>
        <translation>Diffusions et publications sur le &amp;canal…</translation>
    </message>
</context>
<context>
    <name>CannedCompleter</name>
    <message>
        <location filename="../../deskclient/ui/canned_completer.py" line="79" />
        <source>Canned replies</source>
        <translation>Réponses types</translation>
    </message>
</context>
<context>
    <name>CannedManager</name>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="33" />
        <location filename="../../deskclient/ui/canned_manager.py" line="42" />
        <source>Canned replies</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="44" />
        <source>&amp;New reply</source>
        <translation>&amp;Nouvelle réponse</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="56" />
        <source>e.g. hours (agents type /hours)</source>
        <translation>p. ex. horaires (les agents tapent /horaires)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="64" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="66" />
        <source>Insert:</source>
        <translation>Insérer :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="69" />
        <source>Filled in with the {0} when an agent inserts the reply</source>
        <translation>Remplacé par le {0} quand un agent insère la réponse</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="81" />
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="82" />
        <source>&amp;Shortcut:</source>
        <translation>&amp;Raccourci :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="83" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="84" />
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="87" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="90" />
        <source>Delete this &amp;language</source>
        <translation>Supprimer cette &amp;langue</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="92" />
        <source>&amp;Delete reply…</source>
        <translation>&amp;Supprimer la réponse…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="118" />
        <source>citizen's name</source>
        <translation>nom de l'usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="118" />
        <source>ticket number</source>
        <translation>numéro de demande</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="119" />
        <source>agent's name</source>
        <translation>nom de l'agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="174" />
        <source>Written in: {0}</source>
        <translation>Rédigée en : {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="175" />
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="190" />
        <source>Give the reply a title.</source>
        <translation>Donnez un titre à la réponse.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="192" />
        <source>A shortcut is made of letters a–z, digits, - and _ (at most 40).</source>
        <translation>Un raccourci se compose de lettres a–z, de chiffres, de - et de _ (40 au plus).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="195" />
        <source>/{0} is already the shortcut of “{1}”.</source>
        <translation>/{0} est déjà le raccourci de « {1} ».</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="197" />
        <source>There is already a reply called “{0}”.</source>
        <translation>Il existe déjà une réponse appelée « {0} ».</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="215" />
        <source>Write the text in one language at least.</source>
        <translation>Rédigez le texte dans une langue au moins.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="229" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="247" />
        <source>Delete canned reply</source>
        <translation>Supprimer la réponse type</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="248" />
        <source>Delete “{0}” in every language?</source>
        <translation>Supprimer « {0} » dans toutes les langues ?</translation>
    </message>
</context>
<context>
    <name>CitizenCorrectionDialog</name>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="49" />
        <source>Correct the stored data</source>
        <translation>Rectifier les données enregistrées</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="53" />
        <source>no phone stored</source>
        <translation>aucun téléphone enregistré</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="54" />
        <source>What the citizen asked to rectify. Each change is in the audit log (without the values).</source>
        <translation>Ce que l'usager a demandé de rectifier. Chaque modification figure dans le journal d'audit (sans les valeurs).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="62" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="63" />
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
</context>
<context>
    <name>CitizenLinks</name>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="21" />
        <source>Open a ticket of one of the two citizens first.</source>
        <translation>Ouvrez d'abord un ticket de l'un des deux usagers.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="25" />
        <location filename="../../deskclient/ui/citizen_links.py" line="75" />
        <source>Link citizens</source>
        <translation>Lier des usagers</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="26" />
        <source>The same person's ticket number on the other channel (e.g. 2026-000123):</source>
        <translation>Numéro de ticket de la même personne sur l'autre canal (p. ex. 2026-000123) :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="40" />
        <source>{0} and {1} are one person now: each one's panel shows the other's tickets and notes.</source>
        <translation>{0} et {1} sont désormais une même personne : le panneau de chacun montre les tickets et les notes de l'autre.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="48" />
        <source>Open a ticket of the citizen to unlink first.</source>
        <translation>Ouvrez d'abord un ticket de l'usager à délier.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="50" />
        <location filename="../../deskclient/ui/citizen_links.py" line="51" />
        <location filename="../../deskclient/ui/citizen_links.py" line="67" />
        <location filename="../../deskclient/ui/citizen_links.py" line="71" />
        <source>Unlink citizen</source>
        <translation>Délier un usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="52" />
        <source>This ticket's citizen is then a person of their own again: their panel shows only their own tickets and notes, and a data-subject request covers only them.</source>
        <translation>L'usager de ce ticket redevient une personne à part : son panneau ne montre que ses propres tickets et notes, et une demande d'exercice des droits ne concerne que lui.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="57" />
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="70" />
        <source>{0} is a citizen of their own again.</source>
        <translation>{0} est de nouveau un usager à part.</translation>
    </message>
</context>
<context>
    <name>CitizenPanel</name>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="189" />
        <source>Earlier tickets</source>
        <translation>Demandes précédentes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="192" />
        <source>No earlier tickets.</source>
        <translation>Aucune demande précédente.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="193" />
        <location filename="../../deskclient/ui/citizen_panel.py" line="195" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="196" />
        <source>No notes yet.</source>
        <translation>Pas encore de notes.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="197" />
        <source>Add a &amp;note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="207" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="290" />
        <source>WhatsApp:</source>
        <translation>WhatsApp :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="302" />
        <source>Same person as: {0}</source>
        <translation>Même personne que : {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="291" />
        <source>Telegram:</source>
        <translation>Telegram :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="179" />
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="271" />
        <source>no public username</source>
        <translation>pas de nom d'utilisateur public</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="276" />
        <source>Earlier tickets ({0})</source>
        <translation>Demandes précédentes ({0})</translation>
    </message>
</context>
<context>
    <name>CitizenTicketsModel</name>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="116" />
        <source>Read this ticket</source>
        <translation>Lire cette demande</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="43" />
        <location filename="../../deskclient/ui/composer.py" line="146" />
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Rédigez une réponse… (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="48" />
        <source>Internal &amp;note</source>
        <translation>&amp;Note interne</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="50" />
        <location filename="../../deskclient/ui/composer.py" line="147" />
        <source>Reply to the citizen</source>
        <translation>Réponse à l'usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="51" />
        <source>&amp;Attach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="53" />
        <source>Canned &amp;replies</source>
        <translation>&amp;Réponses types</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="63" />
        <location filename="../../deskclient/ui/composer.py" line="150" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="92" />
        <source>&amp;Manage canned replies…</source>
        <translation>&amp;Gérer les réponses types…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="115" />
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="118" />
        <source>Accepted files ({0})</source>
        <translation>Fichiers acceptés ({0})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="129" />
        <source>{0} cannot be read</source>
        <translation>Impossible de lire {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="137" />
        <source>Not attached — {0}. Accepted: {1}.</source>
        <translation>Non joint — {0}. Acceptés : {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="145" />
        <source>Internal note for the team — never sent to the citizen</source>
        <translation>Note interne pour l'équipe — jamais envoyée à l'usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="147" />
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="150" />
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="36" />
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="38" />
        <source>Copy the report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="40" />
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="44" />
        <source>deskclient hit an unexpected error and carried on. Please send this report to IT; it holds no message content.</source>
        <translation>deskclient a rencontré une erreur inattendue et a poursuivi son fonctionnement. Veuillez envoyer ce rapport au service informatique ; il ne contient le texte d'aucun message.</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordDialog</name>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="32" />
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="33" />
        <source>The team database on {0} asks for the password of {1}.</source>
        <translation>La base de données de l'équipe sur {0} demande le mot de passe de {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="35" />
        <source>That password was not accepted. Try again.</source>
        <translation>Ce mot de passe n'a pas été accepté. Veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="39" />
        <source>Remember it on this computer</source>
        <translation>La mémoriser sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="13" />
        <source>deskclient talks to Telegram as your service's own application. Your organisation registers it once: log in at &lt;a href='https://my.telegram.org'&gt;my.telegram.org&lt;/a&gt; with the service account's phone number, open &lt;i&gt;API development tools&lt;/i&gt;, create an application, and copy its &lt;b&gt;api_id&lt;/b&gt; and &lt;b&gt;api_hash&lt;/b&gt; here. IT can also put them in &lt;tt&gt;/etc/xdg/deskclient/config.toml&lt;/tt&gt; for every workstation.</source>
        <translation>deskclient communique avec Telegram en tant qu'application propre à votre service. Votre organisme l'enregistre une seule fois : connectez-vous sur &lt;a href='https://my.telegram.org'&gt;my.telegram.org&lt;/a&gt; avec le numéro de téléphone du compte du service, ouvrez &lt;i&gt;API development tools&lt;/i&gt;, créez une application et copiez ici son &lt;b&gt;api_id&lt;/b&gt; et son &lt;b&gt;api_hash&lt;/b&gt;. Le service informatique peut aussi les indiquer dans &lt;tt&gt;/etc/xdg/deskclient/config.toml&lt;/tt&gt; pour tous les postes.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="31" />
        <source>Welcome to deskclient</source>
        <translation>Bienvenue dans deskclient</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="40" />
        <source>Save and log in</source>
        <translation>Enregistrer et se connecter</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="42" />
        <source>Try the demo first</source>
        <translation>Essayer d'abord la démonstration</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="62" />
        <source>The api_id is a number, e.g. 1234567.</source>
        <translation>L'api_id est un nombre, par exemple 1234567.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="65" />
        <source>The api_hash is 32 letters and digits (0-9, a-f).</source>
        <translation>L'api_hash compte 32 lettres et chiffres (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="70" />
        <source>Cannot save the settings: {0}</source>
        <translation>Impossible d'enregistrer les paramètres : {0}</translation>
    </message>
</context>
<context>
    <name>ImagePreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="190" />
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="198" />
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="201" />
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="202" />
        <source>Fit to window (Ctrl+0)</source>
        <translation>Ajuster à la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="205" />
        <source>Actual size (Ctrl+1)</source>
        <translation>Taille réelle (Ctrl+1)</translation>
    </message>
</context>
<context>
    <name>InlineMedia</name>
    <message>
        <location filename="../../deskclient/ui/bubble_media.py" line="185" />
        <source>Voice note: Space plays it</source>
        <translation>Note vocale : Espace la lit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/bubble_media.py" line="186" />
        <source>Voice note playing: Space pauses it</source>
        <translation>Note vocale en lecture : Espace la met en pause</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/bubble_media.py" line="187" />
        <source>Voice note paused: Space plays it</source>
        <translation>Note vocale en pause : Espace la lit</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="19" />
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="20" />
        <source>closing</source>
        <translation>en cours de fermeture</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="21" />
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="25" />
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="26" />
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="27" />
        <source>logged out</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="28" />
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="32" />
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="33" />
        <source>lead</source>
        <translation>coordination</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="37" />
        <source>tickets</source>
        <translation>demandes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="38" />
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="39" />
        <source>compacting</source>
        <translation>compactage</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="40" />
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="44" />
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="45" />
        <source>AUDIO</source>
        <translation>AUDIO</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="46" />
        <source>VIDEO</source>
        <translation>VIDÉO</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="47" />
        <source>OTHER</source>
        <translation>AUTRE</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="48" />
        <source>STICKER</source>
        <translation>AUTOCOLLANT</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="54" />
        <source>logged in to the desk</source>
        <translation>s'est connecté à deskclient</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="55" />
        <source>logged in to Telegram</source>
        <translation>s'est connecté à Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="56" />
        <source>logged out of Telegram</source>
        <translation>s'est déconnecté de Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="57" />
        <source>changed a person's role</source>
        <translation>a modifié le rôle d'une personne</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="58" />
        <source>claimed a ticket</source>
        <translation>a pris en charge une demande</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="59" />
        <source>assigned a ticket</source>
        <translation>a attribué une demande</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="60" />
        <source>claim or assignment refused</source>
        <translation>attribution refusée</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="61" />
        <source>set a category</source>
        <translation>a défini une catégorie</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="62" />
        <source>closed a ticket</source>
        <translation>a fermé une demande</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="63" />
        <source>reopened a ticket</source>
        <translation>a rouvert une demande</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="64" />
        <source>read a closed ticket</source>
        <translation>a consulté une demande fermée</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="65" />
        <source>edited a sent message</source>
        <translation>a modifié un message envoyé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="66" />
        <source>deleted a sent message</source>
        <translation>a supprimé un message envoyé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="67" />
        <source>changed a refused message</source>
        <translation>a modifié un message refusé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="68" />
        <source>created a canned reply</source>
        <translation>a créé une réponse type</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="69" />
        <source>edited a canned reply</source>
        <translation>a modifié une réponse type</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="70" />
        <source>deleted a canned reply</source>
        <translation>a supprimé une réponse type</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="71" />
        <source>lead action refused</source>
        <translation>action de coordination refusée</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="72" />
        <source>searched the conversations</source>
        <translation>a effectué une recherche dans les conversations</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="73" />
        <source>opened a transcript</source>
        <translation>a ouvert une transcription</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="74" />
        <source>exported transcripts</source>
        <translation>a exporté des transcriptions</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="75" />
        <source>viewed the statistics</source>
        <translation>a consulté les statistiques</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="76" />
        <source>exported the statistics</source>
        <translation>a exporté les statistiques</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="77" />
        <source>viewed the audit log</source>
        <translation>a consulté le journal d'audit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="78" />
        <source>exported the audit log</source>
        <translation>a exporté le journal d'audit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="79" />
        <source>looked up citizens</source>
        <translation>a recherché des usagers</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="80" />
        <source>exported a citizen's data</source>
        <translation>a exporté les données d'un usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="81" />
        <source>corrected a citizen's data</source>
        <translation>a rectifié les données d'un usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="82" />
        <source>erased a citizen's data</source>
        <translation>a effacé les données d'un usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="83" />
        <source>linked two citizens as one person</source>
        <translation>a lié deux usagers comme une même personne</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="84" />
        <source>unlinked a citizen from the same person</source>
        <translation>a délié un usager de la même personne</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="85" />
        <source>erased the citizens linked to a citizen</source>
        <translation>a effacé les usagers liés à un usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="86" />
        <source>put a ticket on legal hold</source>
        <translation>a placé une demande sous gel juridique</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="87" />
        <source>released a legal hold</source>
        <translation>a levé un gel juridique</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="88" />
        <source>previewed the purge</source>
        <translation>a prévisualisé la purge</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="89" />
        <source>purged old conversations</source>
        <translation>a purgé d'anciennes conversations</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="90" />
        <source>left a group</source>
        <translation>a quitté un groupe</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="91" />
        <source>corrected a citizen's language</source>
        <translation>a corrigé la langue d'un usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="92" />
        <source>citizen chose a category</source>
        <translation>l'usager a choisi une catégorie</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="93" />
        <source>deleted a chat on Telegram</source>
        <translation>a supprimé une conversation sur Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="94" />
        <source>chat deletion refused by Telegram</source>
        <translation>suppression d'une conversation refusée par Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="95" />
        <source>created a broadcast</source>
        <translation>a créé une diffusion</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="96" />
        <source>cancelled a broadcast</source>
        <translation>a annulé une diffusion</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="97" />
        <source>posted to a channel</source>
        <translation>a publié sur un canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="98" />
        <source>channel post refused by Telegram</source>
        <translation>publication sur le canal refusée par Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="99" />
        <source>edited a channel post</source>
        <translation>a modifié une publication du canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="100" />
        <source>deleted a channel post</source>
        <translation>a supprimé une publication du canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="105" />
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="106" />
        <source>(unassigned)</source>
        <translation>(non attribuée)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="148" />
        <source>files of type .{ext} are not accepted</source>
        <translation>les fichiers de type .{ext} ne sont pas acceptés</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="150" />
        <source>{size} is over the {limit} limit</source>
        <translation>{size} dépasse la limite de {limit}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="151" />
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="152" />
        <source>the file is over the size limit</source>
        <translation>le fichier dépasse la taille maximale</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="154" />
        <source>the content is not {expected}</source>
        <translation>le contenu n'est pas {expected}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="156" />
        <source>the content is {found}, not {expected}</source>
        <translation>le contenu est {found}, pas {expected}</translation>
    </message>
</context>
<context>
    <name>LeadAuditTab</name>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="35" />
        <source>any agent</source>
        <translation>tout agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="41" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="42" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="43" />
        <source>Audit events from</source>
        <translation>Journal d'audit du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="44" />
        <source>Audit events to</source>
        <translation>Journal d'audit au</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="45" />
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="47" />
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="50" />
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="50" />
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="51" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="57" />
        <source>Audit log</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="76" />
        <source>any action</source>
        <translation>toute action</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="96" />
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
</context>
<context>
    <name>LeadModels</name>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="104" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="104" />
        <location filename="../../deskclient/ui/lead_models.py" line="155" />
        <location filename="../../deskclient/ui/lead_models.py" line="209" />
        <source>Ticket</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="105" />
        <location filename="../../deskclient/ui/lead_models.py" line="156" />
        <source>Citizen</source>
        <translation>Usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="105" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="106" />
        <location filename="../../deskclient/ui/lead_models.py" line="157" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="106" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="155" />
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="156" />
        <source>Closed</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="157" />
        <location filename="../../deskclient/ui/lead_models.py" line="209" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="158" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="158" />
        <source>SLA</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="159" />
        <source>Legal hold</source>
        <translation>Gel juridique</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="208" />
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="208" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="210" />
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>LeadRetentionTab</name>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="32" />
        <source>Conversations are kept %1 months after a ticket closes, then purged for good (database, files, thumbnails, exports, logs, the Telegram session's cache). Tickets on legal hold are kept.</source>
        <translation>Les conversations sont conservées %1 mois après la fermeture de la demande, puis supprimées définitivement (base de données, fichiers, miniatures, exportations, journaux, cache de la session Telegram). Les demandes sous gel juridique sont conservées.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="36" />
        <source>&amp;Preview the purge</source>
        <translation>&amp;Prévisualiser la purge</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="39" />
        <source>The service purges daily at %1 (%2 time); each purge is in the audit log.</source>
        <translation>Le service purge chaque jour à %1 (heure de %2) ; chaque purge figure dans le journal d'audit.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="43" />
        <source>P&amp;urge now…</source>
        <translation>P&amp;urger maintenant…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="55" />
        <source>name, phone or Telegram/WhatsApp id</source>
        <translation>nom, téléphone ou identifiant Telegram/WhatsApp</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="58" />
        <source>Citizens found</source>
        <translation>Usagers trouvés</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="60" />
        <source>Export everything (ZIP)</source>
        <translation>Tout exporter (ZIP)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="61" />
        <source>Correct name or phone…</source>
        <translation>Rectifier le nom ou le téléphone…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="62" />
        <source>Erase now…</source>
        <translation>Effacer maintenant…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="74" />
        <source>Citizens' requests:</source>
        <translation>Demandes des usagers :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="81" />
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="82" />
        <source>Delete for good every conversation past the retention period? This cannot be undone.</source>
        <translation>Supprimer définitivement toutes les conversations dont la durée de conservation est dépassée ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="84" />
        <source>Purge now</source>
        <translation>Purger maintenant</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="123" />
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="138" />
        <source>Corrected: %1</source>
        <translation>Rectifié : %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="138" />
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="145" />
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="146" />
        <source>Erase everything held about this citizen (and about the citizens linked to them as the same person), now and for good? This cannot be undone.</source>
        <translation>Effacer maintenant et définitivement toutes les données conservées sur cet usager (et sur les usagers liés à lui comme une même personne) ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="149" />
        <source>Erase now</source>
        <translation>Effacer maintenant</translation>
    </message>
</context>
<context>
    <name>LeadStatisticsTab</name>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="21" />
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="28" />
        <source>Tickets opened from</source>
        <translation>Demandes ouvertes du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="22" />
        <source>Tickets opened to</source>
        <translation>Demandes ouvertes au</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="23" />
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="25" />
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="28" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="34" />
        <source>Statistics table</source>
        <translation>Tableau des statistiques</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="36" />
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="37" />
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="38" />
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="52" />
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
</context>
<context>
    <name>LeadWindow</name>
    <message>
        <location filename="../../deskclient/ui/lead_dates.py" line="19" />
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="135" />
        <location filename="../../deskclient/ui/stats_charts.py" line="72" />
        <source>SLA met</source>
        <translation>Délai respecté</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="72" />
        <source>deskclient — team lead</source>
        <translation>deskclient — coordination</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="75" />
        <source>&amp;Log review</source>
        <translation>&amp;Revue des conversations</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="76" />
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="77" />
        <source>&amp;Audit log</source>
        <translation>&amp;Journal d'audit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="78" />
        <source>&amp;Retention and citizens</source>
        <translation>&amp;Conservation et usagers</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="79" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="119" />
        <source>Words, prefix*, "a phrase" (accents and case ignored)</source>
        <translation>Mots, préfixe*, « une phrase » (sans tenir compte des accents ni de la casse)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="122" />
        <source>any agent</source>
        <translation>tout agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="126" />
        <source>any category</source>
        <translation>toute catégorie</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="130" />
        <source>any status</source>
        <translation>tout état</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="134" />
        <source>any SLA</source>
        <translation>tout délai</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="134" />
        <source>SLA breached</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="138" />
        <location filename="../../deskclient/ui/lead_window.py" line="143" />
        <source>citizen name or phone</source>
        <translation>nom ou téléphone de l'usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="141" />
        <source>Words to search</source>
        <translation>Mots à rechercher</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="141" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="142" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="142" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="143" />
        <source>SLA</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="145" />
        <source>on legal hold</source>
        <translation>sous gel juridique</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="147" />
        <source>Opened from</source>
        <translation>Ouvertes du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="148" />
        <source>Opened to</source>
        <translation>Ouvertes au</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="149" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="153" />
        <source>opened from</source>
        <translation>ouvertes du</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="153" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="166" />
        <source>Messages found</source>
        <translation>Messages trouvés</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="167" />
        <source>Tickets found</source>
        <translation>Demandes trouvées</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="173" />
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="176" />
        <source>Open &amp;transcript</source>
        <translation>Ouvrir la &amp;transcription</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="177" />
        <source>Export &amp;PDF</source>
        <translation>Exporter en &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="178" />
        <source>Export &amp;CSV</source>
        <translation>Exporter en &amp;CSV</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="179" />
        <source>Legal &amp;hold…</source>
        <translation>&amp;Gel juridique…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="180" />
        <source>&amp;Release hold</source>
        <translation>&amp;Lever le gel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="282" />
        <source>%n message(s) shown</source>
        <translation><numerusform>%n message affiché</numerusform><numerusform>%n messages affichés</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="288" />
        <source>more than %n ticket(s)</source>
        <translation><numerusform>plus de %n demande</numerusform><numerusform>plus de %n demandes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="290" />
        <source>%n ticket(s)</source>
        <translation><numerusform>%n demande</numerusform><numerusform>%n demandes</numerusform></translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="321" />
        <source>Select the tickets to export.</source>
        <translation>Sélectionnez les demandes à exporter.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="327" />
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="338" />
        <source>Legal hold</source>
        <translation>Gel juridique</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="339" />
        <source>Why is this ticket kept beyond the retention period?</source>
        <translation>Pourquoi cette demande doit-elle être conservée au-delà de la durée de conservation ?</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="345" />
        <source>The ticket is on legal hold.</source>
        <translation>La demande est sous gel juridique.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="355" />
        <source>The legal hold was released.</source>
        <translation>Le gel juridique a été levé.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="397" />
        <source>&amp;Link citizens…</source>
        <translation>&amp;Lier des usagers…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="399" />
        <source>&amp;Unlink citizen…</source>
        <translation>&amp;Délier un usager…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="394" />
        <source>&amp;Canned replies…</source>
        <translation>&amp;Réponses types…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="376" />
        <source>&amp;Team lead…</source>
        <translation>Outils de &amp;coordination…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="390" />
        <source>&amp;Lead</source>
        <translation>C&amp;oordination</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="69" />
        <source>Tickets</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="69" />
        <source>Answered</source>
        <translation>Répondues</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="70" />
        <source>First response median</source>
        <translation>Médiane de première réponse</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="70" />
        <location filename="../../deskclient/ui/stats_charts.py" line="71" />
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="71" />
        <source>Service-hours median</source>
        <translation>Médiane en heures d'ouverture</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="88" />
        <source>Response times in minutes (wall clock, or counting service hours only).</source>
        <translation>Délais de réponse en minutes (temps réel, ou en comptant seulement les heures d'ouverture).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="89" />
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="89" />
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="91" />
        <source>All tickets</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="91" />
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="92" />
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="93" />
        <source>By agent</source>
        <translation>Par agent</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="24" />
        <source>On a phone already logged in to the service account: Telegram → Settings → Devices → Link Desktop Device, then point the camera at this code.</source>
        <translation>Sur un téléphone déjà connecté au compte du service : Telegram → Paramètres → Appareils → Associer un appareil de bureau, puis pointez la caméra vers ce code.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="45" />
        <source>Log in to Telegram</source>
        <translation>Se connecter à Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="51" />
        <source>Send code</source>
        <translation>Envoyer le code</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="53" />
        <location filename="../../deskclient/ui/login_dialog.py" line="56" />
        <location filename="../../deskclient/ui/login_dialog.py" line="60" />
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="58" />
        <source>Show a new code</source>
        <translation>Afficher un nouveau code</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="65" />
        <source>The service account's phone number, with its country code:</source>
        <translation>Le numéro de téléphone du compte du service, avec l'indicatif du pays :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="67" />
        <source>The code Telegram has just sent to that account:</source>
        <translation>Le code que Telegram vient d'envoyer à ce compte :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="69" />
        <source>This account has two-step verification. Its password:</source>
        <translation>Ce compte utilise la validation en deux étapes. Son mot de passe :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="72" />
        <source>A bot token from @BotFather:</source>
        <translation>Un jeton de bot fourni par @BotFather :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="75" />
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="76" />
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="77" />
        <source>Bot token</source>
        <translation>Jeton de bot</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="121" />
        <source>Hint: {0}</source>
        <translation>Indice : {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="58" />
        <source>deskclient — DEMO network</source>
        <translation>deskclient — réseau de DÉMONSTRATION</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="116" />
        <source>DEMO — simulated citizens on a simulated Telegram; nothing leaves this computer</source>
        <translation>DÉMONSTRATION — usagers simulés sur un Telegram simulé ; rien ne sort de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="131" />
        <source>&amp;Ticket</source>
        <translation>&amp;Demande</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="131" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="131" />
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="133" />
        <source>&amp;Next ticket</source>
        <translation>Demande &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="134" />
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="136" />
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="137" />
        <source>C&amp;laim</source>
        <translation>&amp;Prendre en charge</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="138" />
        <source>&amp;Close ticket…</source>
        <translation>&amp;Fermer la demande…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="139" />
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="140" />
        <source>Internal &amp;note</source>
        <translation>&amp;Note interne</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="141" />
        <source>&amp;Attach files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="142" />
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="143" />
        <source>&amp;Mine</source>
        <translation>&amp;Les miennes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="144" />
        <source>&amp;Unassigned</source>
        <translation>&amp;Non attribuées</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="145" />
        <source>C&amp;losing</source>
        <translation>En cours de &amp;fermeture</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="146" />
        <source>Clos&amp;ed</source>
        <translation>Fer&amp;mées</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="147" />
        <source>&amp;All</source>
        <translation>&amp;Toutes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="150" />
        <source>&amp;Log in to Telegram…</source>
        <translation>Se &amp;connecter à Telegram…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="151" />
        <source>Log &amp;out of Telegram…</source>
        <translation>Se &amp;déconnecter de Telegram…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="342" />
        <source>{0} (access token refused: see deskclient doctor)</source>
        <translation>{0} (jeton d'accès refusé : voir deskclient doctor)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="343" />
        <source>{0}; WhatsApp logged out (access token refused: see deskclient doctor)</source>
        <translation>{0} ; WhatsApp déconnecté (jeton d'accès refusé : voir deskclient doctor)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="395" />
        <source>Log out of Telegram</source>
        <translation>Se déconnecter de Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="396" />
        <source>Log the service account out of Telegram on this computer? Citizens' messages are not received until someone logs in again with a code sent to the account's phone.</source>
        <translation>Déconnecter le compte du service de Telegram sur cet ordinateur ? Les messages des usagers ne sont plus reçus jusqu'à ce que quelqu'un se reconnecte avec un code envoyé au téléphone du compte.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="398" />
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="344" />
        <source>service: {0}</source>
        <translation>service : {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="361" />
        <source>Telegram asked us to wait: sending resumes in {0} s</source>
        <translation>Telegram demande de patienter : l'envoi reprend dans {0} s</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="387" />
        <source>Logged in as {0}</source>
        <translation>Connecté en tant que {0}</translation>
    </message>
</context>
<context>
    <name>MediaPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="93" />
        <location filename="../../deskclient/ui/previews/media.py" line="195" />
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="192" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="109" />
        <source>&amp;Copy selection</source>
        <translation>&amp;Copier la sélection</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="109" />
        <source>&amp;Copy text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="113" />
        <source>Copy &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="116" />
        <source>&amp;Open {0}</source>
        <translation>&amp;Ouvrir {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="119" />
        <source>Send a&amp;gain</source>
        <translation>Ren&amp;voyer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="122" />
        <source>&amp;Reply quoting this message</source>
        <translation>&amp;Répondre en citant ce message</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="125" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="126" />
        <source>&amp;Delete for the citizen too…</source>
        <translation>&amp;Supprimer aussi pour l'usager…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="130" />
        <source>&amp;Edit and send again…</source>
        <translation>&amp;Modifier et renvoyer…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="133" />
        <source>Show &amp;earlier text</source>
        <translation>Afficher le texte &amp;antérieur</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="161" />
        <source>automatic message</source>
        <translation>message automatique</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="171" />
        <source>Edit message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="172" />
        <source>The citizen sees the new text in place, marked “edited”:</source>
        <translation>L'usager voit le nouveau texte à sa place, marqué « modifié » :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="185" />
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="186" />
        <source>Delete this message for {0} too? The ticket's record keeps it, marked deleted.</source>
        <translation>Supprimer ce message pour {0} aussi ? Le dossier de la demande le conserve, marqué comme supprimé.</translation>
    </message>
</context>
<context>
    <name>MessageHitsModel</name>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="134" />
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="44" />
        <source>New ticket</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="46" />
        <source>New tickets</source>
        <translation>Nouvelles demandes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="46" />
        <source>{0} new tickets</source>
        <translation>{0} nouvelles demandes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="55" />
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="55" />
        <source>{0} wrote on {1}</source>
        <translation>{0} a écrit dans la demande {1}</translation>
    </message>
</context>
<context>
    <name>OtherPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="310" />
        <source>There is no preview for this type of file.</source>
        <translation>Aucun aperçu n'est disponible pour ce type de fichier.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="311" />
        <source>Use Save as… to keep a copy, or Open with… to open it in another program.</source>
        <translation>Utilisez « Enregistrer sous… » pour en garder une copie ou « Ouvrir avec… » pour l'ouvrir dans un autre programme.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="60" />
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="65" />
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="68" />
        <location filename="../../deskclient/ui/previews/pdf.py" line="124" />
        <source>of {0}</source>
        <translation>sur {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="73" />
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="76" />
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="79" />
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="82" />
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="83" />
        <source>Fit the page width to the window (Ctrl+0)</source>
        <translation>Ajuster la largeur de la page à la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="88" />
        <source>Find in document…</source>
        <translation>Rechercher dans le document…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="99" />
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="105" />
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="108" />
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="118" />
        <source>This PDF is protected by a password and cannot be shown.</source>
        <translation>Ce PDF est protégé par un mot de passe et ne peut pas être affiché.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="122" />
        <source>This PDF is damaged or incomplete and cannot be shown.</source>
        <translation>Ce PDF est endommagé ou incomplet et ne peut pas être affiché.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="231" />
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="233" />
        <source>1 match</source>
        <translation>1 occurrence</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="233" />
        <source>{0} matches</source>
        <translation>{0} occurrences</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="160" />
        <location filename="../../deskclient/ui/previews/base.py" line="161" />
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="162" />
        <source>Save a copy of this file</source>
        <translation>Enregistrer une copie de ce fichier</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="164" />
        <location filename="../../deskclient/ui/previews/base.py" line="165" />
        <source>Open with…</source>
        <translation>Ouvrir avec…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="166" />
        <source>Open this file in another program</source>
        <translation>Ouvrir ce fichier dans un autre programme</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="222" />
        <source>Turned off: this file may be unsafe to open in another program</source>
        <translation>Désactivé : l'ouverture de ce fichier dans un autre programme pourrait ne pas être sûre</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="260" />
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="271" />
        <source>the destination cannot be written</source>
        <translation>impossible d'écrire à cet emplacement</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="272" />
        <source>The copy was not saved: {0}.</source>
        <translation>La copie n'a pas été enregistrée : {0}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="284" />
        <source>No program on this computer opens this type of file. Use Save as… to keep a copy.</source>
        <translation>Aucun programme de cet ordinateur n'ouvre ce type de fichier. Utilisez « Enregistrer sous… » pour en garder une copie.</translation>
    </message>
</context>
<context>
    <name>Previews</name>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="37" />
        <location filename="../../deskclient/ui/previews/pdf.py" line="115" />
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="38" />
        <location filename="../../deskclient/ui/previews/image.py" line="27" />
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="39" />
        <location filename="../../deskclient/ui/previews/image.py" line="28" />
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="40" />
        <location filename="../../deskclient/ui/previews/image.py" line="29" />
        <source>a BMP image</source>
        <translation>une image BMP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="41" />
        <location filename="../../deskclient/ui/previews/media.py" line="208" />
        <source>an Ogg audio file</source>
        <translation>un fichier audio Ogg</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="42" />
        <location filename="../../deskclient/ui/previews/media.py" line="215" />
        <source>an MP4 video</source>
        <translation>une vidéo MP4</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="43" />
        <source>a ZIP archive</source>
        <translation>une archive ZIP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="44" />
        <source>a program</source>
        <translation>un programme</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="45" />
        <source>a text or XML file</source>
        <translation>un fichier texte ou XML</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="74" />
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="124" />
        <source>The file is missing or cannot be read.</source>
        <translation>Le fichier est introuvable ou illisible.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="77" />
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="87" />
        <source>it looks like {0}</source>
        <translation>on dirait {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="90" />
        <source>its content is not a format the viewer knows</source>
        <translation>son contenu n'est pas dans un format connu de la visionneuse</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="91" />
        <source>This file is not {0} ({1}).</source>
        <translation>Ce fichier n'est pas {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="30" />
        <source>a WebP image</source>
        <translation>une image WebP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="31" />
        <source>This image is damaged or incomplete and cannot be shown.</source>
        <translation>Cette image est endommagée ou incomplète et ne peut pas être affichée.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="89" />
        <source>a JPEG, PNG or BMP image</source>
        <translation>une image JPEG, PNG ou BMP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="104" />
        <source>The image is {0} × {1} pixels, too large to preview safely.</source>
        <translation>L'image mesure {0} × {1} pixels, ce qui est trop grand pour l'afficher en toute sécurité.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="209" />
        <source>This audio file is damaged or in a format that cannot be played.</source>
        <translation>Ce fichier audio est endommagé ou dans un format qui ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="216" />
        <source>This video is damaged or in a format that cannot be played.</source>
        <translation>Cette vidéo est endommagée ou dans un format qui ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="119" />
        <source>an XML document</source>
        <translation>un document XML</translation>
    </message>
</context>
<context>
    <name>PurgeIndicator</name>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="13" />
        <location filename="../../deskclient/ui/purge_indicator.py" line="37" />
        <source>Retention purge</source>
        <translation>Purge à échéance</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="29" />
        <source>Retention purge done: tickets past the retention period deleted: {0}</source>
        <translation>Purge à échéance terminée : demandes supprimées car leur durée de conservation était dépassée : {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="40" />
        <source>%v of %m tickets</source>
        <translation>%v sur %m demandes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="42" />
        <source>Retention purge: tidying up</source>
        <translation>Purge à échéance : nettoyage des fichiers</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="43" />
        <source>Retention purge: compacting the database</source>
        <translation>Purge à échéance : compactage de la base de données</translation>
    </message>
</context>
<context>
    <name>PurgeReport</name>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="18" />
        <source>tickets</source>
        <translation>demandes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="19" />
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="20" />
        <source>earlier texts of edited messages</source>
        <translation>textes antérieurs de messages modifiés</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="21" />
        <source>attachments</source>
        <translation>pièces jointes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="22" />
        <source>citizens</source>
        <translation>usagers</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="23" />
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="24" />
        <source>thumbnails</source>
        <translation>miniatures</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="25" />
        <source>exports</source>
        <translation>exportations</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="26" />
        <source>log files</source>
        <translation>fichiers journaux</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="27" />
        <source>contacts in the Telegram session</source>
        <translation>contacts dans la session Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="28" />
        <source>chat histories on Telegram</source>
        <translation>historiques de discussion sur Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="29" />
        <source>copies of the database made before an upgrade</source>
        <translation>copies de la base de données faites avant une mise à jour</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="37" />
        <source>Erased:</source>
        <translation>Effacé :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="39" />
        <source>Preview: the purge would delete what closed before {0}:</source>
        <translation>Aperçu : la purge supprimerait ce qui a été fermé avant le {0} :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="42" />
        <source>Purged: deleted what closed before {0}:</source>
        <translation>Purge effectuée : ce qui a été fermé avant le {0} a été supprimé :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="45" />
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="50" />
        <source>The tickets closed between {0} and {1}.</source>
        <translation>Les demandes ont été fermées entre le {0} et le {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="53" />
        <source>Another workstation was purging the database: only this computer's files were purged.</source>
        <translation>Un autre poste purgeait la base de données : seuls les fichiers de cet ordinateur ont été purgés.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="56" />
        <source>Stopped early as the window closed; the next purge goes on.</source>
        <translation>Arrêtée avant la fin à la fermeture de la fenêtre ; la prochaine purge poursuivra.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="17" />
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="18" />
        <source>Unassigned</source>
        <translation>Non attribuées</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="19" />
        <source>Closing</source>
        <translation>En cours de fermeture</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="20" />
        <source>Closed</source>
        <translation>Fermées</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="21" />
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="48" />
        <source>Queue views</source>
        <translation>Vues de la file</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="53" />
        <source>Search number or citizen…  (Ctrl+F)</source>
        <translation>Rechercher un numéro ou un usager…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="55" />
        <source>Search tickets</source>
        <translation>Rechercher des demandes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="57" />
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="59" />
        <source>Tickets</source>
        <translation>Demandes</translation>
    </message>
</context>
<context>
    <name>QuoteStrip</name>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="88" />
        <location filename="../../deskclient/ui/composer_parts.py" line="89" />
        <source>Do not quote</source>
        <translation>Ne pas citer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="100" />
        <source>Replying to {0}: {1}</source>
        <translation>En réponse à {0} : {1}</translation>
    </message>
</context>
<context>
    <name>ReviewTicketsModel</name>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="192" />
        <source>breached</source>
        <translation>dépassé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="192" />
        <source>on time</source>
        <translation>dans les délais</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="193" />
        <source>on hold</source>
        <translation>gelée</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="16" />
        <source>In the reply: type / and a shortcut to insert a canned reply</source>
        <translation>Dans la réponse : tapez / et un raccourci pour insérer une réponse type</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="17" />
        <source>In the search box: clear the search</source>
        <translation>Dans la zone de recherche : effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="18" />
        <source>In the thread: copy the selected words, or the message</source>
        <translation>Dans la conversation : copier les mots sélectionnés, ou le message</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="19" />
        <source>In the thread: the message's actions (copy, reply, edit, delete)</source>
        <translation>Dans la conversation : les actions du message (copier, répondre, modifier, supprimer)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="20" />
        <source>In a file preview: close it</source>
        <translation>Dans l'aperçu d'un fichier : le fermer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="21" />
        <source>In a voice note or a video: play or pause</source>
        <translation>Dans une note vocale ou une vidéo : lire ou mettre en pause</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="33" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="47" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="47" />
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="68" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="80" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <location filename="../../deskclient/ui/startup.py" line="38" />
        <source>deskclient could not start because of an unexpected error ({0}). The log has the details for IT.</source>
        <translation>deskclient n'a pas pu démarrer à cause d'une erreur inattendue ({0}). Le journal contient les détails pour le service informatique.</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="207" />
        <source>No tickets in this range</source>
        <translation>Aucune demande sur cette période</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="211" />
        <source>First response by category</source>
        <translation>Première réponse par catégorie</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="212" />
        <source>First response by agent</source>
        <translation>Première réponse par agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="213" />
        <source>SLA met by category</source>
        <translation>Délai respecté par catégorie</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="214" />
        <source>SLA met by agent</source>
        <translation>Délai respecté par agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="229" />
        <source>Tickets per day</source>
        <translation>Demandes par jour</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="229" />
        <source>Day opened</source>
        <translation>Jour d'ouverture</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="231" />
        <source>Tickets per week</source>
        <translation>Demandes par semaine</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="231" />
        <source>ISO week opened</source>
        <translation>Semaine ISO d'ouverture</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="233" />
        <location filename="../../deskclient/ui/stats_charts.py" line="239" />
        <source>Tickets</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="245" />
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="245" />
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="254" />
        <source>Minutes to the first reply</source>
        <translation>Minutes avant la première réponse</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="259" />
        <source>SLA met</source>
        <translation>Délai respecté</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="267" />
        <source>Tickets answered on time (%)</source>
        <translation>Demandes traitées dans les délais (%)</translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="47" />
        <source>… queued</source>
        <translation>… en file d'attente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="48" />
        <source>✓ sent</source>
        <translation>✓ envoyé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="49" />
        <source>✗ failed</source>
        <translation>✗ non envoyé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="50" />
        <source>✓✓ delivered</source>
        <translation>✓✓ distribué</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="51" />
        <source>✓✓ seen</source>
        <translation>✓✓ lu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="62" />
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="63" />
        <source>automatic message</source>
        <translation>message automatique</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="64" />
        <source>internal note by {0}</source>
        <translation>note interne de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="68" />
        <source>↪ Forwarded from {0}</source>
        <translation>↪ Transféré de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="76" />
        <source>Attached: {0} (arriving…)</source>
        <translation>Pièce jointe : {0} (réception en cours…)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="79" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0} : le fichier n'a pas pu être téléchargé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="82" />
        <source>Attached: {0} ({1} bytes)</source>
        <translation>Pièce jointe : {0} ({1} octets)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="85" />
        <source>Refused file: {0} ({1})</source>
        <translation>Fichier refusé : {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="89" />
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="91" />
        <source>deleted by the citizen</source>
        <translation>supprimé par l'usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="97" />
        <source>as the approved template {0}</source>
        <translation>en tant que modèle approuvé {0}</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="55" />
        <source>queued</source>
        <translation>en file d'attente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="56" />
        <source>✓ sent</source>
        <translation>✓ envoyé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="57" />
        <source>✗ not sent</source>
        <translation>✗ non envoyé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="58" />
        <source>✓✓ delivered</source>
        <translation>✓✓ distribué</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="59" />
        <source>✓✓ seen</source>
        <translation>✓✓ lu</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="61" />
        <source>edit pending</source>
        <translation>modification en attente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="62" />
        <source>deletion pending</source>
        <translation>suppression en attente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="69" />
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="70" />
        <source>Automatic message</source>
        <translation>Message automatique</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="71" />
        <source>Internal note · {0}</source>
        <translation>Note interne · {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="78" />
        <source>Forwarded from {0}</source>
        <translation>Transféré de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="83" />
        <source>an earlier message</source>
        <translation>un message antérieur</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="95" />
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="98" />
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="99" />
        <source>deleted by the citizen</source>
        <translation>supprimé par l'usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="103" />
        <source>retry</source>
        <translation>réessayer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="104" />
        <source>edit and send</source>
        <translation>modifier et envoyer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="107" />
        <source>as the approved template {0}</source>
        <translation>en tant que modèle approuvé {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="112" />
        <source>Reason: {0}</source>
        <translation>Motif : {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="126" />
        <source>The deletion did not reach the citizen: {0}</source>
        <translation>La suppression n'est pas parvenue à l'usager : {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="127" />
        <source>The edit did not reach the citizen: {0}</source>
        <translation>La modification n'est pas parvenue à l'usager : {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="192" />
        <source>{0} · arriving…</source>
        <translation>{0} · réception en cours…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="195" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0} : le fichier n'a pas pu être téléchargé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="199" />
        <source>Refused file: {0} ({1})</source>
        <translation>Fichier refusé : {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="375" />
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="424" />
        <source>Click to see the earlier text</source>
        <translation>Cliquez pour voir le texte antérieur</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="62" />
        <location filename="../../deskclient/ui/ticket_panel.py" line="213" />
        <source>Select a ticket</source>
        <translation>Sélectionnez une demande</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="67" />
        <location filename="../../deskclient/ui/ticket_panel.py" line="237" />
        <source>&amp;Claim</source>
        <translation>&amp;Prendre en charge</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="69" />
        <source>Assign to an agent (team leads)</source>
        <translation>Attribuer à un agent (coordination)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="70" />
        <source>Assigned agent</source>
        <translation>Agent attribué</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="72" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="73" />
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="80" />
        <source>Citizen's language</source>
        <translation>Langue de l'usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="83" />
        <source>Clo&amp;se ticket</source>
        <translation>&amp;Fermer la demande</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="84" />
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="229" />
        <source> · SLA breached</source>
        <translation> · délai dépassé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="230" />
        <source> · category chosen by the citizen</source>
        <translation> · catégorie choisie par l'usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="232" />
        <source>The citizen wrote after the closing message — reopen if needed.</source>
        <translation>L'usager a écrit après le message de clôture — rouvrez la demande si nécessaire.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="238" />
        <source>Claimed by {0}</source>
        <translation>Prise en charge par {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="240" />
        <source>(unassigned)</source>
        <translation>(non attribuée)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="275" />
        <source>The quoted message is {0} messages back, too far to jump to: its text is in the quote.</source>
        <translation>Le message cité se trouve {0} messages plus haut, trop loin pour y accéder directement : son texte figure dans la citation.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="279" />
        <source>The quoted message is not in this ticket.</source>
        <translation>Le message cité ne fait pas partie de cette demande.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="336" />
        <source>Close ticket</source>
        <translation>Fermer la demande</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="337" />
        <source>Close {0}? {1} gets the closing message; a message from them in the next minutes joins this ticket.</source>
        <translation>Fermer {0} ? {1} recevra le message de clôture ; s'il écrit dans les minutes qui suivent, son message sera ajouté à cette demande.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="405" />
        <source>Edit and send again</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="406" />
        <source>Telegram refused this message. Change it and send it again:</source>
        <translation>Telegram a refusé ce message. Modifiez-le et renvoyez-le :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="424" />
        <source>That ticket is no longer in the records (purged or erased).</source>
        <translation>Cette demande ne figure plus dans les dossiers (purgée ou effacée).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="492" />
        <source>No earlier text was kept.</source>
        <translation>Aucun texte antérieur n'a été conservé.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="493" />
        <source>Earlier text</source>
        <translation>Texte antérieur</translation>
    </message>
</context>
<context>
    <name>TicketQueueModel</name>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="35" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="36" />
        <source>Citizen</source>
        <translation>Usager</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="37" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="38" />
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="39" />
        <source>SLA left</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="40" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="41" />
        <source>Assignee</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="70" />
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="72" />
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="75" />
        <source>{0} d {1} h</source>
        <translation>{0} j {1} h</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="77" />
        <source>overdue {0}</source>
        <translation>en retard de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="202" />
        <source>The citizen wrote after the closing message</source>
        <translation>L'usager a écrit après le message de clôture</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="227" />
        <source>answered late</source>
        <translation>répondue hors délai</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="227" />
        <source>answered</source>
        <translation>répondue</translation>
    </message>
</context>
<context>
    <name>TrayKeeper</name>
    <message>
        <location filename="../../deskclient/ui/background.py" line="41" />
        <source>&amp;Open deskclient</source>
        <translation>&amp;Ouvrir deskclient</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/background.py" line="44" />
        <source>&amp;Quit (stop answering citizens)</source>
        <translation>&amp;Quitter (ne plus répondre aux usagers)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/background.py" line="61" />
        <source>deskclient keeps running here and answers citizens. Quit it from this icon's menu.</source>
        <translation>deskclient continue de fonctionner ici et de répondre aux usagers. Pour le quitter, utilisez le menu de cette icône.</translation>
    </message>
</context>
<context>
    <name>TypingIndicator</name>
    <message>
        <location filename="../../deskclient/ui/typing_indicator.py" line="60" />
        <source>{0} is typing…</source>
        <translation>{0} est en train d'écrire…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/typing_indicator.py" line="67" />
        <source>Nobody is typing</source>
        <translation>Personne n'écrit</translation>
    </message>
</context>
<context>
    <name>WindowStrip</name>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="35" />
        <source>Approved template</source>
        <translation>Modèle approuvé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="36" />
        <source>Send &amp;template</source>
        <translation>Envoyer le &amp;modèle</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="63" />
        <source>WhatsApp: free replies reach the citizen until {0}.</source>
        <translation>WhatsApp : les réponses libres parviennent à l'usager jusqu'au {0}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="66" />
        <source>WhatsApp's 24-hour window closed {0}: a free reply can no longer reach the citizen. Send an approved template:</source>
        <translation>La fenêtre de 24 heures de WhatsApp s'est fermée le {0} : une réponse libre ne parvient plus à l'usager. Envoyez un modèle approuvé :</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="69" />
        <source>WhatsApp's 24-hour window closed {0}: a free reply can no longer reach the citizen, and no approved template is configured.</source>
        <translation>La fenêtre de 24 heures de WhatsApp s'est fermée le {0} : une réponse libre ne parvient plus à l'usager, et aucun modèle approuvé n'est configuré.</translation>
    </message>
</context>
<context>
    <name>XmlPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="127" />
        <source>This XML file declares its own entities, a feature used to attack XML readers, so it is not shown.</source>
        <translation>Ce fichier XML déclare ses propres entités, une technique utilisée pour attaquer les lecteurs XML ; il n'est donc pas affiché.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="136" />
        <source>This XML is not well-formed ({0}), so it is shown as it arrived.</source>
        <translation>Ce XML n'est pas bien formé ({0}) ; il est donc affiché tel qu'il est arrivé.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="139" />
        <source>Showing the first {0} of {1} ({2} lines).</source>
        <translation>Affichage des {0} premiers sur {1} ({2} lignes).</translation>
    </message>
</context>
</TS>