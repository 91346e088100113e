<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ca_ES">
<context>
    <name />
    <message>
        <location filename="../../deskclient/net/login.py" line="27" />
        <source>That code is not right. Check the code Telegram sent and try again.</source>
        <translation>El codi no és correcte. Comproveu el codi que ha enviat Telegram i torneu-ho a provar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="29" />
        <source>That code has expired. Ask for a new code.</source>
        <translation>El codi ha caducat. Demaneu-ne un de nou.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="31" />
        <source>Telegram does not know this phone number. Check it, with its country code.</source>
        <translation>Telegram no coneix aquest número de telèfon. Comproveu-lo, amb el prefix del país.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="33" />
        <source>Wrong password. Try again.</source>
        <translation>Contrasenya incorrecta. Torneu-ho a provar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="35" />
        <source>The bot token is not valid. Copy it again from @BotFather.</source>
        <translation>El testimoni del bot no és vàlid. Torneu-lo a copiar de @BotFather.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="37" />
        <source>Telegram asks to wait {seconds} seconds before trying again.</source>
        <translation>Telegram demana esperar {seconds} segons abans de tornar-ho a provar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="39" />
        <source>Cannot reach Telegram. Check the network and try again.</source>
        <translation>No es pot contactar amb Telegram. Comproveu la xarxa i torneu-ho a provar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="41" />
        <source>Telegram refused the login ({code}).</source>
        <translation>Telegram ha rebutjat l'inici de sessió ({code}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="54" />
        <source>Not connected to Telegram yet. Wait a moment and try again.</source>
        <translation>Encara sense connexió amb Telegram. Espereu un moment i torneu-ho a provar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="74" />
        <source>Ask for a code first.</source>
        <translation>Demaneu primer un codi.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="110" />
        <source>The QR code expired. Show a new one and scan it again.</source>
        <translation>El codi QR ha caducat. Mostreu-ne un de nou i torneu-lo a escanejar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="24" />
        <location filename="../../deskclient/net/rpc_errors.py" line="32" />
        <source>the citizen has blocked the service account</source>
        <translation>la persona ha blocat el compte del servei</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="25" />
        <location filename="../../deskclient/net/rpc_errors.py" line="26" />
        <location filename="../../deskclient/net/rpc_errors.py" line="33" />
        <location filename="../../deskclient/net/rpc_errors.py" line="34" />
        <source>the citizen's Telegram account was deleted</source>
        <translation>el compte de Telegram de la persona s'ha suprimit</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="29" />
        <source>the caption is longer than Telegram allows (1,024 characters)</source>
        <translation>el text del fitxer supera el que admet Telegram (1.024 caràcters)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="30" />
        <source>the text is longer than Telegram allows (4,096 characters)</source>
        <translation>el text supera el que admet Telegram (4.096 caràcters)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="31" />
        <source>Telegram refuses an empty message</source>
        <translation>Telegram no admet un missatge buit</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="35" />
        <location filename="../../deskclient/net/rpc_errors.py" line="36" />
        <source>Telegram does not know this citizen for the service account</source>
        <translation>Telegram no coneix aquesta persona per al compte del servei</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="37" />
        <source>Telegram refused the file</source>
        <translation>Telegram ha rebutjat el fitxer</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="38" />
        <source>the file is too big for Telegram</source>
        <translation>el fitxer és massa gran per a Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="41" />
        <source>the service account has blocked this citizen</source>
        <translation>el compte del servei ha blocat aquesta persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="42" />
        <source>the citizen accepts messages from Premium accounts only</source>
        <translation>la persona només accepta missatges de comptes Premium</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="43" />
        <source>the service account may not write in this chat</source>
        <translation>el compte del servei no pot escriure en aquest xat</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="56" />
        <location filename="../../deskclient/net/whatsapp/media.py" line="74" />
        <source>the file to send is no longer on disk</source>
        <translation>el fitxer que s'havia d'enviar ja no és al disc</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="71" />
        <source>not connected to Telegram</source>
        <translation>sense connexió amb Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="73" />
        <source>the message could not be sent</source>
        <translation>no s'ha pogut enviar el missatge</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="196" />
        <source>Only a team lead can send broadcasts.</source>
        <translation>Només la coordinació pot enviar difusions.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="204" />
        <source>The default language must be one of the broadcast's texts.</source>
        <translation>La llengua predeterminada ha de ser un dels textos de la difusió.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="207" />
        <source>The time to send needs a time zone.</source>
        <translation>L'hora d'enviament necessita un fus horari.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="230" />
        <source>Unknown topic: {topics}.</source>
        <translation>Tema desconegut: {topics}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="232" />
        <source>Choose at least one topic.</source>
        <translation>Trieu almenys un tema.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="240" />
        <source>Unknown language: {language}.</source>
        <translation>Llengua desconeguda: {language}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="252" />
        <source>The {language} text is {length} characters long; Telegram takes at most {limit} under a file in one message.</source>
        <translation>El text en {language} té {length} caràcters; Telegram n'admet {limit} com a màxim sota un fitxer en un missatge.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="255" />
        <source>The {language} text is {length} characters long; Telegram takes at most {limit} in one message.</source>
        <translation>El text en {language} té {length} caràcters; Telegram n'admet {limit} com a màxim en un missatge.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="259" />
        <source>The broadcast has no text.</source>
        <translation>La difusió no té text.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="272" />
        <source>With every language's text, the channel post is {length} characters long; Telegram takes at most {limit} under a file in one post.</source>
        <translation>Amb el text de cada idioma, la publicació del canal té {length} caràcters; Telegram n'admet {limit} com a màxim sota un fitxer en una publicació.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="275" />
        <source>With every language's text, the channel post is {length} characters long; Telegram takes at most {limit} in one post.</source>
        <translation>Amb el text de cada idioma, la publicació del canal té {length} caràcters; Telegram n'admet {limit} com a màxim en una publicació.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="288" />
        <source>Only a team lead can cancel a broadcast.</source>
        <translation>Només la coordinació pot cancel·lar una difusió.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="316" />
        <source>This broadcast's recipients were deleted after the retention period; its figures are in the report.</source>
        <translation>Els destinataris d'aquesta difusió es van suprimir després del termini de conservació; les xifres són a l'informe.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="333" />
        <source>Cannot write {name}: {problem}.</source>
        <translation>No es pot escriure {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="52" />
        <source>“{name}” is not a channel's public name (like @gencat: 5 to 32 letters, digits or _, starting with a letter).</source>
        <translation>«{name}» no és el nom públic d'un canal (com @gencat: de 5 a 32 lletres, xifres o _, començant per una lletra).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="107" />
        <source>Only a team lead can change a channel post.</source>
        <translation>Només la coordinació pot canviar una publicació del canal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="110" />
        <source>A channel post needs a text; delete it instead.</source>
        <translation>Una publicació del canal necessita un text; suprimiu-la en lloc d'això.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="116" />
        <source>Only a team lead can delete a channel post.</source>
        <translation>Només la coordinació pot suprimir una publicació del canal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="43" />
        <source>look up citizens' records</source>
        <translation>consultar les dades de la ciutadania</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="51" />
        <source>export a citizen's records</source>
        <translation>exportar les dades d'una persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="91" />
        <source>correct a citizen's records</source>
        <translation>corregir les dades d'una persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="93" />
        <source>The name cannot be empty.</source>
        <translation>El nom no pot ser buit.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="102" />
        <source>erase a citizen's records</source>
        <translation>suprimir les dades d'una persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="110" />
        <source>Ticket {numbers} is on legal hold: release the hold before erasing this citizen's records.</source>
        <translation>La consulta {numbers} està en retenció legal: allibereu la retenció abans de suprimir les dades d'aquesta persona.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="208" />
        <source>The new text is empty.</source>
        <translation>El text nou és buit.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="36" />
        <source>Not connected to Telegram: try again once online.</source>
        <translation>Sense connexió amb Telegram: torneu-ho a provar quan hi hagi connexió.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="37" />
        <source>Telegram asks to wait {seconds} s: try again then.</source>
        <translation>Telegram demana esperar {seconds} s: torneu-ho a provar aleshores.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="38" />
        <source>Telegram refused it ({reason}).</source>
        <translation>Telegram ho ha rebutjat ({reason}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="39" />
        <source>Not connected to WhatsApp: try again once online.</source>
        <translation>Sense connexió amb WhatsApp: torneu-ho a provar quan hi hagi connexió.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="40" />
        <source>WhatsApp asks to wait {seconds} s: try again then.</source>
        <translation>WhatsApp demana esperar {seconds} s: torneu-ho a provar aleshores.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="41" />
        <source>WhatsApp refused it ({reason}).</source>
        <translation>WhatsApp ho ha rebutjat ({reason}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="245" />
        <source>The note is empty.</source>
        <translation>La nota és buida.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="281" />
        <source>Unknown category '{category}'.</source>
        <translation>Categoria desconeguda: «{category}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="292" />
        <source>The desk has no automatic messages in '{language}'.</source>
        <translation>El servei no té missatges automàtics en «{language}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="349" />
        <source>The text under the file is {length} characters long; Telegram takes at most {limit}. Send the text as a reply of its own.</source>
        <translation>El text sota el fitxer té {length} caràcters; Telegram n'admet {limit} com a màxim. Envieu el text com a resposta a part.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="353" />
        <source>The reply is empty.</source>
        <translation>La resposta és buida.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="355" />
        <source>The reply is {length} characters long; Telegram takes at most {limit}. Split it in two.</source>
        <translation>La resposta té {length} caràcters; Telegram n'admet {limit} com a màxim. Dividiu-la en dues.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_intake.py" line="84" />
        <source>Cannot read {name}: {problem}.</source>
        <translation>No es pot llegir {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_intake.py" line="89" />
        <source>{name} cannot be sent: {reason}. Accepted: {accepted}.</source>
        <translation>No es pot enviar {name}: {reason}. Admesos: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_intake.py" line="104" />
        <source>Cannot keep a copy of {name}: {problem}.</source>
        <translation>No es pot desar una còpia de {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="56" />
        <source>{name} was not kept: {reason}.</source>
        <translation>{name} no es va desar: {reason}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="57" />
        <source>{name} is still arriving: try again in a moment.</source>
        <translation>{name} encara està arribant: torneu-ho a provar d'aquí a un moment.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="58" />
        <source>{name} could not be downloaded, so it was not kept.</source>
        <translation>{name} no es va poder baixar, així que no es va desar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="59" />
        <source>{name} was received before files were shared between workstations: only the workstation that received it has it.</source>
        <translation>{name} es va rebre abans que els fitxers es compartissin entre llocs de treball: només el té el lloc que el va rebre.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="61" />
        <source>{name} is missing from the files folder.</source>
        <translation>Falta {name} a la carpeta de fitxers.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="62" />
        <source>{name} is incomplete or damaged in the shared store: it cannot be opened or sent.</source>
        <translation>{name} és incomplet o malmès al magatzem compartit: no es pot obrir ni enviar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="63" />
        <source>{name} could not be copied to this workstation's files folder ({problem}).</source>
        <translation>{name} no s'ha pogut copiar a la carpeta de fitxers d'aquest lloc de treball ({problem}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="91" />
        <source>The file's stored name is not valid, so it cannot be opened.</source>
        <translation>El nom desat del fitxer no és vàlid, així que no es pot obrir.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="150" />
        <source>This file is no longer kept (its ticket was purged or erased).</source>
        <translation>Aquest fitxer ja no es conserva (la consulta es va purgar o suprimir).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="30" />
        <source>You are no longer an agent of this desk (ask IT).</source>
        <translation>Ja no sou agent d'aquest servei (consulteu informàtica).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="31" />
        <source>The database was upgraded by a newer deskclient: upgrade deskclient on this workstation and start it again.</source>
        <translation>La base de dades s'ha actualitzat amb un deskclient més recent: actualitzeu deskclient en aquest lloc de treball i torneu-lo a obrir.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="57" />
        <source>The database login {login} is not registered on this desk: ask IT to run `deskclient team add-agent {login}`.</source>
        <translation>L'usuari de base de dades {login} no està donat d'alta en aquest servei: demaneu a informàtica que executi `deskclient team add-agent {login}`.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="73" />
        <source>This database has no team for this login (no rights on it, or `deskclient team init` never ran): {login} is neither an agent nor a team lead of this desk, so the desk does not start: ask IT.</source>
        <translation>Aquesta base de dades no té equip per a aquest usuari (sense permisos, o no s'ha executat mai `deskclient team init`): {login} no és agent ni coordinació d'aquest servei, així que no s'inicia: consulteu informàtica.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="78" />
        <source>`deskclient serve` connects as {login}, which is not the desk's service login: ask IT (`deskclient team add-agent NAME --service`).</source>
        <translation>`deskclient serve` es connecta com a {login}, que no és l'usuari del servei: consulteu informàtica (`deskclient team add-agent NAME --service`).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="82" />
        <source>The database login {login} is neither an agent nor a team lead of this desk, so the desk does not start: ask IT.</source>
        <translation>L'usuari de base de dades {login} no és agent ni coordinació d'aquest servei, així que no s'inicia: consulteu informàtica.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="85" />
        <source>This workstation holds the Telegram session, which files citizens' messages: its database login {login} needs the desk's service role too (ask IT), or set telegram.session = none and let `deskclient serve` hold it.</source>
        <translation>Aquest lloc de treball té la sessió de Telegram, que registra els missatges de la ciutadania: el seu usuari de base de dades {login} també necessita el rol de servei (consulteu informàtica), o poseu telegram.session = none i deixeu que la tingui `deskclient serve`.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="110" />
        <source>The database does not let your role do this.</source>
        <translation>La base de dades no permet això al vostre rol.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="64" />
        <source>Only a team lead can {what}.</source>
        <translation>Només la coordinació pot {what}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="99" />
        <location filename="../../deskclient/services/lead.py" line="106" />
        <source>search the retained conversations</source>
        <translation>cercar en les converses conservades</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="113" />
        <source>open a transcript</source>
        <translation>obrir una transcripció</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="125" />
        <source>export transcripts</source>
        <translation>exportar transcripcions</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="128" />
        <source>Choose at least one ticket to export.</source>
        <translation>Trieu almenys una consulta per exportar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="130" />
        <source>At most {count} transcripts per export.</source>
        <translation>Com a màxim {count} transcripcions per exportació.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="132" />
        <source>Transcripts export as PDF or CSV.</source>
        <translation>Les transcripcions s'exporten en PDF o CSV.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="174" />
        <source>see the statistics</source>
        <translation>veure les estadístiques</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="180" />
        <source>export the statistics</source>
        <translation>exportar les estadístiques</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="191" />
        <location filename="../../deskclient/services/lead.py" line="197" />
        <source>read the audit log</source>
        <translation>llegir el registre d'auditoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="201" />
        <source>export the audit log</source>
        <translation>exportar el registre d'auditoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="218" />
        <source>put a ticket on legal hold</source>
        <translation>ha posat una consulta en retenció legal</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="221" />
        <source>Say why the ticket is on legal hold (e.g. the court order).</source>
        <translation>Indiqueu per què la consulta està en retenció legal (p. ex., l'ordre judicial).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="225" />
        <source>release a legal hold</source>
        <translation>alliberar una retenció legal</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="234" />
        <source>link citizens</source>
        <translation>vincular ciutadans</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="239" />
        <source>No ticket is numbered {number}.</source>
        <translation>Cap tiquet no té el número {number}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="241" />
        <source>Both tickets are the same citizen's.</source>
        <translation>Els dos tiquets són del mateix ciutadà.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="250" />
        <source>unlink citizens</source>
        <translation>desvincular ciutadans</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="254" />
        <source>That citizen is not linked to anyone.</source>
        <translation>Aquest ciutadà no està vinculat a ningú.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="265" />
        <source>run the retention purge</source>
        <translation>executar la purga de conservació</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="282" />
        <source>The service purges daily at {hour} ({zone} time); a team lead may preview the purge but not run it.</source>
        <translation>El servei purga cada dia a les {hour} (hora de {zone}); la coordinació pot previsualitzar la purga, però no executar-la.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead_tools.py" line="59" />
        <source>`deskclient purge` deletes as the desk's service: run it with the service's login in database.url, or let `deskclient serve` purge daily at {hour}.</source>
        <translation>`deskclient purge` elimina com el servei: executeu-lo amb l'usuari del servei a database.url, o deixeu que `deskclient serve` purgui cada dia a les {hour}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/outbox.py" line="61" />
        <source>More than 24 hours have passed since the citizen last wrote: WhatsApp only takes an approved template now</source>
        <translation>Han passat més de 24 hores des de l'últim missatge de la persona: ara WhatsApp només admet una plantilla aprovada</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/outbox.py" line="63" />
        <source>More than 24 hours have passed since the citizen last wrote, and no approved WhatsApp template is configured for this message</source>
        <translation>Han passat més de 24 hores des de l'últim missatge de la persona i no hi ha cap plantilla de WhatsApp aprovada configurada per a aquest missatge</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/outbox.py" line="305" />
        <source>The file could not be read from the store</source>
        <translation>No s'ha pogut llegir el fitxer del magatzem</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/broadcasts.py" line="128" />
        <source>Only a broadcast that is scheduled or being sent can be cancelled.</source>
        <translation>Només es pot cancel·lar una difusió programada o en curs d'enviament.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/broadcasts.py" line="150" />
        <source>This broadcast does not exist.</source>
        <translation>Aquesta difusió no existeix.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="22" />
        <source>Only a team lead can edit canned responses.</source>
        <translation>Només la coordinació pot editar les respostes predefinides.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="31" />
        <location filename="../../deskclient/store/canned.py" line="68" />
        <source>A canned reply needs a title and a text.</source>
        <translation>Una resposta predefinida necessita un títol i un text.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="56" />
        <source>A shortcut is letters a-z, digits, '-' and '_', at most 40.</source>
        <translation>Una drecera són lletres a-z, xifres, '-' i '_', 40 com a màxim.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="59" />
        <source>The shortcut /{shortcut} is already the canned reply “{title}”'s.</source>
        <translation>La drecera /{shortcut} ja és de la resposta predefinida «{title}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="74" />
        <source>There is already a canned reply called “{title}”.</source>
        <translation>Ja hi ha una resposta predefinida anomenada «{title}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/channel_posts.py" line="113" />
        <source>Only a post that is waiting or in the channel can be edited.</source>
        <translation>Només es pot editar una publicació que estigui pendent o al canal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/channel_posts.py" line="133" />
        <source>Only a post that is waiting or in the channel can be deleted.</source>
        <translation>Només es pot suprimir una publicació que estigui pendent o al canal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/citizen_choices.py" line="30" />
        <location filename="../../deskclient/store/retention.py" line="443" />
        <location filename="../../deskclient/store/review.py" line="46" />
        <source>That ticket no longer exists (it may have been purged).</source>
        <translation>Aquesta consulta ja no existeix (potser s'ha purgat).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/citizen_reads.py" line="25" />
        <location filename="../../deskclient/store/citizen_reads.py" line="62" />
        <source>That citizen is no longer in the records (erased).</source>
        <translation>Aquesta persona ja no és als registres (suprimida).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/outbox_queue.py" line="181" />
        <source>Only a message that was not sent can be changed and sent again.</source>
        <translation>Només es pot canviar i tornar a enviar un missatge que no s'ha enviat.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/delivery_status.py" line="145" />
        <location filename="../../deskclient/store/queue_reads.py" line="149" />
        <location filename="../../deskclient/store/repository.py" line="152" />
        <source>That ticket is no longer in the records (purged or erased).</source>
        <translation>Aquesta consulta ja no és als registres (purgada o suprimida).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/retention.py" line="459" />
        <source>That ticket no longer exists.</source>
        <translation>Aquesta consulta ja no existeix.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/retention.py" line="461" />
        <source>Ticket {number} is not on legal hold.</source>
        <translation>La consulta {number} no està en retenció legal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/review.py" line="135" />
        <location filename="../../deskclient/store/review.py" line="168" />
        <source>That citizen is not in the records (erased or purged).</source>
        <translation>Aquesta persona no és als registres (suprimida o purgada).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="34" />
        <source>This ticket is closed and cannot be claimed.</source>
        <translation>Aquesta consulta és tancada i no es pot assignar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="35" />
        <source>Ticket {number} was already claimed by {agent}.</source>
        <translation>{agent} ja s'havia assignat la consulta {number}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="45" />
        <source>Only a team lead can assign a ticket to someone else.</source>
        <translation>Només la coordinació pot assignar una consulta a una altra persona.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="77" />
        <source>Ticket {number} is closed: the citizen's next message will open a new one.</source>
        <translation>La consulta {number} és tancada: el proper missatge de la persona n'obrirà una de nova.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="105" />
        <source>Only an agent's message that was sent can be changed.</source>
        <translation>Només es pot canviar un missatge d'un agent que ja s'ha enviat.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="155" />
        <source>Ticket {number} is already closing.</source>
        <translation>La consulta {number} ja s'està tancant.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="156" />
        <source>Ticket {number} is already closed.</source>
        <translation>La consulta {number} ja és tancada.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="176" />
        <source>Ticket {number} can only be reopened within the grace period after closing.</source>
        <translation>La consulta {number} només es pot reobrir durant el termini de gràcia després del tancament.</translation>
    </message>
    <message>
        <location filename="../../deskclient/errors.py" line="114" />
        <source>Telegram refused the message ({code})</source>
        <translation>Telegram ha rebutjat el missatge ({code})</translation>
    </message>
    <message>
        <location filename="../../deskclient/errors.py" line="115" />
        <source>the message could not be sent ({code})</source>
        <translation>no s'ha pogut enviar el missatge ({code})</translation>
    </message>
    <message>
        <location filename="../../deskclient/errors.py" line="116" />
        <source>{reason}; gave up after {tries} tries</source>
        <translation>{reason}; s'ha abandonat després de {tries} intents</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge.py" line="327" />
        <source>The database log (WAL) was in use and could not be emptied now; the next purge will.</source>
        <translation>El registre de la base de dades (WAL) estava en ús i no s'ha pogut buidar ara; ho farà la propera purga.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge.py" line="331" />
        <source>The database could not be compacted now; the next purge will.</source>
        <translation>La base de dades no s'ha pogut compactar ara; ho farà la propera purga.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge_session.py" line="76" />
        <source>The Telegram session's cache could not be cleaned now (in use); the next purge will.</source>
        <translation>La memòria cau de la sessió de Telegram no s'ha pogut netejar ara (en ús); ho farà la propera purga.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge_session.py" line="97" />
        <source>The Telegram session file could not be compacted now.</source>
        <translation>El fitxer de la sessió de Telegram no s'ha pogut compactar ara.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="125" />
        <source>The purged rows are deleted, but this login may not rewrite the database's tables (VACUUM FULL needs their owner), so their old text stays in the table files until the service's next purge.</source>
        <translation>Les files purgades s'han suprimit, però aquest usuari no pot reescriure les taules de la base de dades (VACUUM FULL necessita el propietari), així que el text antic queda als fitxers de les taules fins a la propera purga del servei.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="129" />
        <source>A long transaction elsewhere could still see the purged rows, so the database kept their old copies for now; the next purge removes them.</source>
        <translation>Una transacció llarga en un altre lloc encara podia veure les files purgades, així que la base de dades n'ha conservat les còpies antigues de moment; la propera purga les elimina.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="132" />
        <source>Some database tables were in use and were not rewritten now; the next purge does it.</source>
        <translation>Algunes taules de la base de dades estaven en ús i no s'han reescrit ara; ho farà la propera purga.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="135" />
        <source>Messages kept arriving, so the purged text's old copies stay in the database files until a quiet moment; the desk tries again every few minutes.</source>
        <translation>Continuaven arribant missatges, així que les còpies antigues del text purgat es queden als fitxers de la base de dades fins a un moment tranquil; el servei ho torna a provar cada pocs minuts.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="43" />
        <source>more than 24 hours have passed since the citizen last wrote: only an approved template can reach them</source>
        <translation>han passat més de 24 hores des de l'últim missatge de la persona: només una plantilla aprovada hi pot arribar</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="44" />
        <source>WhatsApp could not deliver it to this number</source>
        <translation>WhatsApp no l'ha pogut lliurar a aquest número</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="45" />
        <source>too many messages to this citizen in a short time</source>
        <translation>massa missatges a aquesta persona en poc temps</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="46" />
        <source>the number's sending rate was exceeded</source>
        <translation>s'ha superat el ritme d'enviament del número</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="47" />
        <source>WhatsApp limited this number's sending (spam rate)</source>
        <translation>WhatsApp ha limitat els enviaments d'aquest número (límit per spam)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="48" />
        <source>the WhatsApp access token is no longer valid</source>
        <translation>el testimoni d'accés de WhatsApp ja no és vàlid</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="49" />
        <source>the WhatsApp access token lacks the messaging permission</source>
        <translation>el testimoni d'accés de WhatsApp no té permís de missatgeria</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="50" />
        <source>WhatsApp refused the message as malformed</source>
        <translation>WhatsApp ha rebutjat el missatge perquè està mal format</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="51" />
        <source>the template's parameters do not match the approved template</source>
        <translation>els paràmetres no coincideixen amb la plantilla aprovada</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="52" />
        <source>no approved template of that name and language</source>
        <translation>no hi ha cap plantilla aprovada amb aquest nom i idioma</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="53" />
        <source>WhatsApp does not support this kind of message</source>
        <translation>WhatsApp no admet aquest tipus de missatge</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="54" />
        <source>WhatsApp could not download the file</source>
        <translation>WhatsApp no ha pogut baixar el fitxer</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="55" />
        <source>WhatsApp could not take the file</source>
        <translation>WhatsApp no ha pogut acceptar el fitxer</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="71" />
        <source>the template is paused or disabled</source>
        <translation>la plantilla està en pausa o desactivada</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/gateway.py" line="287" />
        <source>WhatsApp cannot edit a message once sent</source>
        <translation>WhatsApp no permet editar un missatge ja enviat</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/gateway.py" line="290" />
        <source>WhatsApp cannot delete a message once sent</source>
        <translation>WhatsApp no permet eliminar un missatge ja enviat</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/arriving_files.py" line="93" />
        <source>A citizen's file could not be downloaded; the message was kept without it.</source>
        <translation>No s'ha pogut baixar el fitxer d'una persona; el missatge s'ha desat sense el fitxer.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge_schedule.py" line="143" />
        <source>The retention purge could not run now; it will try again within the hour.</source>
        <translation>La purga de conservació no s'ha pogut executar ara; ho tornarà a provar abans d'una hora.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="32" />
        <source>The database refuses writes (locked).</source>
        <translation>La base de dades rebutja escriptures (blocada).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="33" />
        <location filename="../../deskclient/store/faults.py" line="31" />
        <source>The database cannot be reached.</source>
        <translation>No es pot contactar amb la base de dades.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="34" />
        <source>The database refuses writes (disk full).</source>
        <translation>La base de dades rebutja escriptures (disc ple).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="35" />
        <source>The database reports disk errors.</source>
        <translation>La base de dades informa d'errors de disc.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="36" />
        <location filename="../../deskclient/store/faults.py" line="35" />
        <source>The database is unavailable.</source>
        <translation>La base de dades no està disponible.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="38" />
        <source>{problem} Citizens' messages waiting to be filed when it is back: {count}.</source>
        <translation>{problem} Missatges de la ciutadania a l'espera de registrar-se quan torni: {count}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="107" />
        <source>The database is back: waiting messages were filed.</source>
        <translation>La base de dades ha tornat: els missatges en espera s'han registrat.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/faults.py" line="30" />
        <source>The database refuses writes: another program holds its lock.</source>
        <translation>La base de dades rebutja escriptures: un altre programa en té el blocatge.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/faults.py" line="32" />
        <source>The disk holding the database is full: free some space.</source>
        <translation>El disc de la base de dades és ple: allibereu espai.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/faults.py" line="33" />
        <source>The disk holding the database reports read or write errors.</source>
        <translation>El disc de la base de dades informa d'errors de lectura o escriptura.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/customer_windows.py" line="50" />
        <source>More than 24 hours have passed since the citizen last wrote: on WhatsApp only an approved template reaches them now.</source>
        <translation>Han passat més de 24 hores des de l'últim missatge del ciutadà: a WhatsApp ara només li arriba una plantilla aprovada.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/customer_windows.py" line="58" />
        <source>No approved template is configured for that.</source>
        <translation>No hi ha cap plantilla aprovada configurada per a això.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/inbound.py" line="52" />
        <source>another chat</source>
        <translation>un altre xat</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/inbound.py" line="53" />
        <source>another chat (forwarded many times)</source>
        <translation>un altre xat (reenviat moltes vegades)</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcast_sender.py" line="77" />
        <source>No approved WhatsApp template is configured for broadcasts ([whatsapp.templates.broadcast])</source>
        <translation>No hi ha cap plantilla de WhatsApp aprovada configurada per als enviaments a la llista ([whatsapp.templates.broadcast])</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcast_sender.py" line="79" />
        <source>More than 24 hours have passed since the citizen wrote, and no approved WhatsApp template is configured for list notices ([whatsapp.templates.list_notice])</source>
        <translation>Han passat més de 24 hores des del missatge del ciutadà i no hi ha cap plantilla de WhatsApp aprovada configurada per als avisos de la llista ([whatsapp.templates.list_notice])</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/media.py" line="48" />
        <source>WhatsApp does not take this kind of file: send it as PDF, JPEG or PNG, plain text, an Office document, MP4 or MP3</source>
        <translation>WhatsApp no accepta aquest tipus de fitxer: envieu-lo en PDF, JPEG o PNG, text pla, un document d'Office, MP4 o MP3</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/media.py" line="50" />
        <source>the file is too big for WhatsApp (100 MB at most)</source>
        <translation>el fitxer és massa gran per a WhatsApp (100 MB com a màxim)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/media.py" line="51" />
        <source>the image could not be read to convert it for WhatsApp</source>
        <translation>no s'ha pogut llegir la imatge per convertir-la per a WhatsApp</translation>
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
        <translation>missatge automàtic</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="37" />
        <source>internal note by {0}</source>
        <translation>nota interna de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="42" />
        <source>Attached: {0} (arriving…)</source>
        <translation>Adjunt: {0} (arribant…)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="44" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0}: no s'ha pogut baixar el fitxer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="46" />
        <source>Refused file: {0} ({1})</source>
        <translation>Fitxer rebutjat: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="48" />
        <source>Attached: {0}</source>
        <translation>Adjunts: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="58" />
        <source>seen</source>
        <translation>llegit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="59" />
        <source>sent</source>
        <translation>enviat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="59" />
        <source>delivered</source>
        <translation>lliurat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="61" />
        <source>as the approved template {0}</source>
        <translation>com la plantilla aprovada {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="63" />
        <source>queued</source>
        <translation>a la cua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="65" />
        <source>not sent</source>
        <translation>no enviat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="67" />
        <source>Reason: {0}</source>
        <translation>Motiu: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="69" />
        <source>edited</source>
        <translation>editat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="71" />
        <source>deleted</source>
        <translation>suprimit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="72" />
        <source>deleted by the citizen</source>
        <translation>suprimit per la persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="74" />
        <source>edit pending</source>
        <translation>edició pendent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="76" />
        <source>deletion pending</source>
        <translation>supressió pendent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="79" />
        <source>The deletion did not reach the citizen: {0}</source>
        <translation>La supressió no ha arribat a la persona: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="80" />
        <source>The edit did not reach the citizen: {0}</source>
        <translation>La modificació no ha arribat a la persona: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="89" />
        <source>Forwarded from {0}</source>
        <translation>Reenviat de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="92" />
        <source>Quoting: {0}</source>
        <translation>Cita: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="91" />
        <source>an earlier message</source>
        <translation>un missatge anterior</translation>
    </message>
</context>
<context>
    <name>AttachedFiles</name>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="29" />
        <source>Attached:</source>
        <translation>Adjunts:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="52" />
        <location filename="../../deskclient/ui/composer_parts.py" line="53" />
        <source>Remove {0}</source>
        <translation>Treu {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="62" />
        <source>Attached: {0}</source>
        <translation>Adjunts: {0}</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="232" />
        <source>system</source>
        <translation>sistema</translation>
    </message>
</context>
<context>
    <name>BroadcastComposer</name>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="111" />
        <source>New broadcast</source>
        <translation>Difusió nova</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="118" />
        <source>The text for subscribers who speak {0}. **bold**, __italic__, [a link](https://…)</source>
        <translation>El text per a les persones subscrites que parlen {0}. **negreta**, __cursiva__, [un enllaç](https://…)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="129" />
        <source>&amp;Bold</source>
        <translation>&amp;Negreta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="131" />
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="133" />
        <source>&amp;Link…</source>
        <translation>&amp;Enllaç…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="139" />
        <source>Other languages get the text in:</source>
        <translation>Les altres llengües reben el text en:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="154" />
        <source>Post to the &amp;channel too:</source>
        <translation>Publica també al &amp;canal:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="165" />
        <source>&amp;Attach a file…</source>
        <translation>&amp;Adjunta un fitxer…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="167" />
        <source>Remove the file</source>
        <translation>Treu el fitxer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="169" />
        <location filename="../../deskclient/ui/broadcast_composer.py" line="317" />
        <source>No file</source>
        <translation>Cap fitxer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="175" />
        <source>Send &amp;now</source>
        <translation>Envia &amp;ara</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="176" />
        <source>Send &amp;at</source>
        <translation>Envia a &amp;l'hora</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="195" />
        <source>Subscribers' language</source>
        <translation>Llengua de les persones subscrites</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="195" />
        <source>Subscribers</source>
        <translation>Persones subscrites</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="196" />
        <source>Text they get</source>
        <translation>Text que reben</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="204" />
        <location filename="../../deskclient/ui/broadcast_composer.py" line="324" />
        <source>Send</source>
        <translation>Envia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="207" />
        <source>Close</source>
        <translation>Tanca</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="215" />
        <source>Topics:</source>
        <translation>Temes:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="216" />
        <source>File:</source>
        <translation>Fitxer:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="217" />
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="218" />
        <source>When:</source>
        <translation>Quan:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="224" />
        <source>Who will get it:</source>
        <translation>Qui la rebrà:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="260" />
        <source>Link</source>
        <translation>Enllaç</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="261" />
        <source>Address (https://…):</source>
        <translation>Adreça (https://…):</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="269" />
        <source>A link starts with https://</source>
        <translation>Un enllaç comença per https://</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="282" />
        <source>&lt;i&gt;As the subscribers will see it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Tal com ho veuran les persones subscrites.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="287" />
        <source>Attach a file</source>
        <translation>Adjunta un fitxer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="290" />
        <source>Accepted files ({0})</source>
        <translation>Fitxers admesos ({0})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="306" />
        <source>{0} cannot be read</source>
        <translation>{0} no es pot llegir</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="312" />
        <source>{0} cannot be broadcast: {1}. Accepted: {2}.</source>
        <translation>{0} no es pot difondre: {1}. Admesos: {2}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="324" />
        <source>Schedule</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="372" />
        <source>{0} (no text yet)</source>
        <translation>{0} (encara sense text)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="375" />
        <source>{0}, the default</source>
        <translation>{0}, la predeterminada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="384" />
        <source>Subscribers who will get it: {0}.</source>
        <translation>Persones subscrites que la rebran: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="386" />
        <source>No topic chosen: nobody on the list gets it.</source>
        <translation>No s'ha triat cap tema: ningú de la llista no la rep.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="388" />
        <source>Urgent: it goes before the rest of any broadcast being sent.</source>
        <translation>Urgent: passa per davant de la resta de qualsevol difusió que s'estigui enviant.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="392" />
        <source>It is posted to {0} too, in {1}.</source>
        <translation>També es publica a {0}, en {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="403" />
        <source>Write the text in at least one language.</source>
        <translation>Escriviu el text almenys en una llengua.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="405" />
        <source>Choose a topic, or a channel to post to.</source>
        <translation>Trieu un tema, o un canal on publicar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="408" />
        <source>Write the {0} text too: subscribers of languages without a text get that one.</source>
        <translation>Escriviu també el text en {0}: les persones subscrites de llengües sense text reben aquest.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="412" />
        <source>That time has passed: choose a later one, or send now.</source>
        <translation>Aquesta hora ja ha passat: trieu-ne una de posterior o envieu-la ara.</translation>
    </message>
</context>
<context>
    <name>BroadcastLabels</name>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="30" />
        <source>scheduled</source>
        <translation>programada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="31" />
        <source>sending</source>
        <translation>enviant-se</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="32" />
        <source>done</source>
        <translation>acabat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="33" />
        <source>cancelled</source>
        <translation>cancel·lada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="36" />
        <source>waiting to be posted</source>
        <translation>pendent de publicar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="37" />
        <source>posted</source>
        <translation>publicada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="38" />
        <source>not posted</source>
        <translation>no publicada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="39" />
        <source>deleted from the channel</source>
        <translation>suprimida del canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="40" />
        <source>not posted: cancelled</source>
        <translation>no publicada: cancel·lada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="43" />
        <source>edit asked for, not made yet</source>
        <translation>modificació demanada, encara no feta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="44" />
        <source>deletion asked for, not made yet</source>
        <translation>supressió demanada, encara no feta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="50" />
        <source>blocked the service account</source>
        <translation>ha bloquejat el compte del servei</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="52" />
        <source>deleted their Telegram account</source>
        <translation>ha suprimit el seu compte de Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="54" />
        <source>the service account is not an admin of @{name}</source>
        <translation>el compte del servei no administra @{name}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="56" />
        <source>no Telegram channel is called @{name}</source>
        <translation>cap canal de Telegram no es diu @{name}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="58" />
        <source>@{name} is not a Telegram channel</source>
        <translation>@{name} no és un canal de Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="60" />
        <source>the post is no longer in @{name}</source>
        <translation>la publicació ja no és a @{name}</translation>
    </message>
</context>
<context>
    <name>BroadcastModels</name>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="103" />
        <source>When</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="103" />
        <source>Topics</source>
        <translation>Temes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="104" />
        <source>Languages</source>
        <translation>Llengües</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="104" />
        <source>State</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="105" />
        <source>Progress</source>
        <translation>Progrés</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="105" />
        <source>Sent</source>
        <translation>Enviats</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="106" />
        <source>Failed</source>
        <translation>Fallits</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="106" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>BroadcastsWindow</name>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="49" />
        <source>deskclient — broadcasts</source>
        <translation>deskclient — difusions</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="52" />
        <location filename="../../deskclient/ui/broadcast_report.py" line="369" />
        <source>&amp;New broadcast…</source>
        <translation>&amp;Difusió nova…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="138" />
        <source>Subscribers: {0}</source>
        <translation>Persones subscrites: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="150" />
        <source>Waiting to be sent:</source>
        <translation>Pendents d'enviament:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="150" />
        <source>Sent:</source>
        <translation>Enviats:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="151" />
        <source>Failed:</source>
        <translation>Fallits:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="152" />
        <source>Taken off the list along the way:</source>
        <translation>Donats de baixa durant l'enviament:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="153" />
        <source>Left the list before their turn:</source>
        <translation>Es van donar de baixa abans del seu torn:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="154" />
        <source>Not sent (cancelled):</source>
        <translation>No enviats (cancel·lada):</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="159" />
        <source>Why it failed</source>
        <translation>Motiu de l'error</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="159" />
        <source>Subscribers</source>
        <translation>Persones subscrites</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="160" />
        <source>Of them taken off the list</source>
        <translation>D'aquests, donats de baixa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="169" />
        <source>Channel post</source>
        <translation>Publicació al canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="173" />
        <source>&amp;Edit the post…</source>
        <translation>&amp;Modifica la publicació…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="175" />
        <source>&amp;Delete the post…</source>
        <translation>&amp;Suprimeix la publicació…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="185" />
        <source>Export &amp;CSV…</source>
        <translation>Exporta en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="187" />
        <source>Cancel the broadcast…</source>
        <translation>Cancel·la la difusió…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="207" />
        <source>No broadcast chosen.</source>
        <translation>No s'ha triat cap difusió.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="217" />
        <source>Broadcast {0}</source>
        <translation>Difusió {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="219" />
        <source>waiting while an urgent broadcast goes first</source>
        <translation>en espera mentre s'envia abans una difusió urgent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="221" />
        <source>waiting for {0} to connect</source>
        <translation>esperant que {0} es connecti</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="223" />
        <source>to {0}</source>
        <translation>a {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="223" />
        <source>no list</source>
        <translation>sense llista</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="225" />
        <source>file {0}</source>
        <translation>fitxer {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="227" />
        <source>by {0}</source>
        <translation>per {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="261" />
        <source>edited {0}</source>
        <translation>modificada el {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="282" />
        <source>Broadcast {0} stored; the service sends it.</source>
        <translation>S'ha desat la difusió {0}; l'envia el servei.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="287" />
        <source>Export the broadcast's recipients</source>
        <translation>Exporta les persones destinatàries de la difusió</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="289" />
        <source>CSV files (*.csv)</source>
        <translation>Fitxers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="300" />
        <source>Exported to %1</source>
        <translation>S'ha exportat a %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="306" />
        <source>Cancel the broadcast</source>
        <translation>Cancel·la la difusió</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="307" />
        <source>Stop this broadcast? Whoever has not got it yet will not.</source>
        <translation>Voleu aturar aquesta difusió? Qui encara no l'hagi rebuda ja no la rebrà.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="318" />
        <source>Edit the channel post</source>
        <translation>Modifica la publicació del canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="319" />
        <source>The post's new text (**bold**, __italic__, [a link](https://…)):</source>
        <translation>El text nou de la publicació (**negreta**, __cursiva__, [un enllaç](https://…)):</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="333" />
        <source>Delete the channel post</source>
        <translation>Suprimeix la publicació del canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="334" />
        <source>Delete this post from the channel, for everyone who follows it?</source>
        <translation>Voleu suprimir aquesta publicació del canal per a totes les persones que el segueixen?</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="364" />
        <source>&amp;Broadcasts</source>
        <translation>&amp;Difusions</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="365" />
        <source>Broadcasts and &amp;channel posts…</source>
        <translation>Difusions i publicacions al &amp;canal…</translation>
    </message>
</context>
<context>
    <name>CannedCompleter</name>
    <message>
        <location filename="../../deskclient/ui/canned_completer.py" line="79" />
        <source>Canned replies</source>
        <translation>Respostes predefinides</translation>
    </message>
</context>
<context>
    <name>CannedManager</name>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="33" />
        <location filename="../../deskclient/ui/canned_manager.py" line="42" />
        <source>Canned replies</source>
        <translation>Respostes predefinides</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="44" />
        <source>&amp;New reply</source>
        <translation>Resposta &amp;nova</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="56" />
        <source>e.g. hours (agents type /hours)</source>
        <translation>p. ex. horari (els agents escriuen /horari)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="64" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="66" />
        <source>Insert:</source>
        <translation>Insereix:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="69" />
        <source>Filled in with the {0} when an agent inserts the reply</source>
        <translation>S'omple amb el {0} quan un agent insereix la resposta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="81" />
        <source>&amp;Title:</source>
        <translation>&amp;Títol:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="82" />
        <source>&amp;Shortcut:</source>
        <translation>&amp;Drecera:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="83" />
        <source>&amp;Language:</source>
        <translation>&amp;Llengua:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="84" />
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="87" />
        <source>&amp;Save</source>
        <translation>&amp;Desa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="90" />
        <source>Delete this &amp;language</source>
        <translation>Suprimeix aquesta &amp;llengua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="92" />
        <source>&amp;Delete reply…</source>
        <translation>&amp;Suprimeix la resposta…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="118" />
        <source>citizen's name</source>
        <translation>nom de la persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="118" />
        <source>ticket number</source>
        <translation>número de consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="119" />
        <source>agent's name</source>
        <translation>nom de l'agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="174" />
        <source>Written in: {0}</source>
        <translation>Escrita en: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="175" />
        <source>Not saved yet.</source>
        <translation>Encara no s'ha desat.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="190" />
        <source>Give the reply a title.</source>
        <translation>Doneu un títol a la resposta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="192" />
        <source>A shortcut is made of letters a–z, digits, - and _ (at most 40).</source>
        <translation>Una drecera es compon de lletres a–z, xifres, - i _ (com a màxim 40).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="195" />
        <source>/{0} is already the shortcut of “{1}”.</source>
        <translation>/{0} ja és la drecera de «{1}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="197" />
        <source>There is already a reply called “{0}”.</source>
        <translation>Ja hi ha una resposta que es diu «{0}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="215" />
        <source>Write the text in one language at least.</source>
        <translation>Escriviu el text almenys en una llengua.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="229" />
        <source>Saved.</source>
        <translation>S'ha desat.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="247" />
        <source>Delete canned reply</source>
        <translation>Suprimeix la resposta predefinida</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="248" />
        <source>Delete “{0}” in every language?</source>
        <translation>Voleu suprimir «{0}» en totes les llengües?</translation>
    </message>
</context>
<context>
    <name>CitizenCorrectionDialog</name>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="49" />
        <source>Correct the stored data</source>
        <translation>Corregeix les dades desades</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="53" />
        <source>no phone stored</source>
        <translation>cap telèfon desat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="54" />
        <source>What the citizen asked to rectify. Each change is in the audit log (without the values).</source>
        <translation>El que la persona ha demanat rectificar. Cada canvi queda al registre d'auditoria (sense els valors).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="62" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="63" />
        <source>&amp;Phone:</source>
        <translation>&amp;Telèfon:</translation>
    </message>
</context>
<context>
    <name>CitizenLinks</name>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="21" />
        <source>Open a ticket of one of the two citizens first.</source>
        <translation>Obriu primer un tiquet d'un dels dos ciutadans.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="25" />
        <location filename="../../deskclient/ui/citizen_links.py" line="75" />
        <source>Link citizens</source>
        <translation>Vincula ciutadans</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="26" />
        <source>The same person's ticket number on the other channel (e.g. 2026-000123):</source>
        <translation>Número de tiquet de la mateixa persona a l'altre canal (p. ex., 2026-000123):</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="40" />
        <source>{0} and {1} are one person now: each one's panel shows the other's tickets and notes.</source>
        <translation>{0} i {1} ara són una mateixa persona: el tauler de cadascun mostra els tiquets i les notes de l'altre.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="48" />
        <source>Open a ticket of the citizen to unlink first.</source>
        <translation>Obriu primer un tiquet del ciutadà que voleu desvincular.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="50" />
        <location filename="../../deskclient/ui/citizen_links.py" line="51" />
        <location filename="../../deskclient/ui/citizen_links.py" line="67" />
        <location filename="../../deskclient/ui/citizen_links.py" line="71" />
        <source>Unlink citizen</source>
        <translation>Desvincula el ciutadà</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="52" />
        <source>This ticket's citizen is then a person of their own again: their panel shows only their own tickets and notes, and a data-subject request covers only them.</source>
        <translation>El ciutadà d'aquest tiquet torna a ser una persona a part: el seu tauler només mostra els seus propis tiquets i notes, i una sol·licitud de drets de l'interessat només el cobreix a ell.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="57" />
        <source>Unlink</source>
        <translation>Desvincula</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="70" />
        <source>{0} is a citizen of their own again.</source>
        <translation>{0} torna a ser un ciutadà a part.</translation>
    </message>
</context>
<context>
    <name>CitizenPanel</name>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="189" />
        <source>Earlier tickets</source>
        <translation>Consultes anteriors</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="192" />
        <source>No earlier tickets.</source>
        <translation>Cap consulta anterior.</translation>
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
        <translation>Encara no hi ha notes.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="197" />
        <source>Add a &amp;note…</source>
        <translation>Afegeix una &amp;nota…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="207" />
        <source>&amp;Language:</source>
        <translation>&amp;Llengua:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="290" />
        <source>WhatsApp:</source>
        <translation>WhatsApp:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="302" />
        <source>Same person as: {0}</source>
        <translation>Mateixa persona que: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="291" />
        <source>Telegram:</source>
        <translation>Telegram:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="179" />
        <source>Phone:</source>
        <translation>Telèfon:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="271" />
        <source>no public username</source>
        <translation>sense nom d'usuari públic</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="276" />
        <source>Earlier tickets ({0})</source>
        <translation>Consultes anteriors ({0})</translation>
    </message>
</context>
<context>
    <name>CitizenTicketsModel</name>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="116" />
        <source>Read this ticket</source>
        <translation>Llegiu aquesta consulta</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="43" />
        <location filename="../../deskclient/ui/composer.py" line="146" />
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Escriviu una resposta… (Ctrl+Retorn l'envia)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="48" />
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="50" />
        <location filename="../../deskclient/ui/composer.py" line="147" />
        <source>Reply to the citizen</source>
        <translation>Resposta a la persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="51" />
        <source>&amp;Attach…</source>
        <translation>&amp;Adjunta…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="53" />
        <source>Canned &amp;replies</source>
        <translation>&amp;Respostes predefinides</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="63" />
        <location filename="../../deskclient/ui/composer.py" line="150" />
        <source>Send</source>
        <translation>Envia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="92" />
        <source>&amp;Manage canned replies…</source>
        <translation>&amp;Gestiona les respostes predefinides…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="115" />
        <source>Attach files</source>
        <translation>Adjunta fitxers</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="118" />
        <source>Accepted files ({0})</source>
        <translation>Fitxers admesos ({0})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="129" />
        <source>{0} cannot be read</source>
        <translation>{0} no es pot llegir</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="137" />
        <source>Not attached — {0}. Accepted: {1}.</source>
        <translation>No s'ha adjuntat — {0}. Admesos: {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="145" />
        <source>Internal note for the team — never sent to the citizen</source>
        <translation>Nota interna per a l'equip — no s'envia mai a la ciutadania</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="147" />
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="150" />
        <source>Add note</source>
        <translation>Afegeix la nota</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="36" />
        <source>Something went wrong</source>
        <translation>Alguna cosa no ha anat bé</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="38" />
        <source>Copy the report</source>
        <translation>Copia l'informe</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="40" />
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="44" />
        <source>deskclient hit an unexpected error and carried on. Please send this report to IT; it holds no message content.</source>
        <translation>deskclient ha tingut un error inesperat i ha continuat funcionant. Envieu aquest informe a Informàtica; no conté el text de cap missatge.</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordDialog</name>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="32" />
        <source>Database password</source>
        <translation>Contrasenya de la base de dades</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="33" />
        <source>The team database on {0} asks for the password of {1}.</source>
        <translation>La base de dades de l'equip a {0} demana la contrasenya de {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="35" />
        <source>That password was not accepted. Try again.</source>
        <translation>No s'ha acceptat aquesta contrasenya. Torneu-ho a provar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="39" />
        <source>Remember it on this computer</source>
        <translation>Recorda-la en aquest ordinador</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="13" />
        <source>deskclient talks to Telegram as your service's own application. Your organisation registers it once: log in at &lt;a href='https://my.telegram.org'&gt;my.telegram.org&lt;/a&gt; with the service account's phone number, open &lt;i&gt;API development tools&lt;/i&gt;, create an application, and copy its &lt;b&gt;api_id&lt;/b&gt; and &lt;b&gt;api_hash&lt;/b&gt; here. IT can also put them in &lt;tt&gt;/etc/xdg/deskclient/config.toml&lt;/tt&gt; for every workstation.</source>
        <translation>deskclient parla amb Telegram com a aplicació pròpia del vostre servei. La vostra organització la registra una sola vegada: entreu a &lt;a href='https://my.telegram.org'&gt;my.telegram.org&lt;/a&gt; amb el telèfon del compte del servei, obriu &lt;i&gt;API development tools&lt;/i&gt;, creeu una aplicació i copieu-ne aquí l'&lt;b&gt;api_id&lt;/b&gt; i l'&lt;b&gt;api_hash&lt;/b&gt;. Informàtica també els pot posar a &lt;tt&gt;/etc/xdg/deskclient/config.toml&lt;/tt&gt; per a tots els llocs de treball.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="31" />
        <source>Welcome to deskclient</source>
        <translation>Benvinguda a deskclient</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="40" />
        <source>Save and log in</source>
        <translation>Desa i inicia la sessió</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="42" />
        <source>Try the demo first</source>
        <translation>Prova primer la demostració</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="62" />
        <source>The api_id is a number, e.g. 1234567.</source>
        <translation>L'api_id és un nombre, p. ex. 1234567.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="65" />
        <source>The api_hash is 32 letters and digits (0-9, a-f).</source>
        <translation>L'api_hash té 32 lletres i xifres (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="70" />
        <source>Cannot save the settings: {0}</source>
        <translation>No es pot desar la configuració: {0}</translation>
    </message>
</context>
<context>
    <name>ImagePreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="190" />
        <source>Zoom out</source>
        <translation>Redueix el zoom</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="198" />
        <source>Zoom in</source>
        <translation>Augmenta el zoom</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="201" />
        <source>Fit</source>
        <translation>Ajusta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="202" />
        <source>Fit to window (Ctrl+0)</source>
        <translation>Ajusta a la finestra (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="205" />
        <source>Actual size (Ctrl+1)</source>
        <translation>Mida real (Ctrl+1)</translation>
    </message>
</context>
<context>
    <name>InlineMedia</name>
    <message>
        <location filename="../../deskclient/ui/bubble_media.py" line="185" />
        <source>Voice note: Space plays it</source>
        <translation>Nota de veu: Espai la reprodueix</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/bubble_media.py" line="186" />
        <source>Voice note playing: Space pauses it</source>
        <translation>Nota de veu en reproducció: Espai la posa en pausa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/bubble_media.py" line="187" />
        <source>Voice note paused: Space plays it</source>
        <translation>Nota de veu en pausa: Espai la reprodueix</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="19" />
        <source>open</source>
        <translation>oberta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="20" />
        <source>closing</source>
        <translation>tancant-se</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="21" />
        <source>closed</source>
        <translation>tancada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="25" />
        <source>offline</source>
        <translation>sense connexió</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="26" />
        <source>connecting</source>
        <translation>connectant</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="27" />
        <source>logged out</source>
        <translation>sessió tancada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="28" />
        <source>online</source>
        <translation>en línia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="32" />
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="33" />
        <source>lead</source>
        <translation>coordinació</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="37" />
        <source>tickets</source>
        <translation>consultes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="38" />
        <source>files</source>
        <translation>fitxers</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="39" />
        <source>compacting</source>
        <translation>compactant</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="40" />
        <source>done</source>
        <translation>acabat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="44" />
        <source>IMAGE</source>
        <translation>IMATGE</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="45" />
        <source>AUDIO</source>
        <translation>ÀUDIO</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="46" />
        <source>VIDEO</source>
        <translation>VÍDEO</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="47" />
        <source>OTHER</source>
        <translation>ALTRE</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="48" />
        <source>STICKER</source>
        <translation>ADHESIU</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="54" />
        <source>logged in to the desk</source>
        <translation>ha iniciat la sessió a deskclient</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="55" />
        <source>logged in to Telegram</source>
        <translation>ha iniciat la sessió a Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="56" />
        <source>logged out of Telegram</source>
        <translation>ha tancat la sessió de Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="57" />
        <source>changed a person's role</source>
        <translation>ha canviat el rol d'una persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="58" />
        <source>claimed a ticket</source>
        <translation>s'ha assignat una consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="59" />
        <source>assigned a ticket</source>
        <translation>ha assignat una consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="60" />
        <source>claim or assignment refused</source>
        <translation>assignació denegada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="61" />
        <source>set a category</source>
        <translation>ha posat una categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="62" />
        <source>closed a ticket</source>
        <translation>ha tancat una consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="63" />
        <source>reopened a ticket</source>
        <translation>ha reobert una consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="64" />
        <source>read a closed ticket</source>
        <translation>ha llegit una consulta tancada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="65" />
        <source>edited a sent message</source>
        <translation>ha modificat un missatge enviat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="66" />
        <source>deleted a sent message</source>
        <translation>ha eliminat un missatge enviat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="67" />
        <source>changed a refused message</source>
        <translation>ha modificat un missatge rebutjat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="68" />
        <source>created a canned reply</source>
        <translation>ha creat una resposta predefinida</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="69" />
        <source>edited a canned reply</source>
        <translation>ha modificat una resposta predefinida</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="70" />
        <source>deleted a canned reply</source>
        <translation>ha eliminat una resposta predefinida</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="71" />
        <source>lead action refused</source>
        <translation>acció de coordinació denegada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="72" />
        <source>searched the conversations</source>
        <translation>ha cercat a les converses</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="73" />
        <source>opened a transcript</source>
        <translation>ha obert una transcripció</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="74" />
        <source>exported transcripts</source>
        <translation>ha exportat transcripcions</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="75" />
        <source>viewed the statistics</source>
        <translation>ha consultat les estadístiques</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="76" />
        <source>exported the statistics</source>
        <translation>ha exportat les estadístiques</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="77" />
        <source>viewed the audit log</source>
        <translation>ha consultat el registre d'auditoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="78" />
        <source>exported the audit log</source>
        <translation>ha exportat el registre d'auditoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="79" />
        <source>looked up citizens</source>
        <translation>ha cercat ciutadans</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="80" />
        <source>exported a citizen's data</source>
        <translation>ha exportat les dades d'un ciutadà</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="81" />
        <source>corrected a citizen's data</source>
        <translation>ha rectificat les dades d'un ciutadà</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="82" />
        <source>erased a citizen's data</source>
        <translation>ha suprimit les dades d'un ciutadà</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="83" />
        <source>linked two citizens as one person</source>
        <translation>va vincular dos ciutadans com una mateixa persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="84" />
        <source>unlinked a citizen from the same person</source>
        <translation>ha desvinculat un ciutadà de la mateixa persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="85" />
        <source>erased the citizens linked to a citizen</source>
        <translation>ha suprimit els ciutadans vinculats a un ciutadà</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="86" />
        <source>put a ticket on legal hold</source>
        <translation>ha posat una consulta en retenció legal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="87" />
        <source>released a legal hold</source>
        <translation>ha alliberat una retenció legal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="88" />
        <source>previewed the purge</source>
        <translation>ha previsualitzat la purga</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="89" />
        <source>purged old conversations</source>
        <translation>ha purgat converses antigues</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="90" />
        <source>left a group</source>
        <translation>ha sortit d'un grup</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="91" />
        <source>corrected a citizen's language</source>
        <translation>ha corregit la llengua d'un ciutadà</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="92" />
        <source>citizen chose a category</source>
        <translation>la ciutadania ha triat una categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="93" />
        <source>deleted a chat on Telegram</source>
        <translation>ha eliminat un xat a Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="94" />
        <source>chat deletion refused by Telegram</source>
        <translation>Telegram ha rebutjat eliminar un xat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="95" />
        <source>created a broadcast</source>
        <translation>ha creat una difusió</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="96" />
        <source>cancelled a broadcast</source>
        <translation>ha cancel·lat una difusió</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="97" />
        <source>posted to a channel</source>
        <translation>ha publicat en un canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="98" />
        <source>channel post refused by Telegram</source>
        <translation>publicació al canal rebutjada per Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="99" />
        <source>edited a channel post</source>
        <translation>ha modificat una publicació del canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="100" />
        <source>deleted a channel post</source>
        <translation>ha suprimit una publicació del canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="105" />
        <source>(no category)</source>
        <translation>(sense categoria)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="106" />
        <source>(unassigned)</source>
        <translation>(sense assignar)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="148" />
        <source>files of type .{ext} are not accepted</source>
        <translation>no s'admeten fitxers de tipus .{ext}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="150" />
        <source>{size} is over the {limit} limit</source>
        <translation>{size} supera el límit de {limit}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="151" />
        <source>the file is empty</source>
        <translation>el fitxer és buit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="152" />
        <source>the file is over the size limit</source>
        <translation>el fitxer supera la mida màxima</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="154" />
        <source>the content is not {expected}</source>
        <translation>el contingut no és {expected}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="156" />
        <source>the content is {found}, not {expected}</source>
        <translation>el contingut és {found}, no {expected}</translation>
    </message>
</context>
<context>
    <name>LeadAuditTab</name>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="35" />
        <source>any agent</source>
        <translation>qualsevol agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="41" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="42" />
        <source>Action</source>
        <translation>Acció</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="43" />
        <source>Audit events from</source>
        <translation>Registre d'auditoria des de</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="44" />
        <source>Audit events to</source>
        <translation>Registre d'auditoria fins a</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="45" />
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="47" />
        <source>Export CSV</source>
        <translation>Exporta en CSV</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="50" />
        <source>action</source>
        <translation>acció</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="50" />
        <source>from</source>
        <translation>des de</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="51" />
        <source>to</source>
        <translation>fins a</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="57" />
        <source>Audit log</source>
        <translation>Registre d'auditoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="76" />
        <source>any action</source>
        <translation>qualsevol acció</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="96" />
        <source>Exported to %1</source>
        <translation>S'ha exportat a %1</translation>
    </message>
</context>
<context>
    <name>LeadModels</name>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="104" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="104" />
        <location filename="../../deskclient/ui/lead_models.py" line="155" />
        <location filename="../../deskclient/ui/lead_models.py" line="209" />
        <source>Ticket</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="105" />
        <location filename="../../deskclient/ui/lead_models.py" line="156" />
        <source>Citizen</source>
        <translation>Persona</translation>
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
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="106" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="155" />
        <source>Opened</source>
        <translation>Obertura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="156" />
        <source>Closed</source>
        <translation>Tancament</translation>
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
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="158" />
        <source>SLA</source>
        <translation>Termini</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="159" />
        <source>Legal hold</source>
        <translation>Retenció legal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="208" />
        <source>When</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="208" />
        <source>Action</source>
        <translation>Acció</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="210" />
        <source>Detail</source>
        <translation>Detall</translation>
    </message>
</context>
<context>
    <name>LeadRetentionTab</name>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="32" />
        <source>Conversations are kept %1 months after a ticket closes, then purged for good (database, files, thumbnails, exports, logs, the Telegram session's cache). Tickets on legal hold are kept.</source>
        <translation>Les converses es conserven %1 mesos després del tancament de la consulta i després se suprimeixen definitivament (base de dades, fitxers, miniatures, exportacions, registres i la memòria cau de la sessió de Telegram). Les consultes en retenció legal es conserven.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="36" />
        <source>&amp;Preview the purge</source>
        <translation>&amp;Previsualitza la purga</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="39" />
        <source>The service purges daily at %1 (%2 time); each purge is in the audit log.</source>
        <translation>El servei purga cada dia a les %1 (hora de %2); cada purga consta al registre d'auditoria.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="43" />
        <source>P&amp;urge now…</source>
        <translation>P&amp;urga ara…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="55" />
        <source>name, phone or Telegram/WhatsApp id</source>
        <translation>nom, telèfon o id de Telegram/WhatsApp</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="58" />
        <source>Citizens found</source>
        <translation>Persones trobades</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="60" />
        <source>Export everything (ZIP)</source>
        <translation>Exporta-ho tot (ZIP)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="61" />
        <source>Correct name or phone…</source>
        <translation>Corregeix el nom o el telèfon…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="62" />
        <source>Erase now…</source>
        <translation>Suprimeix ara…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="74" />
        <source>Citizens' requests:</source>
        <translation>Sol·licituds de la ciutadania:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="81" />
        <source>Purge</source>
        <translation>Purga</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="82" />
        <source>Delete for good every conversation past the retention period? This cannot be undone.</source>
        <translation>Voleu suprimir definitivament totes les converses que han superat el termini de conservació? No es pot desfer.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="84" />
        <source>Purge now</source>
        <translation>Purga ara</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="123" />
        <source>Exported to %1</source>
        <translation>S'ha exportat a %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="138" />
        <source>Corrected: %1</source>
        <translation>Corregit: %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="138" />
        <source>nothing</source>
        <translation>res</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="145" />
        <source>Erase</source>
        <translation>Suprimeix</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="146" />
        <source>Erase everything held about this citizen (and about the citizens linked to them as the same person), now and for good? This cannot be undone.</source>
        <translation>Voleu suprimir ara i definitivament totes les dades que es conserven d'aquesta persona (i dels ciutadans vinculats a ella com una mateixa persona)? No es pot desfer.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="149" />
        <source>Erase now</source>
        <translation>Suprimeix ara</translation>
    </message>
</context>
<context>
    <name>LeadStatisticsTab</name>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="21" />
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="28" />
        <source>Tickets opened from</source>
        <translation>Consultes obertes des de</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="22" />
        <source>Tickets opened to</source>
        <translation>Consultes obertes fins a</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="23" />
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="25" />
        <source>Export CSV</source>
        <translation>Exporta en CSV</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="28" />
        <source>to</source>
        <translation>fins a</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="34" />
        <source>Statistics table</source>
        <translation>Taula d'estadístiques</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="36" />
        <source>Statistics</source>
        <translation>Estadístiques</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="37" />
        <source>Charts</source>
        <translation>Gràfics</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="38" />
        <source>Table</source>
        <translation>Taula</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="52" />
        <source>Exported to %1</source>
        <translation>S'ha exportat a %1</translation>
    </message>
</context>
<context>
    <name>LeadWindow</name>
    <message>
        <location filename="../../deskclient/ui/lead_dates.py" line="19" />
        <source>any</source>
        <translation>qualsevol</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="135" />
        <location filename="../../deskclient/ui/stats_charts.py" line="72" />
        <source>SLA met</source>
        <translation>Termini complert</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="72" />
        <source>deskclient — team lead</source>
        <translation>deskclient — coordinació</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="75" />
        <source>&amp;Log review</source>
        <translation>&amp;Revisió de converses</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="76" />
        <source>&amp;Statistics</source>
        <translation>&amp;Estadístiques</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="77" />
        <source>&amp;Audit log</source>
        <translation>Registre d'&amp;auditoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="78" />
        <source>&amp;Retention and citizens</source>
        <translation>Conser&amp;vació i ciutadania</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="79" />
        <source>Sections</source>
        <translation>Seccions</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="119" />
        <source>Words, prefix*, "a phrase" (accents and case ignored)</source>
        <translation>Paraules, prefix*, "una frase" (sense distingir accents ni majúscules)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="122" />
        <source>any agent</source>
        <translation>qualsevol agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="126" />
        <source>any category</source>
        <translation>qualsevol categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="130" />
        <source>any status</source>
        <translation>qualsevol estat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="134" />
        <source>any SLA</source>
        <translation>qualsevol termini</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="134" />
        <source>SLA breached</source>
        <translation>Termini incomplert</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="138" />
        <location filename="../../deskclient/ui/lead_window.py" line="143" />
        <source>citizen name or phone</source>
        <translation>nom o telèfon de la persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="141" />
        <source>Words to search</source>
        <translation>Paraules que cal cercar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="141" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="142" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="142" />
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="143" />
        <source>SLA</source>
        <translation>Termini</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="145" />
        <source>on legal hold</source>
        <translation>en retenció legal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="147" />
        <source>Opened from</source>
        <translation>Obertes des de</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="148" />
        <source>Opened to</source>
        <translation>Obertes fins a</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="149" />
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="153" />
        <source>opened from</source>
        <translation>obertes des de</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="153" />
        <source>to</source>
        <translation>fins a</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="166" />
        <source>Messages found</source>
        <translation>Missatges trobats</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="167" />
        <source>Tickets found</source>
        <translation>Consultes trobades</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="173" />
        <source>Transcript</source>
        <translation>Transcripció</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="176" />
        <source>Open &amp;transcript</source>
        <translation>Obre la &amp;transcripció</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="177" />
        <source>Export &amp;PDF</source>
        <translation>Exporta en &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="178" />
        <source>Export &amp;CSV</source>
        <translation>Exporta en &amp;CSV</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="179" />
        <source>Legal &amp;hold…</source>
        <translation>Retenció le&amp;gal…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="180" />
        <source>&amp;Release hold</source>
        <translation>A&amp;llibera la retenció</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="282" />
        <source>%n message(s) shown</source>
        <translation><numerusform>%n missatge mostrat</numerusform><numerusform>%n missatges mostrats</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="288" />
        <source>more than %n ticket(s)</source>
        <translation><numerusform>més de %n consulta</numerusform><numerusform>més de %n consultes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="290" />
        <source>%n ticket(s)</source>
        <translation><numerusform>%n consulta</numerusform><numerusform>%n consultes</numerusform></translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="321" />
        <source>Select the tickets to export.</source>
        <translation>Seleccioneu les consultes que voleu exportar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="327" />
        <source>Exported to %1</source>
        <translation>S'ha exportat a %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="338" />
        <source>Legal hold</source>
        <translation>Retenció legal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="339" />
        <source>Why is this ticket kept beyond the retention period?</source>
        <translation>Per què s'ha de mantenir aquesta consulta més enllà del termini de conservació?</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="345" />
        <source>The ticket is on legal hold.</source>
        <translation>La consulta queda en retenció legal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="355" />
        <source>The legal hold was released.</source>
        <translation>S'ha alliberat la retenció legal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="397" />
        <source>&amp;Link citizens…</source>
        <translation>&amp;Vincula ciutadans…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="399" />
        <source>&amp;Unlink citizen…</source>
        <translation>&amp;Desvincula el ciutadà…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="394" />
        <source>&amp;Canned replies…</source>
        <translation>&amp;Respostes predefinides…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="376" />
        <source>&amp;Team lead…</source>
        <translation>Eines de &amp;coordinació…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="390" />
        <source>&amp;Lead</source>
        <translation>Coor&amp;dinació</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="69" />
        <source>Tickets</source>
        <translation>Consultes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="69" />
        <source>Answered</source>
        <translation>Contestades</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="70" />
        <source>First response median</source>
        <translation>Mediana de primera resposta</translation>
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
        <translation>Mediana en horari de servei</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="88" />
        <source>Response times in minutes (wall clock, or counting service hours only).</source>
        <translation>Temps de resposta en minuts (temps real, o comptant només l'horari de servei).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="89" />
        <source>Per week</source>
        <translation>Per setmana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="89" />
        <source>Per day</source>
        <translation>Per dia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="91" />
        <source>All tickets</source>
        <translation>Totes les consultes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="91" />
        <source>all</source>
        <translation>totes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="92" />
        <source>By category</source>
        <translation>Per categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="93" />
        <source>By agent</source>
        <translation>Per agent</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="24" />
        <source>On a phone already logged in to the service account: Telegram → Settings → Devices → Link Desktop Device, then point the camera at this code.</source>
        <translation>En un telèfon amb el compte del servei ja iniciat: Telegram → Configuració → Dispositius → Vincula un dispositiu d'escriptori, i apunteu la càmera a aquest codi.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="45" />
        <source>Log in to Telegram</source>
        <translation>Inicia la sessió a Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="51" />
        <source>Send code</source>
        <translation>Envia el codi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="53" />
        <location filename="../../deskclient/ui/login_dialog.py" line="56" />
        <location filename="../../deskclient/ui/login_dialog.py" line="60" />
        <source>Log in</source>
        <translation>Entra</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="58" />
        <source>Show a new code</source>
        <translation>Mostra un codi nou</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="65" />
        <source>The service account's phone number, with its country code:</source>
        <translation>El telèfon del compte del servei, amb el prefix del país:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="67" />
        <source>The code Telegram has just sent to that account:</source>
        <translation>El codi que Telegram acaba d'enviar a aquest compte:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="69" />
        <source>This account has two-step verification. Its password:</source>
        <translation>Aquest compte té verificació en dos passos. La contrasenya:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="72" />
        <source>A bot token from @BotFather:</source>
        <translation>Un testimoni de bot de @BotFather:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="75" />
        <source>Phone number</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="76" />
        <source>QR code</source>
        <translation>Codi QR</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="77" />
        <source>Bot token</source>
        <translation>Testimoni de bot</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="121" />
        <source>Hint: {0}</source>
        <translation>Pista: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="58" />
        <source>deskclient — DEMO network</source>
        <translation>deskclient — xarxa de DEMOSTRACIÓ</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="116" />
        <source>DEMO — simulated citizens on a simulated Telegram; nothing leaves this computer</source>
        <translation>DEMOSTRACIÓ — ciutadania simulada en un Telegram simulat; res no surt d'aquest ordinador</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="131" />
        <source>&amp;Ticket</source>
        <translation>&amp;Consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="131" />
        <source>&amp;View</source>
        <translation>&amp;Visualitza</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="131" />
        <source>&amp;Account</source>
        <translation>C&amp;ompte</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="133" />
        <source>&amp;Next ticket</source>
        <translation>&amp;Consulta següent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="134" />
        <source>&amp;Reply</source>
        <translation>&amp;Respon</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="136" />
        <source>&amp;Send</source>
        <translation>E&amp;nvia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="137" />
        <source>C&amp;laim</source>
        <translation>A&amp;ssigna-me-la</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="138" />
        <source>&amp;Close ticket…</source>
        <translation>&amp;Tanca la consulta…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="139" />
        <source>Re&amp;open</source>
        <translation>Re&amp;obre</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="140" />
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="141" />
        <source>&amp;Attach files…</source>
        <translation>&amp;Adjunta fitxers…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="142" />
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="143" />
        <source>&amp;Mine</source>
        <translation>&amp;Meves</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="144" />
        <source>&amp;Unassigned</source>
        <translation>Sense &amp;assignar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="145" />
        <source>C&amp;losing</source>
        <translation>Tan&amp;cant-se</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="146" />
        <source>Clos&amp;ed</source>
        <translation>T&amp;ancades</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="147" />
        <source>&amp;All</source>
        <translation>&amp;Totes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="150" />
        <source>&amp;Log in to Telegram…</source>
        <translation>&amp;Inicia la sessió a Telegram…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="151" />
        <source>Log &amp;out of Telegram…</source>
        <translation>Tanca la &amp;sessió de Telegram…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="342" />
        <source>{0} (access token refused: see deskclient doctor)</source>
        <translation>{0} (testimoni d'accés rebutjat: vegeu deskclient doctor)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="343" />
        <source>{0}; WhatsApp logged out (access token refused: see deskclient doctor)</source>
        <translation>{0}; WhatsApp amb la sessió tancada (testimoni d'accés rebutjat: vegeu deskclient doctor)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="395" />
        <source>Log out of Telegram</source>
        <translation>Tanca la sessió de Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="396" />
        <source>Log the service account out of Telegram on this computer? Citizens' messages are not received until someone logs in again with a code sent to the account's phone.</source>
        <translation>Voleu tancar la sessió de Telegram del compte del servei en aquest ordinador? Els missatges de la ciutadania no es reben fins que algú torni a iniciar la sessió amb un codi enviat al telèfon del compte.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="398" />
        <source>Log out</source>
        <translation>Tanca la sessió</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="344" />
        <source>service: {0}</source>
        <translation>servei: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="361" />
        <source>Telegram asked us to wait: sending resumes in {0} s</source>
        <translation>Telegram demana esperar: l'enviament es reprèn d'aquí a {0} s</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="387" />
        <source>Logged in as {0}</source>
        <translation>Sessió iniciada com a {0}</translation>
    </message>
</context>
<context>
    <name>MediaPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="93" />
        <location filename="../../deskclient/ui/previews/media.py" line="195" />
        <source>Play</source>
        <translation>Reprodueix</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="192" />
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="109" />
        <source>&amp;Copy selection</source>
        <translation>&amp;Copia la selecció</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="109" />
        <source>&amp;Copy text</source>
        <translation>&amp;Copia el text</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="113" />
        <source>Copy &amp;link</source>
        <translation>Copia l'&amp;enllaç</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="116" />
        <source>&amp;Open {0}</source>
        <translation>&amp;Obre {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="119" />
        <source>Send a&amp;gain</source>
        <translation>Torna a en&amp;viar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="122" />
        <source>&amp;Reply quoting this message</source>
        <translation>&amp;Respon citant aquest missatge</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="125" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edita…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="126" />
        <source>&amp;Delete for the citizen too…</source>
        <translation>&amp;Suprimeix també per a la persona…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="130" />
        <source>&amp;Edit and send again…</source>
        <translation>&amp;Edita i torna a enviar…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="133" />
        <source>Show &amp;earlier text</source>
        <translation>Mostra el text &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="161" />
        <source>automatic message</source>
        <translation>missatge automàtic</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="171" />
        <source>Edit message</source>
        <translation>Edita el missatge</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="172" />
        <source>The citizen sees the new text in place, marked “edited”:</source>
        <translation>La persona veu el text nou al seu lloc, marcat com a «editat»:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="185" />
        <source>Delete message</source>
        <translation>Suprimeix el missatge</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="186" />
        <source>Delete this message for {0} too? The ticket's record keeps it, marked deleted.</source>
        <translation>Voleu suprimir aquest missatge també per a {0}? El registre de la consulta el conserva, marcat com a suprimit.</translation>
    </message>
</context>
<context>
    <name>MessageHitsModel</name>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="134" />
        <source>automatic</source>
        <translation>automàtic</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="44" />
        <source>New ticket</source>
        <translation>Consulta nova</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="46" />
        <source>New tickets</source>
        <translation>Consultes noves</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="46" />
        <source>{0} new tickets</source>
        <translation>{0} consultes noves</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="55" />
        <source>New message</source>
        <translation>Missatge nou</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="55" />
        <source>{0} wrote on {1}</source>
        <translation>{0} ha escrit a {1}</translation>
    </message>
</context>
<context>
    <name>OtherPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="310" />
        <source>There is no preview for this type of file.</source>
        <translation>No hi ha previsualització per a aquest tipus de fitxer.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="311" />
        <source>Use Save as… to keep a copy, or Open with… to open it in another program.</source>
        <translation>Feu servir «Desa com a…» per conservar-ne una còpia o «Obre amb…» per obrir-lo amb un altre programa.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="60" />
        <source>Previous page</source>
        <translation>Pàgina anterior</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="65" />
        <source>Page</source>
        <translation>Pàgina</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="68" />
        <location filename="../../deskclient/ui/previews/pdf.py" line="124" />
        <source>of {0}</source>
        <translation>de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="73" />
        <source>Next page</source>
        <translation>Pàgina següent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="76" />
        <source>Zoom out</source>
        <translation>Redueix el zoom</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="79" />
        <source>Zoom in</source>
        <translation>Augmenta el zoom</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="82" />
        <source>Fit width</source>
        <translation>Ajusta a l'amplada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="83" />
        <source>Fit the page width to the window (Ctrl+0)</source>
        <translation>Ajusta l'amplada de la pàgina a la finestra (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="88" />
        <source>Find in document…</source>
        <translation>Cerca en el document…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="99" />
        <source>Find</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="105" />
        <source>Next match</source>
        <translation>Coincidència següent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="108" />
        <source>Previous match</source>
        <translation>Coincidència anterior</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="118" />
        <source>This PDF is protected by a password and cannot be shown.</source>
        <translation>Aquest PDF està protegit amb contrasenya i no es pot mostrar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="122" />
        <source>This PDF is damaged or incomplete and cannot be shown.</source>
        <translation>Aquest PDF està malmès o incomplet i no es pot mostrar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="231" />
        <source>No matches</source>
        <translation>Cap coincidència</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="233" />
        <source>1 match</source>
        <translation>1 coincidència</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="233" />
        <source>{0} matches</source>
        <translation>{0} coincidències</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="160" />
        <location filename="../../deskclient/ui/previews/base.py" line="161" />
        <source>Save as…</source>
        <translation>Desa com a…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="162" />
        <source>Save a copy of this file</source>
        <translation>Desa una còpia d'aquest fitxer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="164" />
        <location filename="../../deskclient/ui/previews/base.py" line="165" />
        <source>Open with…</source>
        <translation>Obre amb…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="166" />
        <source>Open this file in another program</source>
        <translation>Obre aquest fitxer amb un altre programa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="222" />
        <source>Turned off: this file may be unsafe to open in another program</source>
        <translation>Desactivat: pot no ser segur obrir aquest fitxer amb un altre programa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="260" />
        <source>Save a copy as</source>
        <translation>Desa una còpia com a</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="271" />
        <source>the destination cannot be written</source>
        <translation>no es pot escriure a la destinació</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="272" />
        <source>The copy was not saved: {0}.</source>
        <translation>No s'ha desat la còpia: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="284" />
        <source>No program on this computer opens this type of file. Use Save as… to keep a copy.</source>
        <translation>Cap programa d'aquest ordinador no obre aquest tipus de fitxer. Feu servir «Desa com a…» per conservar-ne una còpia.</translation>
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
        <translation>una imatge JPEG</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="39" />
        <location filename="../../deskclient/ui/previews/image.py" line="28" />
        <source>a PNG image</source>
        <translation>una imatge PNG</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="40" />
        <location filename="../../deskclient/ui/previews/image.py" line="29" />
        <source>a BMP image</source>
        <translation>una imatge BMP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="41" />
        <location filename="../../deskclient/ui/previews/media.py" line="208" />
        <source>an Ogg audio file</source>
        <translation>un fitxer d'àudio Ogg</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="42" />
        <location filename="../../deskclient/ui/previews/media.py" line="215" />
        <source>an MP4 video</source>
        <translation>un vídeo MP4</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="43" />
        <source>a ZIP archive</source>
        <translation>un arxiu ZIP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="44" />
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="45" />
        <source>a text or XML file</source>
        <translation>un fitxer de text o XML</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="74" />
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="124" />
        <source>The file is missing or cannot be read.</source>
        <translation>El fitxer no existeix o no es pot llegir.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="77" />
        <source>The file is empty.</source>
        <translation>El fitxer és buit.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="87" />
        <source>it looks like {0}</source>
        <translation>sembla {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="90" />
        <source>its content is not a format the viewer knows</source>
        <translation>el contingut no té un format que el visor conegui</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="91" />
        <source>This file is not {0} ({1}).</source>
        <translation>Aquest fitxer no és {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="30" />
        <source>a WebP image</source>
        <translation>una imatge WebP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="31" />
        <source>This image is damaged or incomplete and cannot be shown.</source>
        <translation>Aquesta imatge està malmesa o incompleta i no es pot mostrar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="89" />
        <source>a JPEG, PNG or BMP image</source>
        <translation>una imatge JPEG, PNG o BMP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="104" />
        <source>The image is {0} × {1} pixels, too large to preview safely.</source>
        <translation>La imatge fa {0} × {1} píxels, massa gran per mostrar-la de manera segura.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="209" />
        <source>This audio file is damaged or in a format that cannot be played.</source>
        <translation>Aquest fitxer d'àudio està malmès o té un format que no es pot reproduir.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="216" />
        <source>This video is damaged or in a format that cannot be played.</source>
        <translation>Aquest vídeo està malmès o té un format que no es pot reproduir.</translation>
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
        <translation>Purga per caducitat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="29" />
        <source>Retention purge done: tickets past the retention period deleted: {0}</source>
        <translation>Purga per caducitat acabada: consultes suprimides per haver superat el termini de conservació: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="40" />
        <source>%v of %m tickets</source>
        <translation>%v de %m consultes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="42" />
        <source>Retention purge: tidying up</source>
        <translation>Purga per caducitat: netejant fitxers</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="43" />
        <source>Retention purge: compacting the database</source>
        <translation>Purga per caducitat: compactant la base de dades</translation>
    </message>
</context>
<context>
    <name>PurgeReport</name>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="18" />
        <source>tickets</source>
        <translation>consultes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="19" />
        <source>messages</source>
        <translation>missatges</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="20" />
        <source>earlier texts of edited messages</source>
        <translation>textos anteriors de missatges editats</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="21" />
        <source>attachments</source>
        <translation>adjunts</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="22" />
        <source>citizens</source>
        <translation>persones</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="23" />
        <source>files</source>
        <translation>fitxers</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="24" />
        <source>thumbnails</source>
        <translation>miniatures</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="25" />
        <source>exports</source>
        <translation>exportacions</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="26" />
        <source>log files</source>
        <translation>fitxers de registre</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="27" />
        <source>contacts in the Telegram session</source>
        <translation>contactes a la sessió de Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="28" />
        <source>chat histories on Telegram</source>
        <translation>historials de xat a Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="29" />
        <source>copies of the database made before an upgrade</source>
        <translation>còpies de la base de dades fetes abans d'una actualització</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="37" />
        <source>Erased:</source>
        <translation>Suprimit:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="39" />
        <source>Preview: the purge would delete what closed before {0}:</source>
        <translation>Previsualització: la purga suprimiria el que es va tancar abans del {0}:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="42" />
        <source>Purged: deleted what closed before {0}:</source>
        <translation>Purgat: s'ha suprimit el que es va tancar abans del {0}:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="45" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="50" />
        <source>The tickets closed between {0} and {1}.</source>
        <translation>Les consultes es van tancar entre el {0} i el {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="53" />
        <source>Another workstation was purging the database: only this computer's files were purged.</source>
        <translation>Un altre lloc de treball estava purgant la base de dades: només s'han purgat els fitxers d'aquest ordinador.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="56" />
        <source>Stopped early as the window closed; the next purge goes on.</source>
        <translation>S'ha aturat abans d'acabar en tancar-se la finestra; la propera purga continuarà.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="17" />
        <source>Mine</source>
        <translation>Meves</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="18" />
        <source>Unassigned</source>
        <translation>Sense assignar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="19" />
        <source>Closing</source>
        <translation>Tancant-se</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="20" />
        <source>Closed</source>
        <translation>Tancades</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="21" />
        <source>All</source>
        <translation>Totes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="48" />
        <source>Queue views</source>
        <translation>Vistes de la cua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="53" />
        <source>Search number or citizen…  (Ctrl+F)</source>
        <translation>Cerca número o persona…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="55" />
        <source>Search tickets</source>
        <translation>Cerca consultes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="57" />
        <source>Clear search</source>
        <translation>Esborra la cerca</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="59" />
        <source>Tickets</source>
        <translation>Consultes</translation>
    </message>
</context>
<context>
    <name>QuoteStrip</name>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="88" />
        <location filename="../../deskclient/ui/composer_parts.py" line="89" />
        <source>Do not quote</source>
        <translation>No citis</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="100" />
        <source>Replying to {0}: {1}</source>
        <translation>En resposta a {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ReviewTicketsModel</name>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="192" />
        <source>breached</source>
        <translation>incomplert</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="192" />
        <source>on time</source>
        <translation>a temps</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="193" />
        <source>on hold</source>
        <translation>retinguda</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="16" />
        <source>In the reply: type / and a shortcut to insert a canned reply</source>
        <translation>A la resposta: escriviu / i una drecera per inserir una resposta predefinida</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="17" />
        <source>In the search box: clear the search</source>
        <translation>Al quadre de cerca: esborrar la cerca</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="18" />
        <source>In the thread: copy the selected words, or the message</source>
        <translation>A la conversa: copiar les paraules seleccionades o el missatge</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="19" />
        <source>In the thread: the message's actions (copy, reply, edit, delete)</source>
        <translation>A la conversa: les accions del missatge (copiar, respondre, editar, suprimir)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="20" />
        <source>In a file preview: close it</source>
        <translation>A la previsualització d'un fitxer: tancar-la</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="21" />
        <source>In a voice note or a video: play or pause</source>
        <translation>En una nota de veu o un vídeo: reproduir o posar en pausa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="33" />
        <source>Keyboard shortcuts</source>
        <translation>Dreceres de teclat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="47" />
        <source>Keys</source>
        <translation>Tecles</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="47" />
        <source>Does</source>
        <translation>Acció</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="68" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Dreceres de teclat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="80" />
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <location filename="../../deskclient/ui/startup.py" line="38" />
        <source>deskclient could not start because of an unexpected error ({0}). The log has the details for IT.</source>
        <translation>deskclient no s'ha pogut iniciar per un error inesperat ({0}). El registre té els detalls per a Informàtica.</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="207" />
        <source>No tickets in this range</source>
        <translation>No hi ha consultes en aquest interval</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="211" />
        <source>First response by category</source>
        <translation>Primera resposta per categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="212" />
        <source>First response by agent</source>
        <translation>Primera resposta per agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="213" />
        <source>SLA met by category</source>
        <translation>Termini complert per categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="214" />
        <source>SLA met by agent</source>
        <translation>Termini complert per agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="229" />
        <source>Tickets per day</source>
        <translation>Consultes per dia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="229" />
        <source>Day opened</source>
        <translation>Dia d'obertura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="231" />
        <source>Tickets per week</source>
        <translation>Consultes per setmana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="231" />
        <source>ISO week opened</source>
        <translation>Setmana ISO d'obertura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="233" />
        <location filename="../../deskclient/ui/stats_charts.py" line="239" />
        <source>Tickets</source>
        <translation>Consultes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="245" />
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="245" />
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="254" />
        <source>Minutes to the first reply</source>
        <translation>Minuts fins a la primera resposta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="259" />
        <source>SLA met</source>
        <translation>Termini complert</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="267" />
        <source>Tickets answered on time (%)</source>
        <translation>Consultes respostes a temps (%)</translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="47" />
        <source>… queued</source>
        <translation>… a la cua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="48" />
        <source>✓ sent</source>
        <translation>✓ enviat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="49" />
        <source>✗ failed</source>
        <translation>✗ no enviat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="50" />
        <source>✓✓ delivered</source>
        <translation>✓✓ lliurat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="51" />
        <source>✓✓ seen</source>
        <translation>✓✓ llegit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="62" />
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="63" />
        <source>automatic message</source>
        <translation>missatge automàtic</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="64" />
        <source>internal note by {0}</source>
        <translation>nota interna de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="68" />
        <source>↪ Forwarded from {0}</source>
        <translation>↪ Reenviat de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="76" />
        <source>Attached: {0} (arriving…)</source>
        <translation>Adjunt: {0} (arribant…)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="79" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0}: no s'ha pogut baixar el fitxer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="82" />
        <source>Attached: {0} ({1} bytes)</source>
        <translation>Adjunt: {0} ({1} bytes)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="85" />
        <source>Refused file: {0} ({1})</source>
        <translation>Fitxer rebutjat: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="89" />
        <source>edited</source>
        <translation>editat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="91" />
        <source>deleted by the citizen</source>
        <translation>suprimit per la persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="97" />
        <source>as the approved template {0}</source>
        <translation>com la plantilla aprovada {0}</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="55" />
        <source>queued</source>
        <translation>a la cua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="56" />
        <source>✓ sent</source>
        <translation>✓ enviat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="57" />
        <source>✗ not sent</source>
        <translation>✗ no enviat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="58" />
        <source>✓✓ delivered</source>
        <translation>✓✓ lliurat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="59" />
        <source>✓✓ seen</source>
        <translation>✓✓ llegit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="61" />
        <source>edit pending</source>
        <translation>edició pendent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="62" />
        <source>deletion pending</source>
        <translation>supressió pendent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="69" />
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="70" />
        <source>Automatic message</source>
        <translation>Missatge automàtic</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="71" />
        <source>Internal note · {0}</source>
        <translation>Nota interna · {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="78" />
        <source>Forwarded from {0}</source>
        <translation>Reenviat de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="83" />
        <source>an earlier message</source>
        <translation>un missatge anterior</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="95" />
        <source>edited</source>
        <translation>editat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="98" />
        <source>deleted</source>
        <translation>suprimit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="99" />
        <source>deleted by the citizen</source>
        <translation>suprimit per la persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="103" />
        <source>retry</source>
        <translation>torna-ho a provar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="104" />
        <source>edit and send</source>
        <translation>edita i envia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="107" />
        <source>as the approved template {0}</source>
        <translation>com la plantilla aprovada {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="112" />
        <source>Reason: {0}</source>
        <translation>Motiu: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="126" />
        <source>The deletion did not reach the citizen: {0}</source>
        <translation>La supressió no ha arribat a la persona: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="127" />
        <source>The edit did not reach the citizen: {0}</source>
        <translation>La modificació no ha arribat a la persona: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="192" />
        <source>{0} · arriving…</source>
        <translation>{0} · arribant…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="195" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0}: no s'ha pogut baixar el fitxer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="199" />
        <source>Refused file: {0} ({1})</source>
        <translation>Fitxer rebutjat: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="375" />
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="424" />
        <source>Click to see the earlier text</source>
        <translation>Feu clic per veure el text anterior</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="62" />
        <location filename="../../deskclient/ui/ticket_panel.py" line="213" />
        <source>Select a ticket</source>
        <translation>Seleccioneu una consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="67" />
        <location filename="../../deskclient/ui/ticket_panel.py" line="237" />
        <source>&amp;Claim</source>
        <translation>A&amp;ssigna-me-la</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="69" />
        <source>Assign to an agent (team leads)</source>
        <translation>Assigna a un agent (coordinació)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="70" />
        <source>Assigned agent</source>
        <translation>Agent assignat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="72" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="73" />
        <source>(no category)</source>
        <translation>(sense categoria)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="80" />
        <source>Citizen's language</source>
        <translation>Llengua de la persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="83" />
        <source>Clo&amp;se ticket</source>
        <translation>Tan&amp;ca la consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="84" />
        <source>Re&amp;open</source>
        <translation>Re&amp;obre</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="229" />
        <source> · SLA breached</source>
        <translation> · termini incomplert</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="230" />
        <source> · category chosen by the citizen</source>
        <translation> · categoria triada per la ciutadania</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="232" />
        <source>The citizen wrote after the closing message — reopen if needed.</source>
        <translation>La persona ha escrit després del missatge de tancament — reobriu-la si cal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="238" />
        <source>Claimed by {0}</source>
        <translation>Assignada a {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="240" />
        <source>(unassigned)</source>
        <translation>(sense assignar)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="275" />
        <source>The quoted message is {0} messages back, too far to jump to: its text is in the quote.</source>
        <translation>El missatge citat és {0} missatges enrere, massa lluny per saltar-hi: el text és a la cita.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="279" />
        <source>The quoted message is not in this ticket.</source>
        <translation>El missatge citat no és en aquesta consulta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="336" />
        <source>Close ticket</source>
        <translation>Tanca la consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="337" />
        <source>Close {0}? {1} gets the closing message; a message from them in the next minutes joins this ticket.</source>
        <translation>Voleu tancar {0}? {1} rebrà el missatge de tancament; si escriu en els minuts següents, s'afegirà a aquesta consulta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="405" />
        <source>Edit and send again</source>
        <translation>Edita i torna a enviar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="406" />
        <source>Telegram refused this message. Change it and send it again:</source>
        <translation>Telegram ha rebutjat aquest missatge. Modifiqueu-lo i torneu-lo a enviar:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="424" />
        <source>That ticket is no longer in the records (purged or erased).</source>
        <translation>Aquesta consulta ja no és als registres (purgada o suprimida).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="492" />
        <source>No earlier text was kept.</source>
        <translation>No s'ha desat cap text anterior.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="493" />
        <source>Earlier text</source>
        <translation>Text anterior</translation>
    </message>
</context>
<context>
    <name>TicketQueueModel</name>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="35" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="36" />
        <source>Citizen</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="37" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="38" />
        <source>Last message</source>
        <translation>Darrer missatge</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="39" />
        <source>SLA left</source>
        <translation>Termini restant</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="40" />
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="41" />
        <source>Assignee</source>
        <translation>Assignada a</translation>
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
        <translation>{0} d {1} h</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="77" />
        <source>overdue {0}</source>
        <translation>vençuda fa {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="202" />
        <source>The citizen wrote after the closing message</source>
        <translation>La persona ha escrit després del missatge de tancament</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="227" />
        <source>answered late</source>
        <translation>contestada fora de termini</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="227" />
        <source>answered</source>
        <translation>contestada</translation>
    </message>
</context>
<context>
    <name>TrayKeeper</name>
    <message>
        <location filename="../../deskclient/ui/background.py" line="41" />
        <source>&amp;Open deskclient</source>
        <translation>&amp;Obre deskclient</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/background.py" line="44" />
        <source>&amp;Quit (stop answering citizens)</source>
        <translation>&amp;Surt (deixa d'atendre la ciutadania)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/background.py" line="61" />
        <source>deskclient keeps running here and answers citizens. Quit it from this icon's menu.</source>
        <translation>deskclient continua funcionant aquí i atén la ciutadania. Tanqueu-lo des del menú d'aquesta icona.</translation>
    </message>
</context>
<context>
    <name>TypingIndicator</name>
    <message>
        <location filename="../../deskclient/ui/typing_indicator.py" line="60" />
        <source>{0} is typing…</source>
        <translation>{0} està escrivint…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/typing_indicator.py" line="67" />
        <source>Nobody is typing</source>
        <translation>Ningú no escriu</translation>
    </message>
</context>
<context>
    <name>WindowStrip</name>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="35" />
        <source>Approved template</source>
        <translation>Plantilla aprovada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="36" />
        <source>Send &amp;template</source>
        <translation>Envia la &amp;plantilla</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="63" />
        <source>WhatsApp: free replies reach the citizen until {0}.</source>
        <translation>WhatsApp: les respostes lliures arriben al ciutadà fins a {0}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="66" />
        <source>WhatsApp's 24-hour window closed {0}: a free reply can no longer reach the citizen. Send an approved template:</source>
        <translation>La finestra de 24 hores de WhatsApp es va tancar {0}: una resposta lliure ja no arriba al ciutadà. Envieu una plantilla aprovada:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="69" />
        <source>WhatsApp's 24-hour window closed {0}: a free reply can no longer reach the citizen, and no approved template is configured.</source>
        <translation>La finestra de 24 hores de WhatsApp es va tancar {0}: una resposta lliure ja no arriba al ciutadà i no hi ha cap plantilla aprovada configurada.</translation>
    </message>
</context>
<context>
    <name>XmlPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="127" />
        <source>This XML file declares its own entities, a feature used to attack XML readers, so it is not shown.</source>
        <translation>Aquest fitxer XML declara les seves pròpies entitats, una tècnica que s'utilitza per atacar els lectors d'XML, i per això no es mostra.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="136" />
        <source>This XML is not well-formed ({0}), so it is shown as it arrived.</source>
        <translation>Aquest XML no està ben format ({0}), i per això es mostra tal com ha arribat.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="139" />
        <source>Showing the first {0} of {1} ({2} lines).</source>
        <translation>Es mostren els primers {0} de {1} ({2} línies).</translation>
    </message>
</context>
</TS>