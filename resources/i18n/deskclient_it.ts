<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
<context>
    <name />
    <message>
        <location filename="../../deskclient/net/login.py" line="27" />
        <source>That code is not right. Check the code Telegram sent and try again.</source>
        <translation>Il codice non è corretto. Controllare il codice inviato da Telegram e riprovare.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="29" />
        <source>That code has expired. Ask for a new code.</source>
        <translation>Il codice è scaduto. Chiederne uno nuovo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="31" />
        <source>Telegram does not know this phone number. Check it, with its country code.</source>
        <translation>Telegram non conosce questo numero di telefono. Controllarlo, con il prefisso del paese.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="33" />
        <source>Wrong password. Try again.</source>
        <translation>Password errata. Riprovare.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="35" />
        <source>The bot token is not valid. Copy it again from @BotFather.</source>
        <translation>Il token del bot non è valido. Copiarlo di nuovo da @BotFather.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="37" />
        <source>Telegram asks to wait {seconds} seconds before trying again.</source>
        <translation>Telegram chiede di attendere {seconds} secondi prima di riprovare.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="39" />
        <source>Cannot reach Telegram. Check the network and try again.</source>
        <translation>Impossibile raggiungere Telegram. Controllare la rete e riprovare.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="41" />
        <source>Telegram refused the login ({code}).</source>
        <translation>Telegram ha rifiutato l'accesso ({code}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="54" />
        <source>Not connected to Telegram yet. Wait a moment and try again.</source>
        <translation>Non ancora connesso a Telegram. Attendere un momento e riprovare.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="74" />
        <source>Ask for a code first.</source>
        <translation>Chiedere prima un codice.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="110" />
        <source>The QR code expired. Show a new one and scan it again.</source>
        <translation>Il codice QR è scaduto. Mostrarne uno nuovo e scansionarlo di nuovo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="24" />
        <location filename="../../deskclient/net/rpc_errors.py" line="32" />
        <source>the citizen has blocked the service account</source>
        <translation>il cittadino ha bloccato l'account del servizio</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="25" />
        <location filename="../../deskclient/net/rpc_errors.py" line="26" />
        <location filename="../../deskclient/net/rpc_errors.py" line="33" />
        <location filename="../../deskclient/net/rpc_errors.py" line="34" />
        <source>the citizen's Telegram account was deleted</source>
        <translation>l'account Telegram del cittadino è stato eliminato</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="29" />
        <source>the caption is longer than Telegram allows (1,024 characters)</source>
        <translation>la didascalia supera quanto ammesso da Telegram (1.024 caratteri)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="30" />
        <source>the text is longer than Telegram allows (4,096 characters)</source>
        <translation>il testo supera quanto ammesso da Telegram (4.096 caratteri)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="31" />
        <source>Telegram refuses an empty message</source>
        <translation>Telegram rifiuta un messaggio vuoto</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="35" />
        <location filename="../../deskclient/net/rpc_errors.py" line="36" />
        <source>Telegram does not know this citizen for the service account</source>
        <translation>Telegram non conosce questo cittadino per l'account del servizio</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="37" />
        <source>Telegram refused the file</source>
        <translation>Telegram ha rifiutato il file</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="38" />
        <source>the file is too big for Telegram</source>
        <translation>il file è troppo grande per Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="41" />
        <source>the service account has blocked this citizen</source>
        <translation>l'account del servizio ha bloccato questo cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="42" />
        <source>the citizen accepts messages from Premium accounts only</source>
        <translation>il cittadino accetta messaggi solo da account Premium</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="43" />
        <source>the service account may not write in this chat</source>
        <translation>l'account del servizio non può scrivere in questa chat</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="56" />
        <location filename="../../deskclient/net/whatsapp/media.py" line="74" />
        <source>the file to send is no longer on disk</source>
        <translation>il file da inviare non è più sul disco</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="71" />
        <source>not connected to Telegram</source>
        <translation>non connesso a Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="73" />
        <source>the message could not be sent</source>
        <translation>non è stato possibile inviare il messaggio</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="196" />
        <source>Only a team lead can send broadcasts.</source>
        <translation>Solo il coordinamento può inviare diffusioni.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="204" />
        <source>The default language must be one of the broadcast's texts.</source>
        <translation>La lingua predefinita deve essere uno dei testi della diffusione.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="207" />
        <source>The time to send needs a time zone.</source>
        <translation>L'ora di invio ha bisogno di un fuso orario.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="230" />
        <source>Unknown topic: {topics}.</source>
        <translation>Argomento sconosciuto: {topics}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="232" />
        <source>Choose at least one topic.</source>
        <translation>Scegliere almeno un argomento.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="240" />
        <source>Unknown language: {language}.</source>
        <translation>Lingua sconosciuta: {language}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="252" />
        <source>The {language} text is {length} characters long; Telegram takes at most {limit} under a file in one message.</source>
        <translation>Il testo in {language} è lungo {length} caratteri; Telegram ne accetta al massimo {limit} sotto un file in un messaggio.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="255" />
        <source>The {language} text is {length} characters long; Telegram takes at most {limit} in one message.</source>
        <translation>Il testo in {language} è lungo {length} caratteri; Telegram ne accetta al massimo {limit} in un messaggio.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="259" />
        <source>The broadcast has no text.</source>
        <translation>La diffusione non ha testo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="272" />
        <source>With every language's text, the channel post is {length} characters long; Telegram takes at most {limit} under a file in one post.</source>
        <translation>Con il testo di ogni lingua, il post del canale è lungo {length} caratteri; Telegram ne accetta al massimo {limit} sotto un file in un post.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="275" />
        <source>With every language's text, the channel post is {length} characters long; Telegram takes at most {limit} in one post.</source>
        <translation>Con il testo di ogni lingua, il post del canale è lungo {length} caratteri; Telegram ne accetta al massimo {limit} in un post.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="288" />
        <source>Only a team lead can cancel a broadcast.</source>
        <translation>Solo il coordinamento può annullare una diffusione.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="316" />
        <source>This broadcast's recipients were deleted after the retention period; its figures are in the report.</source>
        <translation>I destinatari di questa diffusione sono stati eliminati dopo il periodo di conservazione; i suoi dati sono nel rapporto.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="333" />
        <source>Cannot write {name}: {problem}.</source>
        <translation>Impossibile scrivere {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="52" />
        <source>“{name}” is not a channel's public name (like @gencat: 5 to 32 letters, digits or _, starting with a letter).</source>
        <translation>«{name}» non è il nome pubblico di un canale (come @gencat: da 5 a 32 lettere, cifre o _, iniziando con una lettera).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="107" />
        <source>Only a team lead can change a channel post.</source>
        <translation>Solo il coordinamento può modificare un post del canale.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="110" />
        <source>A channel post needs a text; delete it instead.</source>
        <translation>Un post del canale ha bisogno di un testo; eliminarlo, piuttosto.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="116" />
        <source>Only a team lead can delete a channel post.</source>
        <translation>Solo il coordinamento può eliminare un post del canale.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="43" />
        <source>look up citizens' records</source>
        <translation>consultare i dati dei cittadini</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="51" />
        <source>export a citizen's records</source>
        <translation>esportare i dati di un cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="91" />
        <source>correct a citizen's records</source>
        <translation>correggere i dati di un cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="93" />
        <source>The name cannot be empty.</source>
        <translation>Il nome non può essere vuoto.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="102" />
        <source>erase a citizen's records</source>
        <translation>cancellare i dati di un cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="110" />
        <source>Ticket {numbers} is on legal hold: release the hold before erasing this citizen's records.</source>
        <translation>La richiesta {numbers} è sotto vincolo legale: rimuovere il vincolo prima di cancellare i dati di questo cittadino.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="208" />
        <source>The new text is empty.</source>
        <translation>Il nuovo testo è vuoto.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="36" />
        <source>Not connected to Telegram: try again once online.</source>
        <translation>Non connesso a Telegram: riprovare quando la connessione torna.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="37" />
        <source>Telegram asks to wait {seconds} s: try again then.</source>
        <translation>Telegram chiede di attendere {seconds} s: riprovare dopo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="38" />
        <source>Telegram refused it ({reason}).</source>
        <translation>Telegram l'ha rifiutato ({reason}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="39" />
        <source>Not connected to WhatsApp: try again once online.</source>
        <translation>Non connesso a WhatsApp: riprovare quando la connessione torna.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="40" />
        <source>WhatsApp asks to wait {seconds} s: try again then.</source>
        <translation>WhatsApp chiede di attendere {seconds} s: riprovare dopo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="41" />
        <source>WhatsApp refused it ({reason}).</source>
        <translation>WhatsApp l'ha rifiutato ({reason}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="245" />
        <source>The note is empty.</source>
        <translation>La nota è vuota.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="281" />
        <source>Unknown category '{category}'.</source>
        <translation>Categoria sconosciuta: «{category}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="292" />
        <source>The desk has no automatic messages in '{language}'.</source>
        <translation>Il servizio non ha messaggi automatici in «{language}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="349" />
        <source>The text under the file is {length} characters long; Telegram takes at most {limit}. Send the text as a reply of its own.</source>
        <translation>Il testo sotto il file è lungo {length} caratteri; Telegram ne accetta al massimo {limit}. Inviare il testo come risposta a sé.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="353" />
        <source>The reply is empty.</source>
        <translation>La risposta è vuota.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="355" />
        <source>The reply is {length} characters long; Telegram takes at most {limit}. Split it in two.</source>
        <translation>La risposta è lunga {length} caratteri; Telegram ne accetta al massimo {limit}. Dividerla in due.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_intake.py" line="84" />
        <source>Cannot read {name}: {problem}.</source>
        <translation>Impossibile leggere {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_intake.py" line="89" />
        <source>{name} cannot be sent: {reason}. Accepted: {accepted}.</source>
        <translation>{name} non può essere inviato: {reason}. Accettati: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_intake.py" line="104" />
        <source>Cannot keep a copy of {name}: {problem}.</source>
        <translation>Impossibile conservare una copia di {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="56" />
        <source>{name} was not kept: {reason}.</source>
        <translation>{name} non è stato conservato: {reason}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="57" />
        <source>{name} is still arriving: try again in a moment.</source>
        <translation>{name} sta ancora arrivando: riprovare tra un momento.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="58" />
        <source>{name} could not be downloaded, so it was not kept.</source>
        <translation>{name} non è stato possibile scaricarlo, quindi non è stato conservato.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="59" />
        <source>{name} was received before files were shared between workstations: only the workstation that received it has it.</source>
        <translation>{name} è stato ricevuto prima che i file fossero condivisi tra le postazioni: lo ha solo la postazione che lo ha ricevuto.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="61" />
        <source>{name} is missing from the files folder.</source>
        <translation>{name} manca nella cartella dei file.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="62" />
        <source>{name} is incomplete or damaged in the shared store: it cannot be opened or sent.</source>
        <translation>{name} è incompleto o danneggiato nell'archivio condiviso: non può essere aperto né inviato.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="63" />
        <source>{name} could not be copied to this workstation's files folder ({problem}).</source>
        <translation>Non è stato possibile copiare {name} nella cartella dei file di questa postazione ({problem}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="91" />
        <source>The file's stored name is not valid, so it cannot be opened.</source>
        <translation>Il nome salvato del file non è valido, quindi non può essere aperto.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="150" />
        <source>This file is no longer kept (its ticket was purged or erased).</source>
        <translation>Questo file non è più conservato (la sua richiesta è stata eliminata o cancellata).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="30" />
        <source>You are no longer an agent of this desk (ask IT).</source>
        <translation>Non è più operatore di questo servizio (rivolgersi all'informatica).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="31" />
        <source>The database was upgraded by a newer deskclient: upgrade deskclient on this workstation and start it again.</source>
        <translation>Il database è stato aggiornato da un deskclient più recente: aggiornare deskclient su questa postazione e riavviarlo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="57" />
        <source>The database login {login} is not registered on this desk: ask IT to run `deskclient team add-agent {login}`.</source>
        <translation>L'utente del database {login} non è registrato in questo servizio: chiedere all'informatica di eseguire `deskclient team add-agent {login}`.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="73" />
        <source>This database has no team for this login (no rights on it, or `deskclient team init` never ran): {login} is neither an agent nor a team lead of this desk, so the desk does not start: ask IT.</source>
        <translation>Questo database non ha un team per questo utente (nessun permesso, o `deskclient team init` non è mai stato eseguito): {login} non è né operatore né coordinamento di questo servizio, che quindi non si avvia: rivolgersi all'informatica.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="78" />
        <source>`deskclient serve` connects as {login}, which is not the desk's service login: ask IT (`deskclient team add-agent NAME --service`).</source>
        <translation>`deskclient serve` si connette come {login}, che non è l'utente del servizio: rivolgersi all'informatica (`deskclient team add-agent NAME --service`).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="82" />
        <source>The database login {login} is neither an agent nor a team lead of this desk, so the desk does not start: ask IT.</source>
        <translation>L'utente del database {login} non è né operatore né coordinamento di questo servizio, che quindi non si avvia: rivolgersi all'informatica.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="85" />
        <source>This workstation holds the Telegram session, which files citizens' messages: its database login {login} needs the desk's service role too (ask IT), or set telegram.session = none and let `deskclient serve` hold it.</source>
        <translation>Questa postazione tiene la sessione Telegram, che registra i messaggi dei cittadini: il suo utente del database {login} ha bisogno anche del ruolo di servizio (rivolgersi all'informatica), oppure impostare telegram.session = none e lasciarla a `deskclient serve`.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="110" />
        <source>The database does not let your role do this.</source>
        <translation>Il database non consente questa azione al suo ruolo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="64" />
        <source>Only a team lead can {what}.</source>
        <translation>Solo il coordinamento può {what}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="99" />
        <location filename="../../deskclient/services/lead.py" line="106" />
        <source>search the retained conversations</source>
        <translation>cercare nelle conversazioni conservate</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="113" />
        <source>open a transcript</source>
        <translation>aprire una trascrizione</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="125" />
        <source>export transcripts</source>
        <translation>esportare trascrizioni</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="128" />
        <source>Choose at least one ticket to export.</source>
        <translation>Scegliere almeno una richiesta da esportare.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="130" />
        <source>At most {count} transcripts per export.</source>
        <translation>Al massimo {count} trascrizioni per esportazione.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="132" />
        <source>Transcripts export as PDF or CSV.</source>
        <translation>Le trascrizioni si esportano in PDF o CSV.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="174" />
        <source>see the statistics</source>
        <translation>vedere le statistiche</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="180" />
        <source>export the statistics</source>
        <translation>esportare le statistiche</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="191" />
        <location filename="../../deskclient/services/lead.py" line="197" />
        <source>read the audit log</source>
        <translation>leggere il registro di audit</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="201" />
        <source>export the audit log</source>
        <translation>esportare il registro di audit</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="218" />
        <source>put a ticket on legal hold</source>
        <translation>ha posto una richiesta sotto vincolo legale</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="221" />
        <source>Say why the ticket is on legal hold (e.g. the court order).</source>
        <translation>Indicare perché la richiesta è sotto vincolo legale (ad es. l'ordinanza del tribunale).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="225" />
        <source>release a legal hold</source>
        <translation>rimuovere un vincolo legale</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="234" />
        <source>link citizens</source>
        <translation>collegare cittadini</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="239" />
        <source>No ticket is numbered {number}.</source>
        <translation>Nessun ticket ha il numero {number}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="241" />
        <source>Both tickets are the same citizen's.</source>
        <translation>Entrambi i ticket sono dello stesso cittadino.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="250" />
        <source>unlink citizens</source>
        <translation>scollegare cittadini</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="254" />
        <source>That citizen is not linked to anyone.</source>
        <translation>Quel cittadino non è collegato a nessuno.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="265" />
        <source>run the retention purge</source>
        <translation>avviare l'eliminazione alla scadenza</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="282" />
        <source>The service purges daily at {hour} ({zone} time); a team lead may preview the purge but not run it.</source>
        <translation>Il servizio esegue l'eliminazione ogni giorno alle {hour} (ora di {zone}); il coordinamento può vederne l'anteprima, ma non avviarla.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead_tools.py" line="59" />
        <source>`deskclient purge` deletes as the desk's service: run it with the service's login in database.url, or let `deskclient serve` purge daily at {hour}.</source>
        <translation>`deskclient purge` elimina come il servizio: eseguirlo con l'utente del servizio in database.url, oppure lasciare che `deskclient serve` elimini ogni giorno alle {hour}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/outbox.py" line="61" />
        <source>More than 24 hours have passed since the citizen last wrote: WhatsApp only takes an approved template now</source>
        <translation>Sono passate più di 24 ore dall'ultimo messaggio del cittadino: ora WhatsApp accetta solo un modello approvato</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/outbox.py" line="63" />
        <source>More than 24 hours have passed since the citizen last wrote, and no approved WhatsApp template is configured for this message</source>
        <translation>Sono passate più di 24 ore dall'ultimo messaggio del cittadino e non è configurato alcun modello WhatsApp approvato per questo messaggio</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/outbox.py" line="305" />
        <source>The file could not be read from the store</source>
        <translation>Non è stato possibile leggere il file dall'archivio</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/broadcasts.py" line="128" />
        <source>Only a broadcast that is scheduled or being sent can be cancelled.</source>
        <translation>Si può annullare solo una diffusione programmata o in corso di invio.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/broadcasts.py" line="150" />
        <source>This broadcast does not exist.</source>
        <translation>Questa diffusione non esiste.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="22" />
        <source>Only a team lead can edit canned responses.</source>
        <translation>Solo il coordinamento può modificare le risposte predefinite.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="31" />
        <location filename="../../deskclient/store/canned.py" line="68" />
        <source>A canned reply needs a title and a text.</source>
        <translation>Una risposta predefinita ha bisogno di un titolo e di un testo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="56" />
        <source>A shortcut is letters a-z, digits, '-' and '_', at most 40.</source>
        <translation>Una scorciatoia è fatta di lettere a-z, cifre, '-' e '_', al massimo 40.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="59" />
        <source>The shortcut /{shortcut} is already the canned reply “{title}”'s.</source>
        <translation>La scorciatoia /{shortcut} è già della risposta predefinita «{title}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="74" />
        <source>There is already a canned reply called “{title}”.</source>
        <translation>Esiste già una risposta predefinita chiamata «{title}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/channel_posts.py" line="113" />
        <source>Only a post that is waiting or in the channel can be edited.</source>
        <translation>Si può modificare solo un post in attesa o nel canale.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/channel_posts.py" line="133" />
        <source>Only a post that is waiting or in the channel can be deleted.</source>
        <translation>Si può eliminare solo un post in attesa o nel canale.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/citizen_choices.py" line="30" />
        <location filename="../../deskclient/store/retention.py" line="443" />
        <location filename="../../deskclient/store/review.py" line="46" />
        <source>That ticket no longer exists (it may have been purged).</source>
        <translation>Quella richiesta non esiste più (potrebbe essere stata eliminata).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/citizen_reads.py" line="25" />
        <location filename="../../deskclient/store/citizen_reads.py" line="62" />
        <source>That citizen is no longer in the records (erased).</source>
        <translation>Quel cittadino non è più nei registri (cancellato).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/outbox_queue.py" line="181" />
        <source>Only a message that was not sent can be changed and sent again.</source>
        <translation>Si può modificare e inviare di nuovo solo un messaggio non inviato.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/delivery_status.py" line="145" />
        <location filename="../../deskclient/store/queue_reads.py" line="149" />
        <location filename="../../deskclient/store/repository.py" line="152" />
        <source>That ticket is no longer in the records (purged or erased).</source>
        <translation>Quella richiesta non è più nei registri (eliminata o cancellata).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/retention.py" line="459" />
        <source>That ticket no longer exists.</source>
        <translation>Quella richiesta non esiste più.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/retention.py" line="461" />
        <source>Ticket {number} is not on legal hold.</source>
        <translation>La richiesta {number} non è sotto vincolo legale.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/review.py" line="135" />
        <location filename="../../deskclient/store/review.py" line="168" />
        <source>That citizen is not in the records (erased or purged).</source>
        <translation>Quel cittadino non è nei registri (cancellato o eliminato).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="34" />
        <source>This ticket is closed and cannot be claimed.</source>
        <translation>Questa richiesta è chiusa e non può essere presa in carico.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="35" />
        <source>Ticket {number} was already claimed by {agent}.</source>
        <translation>La richiesta {number} è già stata presa in carico da {agent}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="45" />
        <source>Only a team lead can assign a ticket to someone else.</source>
        <translation>Solo il coordinamento può assegnare una richiesta a un'altra persona.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="77" />
        <source>Ticket {number} is closed: the citizen's next message will open a new one.</source>
        <translation>La richiesta {number} è chiusa: il prossimo messaggio del cittadino ne aprirà una nuova.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="105" />
        <source>Only an agent's message that was sent can be changed.</source>
        <translation>Si può modificare solo un messaggio di un operatore già inviato.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="155" />
        <source>Ticket {number} is already closing.</source>
        <translation>La richiesta {number} è già in chiusura.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="156" />
        <source>Ticket {number} is already closed.</source>
        <translation>La richiesta {number} è già chiusa.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="176" />
        <source>Ticket {number} can only be reopened within the grace period after closing.</source>
        <translation>La richiesta {number} può essere riaperta solo durante il periodo di tolleranza dopo la chiusura.</translation>
    </message>
    <message>
        <location filename="../../deskclient/errors.py" line="114" />
        <source>Telegram refused the message ({code})</source>
        <translation>Telegram ha rifiutato il messaggio ({code})</translation>
    </message>
    <message>
        <location filename="../../deskclient/errors.py" line="115" />
        <source>the message could not be sent ({code})</source>
        <translation>non è stato possibile inviare il messaggio ({code})</translation>
    </message>
    <message>
        <location filename="../../deskclient/errors.py" line="116" />
        <source>{reason}; gave up after {tries} tries</source>
        <translation>{reason}; abbandonato dopo {tries} tentativi</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge.py" line="327" />
        <source>The database log (WAL) was in use and could not be emptied now; the next purge will.</source>
        <translation>Il registro del database (WAL) era in uso e non è stato possibile svuotarlo ora; lo farà la prossima eliminazione.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge.py" line="331" />
        <source>The database could not be compacted now; the next purge will.</source>
        <translation>Non è stato possibile compattare il database ora; lo farà la prossima eliminazione.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge_session.py" line="76" />
        <source>The Telegram session's cache could not be cleaned now (in use); the next purge will.</source>
        <translation>Non è stato possibile pulire ora la cache della sessione Telegram (in uso); lo farà la prossima eliminazione.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge_session.py" line="97" />
        <source>The Telegram session file could not be compacted now.</source>
        <translation>Non è stato possibile compattare ora il file della sessione Telegram.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="125" />
        <source>The purged rows are deleted, but this login may not rewrite the database's tables (VACUUM FULL needs their owner), so their old text stays in the table files until the service's next purge.</source>
        <translation>Le righe eliminate sono state cancellate, ma questo utente non può riscrivere le tabelle del database (VACUUM FULL richiede il proprietario), quindi il loro vecchio testo resta nei file delle tabelle fino alla prossima eliminazione del servizio.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="129" />
        <source>A long transaction elsewhere could still see the purged rows, so the database kept their old copies for now; the next purge removes them.</source>
        <translation>Una lunga transazione altrove poteva ancora vedere le righe eliminate, quindi il database ne ha conservato per ora le vecchie copie; la prossima eliminazione le rimuove.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="132" />
        <source>Some database tables were in use and were not rewritten now; the next purge does it.</source>
        <translation>Alcune tabelle del database erano in uso e non sono state riscritte ora; lo farà la prossima eliminazione.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="135" />
        <source>Messages kept arriving, so the purged text's old copies stay in the database files until a quiet moment; the desk tries again every few minutes.</source>
        <translation>Continuavano ad arrivare messaggi, quindi le vecchie copie del testo eliminato restano nei file del database fino a un momento di calma; il servizio riprova ogni pochi minuti.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="43" />
        <source>more than 24 hours have passed since the citizen last wrote: only an approved template can reach them</source>
        <translation>sono passate più di 24 ore dall'ultimo messaggio del cittadino: solo un modello approvato può raggiungerlo</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="44" />
        <source>WhatsApp could not deliver it to this number</source>
        <translation>WhatsApp non è riuscito a consegnarlo a questo numero</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="45" />
        <source>too many messages to this citizen in a short time</source>
        <translation>troppi messaggi a questo cittadino in poco tempo</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="46" />
        <source>the number's sending rate was exceeded</source>
        <translation>è stata superata la velocità di invio del numero</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="47" />
        <source>WhatsApp limited this number's sending (spam rate)</source>
        <translation>WhatsApp ha limitato gli invii di questo numero (limite antispam)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="48" />
        <source>the WhatsApp access token is no longer valid</source>
        <translation>il token di accesso di WhatsApp non è più valido</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="49" />
        <source>the WhatsApp access token lacks the messaging permission</source>
        <translation>il token di accesso di WhatsApp non ha il permesso di messaggistica</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="50" />
        <source>WhatsApp refused the message as malformed</source>
        <translation>WhatsApp ha rifiutato il messaggio perché malformato</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="51" />
        <source>the template's parameters do not match the approved template</source>
        <translation>i parametri non corrispondono al modello approvato</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="52" />
        <source>no approved template of that name and language</source>
        <translation>nessun modello approvato con quel nome e quella lingua</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="53" />
        <source>WhatsApp does not support this kind of message</source>
        <translation>WhatsApp non supporta questo tipo di messaggio</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="54" />
        <source>WhatsApp could not download the file</source>
        <translation>WhatsApp non è riuscito a scaricare il file</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="55" />
        <source>WhatsApp could not take the file</source>
        <translation>WhatsApp non è riuscito ad accettare il file</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="71" />
        <source>the template is paused or disabled</source>
        <translation>il modello è in pausa o disattivato</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/gateway.py" line="287" />
        <source>WhatsApp cannot edit a message once sent</source>
        <translation>WhatsApp non consente di modificare un messaggio già inviato</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/gateway.py" line="290" />
        <source>WhatsApp cannot delete a message once sent</source>
        <translation>WhatsApp non consente di eliminare un messaggio già inviato</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/arriving_files.py" line="93" />
        <source>A citizen's file could not be downloaded; the message was kept without it.</source>
        <translation>Non è stato possibile scaricare il file di un cittadino; il messaggio è stato conservato senza.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge_schedule.py" line="143" />
        <source>The retention purge could not run now; it will try again within the hour.</source>
        <translation>L'eliminazione alla scadenza non è potuta partire ora; riproverà entro un'ora.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="32" />
        <source>The database refuses writes (locked).</source>
        <translation>Il database rifiuta le scritture (bloccato).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="33" />
        <location filename="../../deskclient/store/faults.py" line="31" />
        <source>The database cannot be reached.</source>
        <translation>Il database non è raggiungibile.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="34" />
        <source>The database refuses writes (disk full).</source>
        <translation>Il database rifiuta le scritture (disco pieno).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="35" />
        <source>The database reports disk errors.</source>
        <translation>Il database segnala errori del disco.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="36" />
        <location filename="../../deskclient/store/faults.py" line="35" />
        <source>The database is unavailable.</source>
        <translation>Il database non è disponibile.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="38" />
        <source>{problem} Citizens' messages waiting to be filed when it is back: {count}.</source>
        <translation>{problem} Messaggi dei cittadini in attesa di registrazione al suo ritorno: {count}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="107" />
        <source>The database is back: waiting messages were filed.</source>
        <translation>Il database è tornato: i messaggi in attesa sono stati registrati.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/faults.py" line="30" />
        <source>The database refuses writes: another program holds its lock.</source>
        <translation>Il database rifiuta le scritture: un altro programma ne detiene il blocco.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/faults.py" line="32" />
        <source>The disk holding the database is full: free some space.</source>
        <translation>Il disco del database è pieno: liberare spazio.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/faults.py" line="33" />
        <source>The disk holding the database reports read or write errors.</source>
        <translation>Il disco del database segnala errori di lettura o scrittura.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/customer_windows.py" line="50" />
        <source>More than 24 hours have passed since the citizen last wrote: on WhatsApp only an approved template reaches them now.</source>
        <translation>Sono passate più di 24 ore dall'ultimo messaggio del cittadino: su WhatsApp ora gli arriva solo un modello approvato.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/customer_windows.py" line="58" />
        <source>No approved template is configured for that.</source>
        <translation>Non è configurato alcun modello approvato per questo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/inbound.py" line="52" />
        <source>another chat</source>
        <translation>un'altra chat</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/inbound.py" line="53" />
        <source>another chat (forwarded many times)</source>
        <translation>un'altra chat (inoltrato molte volte)</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcast_sender.py" line="77" />
        <source>No approved WhatsApp template is configured for broadcasts ([whatsapp.templates.broadcast])</source>
        <translation>Non è configurato alcun modello WhatsApp approvato per gli invii alla lista ([whatsapp.templates.broadcast])</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcast_sender.py" line="79" />
        <source>More than 24 hours have passed since the citizen wrote, and no approved WhatsApp template is configured for list notices ([whatsapp.templates.list_notice])</source>
        <translation>Sono passate più di 24 ore dal messaggio del cittadino e non è configurato alcun modello WhatsApp approvato per gli avvisi della lista ([whatsapp.templates.list_notice])</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/media.py" line="48" />
        <source>WhatsApp does not take this kind of file: send it as PDF, JPEG or PNG, plain text, an Office document, MP4 or MP3</source>
        <translation>WhatsApp non accetta questo tipo di file: inviarlo come PDF, JPEG o PNG, testo semplice, documento Office, MP4 o MP3</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/media.py" line="50" />
        <source>the file is too big for WhatsApp (100 MB at most)</source>
        <translation>il file è troppo grande per WhatsApp (al massimo 100 MB)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/media.py" line="51" />
        <source>the image could not be read to convert it for WhatsApp</source>
        <translation>non è stato possibile leggere l'immagine per convertirla per WhatsApp</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="34" />
        <source>agent</source>
        <translation>operatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="36" />
        <source>automatic message</source>
        <translation>messaggio automatico</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="37" />
        <source>internal note by {0}</source>
        <translation>nota interna di {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="42" />
        <source>Attached: {0} (arriving…)</source>
        <translation>Allegato: {0} (in arrivo…)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="44" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0}: non è stato possibile scaricare il file</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="46" />
        <source>Refused file: {0} ({1})</source>
        <translation>File rifiutato: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="48" />
        <source>Attached: {0}</source>
        <translation>Allegati: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="58" />
        <source>seen</source>
        <translation>letto</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="59" />
        <source>sent</source>
        <translation>inviato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="59" />
        <source>delivered</source>
        <translation>consegnato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="61" />
        <source>as the approved template {0}</source>
        <translation>come modello approvato {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="63" />
        <source>queued</source>
        <translation>in coda</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="65" />
        <source>not sent</source>
        <translation>non inviato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="67" />
        <source>Reason: {0}</source>
        <translation>Motivo: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="69" />
        <source>edited</source>
        <translation>modificato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="71" />
        <source>deleted</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="72" />
        <source>deleted by the citizen</source>
        <translation>eliminato dal cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="74" />
        <source>edit pending</source>
        <translation>modifica in attesa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="76" />
        <source>deletion pending</source>
        <translation>eliminazione in attesa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="79" />
        <source>The deletion did not reach the citizen: {0}</source>
        <translation>L'eliminazione non è arrivata al cittadino: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="80" />
        <source>The edit did not reach the citizen: {0}</source>
        <translation>La modifica non è arrivata al cittadino: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="89" />
        <source>Forwarded from {0}</source>
        <translation>Inoltrato da {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="92" />
        <source>Quoting: {0}</source>
        <translation>Citazione: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="91" />
        <source>an earlier message</source>
        <translation>un messaggio precedente</translation>
    </message>
</context>
<context>
    <name>AttachedFiles</name>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="29" />
        <source>Attached:</source>
        <translation>Allegati:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="52" />
        <location filename="../../deskclient/ui/composer_parts.py" line="53" />
        <source>Remove {0}</source>
        <translation>Rimuovi {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="62" />
        <source>Attached: {0}</source>
        <translation>Allegati: {0}</translation>
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
        <translation>Nuova diffusione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="118" />
        <source>The text for subscribers who speak {0}. **bold**, __italic__, [a link](https://…)</source>
        <translation>Il testo per gli iscritti che parlano {0}. **grassetto**, __corsivo__, [un link](https://…)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="129" />
        <source>&amp;Bold</source>
        <translation>&amp;Grassetto</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="131" />
        <source>&amp;Italic</source>
        <translation>&amp;Corsivo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="133" />
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="139" />
        <source>Other languages get the text in:</source>
        <translation>Le altre lingue ricevono il testo in:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="154" />
        <source>Post to the &amp;channel too:</source>
        <translation>Pubblica anche nel &amp;canale:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="165" />
        <source>&amp;Attach a file…</source>
        <translation>&amp;Allega un file…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="167" />
        <source>Remove the file</source>
        <translation>Rimuovi il file</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="169" />
        <location filename="../../deskclient/ui/broadcast_composer.py" line="317" />
        <source>No file</source>
        <translation>Nessun file</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="175" />
        <source>Send &amp;now</source>
        <translation>Invia &amp;ora</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="176" />
        <source>Send &amp;at</source>
        <translation>Invia &amp;alle</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="195" />
        <source>Subscribers' language</source>
        <translation>Lingua degli iscritti</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="195" />
        <source>Subscribers</source>
        <translation>Iscritti</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="196" />
        <source>Text they get</source>
        <translation>Testo ricevuto</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="204" />
        <location filename="../../deskclient/ui/broadcast_composer.py" line="324" />
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="207" />
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="215" />
        <source>Topics:</source>
        <translation>Argomenti:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="216" />
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="217" />
        <source>Channel:</source>
        <translation>Canale:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="218" />
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="224" />
        <source>Who will get it:</source>
        <translation>Chi la riceverà:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="260" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="261" />
        <source>Address (https://…):</source>
        <translation>Indirizzo (https://…):</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="269" />
        <source>A link starts with https://</source>
        <translation>Un link inizia con https://</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="282" />
        <source>&lt;i&gt;As the subscribers will see it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Come lo vedranno gli iscritti.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="287" />
        <source>Attach a file</source>
        <translation>Allega un file</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="290" />
        <source>Accepted files ({0})</source>
        <translation>File accettati ({0})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="306" />
        <source>{0} cannot be read</source>
        <translation>Impossibile leggere {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="312" />
        <source>{0} cannot be broadcast: {1}. Accepted: {2}.</source>
        <translation>{0} non può essere diffuso: {1}. Accettati: {2}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="324" />
        <source>Schedule</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="372" />
        <source>{0} (no text yet)</source>
        <translation>{0} (ancora senza testo)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="375" />
        <source>{0}, the default</source>
        <translation>{0}, predefinita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="384" />
        <source>Subscribers who will get it: {0}.</source>
        <translation>Iscritti che la riceveranno: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="386" />
        <source>No topic chosen: nobody on the list gets it.</source>
        <translation>Nessun argomento scelto: nessuno della lista la riceve.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="388" />
        <source>Urgent: it goes before the rest of any broadcast being sent.</source>
        <translation>Urgente: passa davanti al resto di qualsiasi diffusione in invio.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="392" />
        <source>It is posted to {0} too, in {1}.</source>
        <translation>Viene pubblicata anche su {0}, in {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="403" />
        <source>Write the text in at least one language.</source>
        <translation>Scrivere il testo in almeno una lingua.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="405" />
        <source>Choose a topic, or a channel to post to.</source>
        <translation>Scegliere un argomento, o un canale in cui pubblicare.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="408" />
        <source>Write the {0} text too: subscribers of languages without a text get that one.</source>
        <translation>Scrivere anche il testo in {0}: gli iscritti delle lingue senza testo ricevono quello.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="412" />
        <source>That time has passed: choose a later one, or send now.</source>
        <translation>Quell'orario è già passato: sceglierne uno successivo o inviare ora.</translation>
    </message>
</context>
<context>
    <name>BroadcastLabels</name>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="30" />
        <source>scheduled</source>
        <translation>programmata</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="31" />
        <source>sending</source>
        <translation>in invio</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="32" />
        <source>done</source>
        <translation>completata</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="33" />
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="36" />
        <source>waiting to be posted</source>
        <translation>in attesa di pubblicazione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="37" />
        <source>posted</source>
        <translation>pubblicato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="38" />
        <source>not posted</source>
        <translation>non pubblicato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="39" />
        <source>deleted from the channel</source>
        <translation>eliminato dal canale</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="40" />
        <source>not posted: cancelled</source>
        <translation>non pubblicato: annullato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="43" />
        <source>edit asked for, not made yet</source>
        <translation>modifica richiesta, non ancora eseguita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="44" />
        <source>deletion asked for, not made yet</source>
        <translation>eliminazione richiesta, non ancora eseguita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="50" />
        <source>blocked the service account</source>
        <translation>ha bloccato l'account del servizio</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="52" />
        <source>deleted their Telegram account</source>
        <translation>ha eliminato il proprio account Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="54" />
        <source>the service account is not an admin of @{name}</source>
        <translation>l'account del servizio non è amministratore di @{name}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="56" />
        <source>no Telegram channel is called @{name}</source>
        <translation>nessun canale Telegram si chiama @{name}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="58" />
        <source>@{name} is not a Telegram channel</source>
        <translation>@{name} non è un canale Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="60" />
        <source>the post is no longer in @{name}</source>
        <translation>il post non è più in @{name}</translation>
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
        <translation>Argomenti</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="104" />
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="104" />
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="105" />
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="105" />
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="106" />
        <source>Failed</source>
        <translation>Non riusciti</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="106" />
        <source>Text</source>
        <translation>Testo</translation>
    </message>
</context>
<context>
    <name>BroadcastsWindow</name>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="49" />
        <source>deskclient — broadcasts</source>
        <translation>deskclient — diffusioni</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="52" />
        <location filename="../../deskclient/ui/broadcast_report.py" line="369" />
        <source>&amp;New broadcast…</source>
        <translation>&amp;Nuova diffusione…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="138" />
        <source>Subscribers: {0}</source>
        <translation>Iscritti: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="150" />
        <source>Waiting to be sent:</source>
        <translation>In attesa di invio:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="150" />
        <source>Sent:</source>
        <translation>Inviati:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="151" />
        <source>Failed:</source>
        <translation>Non riusciti:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="152" />
        <source>Taken off the list along the way:</source>
        <translation>Tolti dalla lista durante l'invio:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="153" />
        <source>Left the list before their turn:</source>
        <translation>Usciti dalla lista prima del proprio turno:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="154" />
        <source>Not sent (cancelled):</source>
        <translation>Non inviati (annullata):</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="159" />
        <source>Why it failed</source>
        <translation>Motivo dell'errore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="159" />
        <source>Subscribers</source>
        <translation>Iscritti</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="160" />
        <source>Of them taken off the list</source>
        <translation>Di cui tolti dalla lista</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="169" />
        <source>Channel post</source>
        <translation>Post nel canale</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="173" />
        <source>&amp;Edit the post…</source>
        <translation>&amp;Modifica il post…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="175" />
        <source>&amp;Delete the post…</source>
        <translation>&amp;Elimina il post…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="185" />
        <source>Export &amp;CSV…</source>
        <translation>Esporta in &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="187" />
        <source>Cancel the broadcast…</source>
        <translation>Annulla la diffusione…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="207" />
        <source>No broadcast chosen.</source>
        <translation>Nessuna diffusione scelta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="217" />
        <source>Broadcast {0}</source>
        <translation>Diffusione {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="219" />
        <source>waiting while an urgent broadcast goes first</source>
        <translation>in attesa mentre una diffusione urgente passa per prima</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="221" />
        <source>waiting for {0} to connect</source>
        <translation>in attesa che {0} si connetta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="223" />
        <source>to {0}</source>
        <translation>a {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="223" />
        <source>no list</source>
        <translation>nessuna lista</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="225" />
        <source>file {0}</source>
        <translation>file {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="227" />
        <source>by {0}</source>
        <translation>da {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="261" />
        <source>edited {0}</source>
        <translation>modificato il {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="282" />
        <source>Broadcast {0} stored; the service sends it.</source>
        <translation>Diffusione {0} salvata; la invia il servizio.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="287" />
        <source>Export the broadcast's recipients</source>
        <translation>Esporta i destinatari della diffusione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="289" />
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="300" />
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="306" />
        <source>Cancel the broadcast</source>
        <translation>Annulla la diffusione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="307" />
        <source>Stop this broadcast? Whoever has not got it yet will not.</source>
        <translation>Interrompere questa diffusione? Chi non l'ha ancora ricevuta non la riceverà.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="318" />
        <source>Edit the channel post</source>
        <translation>Modifica il post del canale</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="319" />
        <source>The post's new text (**bold**, __italic__, [a link](https://…)):</source>
        <translation>Il nuovo testo del post (**grassetto**, __corsivo__, [un link](https://…)):</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="333" />
        <source>Delete the channel post</source>
        <translation>Elimina il post del canale</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="334" />
        <source>Delete this post from the channel, for everyone who follows it?</source>
        <translation>Eliminare questo post dal canale per tutti coloro che lo seguono?</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="364" />
        <source>&amp;Broadcasts</source>
        <translation>&amp;Diffusioni</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="365" />
        <source>Broadcasts and &amp;channel posts…</source>
        <translation>Diffusioni e post nel &amp;canale…</translation>
    </message>
</context>
<context>
    <name>CannedCompleter</name>
    <message>
        <location filename="../../deskclient/ui/canned_completer.py" line="79" />
        <source>Canned replies</source>
        <translation>Risposte predefinite</translation>
    </message>
</context>
<context>
    <name>CannedManager</name>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="33" />
        <location filename="../../deskclient/ui/canned_manager.py" line="42" />
        <source>Canned replies</source>
        <translation>Risposte predefinite</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="44" />
        <source>&amp;New reply</source>
        <translation>&amp;Nuova risposta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="56" />
        <source>e.g. hours (agents type /hours)</source>
        <translation>ad es. orari (gli operatori digitano /orari)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="64" />
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="66" />
        <source>Insert:</source>
        <translation>Inserisci:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="69" />
        <source>Filled in with the {0} when an agent inserts the reply</source>
        <translation>Sostituito con il {0} quando un operatore inserisce la risposta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="81" />
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="82" />
        <source>&amp;Shortcut:</source>
        <translation>&amp;Scorciatoia:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="83" />
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="84" />
        <source>Te&amp;xt:</source>
        <translation>Te&amp;sto:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="87" />
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="90" />
        <source>Delete this &amp;language</source>
        <translation>Elimina questa &amp;lingua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="92" />
        <source>&amp;Delete reply…</source>
        <translation>&amp;Elimina la risposta…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="118" />
        <source>citizen's name</source>
        <translation>nome del cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="118" />
        <source>ticket number</source>
        <translation>numero di richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="119" />
        <source>agent's name</source>
        <translation>nome dell'operatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="174" />
        <source>Written in: {0}</source>
        <translation>Scritta in: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="175" />
        <source>Not saved yet.</source>
        <translation>Non ancora salvato.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="190" />
        <source>Give the reply a title.</source>
        <translation>Assegnare un titolo alla risposta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="192" />
        <source>A shortcut is made of letters a–z, digits, - and _ (at most 40).</source>
        <translation>Una scorciatoia è composta da lettere a–z, cifre, - e _ (al massimo 40).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="195" />
        <source>/{0} is already the shortcut of “{1}”.</source>
        <translation>/{0} è già la scorciatoia di «{1}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="197" />
        <source>There is already a reply called “{0}”.</source>
        <translation>Esiste già una risposta chiamata «{0}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="215" />
        <source>Write the text in one language at least.</source>
        <translation>Scrivere il testo in almeno una lingua.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="229" />
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="247" />
        <source>Delete canned reply</source>
        <translation>Elimina la risposta predefinita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="248" />
        <source>Delete “{0}” in every language?</source>
        <translation>Eliminare «{0}» in tutte le lingue?</translation>
    </message>
</context>
<context>
    <name>CitizenCorrectionDialog</name>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="49" />
        <source>Correct the stored data</source>
        <translation>Rettifica i dati registrati</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="53" />
        <source>no phone stored</source>
        <translation>nessun telefono registrato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="54" />
        <source>What the citizen asked to rectify. Each change is in the audit log (without the values).</source>
        <translation>Ciò che il cittadino ha chiesto di rettificare. Ogni modifica resta nel registro di audit (senza i valori).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="62" />
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="63" />
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
</context>
<context>
    <name>CitizenLinks</name>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="21" />
        <source>Open a ticket of one of the two citizens first.</source>
        <translation>Aprire prima un ticket di uno dei due cittadini.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="25" />
        <location filename="../../deskclient/ui/citizen_links.py" line="75" />
        <source>Link citizens</source>
        <translation>Collega cittadini</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="26" />
        <source>The same person's ticket number on the other channel (e.g. 2026-000123):</source>
        <translation>Numero di ticket della stessa persona sull'altro canale (ad es. 2026-000123):</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="40" />
        <source>{0} and {1} are one person now: each one's panel shows the other's tickets and notes.</source>
        <translation>{0} e {1} sono ora la stessa persona: il pannello di ciascuno mostra i ticket e le note dell'altro.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="48" />
        <source>Open a ticket of the citizen to unlink first.</source>
        <translation>Aprire prima un ticket del cittadino da scollegare.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="50" />
        <location filename="../../deskclient/ui/citizen_links.py" line="51" />
        <location filename="../../deskclient/ui/citizen_links.py" line="67" />
        <location filename="../../deskclient/ui/citizen_links.py" line="71" />
        <source>Unlink citizen</source>
        <translation>Scollega cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="52" />
        <source>This ticket's citizen is then a person of their own again: their panel shows only their own tickets and notes, and a data-subject request covers only them.</source>
        <translation>Il cittadino di questo ticket torna a essere una persona a sé: il suo pannello mostra solo i suoi ticket e le sue note, e una richiesta dell'interessato riguarda solo lui.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="57" />
        <source>Unlink</source>
        <translation>Scollega</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="70" />
        <source>{0} is a citizen of their own again.</source>
        <translation>{0} è di nuovo un cittadino a sé.</translation>
    </message>
</context>
<context>
    <name>CitizenPanel</name>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="189" />
        <source>Earlier tickets</source>
        <translation>Richieste precedenti</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="192" />
        <source>No earlier tickets.</source>
        <translation>Nessuna richiesta precedente.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="193" />
        <location filename="../../deskclient/ui/citizen_panel.py" line="195" />
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="196" />
        <source>No notes yet.</source>
        <translation>Ancora nessuna nota.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="197" />
        <source>Add a &amp;note…</source>
        <translation>Aggiungi una &amp;nota…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="207" />
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="290" />
        <source>WhatsApp:</source>
        <translation>WhatsApp:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="302" />
        <source>Same person as: {0}</source>
        <translation>Stessa persona di: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="291" />
        <source>Telegram:</source>
        <translation>Telegram:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="179" />
        <source>Phone:</source>
        <translation>Telefono:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="271" />
        <source>no public username</source>
        <translation>nessun nome utente pubblico</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="276" />
        <source>Earlier tickets ({0})</source>
        <translation>Richieste precedenti ({0})</translation>
    </message>
</context>
<context>
    <name>CitizenTicketsModel</name>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="116" />
        <source>Read this ticket</source>
        <translation>Leggere questa richiesta</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="43" />
        <location filename="../../deskclient/ui/composer.py" line="146" />
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Scrivere una risposta… (Ctrl+Invio per inviare)</translation>
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
        <translation>Risposta al cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="51" />
        <source>&amp;Attach…</source>
        <translation>&amp;Allega…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="53" />
        <source>Canned &amp;replies</source>
        <translation>&amp;Risposte predefinite</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="63" />
        <location filename="../../deskclient/ui/composer.py" line="150" />
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="92" />
        <source>&amp;Manage canned replies…</source>
        <translation>&amp;Gestisci le risposte predefinite…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="115" />
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="118" />
        <source>Accepted files ({0})</source>
        <translation>File accettati ({0})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="129" />
        <source>{0} cannot be read</source>
        <translation>Impossibile leggere {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="137" />
        <source>Not attached — {0}. Accepted: {1}.</source>
        <translation>Non allegato — {0}. Accettati: {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="145" />
        <source>Internal note for the team — never sent to the citizen</source>
        <translation>Nota interna per il gruppo di lavoro — non viene mai inviata al cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="147" />
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="150" />
        <source>Add note</source>
        <translation>Aggiungi nota</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="36" />
        <source>Something went wrong</source>
        <translation>Si è verificato un problema</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="38" />
        <source>Copy the report</source>
        <translation>Copia il rapporto</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="40" />
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="44" />
        <source>deskclient hit an unexpected error and carried on. Please send this report to IT; it holds no message content.</source>
        <translation>deskclient ha riscontrato un errore imprevisto e ha continuato a funzionare. Inviare questo rapporto ai servizi informatici; non contiene il testo di alcun messaggio.</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordDialog</name>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="32" />
        <source>Database password</source>
        <translation>Password del database</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="33" />
        <source>The team database on {0} asks for the password of {1}.</source>
        <translation>Il database del gruppo su {0} richiede la password di {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="35" />
        <source>That password was not accepted. Try again.</source>
        <translation>La password non è stata accettata. Riprovare.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="39" />
        <source>Remember it on this computer</source>
        <translation>Memorizzala su questo computer</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="13" />
        <source>deskclient talks to Telegram as your service's own application. Your organisation registers it once: log in at &lt;a href='https://my.telegram.org'&gt;my.telegram.org&lt;/a&gt; with the service account's phone number, open &lt;i&gt;API development tools&lt;/i&gt;, create an application, and copy its &lt;b&gt;api_id&lt;/b&gt; and &lt;b&gt;api_hash&lt;/b&gt; here. IT can also put them in &lt;tt&gt;/etc/xdg/deskclient/config.toml&lt;/tt&gt; for every workstation.</source>
        <translation>deskclient comunica con Telegram come applicazione propria del vostro servizio. L'ente la registra una sola volta: accedere a &lt;a href='https://my.telegram.org'&gt;my.telegram.org&lt;/a&gt; con il numero di telefono dell'account del servizio, aprire &lt;i&gt;API development tools&lt;/i&gt;, creare un'applicazione e copiare qui il suo &lt;b&gt;api_id&lt;/b&gt; e il suo &lt;b&gt;api_hash&lt;/b&gt;. I servizi informatici possono anche inserirli in &lt;tt&gt;/etc/xdg/deskclient/config.toml&lt;/tt&gt; per tutte le postazioni.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="31" />
        <source>Welcome to deskclient</source>
        <translation>Benvenuti in deskclient</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="40" />
        <source>Save and log in</source>
        <translation>Salva e accedi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="42" />
        <source>Try the demo first</source>
        <translation>Prova prima la dimostrazione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="62" />
        <source>The api_id is a number, e.g. 1234567.</source>
        <translation>L'api_id è un numero, ad esempio 1234567.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="65" />
        <source>The api_hash is 32 letters and digits (0-9, a-f).</source>
        <translation>L'api_hash è composto da 32 lettere e cifre (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="70" />
        <source>Cannot save the settings: {0}</source>
        <translation>Impossibile salvare le impostazioni: {0}</translation>
    </message>
</context>
<context>
    <name>ImagePreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="190" />
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="198" />
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="201" />
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="202" />
        <source>Fit to window (Ctrl+0)</source>
        <translation>Adatta alla finestra (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="205" />
        <source>Actual size (Ctrl+1)</source>
        <translation>Dimensioni reali (Ctrl+1)</translation>
    </message>
</context>
<context>
    <name>InlineMedia</name>
    <message>
        <location filename="../../deskclient/ui/bubble_media.py" line="185" />
        <source>Voice note: Space plays it</source>
        <translation>Messaggio vocale: Spazio lo riproduce</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/bubble_media.py" line="186" />
        <source>Voice note playing: Space pauses it</source>
        <translation>Messaggio vocale in riproduzione: Spazio lo mette in pausa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/bubble_media.py" line="187" />
        <source>Voice note paused: Space plays it</source>
        <translation>Messaggio vocale in pausa: Spazio lo riproduce</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="19" />
        <source>open</source>
        <translation>aperta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="20" />
        <source>closing</source>
        <translation>in chiusura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="21" />
        <source>closed</source>
        <translation>chiusa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="25" />
        <source>offline</source>
        <translation>non in linea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="26" />
        <source>connecting</source>
        <translation>connessione in corso</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="27" />
        <source>logged out</source>
        <translation>disconnesso</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="28" />
        <source>online</source>
        <translation>in linea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="32" />
        <source>agent</source>
        <translation>operatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="33" />
        <source>lead</source>
        <translation>coordinamento</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="37" />
        <source>tickets</source>
        <translation>richieste</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="38" />
        <source>files</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="39" />
        <source>compacting</source>
        <translation>compattazione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="40" />
        <source>done</source>
        <translation>completata</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="44" />
        <source>IMAGE</source>
        <translation>IMMAGINE</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="45" />
        <source>AUDIO</source>
        <translation>AUDIO</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="46" />
        <source>VIDEO</source>
        <translation>VIDEO</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="47" />
        <source>OTHER</source>
        <translation>ALTRO</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="48" />
        <source>STICKER</source>
        <translation>STICKER</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="54" />
        <source>logged in to the desk</source>
        <translation>ha effettuato l'accesso a deskclient</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="55" />
        <source>logged in to Telegram</source>
        <translation>ha effettuato l'accesso a Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="56" />
        <source>logged out of Telegram</source>
        <translation>si è disconnesso da Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="57" />
        <source>changed a person's role</source>
        <translation>ha modificato il ruolo di una persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="58" />
        <source>claimed a ticket</source>
        <translation>ha preso in carico una richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="59" />
        <source>assigned a ticket</source>
        <translation>ha assegnato una richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="60" />
        <source>claim or assignment refused</source>
        <translation>assegnazione rifiutata</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="61" />
        <source>set a category</source>
        <translation>ha impostato una categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="62" />
        <source>closed a ticket</source>
        <translation>ha chiuso una richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="63" />
        <source>reopened a ticket</source>
        <translation>ha riaperto una richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="64" />
        <source>read a closed ticket</source>
        <translation>ha letto una richiesta chiusa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="65" />
        <source>edited a sent message</source>
        <translation>ha modificato un messaggio inviato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="66" />
        <source>deleted a sent message</source>
        <translation>ha eliminato un messaggio inviato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="67" />
        <source>changed a refused message</source>
        <translation>ha modificato un messaggio rifiutato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="68" />
        <source>created a canned reply</source>
        <translation>ha creato una risposta predefinita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="69" />
        <source>edited a canned reply</source>
        <translation>ha modificato una risposta predefinita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="70" />
        <source>deleted a canned reply</source>
        <translation>ha eliminato una risposta predefinita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="71" />
        <source>lead action refused</source>
        <translation>azione di coordinamento rifiutata</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="72" />
        <source>searched the conversations</source>
        <translation>ha effettuato una ricerca nelle conversazioni</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="73" />
        <source>opened a transcript</source>
        <translation>ha aperto una trascrizione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="74" />
        <source>exported transcripts</source>
        <translation>ha esportato trascrizioni</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="75" />
        <source>viewed the statistics</source>
        <translation>ha consultato le statistiche</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="76" />
        <source>exported the statistics</source>
        <translation>ha esportato le statistiche</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="77" />
        <source>viewed the audit log</source>
        <translation>ha consultato il registro di audit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="78" />
        <source>exported the audit log</source>
        <translation>ha esportato il registro di audit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="79" />
        <source>looked up citizens</source>
        <translation>ha cercato cittadini</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="80" />
        <source>exported a citizen's data</source>
        <translation>ha esportato i dati di un cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="81" />
        <source>corrected a citizen's data</source>
        <translation>ha rettificato i dati di un cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="82" />
        <source>erased a citizen's data</source>
        <translation>ha cancellato i dati di un cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="83" />
        <source>linked two citizens as one person</source>
        <translation>ha collegato due cittadini come la stessa persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="84" />
        <source>unlinked a citizen from the same person</source>
        <translation>ha scollegato un cittadino dalla stessa persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="85" />
        <source>erased the citizens linked to a citizen</source>
        <translation>ha cancellato i cittadini collegati a un cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="86" />
        <source>put a ticket on legal hold</source>
        <translation>ha posto una richiesta sotto vincolo legale</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="87" />
        <source>released a legal hold</source>
        <translation>ha rimosso un vincolo legale</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="88" />
        <source>previewed the purge</source>
        <translation>ha visualizzato l'anteprima dell'eliminazione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="89" />
        <source>purged old conversations</source>
        <translation>ha eliminato conversazioni scadute</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="90" />
        <source>left a group</source>
        <translation>ha lasciato un gruppo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="91" />
        <source>corrected a citizen's language</source>
        <translation>ha corretto la lingua di un cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="92" />
        <source>citizen chose a category</source>
        <translation>il cittadino ha scelto una categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="93" />
        <source>deleted a chat on Telegram</source>
        <translation>ha eliminato una chat su Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="94" />
        <source>chat deletion refused by Telegram</source>
        <translation>eliminazione di una chat rifiutata da Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="95" />
        <source>created a broadcast</source>
        <translation>ha creato una diffusione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="96" />
        <source>cancelled a broadcast</source>
        <translation>ha annullato una diffusione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="97" />
        <source>posted to a channel</source>
        <translation>ha pubblicato in un canale</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="98" />
        <source>channel post refused by Telegram</source>
        <translation>post nel canale rifiutato da Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="99" />
        <source>edited a channel post</source>
        <translation>ha modificato un post del canale</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="100" />
        <source>deleted a channel post</source>
        <translation>ha eliminato un post del canale</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="105" />
        <source>(no category)</source>
        <translation>(nessuna categoria)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="106" />
        <source>(unassigned)</source>
        <translation>(non assegnata)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="148" />
        <source>files of type .{ext} are not accepted</source>
        <translation>i file di tipo .{ext} non sono accettati</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="150" />
        <source>{size} is over the {limit} limit</source>
        <translation>{size} supera il limite di {limit}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="151" />
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="152" />
        <source>the file is over the size limit</source>
        <translation>il file supera la dimensione massima</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="154" />
        <source>the content is not {expected}</source>
        <translation>il contenuto non è {expected}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="156" />
        <source>the content is {found}, not {expected}</source>
        <translation>il contenuto è {found}, non {expected}</translation>
    </message>
</context>
<context>
    <name>LeadAuditTab</name>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="35" />
        <source>any agent</source>
        <translation>qualsiasi operatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="41" />
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="42" />
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="43" />
        <source>Audit events from</source>
        <translation>Registro di audit dal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="44" />
        <source>Audit events to</source>
        <translation>Registro di audit al</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="45" />
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="47" />
        <source>Export CSV</source>
        <translation>Esporta in CSV</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="50" />
        <source>action</source>
        <translation>azione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="50" />
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="51" />
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="57" />
        <source>Audit log</source>
        <translation>Registro di audit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="76" />
        <source>any action</source>
        <translation>qualsiasi azione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="96" />
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
</context>
<context>
    <name>LeadModels</name>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="104" />
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="104" />
        <location filename="../../deskclient/ui/lead_models.py" line="155" />
        <location filename="../../deskclient/ui/lead_models.py" line="209" />
        <source>Ticket</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="105" />
        <location filename="../../deskclient/ui/lead_models.py" line="156" />
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="105" />
        <source>From</source>
        <translation>Da</translation>
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
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="155" />
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="156" />
        <source>Closed</source>
        <translation>Chiusura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="157" />
        <location filename="../../deskclient/ui/lead_models.py" line="209" />
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="158" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="158" />
        <source>SLA</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="159" />
        <source>Legal hold</source>
        <translation>Vincolo legale</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="208" />
        <source>When</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="208" />
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="210" />
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
</context>
<context>
    <name>LeadRetentionTab</name>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="32" />
        <source>Conversations are kept %1 months after a ticket closes, then purged for good (database, files, thumbnails, exports, logs, the Telegram session's cache). Tickets on legal hold are kept.</source>
        <translation>Le conversazioni sono conservate per %1 mesi dopo la chiusura della richiesta, poi eliminate definitivamente (database, file, miniature, esportazioni, log, cache della sessione Telegram). Le richieste sotto vincolo legale sono conservate.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="36" />
        <source>&amp;Preview the purge</source>
        <translation>&amp;Anteprima dell'eliminazione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="39" />
        <source>The service purges daily at %1 (%2 time); each purge is in the audit log.</source>
        <translation>Il servizio esegue l'eliminazione ogni giorno alle %1 (ora di %2); ogni eliminazione è nel registro di audit.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="43" />
        <source>P&amp;urge now…</source>
        <translation>&amp;Elimina ora…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="55" />
        <source>name, phone or Telegram/WhatsApp id</source>
        <translation>nome, telefono o ID Telegram/WhatsApp</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="58" />
        <source>Citizens found</source>
        <translation>Cittadini trovati</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="60" />
        <source>Export everything (ZIP)</source>
        <translation>Esporta tutto (ZIP)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="61" />
        <source>Correct name or phone…</source>
        <translation>Rettifica nome o telefono…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="62" />
        <source>Erase now…</source>
        <translation>Cancella ora…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="74" />
        <source>Citizens' requests:</source>
        <translation>Richieste dei cittadini:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="81" />
        <source>Purge</source>
        <translation>Eliminazione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="82" />
        <source>Delete for good every conversation past the retention period? This cannot be undone.</source>
        <translation>Eliminare definitivamente tutte le conversazioni che hanno superato il periodo di conservazione? L'operazione non può essere annullata.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="84" />
        <source>Purge now</source>
        <translation>Elimina ora</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="123" />
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="138" />
        <source>Corrected: %1</source>
        <translation>Rettificato: %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="138" />
        <source>nothing</source>
        <translation>nulla</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="145" />
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="146" />
        <source>Erase everything held about this citizen (and about the citizens linked to them as the same person), now and for good? This cannot be undone.</source>
        <translation>Cancellare ora e definitivamente tutti i dati conservati su questo cittadino (e sui cittadini collegati a lui come una stessa persona)? L'operazione non può essere annullata.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="149" />
        <source>Erase now</source>
        <translation>Cancella ora</translation>
    </message>
</context>
<context>
    <name>LeadStatisticsTab</name>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="21" />
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="28" />
        <source>Tickets opened from</source>
        <translation>Richieste aperte dal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="22" />
        <source>Tickets opened to</source>
        <translation>Richieste aperte al</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="23" />
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="25" />
        <source>Export CSV</source>
        <translation>Esporta in CSV</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="28" />
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="34" />
        <source>Statistics table</source>
        <translation>Tabella delle statistiche</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="36" />
        <source>Statistics</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="37" />
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="38" />
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="52" />
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
</context>
<context>
    <name>LeadWindow</name>
    <message>
        <location filename="../../deskclient/ui/lead_dates.py" line="19" />
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="135" />
        <location filename="../../deskclient/ui/stats_charts.py" line="72" />
        <source>SLA met</source>
        <translation>Termine rispettato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="72" />
        <source>deskclient — team lead</source>
        <translation>deskclient — coordinamento</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="75" />
        <source>&amp;Log review</source>
        <translation>&amp;Revisione delle conversazioni</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="76" />
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiche</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="77" />
        <source>&amp;Audit log</source>
        <translation>Registro di &amp;audit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="78" />
        <source>&amp;Retention and citizens</source>
        <translation>&amp;Conservazione e cittadini</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="79" />
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="119" />
        <source>Words, prefix*, "a phrase" (accents and case ignored)</source>
        <translation>Parole, prefisso*, "una frase" (senza distinguere accenti e maiuscole)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="122" />
        <source>any agent</source>
        <translation>qualsiasi operatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="126" />
        <source>any category</source>
        <translation>qualsiasi categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="130" />
        <source>any status</source>
        <translation>qualsiasi stato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="134" />
        <source>any SLA</source>
        <translation>qualsiasi termine</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="134" />
        <source>SLA breached</source>
        <translation>Termine superato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="138" />
        <location filename="../../deskclient/ui/lead_window.py" line="143" />
        <source>citizen name or phone</source>
        <translation>nome o telefono del cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="141" />
        <source>Words to search</source>
        <translation>Parole da cercare</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="141" />
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="142" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="142" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="143" />
        <source>SLA</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="145" />
        <source>on legal hold</source>
        <translation>sotto vincolo legale</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="147" />
        <source>Opened from</source>
        <translation>Aperte dal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="148" />
        <source>Opened to</source>
        <translation>Aperte al</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="149" />
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="153" />
        <source>opened from</source>
        <translation>aperte dal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="153" />
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="166" />
        <source>Messages found</source>
        <translation>Messaggi trovati</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="167" />
        <source>Tickets found</source>
        <translation>Richieste trovate</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="173" />
        <source>Transcript</source>
        <translation>Trascrizione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="176" />
        <source>Open &amp;transcript</source>
        <translation>Apri la &amp;trascrizione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="177" />
        <source>Export &amp;PDF</source>
        <translation>Esporta in &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="178" />
        <source>Export &amp;CSV</source>
        <translation>Esporta in &amp;CSV</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="179" />
        <source>Legal &amp;hold…</source>
        <translation>&amp;Vincolo legale…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="180" />
        <source>&amp;Release hold</source>
        <translation>&amp;Rimuovi il vincolo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="282" />
        <source>%n message(s) shown</source>
        <translation><numerusform>%n messaggio mostrato</numerusform><numerusform>%n messaggi mostrati</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="288" />
        <source>more than %n ticket(s)</source>
        <translation><numerusform>più di %n richiesta</numerusform><numerusform>più di %n richieste</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="290" />
        <source>%n ticket(s)</source>
        <translation><numerusform>%n richiesta</numerusform><numerusform>%n richieste</numerusform></translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="321" />
        <source>Select the tickets to export.</source>
        <translation>Selezionare le richieste da esportare.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="327" />
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="338" />
        <source>Legal hold</source>
        <translation>Vincolo legale</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="339" />
        <source>Why is this ticket kept beyond the retention period?</source>
        <translation>Perché questa richiesta deve essere conservata oltre il periodo di conservazione?</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="345" />
        <source>The ticket is on legal hold.</source>
        <translation>La richiesta è sotto vincolo legale.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="355" />
        <source>The legal hold was released.</source>
        <translation>Il vincolo legale è stato rimosso.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="397" />
        <source>&amp;Link citizens…</source>
        <translation>&amp;Collega cittadini…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="399" />
        <source>&amp;Unlink citizen…</source>
        <translation>&amp;Scollega cittadino…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="394" />
        <source>&amp;Canned replies…</source>
        <translation>&amp;Risposte predefinite…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="376" />
        <source>&amp;Team lead…</source>
        <translation>Strumenti di &amp;coordinamento…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="390" />
        <source>&amp;Lead</source>
        <translation>C&amp;oordinamento</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="69" />
        <source>Tickets</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="69" />
        <source>Answered</source>
        <translation>Con risposta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="70" />
        <source>First response median</source>
        <translation>Mediana della prima risposta</translation>
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
        <translation>Mediana in orario di servizio</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="88" />
        <source>Response times in minutes (wall clock, or counting service hours only).</source>
        <translation>Tempi di risposta in minuti (tempo reale, o contando solo l'orario di servizio).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="89" />
        <source>Per week</source>
        <translation>Per settimana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="89" />
        <source>Per day</source>
        <translation>Per giorno</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="91" />
        <source>All tickets</source>
        <translation>Tutte le richieste</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="91" />
        <source>all</source>
        <translation>tutte</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="92" />
        <source>By category</source>
        <translation>Per categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="93" />
        <source>By agent</source>
        <translation>Per operatore</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="24" />
        <source>On a phone already logged in to the service account: Telegram → Settings → Devices → Link Desktop Device, then point the camera at this code.</source>
        <translation>Su un telefono con l'account del servizio già collegato: Telegram → Impostazioni → Dispositivi → Collega dispositivo desktop, quindi inquadrare questo codice con la fotocamera.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="45" />
        <source>Log in to Telegram</source>
        <translation>Accedi a Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="51" />
        <source>Send code</source>
        <translation>Invia il codice</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="53" />
        <location filename="../../deskclient/ui/login_dialog.py" line="56" />
        <location filename="../../deskclient/ui/login_dialog.py" line="60" />
        <source>Log in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="58" />
        <source>Show a new code</source>
        <translation>Mostra un nuovo codice</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="65" />
        <source>The service account's phone number, with its country code:</source>
        <translation>Il numero di telefono dell'account del servizio, con il prefisso internazionale:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="67" />
        <source>The code Telegram has just sent to that account:</source>
        <translation>Il codice che Telegram ha appena inviato a quell'account:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="69" />
        <source>This account has two-step verification. Its password:</source>
        <translation>Questo account ha la verifica in due passaggi. La sua password:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="72" />
        <source>A bot token from @BotFather:</source>
        <translation>Un token del bot fornito da @BotFather:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="75" />
        <source>Phone number</source>
        <translation>Numero di telefono</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="76" />
        <source>QR code</source>
        <translation>Codice QR</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="77" />
        <source>Bot token</source>
        <translation>Token del bot</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="121" />
        <source>Hint: {0}</source>
        <translation>Suggerimento: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="58" />
        <source>deskclient — DEMO network</source>
        <translation>deskclient — rete DIMOSTRATIVA</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="116" />
        <source>DEMO — simulated citizens on a simulated Telegram; nothing leaves this computer</source>
        <translation>DIMOSTRAZIONE — cittadini simulati su un Telegram simulato; nulla esce da questo computer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="131" />
        <source>&amp;Ticket</source>
        <translation>&amp;Richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="131" />
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="131" />
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="133" />
        <source>&amp;Next ticket</source>
        <translation>Richiesta &amp;successiva</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="134" />
        <source>&amp;Reply</source>
        <translation>&amp;Rispondi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="136" />
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="137" />
        <source>C&amp;laim</source>
        <translation>&amp;Prendi in carico</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="138" />
        <source>&amp;Close ticket…</source>
        <translation>&amp;Chiudi la richiesta…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="139" />
        <source>Re&amp;open</source>
        <translation>Ri&amp;apri</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="140" />
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="141" />
        <source>&amp;Attach files…</source>
        <translation>Allega &amp;file…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="142" />
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="143" />
        <source>&amp;Mine</source>
        <translation>&amp;Mie</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="144" />
        <source>&amp;Unassigned</source>
        <translation>&amp;Non assegnate</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="145" />
        <source>C&amp;losing</source>
        <translation>In chi&amp;usura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="146" />
        <source>Clos&amp;ed</source>
        <translation>C&amp;hiuse</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="147" />
        <source>&amp;All</source>
        <translation>&amp;Tutte</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="150" />
        <source>&amp;Log in to Telegram…</source>
        <translation>&amp;Accedi a Telegram…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="151" />
        <source>Log &amp;out of Telegram…</source>
        <translation>&amp;Esci da Telegram…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="342" />
        <source>{0} (access token refused: see deskclient doctor)</source>
        <translation>{0} (token di accesso rifiutato: vedere deskclient doctor)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="343" />
        <source>{0}; WhatsApp logged out (access token refused: see deskclient doctor)</source>
        <translation>{0}; WhatsApp disconnesso (token di accesso rifiutato: vedere deskclient doctor)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="395" />
        <source>Log out of Telegram</source>
        <translation>Esci da Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="396" />
        <source>Log the service account out of Telegram on this computer? Citizens' messages are not received until someone logs in again with a code sent to the account's phone.</source>
        <translation>Disconnettere l'account del servizio da Telegram su questo computer? I messaggi dei cittadini non vengono ricevuti finché qualcuno non accede di nuovo con un codice inviato al telefono dell'account.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="398" />
        <source>Log out</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="344" />
        <source>service: {0}</source>
        <translation>servizio: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="361" />
        <source>Telegram asked us to wait: sending resumes in {0} s</source>
        <translation>Telegram chiede di attendere: l'invio riprende tra {0} s</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="387" />
        <source>Logged in as {0}</source>
        <translation>Accesso effettuato come {0}</translation>
    </message>
</context>
<context>
    <name>MediaPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="93" />
        <location filename="../../deskclient/ui/previews/media.py" line="195" />
        <source>Play</source>
        <translation>Riproduci</translation>
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
        <translation>&amp;Copia la selezione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="109" />
        <source>&amp;Copy text</source>
        <translation>&amp;Copia il testo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="113" />
        <source>Copy &amp;link</source>
        <translation>Copia il &amp;link</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="116" />
        <source>&amp;Open {0}</source>
        <translation>&amp;Apri {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="119" />
        <source>Send a&amp;gain</source>
        <translation>Invia di nuo&amp;vo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="122" />
        <source>&amp;Reply quoting this message</source>
        <translation>&amp;Rispondi citando questo messaggio</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="125" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="126" />
        <source>&amp;Delete for the citizen too…</source>
        <translation>&amp;Elimina anche per il cittadino…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="130" />
        <source>&amp;Edit and send again…</source>
        <translation>&amp;Modifica e invia di nuovo…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="133" />
        <source>Show &amp;earlier text</source>
        <translation>Mostra il testo &amp;precedente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="161" />
        <source>automatic message</source>
        <translation>messaggio automatico</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="171" />
        <source>Edit message</source>
        <translation>Modifica il messaggio</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="172" />
        <source>The citizen sees the new text in place, marked “edited”:</source>
        <translation>Il cittadino vede il nuovo testo al suo posto, contrassegnato come «modificato»:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="185" />
        <source>Delete message</source>
        <translation>Elimina il messaggio</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="186" />
        <source>Delete this message for {0} too? The ticket's record keeps it, marked deleted.</source>
        <translation>Eliminare questo messaggio anche per {0}? Il registro della richiesta lo conserva, contrassegnato come eliminato.</translation>
    </message>
</context>
<context>
    <name>MessageHitsModel</name>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="134" />
        <source>automatic</source>
        <translation>automatico</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="44" />
        <source>New ticket</source>
        <translation>Nuova richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="46" />
        <source>New tickets</source>
        <translation>Nuove richieste</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="46" />
        <source>{0} new tickets</source>
        <translation>{0} nuove richieste</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="55" />
        <source>New message</source>
        <translation>Nuovo messaggio</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="55" />
        <source>{0} wrote on {1}</source>
        <translation>{0} ha scritto nella richiesta {1}</translation>
    </message>
</context>
<context>
    <name>OtherPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="310" />
        <source>There is no preview for this type of file.</source>
        <translation>Non è disponibile un'anteprima per questo tipo di file.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="311" />
        <source>Use Save as… to keep a copy, or Open with… to open it in another program.</source>
        <translation>Usare «Salva come…» per conservarne una copia oppure «Apri con…» per aprirlo con un altro programma.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="60" />
        <source>Previous page</source>
        <translation>Pagina precedente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="65" />
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="68" />
        <location filename="../../deskclient/ui/previews/pdf.py" line="124" />
        <source>of {0}</source>
        <translation>di {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="73" />
        <source>Next page</source>
        <translation>Pagina successiva</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="76" />
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="79" />
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="82" />
        <source>Fit width</source>
        <translation>Adatta alla larghezza</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="83" />
        <source>Fit the page width to the window (Ctrl+0)</source>
        <translation>Adatta la larghezza della pagina alla finestra (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="88" />
        <source>Find in document…</source>
        <translation>Cerca nel documento…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="99" />
        <source>Find</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="105" />
        <source>Next match</source>
        <translation>Corrispondenza successiva</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="108" />
        <source>Previous match</source>
        <translation>Corrispondenza precedente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="118" />
        <source>This PDF is protected by a password and cannot be shown.</source>
        <translation>Questo PDF è protetto da password e non può essere mostrato.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="122" />
        <source>This PDF is damaged or incomplete and cannot be shown.</source>
        <translation>Questo PDF è danneggiato o incompleto e non può essere mostrato.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="231" />
        <source>No matches</source>
        <translation>Nessuna corrispondenza</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="233" />
        <source>1 match</source>
        <translation>1 corrispondenza</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="233" />
        <source>{0} matches</source>
        <translation>{0} corrispondenze</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="160" />
        <location filename="../../deskclient/ui/previews/base.py" line="161" />
        <source>Save as…</source>
        <translation>Salva come…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="162" />
        <source>Save a copy of this file</source>
        <translation>Salva una copia di questo file</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="164" />
        <location filename="../../deskclient/ui/previews/base.py" line="165" />
        <source>Open with…</source>
        <translation>Apri con…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="166" />
        <source>Open this file in another program</source>
        <translation>Apri questo file con un altro programma</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="222" />
        <source>Turned off: this file may be unsafe to open in another program</source>
        <translation>Disattivato: aprire questo file con un altro programma potrebbe non essere sicuro</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="260" />
        <source>Save a copy as</source>
        <translation>Salva una copia come</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="271" />
        <source>the destination cannot be written</source>
        <translation>impossibile scrivere nella destinazione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="272" />
        <source>The copy was not saved: {0}.</source>
        <translation>La copia non è stata salvata: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="284" />
        <source>No program on this computer opens this type of file. Use Save as… to keep a copy.</source>
        <translation>Nessun programma di questo computer apre questo tipo di file. Usare «Salva come…» per conservarne una copia.</translation>
    </message>
</context>
<context>
    <name>Previews</name>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="37" />
        <location filename="../../deskclient/ui/previews/pdf.py" line="115" />
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="38" />
        <location filename="../../deskclient/ui/previews/image.py" line="27" />
        <source>a JPEG image</source>
        <translation>un'immagine JPEG</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="39" />
        <location filename="../../deskclient/ui/previews/image.py" line="28" />
        <source>a PNG image</source>
        <translation>un'immagine PNG</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="40" />
        <location filename="../../deskclient/ui/previews/image.py" line="29" />
        <source>a BMP image</source>
        <translation>un'immagine BMP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="41" />
        <location filename="../../deskclient/ui/previews/media.py" line="208" />
        <source>an Ogg audio file</source>
        <translation>un file audio Ogg</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="42" />
        <location filename="../../deskclient/ui/previews/media.py" line="215" />
        <source>an MP4 video</source>
        <translation>un video MP4</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="43" />
        <source>a ZIP archive</source>
        <translation>un archivio ZIP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="44" />
        <source>a program</source>
        <translation>un programma</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="45" />
        <source>a text or XML file</source>
        <translation>un file di testo o XML</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="74" />
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="124" />
        <source>The file is missing or cannot be read.</source>
        <translation>Il file non esiste o non può essere letto.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="77" />
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="87" />
        <source>it looks like {0}</source>
        <translation>sembra {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="90" />
        <source>its content is not a format the viewer knows</source>
        <translation>il contenuto non è in un formato noto al visualizzatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="91" />
        <source>This file is not {0} ({1}).</source>
        <translation>Questo file non è {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="30" />
        <source>a WebP image</source>
        <translation>un'immagine WebP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="31" />
        <source>This image is damaged or incomplete and cannot be shown.</source>
        <translation>Questa immagine è danneggiata o incompleta e non può essere mostrata.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="89" />
        <source>a JPEG, PNG or BMP image</source>
        <translation>un'immagine JPEG, PNG o BMP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="104" />
        <source>The image is {0} × {1} pixels, too large to preview safely.</source>
        <translation>L'immagine misura {0} × {1} pixel ed è troppo grande per un'anteprima sicura.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="209" />
        <source>This audio file is damaged or in a format that cannot be played.</source>
        <translation>Questo file audio è danneggiato o in un formato che non può essere riprodotto.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="216" />
        <source>This video is damaged or in a format that cannot be played.</source>
        <translation>Questo video è danneggiato o in un formato che non può essere riprodotto.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="119" />
        <source>an XML document</source>
        <translation>un documento XML</translation>
    </message>
</context>
<context>
    <name>PurgeIndicator</name>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="13" />
        <location filename="../../deskclient/ui/purge_indicator.py" line="37" />
        <source>Retention purge</source>
        <translation>Eliminazione per scadenza</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="29" />
        <source>Retention purge done: tickets past the retention period deleted: {0}</source>
        <translation>Eliminazione per scadenza completata: richieste eliminate perché oltre il periodo di conservazione: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="40" />
        <source>%v of %m tickets</source>
        <translation>%v di %m richieste</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="42" />
        <source>Retention purge: tidying up</source>
        <translation>Eliminazione per scadenza: pulizia dei file</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="43" />
        <source>Retention purge: compacting the database</source>
        <translation>Eliminazione per scadenza: compattazione del database</translation>
    </message>
</context>
<context>
    <name>PurgeReport</name>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="18" />
        <source>tickets</source>
        <translation>richieste</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="19" />
        <source>messages</source>
        <translation>messaggi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="20" />
        <source>earlier texts of edited messages</source>
        <translation>testi precedenti di messaggi modificati</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="21" />
        <source>attachments</source>
        <translation>allegati</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="22" />
        <source>citizens</source>
        <translation>cittadini</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="23" />
        <source>files</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="24" />
        <source>thumbnails</source>
        <translation>miniature</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="25" />
        <source>exports</source>
        <translation>esportazioni</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="26" />
        <source>log files</source>
        <translation>file di log</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="27" />
        <source>contacts in the Telegram session</source>
        <translation>contatti nella sessione Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="28" />
        <source>chat histories on Telegram</source>
        <translation>cronologie delle chat su Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="29" />
        <source>copies of the database made before an upgrade</source>
        <translation>copie del database fatte prima di un aggiornamento</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="37" />
        <source>Erased:</source>
        <translation>Cancellato:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="39" />
        <source>Preview: the purge would delete what closed before {0}:</source>
        <translation>Anteprima: l'eliminazione cancellerebbe quanto chiuso prima del {0}:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="42" />
        <source>Purged: deleted what closed before {0}:</source>
        <translation>Eliminazione eseguita: cancellato quanto chiuso prima del {0}:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="45" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="50" />
        <source>The tickets closed between {0} and {1}.</source>
        <translation>Le richieste sono state chiuse tra il {0} e il {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="53" />
        <source>Another workstation was purging the database: only this computer's files were purged.</source>
        <translation>Un'altra postazione stava eliminando i dati dal database: sono stati eliminati solo i file di questo computer.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="56" />
        <source>Stopped early as the window closed; the next purge goes on.</source>
        <translation>Interrotta in anticipo alla chiusura della finestra; la prossima eliminazione proseguirà.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="17" />
        <source>Mine</source>
        <translation>Mie</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="18" />
        <source>Unassigned</source>
        <translation>Non assegnate</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="19" />
        <source>Closing</source>
        <translation>In chiusura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="20" />
        <source>Closed</source>
        <translation>Chiuse</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="21" />
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="48" />
        <source>Queue views</source>
        <translation>Viste della coda</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="53" />
        <source>Search number or citizen…  (Ctrl+F)</source>
        <translation>Cerca numero o cittadino…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="55" />
        <source>Search tickets</source>
        <translation>Cerca richieste</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="57" />
        <source>Clear search</source>
        <translation>Cancella la ricerca</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="59" />
        <source>Tickets</source>
        <translation>Richieste</translation>
    </message>
</context>
<context>
    <name>QuoteStrip</name>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="88" />
        <location filename="../../deskclient/ui/composer_parts.py" line="89" />
        <source>Do not quote</source>
        <translation>Non citare</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="100" />
        <source>Replying to {0}: {1}</source>
        <translation>In risposta a {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ReviewTicketsModel</name>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="192" />
        <source>breached</source>
        <translation>superato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="192" />
        <source>on time</source>
        <translation>nei termini</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="193" />
        <source>on hold</source>
        <translation>vincolata</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="16" />
        <source>In the reply: type / and a shortcut to insert a canned reply</source>
        <translation>Nella risposta: digitare / e una scorciatoia per inserire una risposta predefinita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="17" />
        <source>In the search box: clear the search</source>
        <translation>Nella casella di ricerca: cancellare la ricerca</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="18" />
        <source>In the thread: copy the selected words, or the message</source>
        <translation>Nella conversazione: copiare le parole selezionate o il messaggio</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="19" />
        <source>In the thread: the message's actions (copy, reply, edit, delete)</source>
        <translation>Nella conversazione: le azioni del messaggio (copiare, rispondere, modificare, eliminare)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="20" />
        <source>In a file preview: close it</source>
        <translation>Nell'anteprima di un file: chiuderla</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="21" />
        <source>In a voice note or a video: play or pause</source>
        <translation>In una nota vocale o un video: riprodurre o mettere in pausa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="33" />
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="47" />
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="47" />
        <source>Does</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="68" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="80" />
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <location filename="../../deskclient/ui/startup.py" line="38" />
        <source>deskclient could not start because of an unexpected error ({0}). The log has the details for IT.</source>
        <translation>deskclient non è riuscito ad avviarsi a causa di un errore imprevisto ({0}). Il log contiene i dettagli per i servizi informatici.</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="207" />
        <source>No tickets in this range</source>
        <translation>Nessuna richiesta in questo intervallo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="211" />
        <source>First response by category</source>
        <translation>Prima risposta per categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="212" />
        <source>First response by agent</source>
        <translation>Prima risposta per operatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="213" />
        <source>SLA met by category</source>
        <translation>Termine rispettato per categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="214" />
        <source>SLA met by agent</source>
        <translation>Termine rispettato per operatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="229" />
        <source>Tickets per day</source>
        <translation>Richieste al giorno</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="229" />
        <source>Day opened</source>
        <translation>Giorno di apertura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="231" />
        <source>Tickets per week</source>
        <translation>Richieste a settimana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="231" />
        <source>ISO week opened</source>
        <translation>Settimana ISO di apertura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="233" />
        <location filename="../../deskclient/ui/stats_charts.py" line="239" />
        <source>Tickets</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="245" />
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="245" />
        <source>90th percentile</source>
        <translation>90° percentile</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="254" />
        <source>Minutes to the first reply</source>
        <translation>Minuti alla prima risposta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="259" />
        <source>SLA met</source>
        <translation>Termine rispettato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="267" />
        <source>Tickets answered on time (%)</source>
        <translation>Richieste evase nei termini (%)</translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="47" />
        <source>… queued</source>
        <translation>… in coda</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="48" />
        <source>✓ sent</source>
        <translation>✓ inviato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="49" />
        <source>✗ failed</source>
        <translation>✗ non inviato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="50" />
        <source>✓✓ delivered</source>
        <translation>✓✓ consegnato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="51" />
        <source>✓✓ seen</source>
        <translation>✓✓ letto</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="62" />
        <source>agent</source>
        <translation>operatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="63" />
        <source>automatic message</source>
        <translation>messaggio automatico</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="64" />
        <source>internal note by {0}</source>
        <translation>nota interna di {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="68" />
        <source>↪ Forwarded from {0}</source>
        <translation>↪ Inoltrato da {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="76" />
        <source>Attached: {0} (arriving…)</source>
        <translation>Allegato: {0} (in arrivo…)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="79" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0}: non è stato possibile scaricare il file</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="82" />
        <source>Attached: {0} ({1} bytes)</source>
        <translation>Allegato: {0} ({1} byte)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="85" />
        <source>Refused file: {0} ({1})</source>
        <translation>File rifiutato: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="89" />
        <source>edited</source>
        <translation>modificato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="91" />
        <source>deleted by the citizen</source>
        <translation>eliminato dal cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="97" />
        <source>as the approved template {0}</source>
        <translation>come modello approvato {0}</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="55" />
        <source>queued</source>
        <translation>in coda</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="56" />
        <source>✓ sent</source>
        <translation>✓ inviato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="57" />
        <source>✗ not sent</source>
        <translation>✗ non inviato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="58" />
        <source>✓✓ delivered</source>
        <translation>✓✓ consegnato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="59" />
        <source>✓✓ seen</source>
        <translation>✓✓ letto</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="61" />
        <source>edit pending</source>
        <translation>modifica in attesa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="62" />
        <source>deletion pending</source>
        <translation>eliminazione in attesa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="69" />
        <source>agent</source>
        <translation>operatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="70" />
        <source>Automatic message</source>
        <translation>Messaggio automatico</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="71" />
        <source>Internal note · {0}</source>
        <translation>Nota interna · {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="78" />
        <source>Forwarded from {0}</source>
        <translation>Inoltrato da {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="83" />
        <source>an earlier message</source>
        <translation>un messaggio precedente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="95" />
        <source>edited</source>
        <translation>modificato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="98" />
        <source>deleted</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="99" />
        <source>deleted by the citizen</source>
        <translation>eliminato dal cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="103" />
        <source>retry</source>
        <translation>riprova</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="104" />
        <source>edit and send</source>
        <translation>modifica e invia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="107" />
        <source>as the approved template {0}</source>
        <translation>come modello approvato {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="112" />
        <source>Reason: {0}</source>
        <translation>Motivo: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="126" />
        <source>The deletion did not reach the citizen: {0}</source>
        <translation>L'eliminazione non è arrivata al cittadino: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="127" />
        <source>The edit did not reach the citizen: {0}</source>
        <translation>La modifica non è arrivata al cittadino: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="192" />
        <source>{0} · arriving…</source>
        <translation>{0} · in arrivo…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="195" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0}: non è stato possibile scaricare il file</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="199" />
        <source>Refused file: {0} ({1})</source>
        <translation>File rifiutato: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="375" />
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="424" />
        <source>Click to see the earlier text</source>
        <translation>Fare clic per vedere il testo precedente</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="62" />
        <location filename="../../deskclient/ui/ticket_panel.py" line="213" />
        <source>Select a ticket</source>
        <translation>Selezionare una richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="67" />
        <location filename="../../deskclient/ui/ticket_panel.py" line="237" />
        <source>&amp;Claim</source>
        <translation>&amp;Prendi in carico</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="69" />
        <source>Assign to an agent (team leads)</source>
        <translation>Assegna a un operatore (coordinamento)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="70" />
        <source>Assigned agent</source>
        <translation>Operatore assegnato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="72" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="73" />
        <source>(no category)</source>
        <translation>(nessuna categoria)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="80" />
        <source>Citizen's language</source>
        <translation>Lingua del cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="83" />
        <source>Clo&amp;se ticket</source>
        <translation>&amp;Chiudi la richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="84" />
        <source>Re&amp;open</source>
        <translation>Ri&amp;apri</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="229" />
        <source> · SLA breached</source>
        <translation> · termine superato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="230" />
        <source> · category chosen by the citizen</source>
        <translation> · categoria scelta dal cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="232" />
        <source>The citizen wrote after the closing message — reopen if needed.</source>
        <translation>Il cittadino ha scritto dopo il messaggio di chiusura — riaprire se necessario.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="238" />
        <source>Claimed by {0}</source>
        <translation>Presa in carico da {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="240" />
        <source>(unassigned)</source>
        <translation>(non assegnata)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="275" />
        <source>The quoted message is {0} messages back, too far to jump to: its text is in the quote.</source>
        <translation>Il messaggio citato si trova {0} messaggi più indietro, troppo lontano per raggiungerlo: il testo è riportato nella citazione.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="279" />
        <source>The quoted message is not in this ticket.</source>
        <translation>Il messaggio citato non fa parte di questa richiesta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="336" />
        <source>Close ticket</source>
        <translation>Chiudi la richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="337" />
        <source>Close {0}? {1} gets the closing message; a message from them in the next minutes joins this ticket.</source>
        <translation>Chiudere {0}? {1} riceverà il messaggio di chiusura; se scrive nei minuti successivi, il messaggio sarà aggiunto a questa richiesta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="405" />
        <source>Edit and send again</source>
        <translation>Modifica e invia di nuovo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="406" />
        <source>Telegram refused this message. Change it and send it again:</source>
        <translation>Telegram ha rifiutato questo messaggio. Modificarlo e inviarlo di nuovo:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="424" />
        <source>That ticket is no longer in the records (purged or erased).</source>
        <translation>Quella richiesta non è più nei registri (eliminata o cancellata).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="492" />
        <source>No earlier text was kept.</source>
        <translation>Non è stato conservato alcun testo precedente.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="493" />
        <source>Earlier text</source>
        <translation>Testo precedente</translation>
    </message>
</context>
<context>
    <name>TicketQueueModel</name>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="35" />
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="36" />
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="37" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="38" />
        <source>Last message</source>
        <translation>Ultimo messaggio</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="39" />
        <source>SLA left</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="40" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="41" />
        <source>Assignee</source>
        <translation>Assegnata a</translation>
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
        <translation>{0} g {1} h</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="77" />
        <source>overdue {0}</source>
        <translation>scaduta da {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="202" />
        <source>The citizen wrote after the closing message</source>
        <translation>Il cittadino ha scritto dopo il messaggio di chiusura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="227" />
        <source>answered late</source>
        <translation>risposta in ritardo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="227" />
        <source>answered</source>
        <translation>risposta inviata</translation>
    </message>
</context>
<context>
    <name>TrayKeeper</name>
    <message>
        <location filename="../../deskclient/ui/background.py" line="41" />
        <source>&amp;Open deskclient</source>
        <translation>&amp;Apri deskclient</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/background.py" line="44" />
        <source>&amp;Quit (stop answering citizens)</source>
        <translation>&amp;Esci (smetti di rispondere ai cittadini)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/background.py" line="61" />
        <source>deskclient keeps running here and answers citizens. Quit it from this icon's menu.</source>
        <translation>deskclient continua a funzionare qui e a rispondere ai cittadini. Per chiuderlo, usare il menu di questa icona.</translation>
    </message>
</context>
<context>
    <name>TypingIndicator</name>
    <message>
        <location filename="../../deskclient/ui/typing_indicator.py" line="60" />
        <source>{0} is typing…</source>
        <translation>{0} sta scrivendo…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/typing_indicator.py" line="67" />
        <source>Nobody is typing</source>
        <translation>Nessuno sta scrivendo</translation>
    </message>
</context>
<context>
    <name>WindowStrip</name>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="35" />
        <source>Approved template</source>
        <translation>Modello approvato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="36" />
        <source>Send &amp;template</source>
        <translation>Invia &amp;modello</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="63" />
        <source>WhatsApp: free replies reach the citizen until {0}.</source>
        <translation>WhatsApp: le risposte libere raggiungono il cittadino fino al {0}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="66" />
        <source>WhatsApp's 24-hour window closed {0}: a free reply can no longer reach the citizen. Send an approved template:</source>
        <translation>La finestra di 24 ore di WhatsApp si è chiusa il {0}: una risposta libera non raggiunge più il cittadino. Invii un modello approvato:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="69" />
        <source>WhatsApp's 24-hour window closed {0}: a free reply can no longer reach the citizen, and no approved template is configured.</source>
        <translation>La finestra di 24 ore di WhatsApp si è chiusa il {0}: una risposta libera non raggiunge più il cittadino e non è configurato alcun modello approvato.</translation>
    </message>
</context>
<context>
    <name>XmlPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="127" />
        <source>This XML file declares its own entities, a feature used to attack XML readers, so it is not shown.</source>
        <translation>Questo file XML dichiara entità proprie, una tecnica usata per attaccare i lettori XML, quindi non viene mostrato.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="136" />
        <source>This XML is not well-formed ({0}), so it is shown as it arrived.</source>
        <translation>Questo XML non è ben formato ({0}), quindi viene mostrato così come è arrivato.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="139" />
        <source>Showing the first {0} of {1} ({2} lines).</source>
        <translation>Vengono mostrati i primi {0} di {1} ({2} righe).</translation>
    </message>
</context>
</TS>