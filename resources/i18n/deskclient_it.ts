<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="232" />
        <source>system</source>
        <translation>sistema</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="31" />
        <location filename="../../deskclient/ui/composer.py" line="110" />
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Scrivere una risposta… (Ctrl+Invio per inviare)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="33" />
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="35" />
        <source>&amp;Attach…</source>
        <translation>&amp;Allega…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="37" />
        <source>Canned &amp;replies</source>
        <translation>&amp;Risposte predefinite</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="45" />
        <location filename="../../deskclient/ui/composer.py" line="113" />
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="78" />
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="81" />
        <source>Accepted files ({0})</source>
        <translation>File accettati ({0})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="92" />
        <source>{0} cannot be read</source>
        <translation>Impossibile leggere {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="100" />
        <source>Not attached — {0}. Accepted: {1}.</source>
        <translation>Non allegato — {0}. Accettati: {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="105" />
        <source>Attached: {0}</source>
        <translation>Allegati: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="109" />
        <source>Internal note for the team — never sent to the citizen</source>
        <translation>Nota interna per il gruppo di lavoro — non viene mai inviata al cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="113" />
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
        <location filename="../../deskclient/ui/database_login.py" line="31" />
        <source>Database password</source>
        <translation>Password del database</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="32" />
        <source>The team database on {0} asks for the password of {1}.</source>
        <translation>Il database del gruppo su {0} richiede la password di {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="34" />
        <source>That password was not accepted. Try again.</source>
        <translation>La password non è stata accettata. Riprovare.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="38" />
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
        <location filename="../../deskclient/ui/previews/image.py" line="188" />
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="196" />
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="199" />
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="200" />
        <source>Fit to window (Ctrl+0)</source>
        <translation>Adatta alla finestra (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="203" />
        <source>Actual size (Ctrl+1)</source>
        <translation>Dimensioni reali (Ctrl+1)</translation>
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
        <location filename="../../deskclient/ui/labels.py" line="53" />
        <source>logged in to the desk</source>
        <translation>ha effettuato l'accesso a deskclient</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="54" />
        <source>logged in to Telegram</source>
        <translation>ha effettuato l'accesso a Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="55" />
        <source>logged out of Telegram</source>
        <translation>si è disconnesso da Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="56" />
        <source>changed a person's role</source>
        <translation>ha modificato il ruolo di una persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="57" />
        <source>claimed a ticket</source>
        <translation>ha preso in carico una richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="58" />
        <source>assigned a ticket</source>
        <translation>ha assegnato una richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="59" />
        <source>claim or assignment refused</source>
        <translation>assegnazione rifiutata</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="60" />
        <source>set a category</source>
        <translation>ha impostato una categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="61" />
        <source>closed a ticket</source>
        <translation>ha chiuso una richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="62" />
        <source>reopened a ticket</source>
        <translation>ha riaperto una richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="63" />
        <source>read a closed ticket</source>
        <translation>ha letto una richiesta chiusa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="64" />
        <source>edited a sent message</source>
        <translation>ha modificato un messaggio inviato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="65" />
        <source>deleted a sent message</source>
        <translation>ha eliminato un messaggio inviato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="66" />
        <source>changed a refused message</source>
        <translation>ha modificato un messaggio rifiutato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="67" />
        <source>created a canned reply</source>
        <translation>ha creato una risposta predefinita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="68" />
        <source>edited a canned reply</source>
        <translation>ha modificato una risposta predefinita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="69" />
        <source>deleted a canned reply</source>
        <translation>ha eliminato una risposta predefinita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="70" />
        <source>lead action refused</source>
        <translation>azione di coordinamento rifiutata</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="71" />
        <source>searched the conversations</source>
        <translation>ha effettuato una ricerca nelle conversazioni</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="72" />
        <source>opened a transcript</source>
        <translation>ha aperto una trascrizione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="73" />
        <source>exported transcripts</source>
        <translation>ha esportato trascrizioni</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="74" />
        <source>viewed the statistics</source>
        <translation>ha consultato le statistiche</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="75" />
        <source>exported the statistics</source>
        <translation>ha esportato le statistiche</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="76" />
        <source>viewed the audit log</source>
        <translation>ha consultato il registro di audit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="77" />
        <source>exported the audit log</source>
        <translation>ha esportato il registro di audit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="78" />
        <source>looked up citizens</source>
        <translation>ha cercato cittadini</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="79" />
        <source>exported a citizen's data</source>
        <translation>ha esportato i dati di un cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="80" />
        <source>corrected a citizen's data</source>
        <translation>ha rettificato i dati di un cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="81" />
        <source>erased a citizen's data</source>
        <translation>ha cancellato i dati di un cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="82" />
        <source>put a ticket on legal hold</source>
        <translation>ha posto una richiesta sotto vincolo legale</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="83" />
        <source>released a legal hold</source>
        <translation>ha rimosso un vincolo legale</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="84" />
        <source>previewed the purge</source>
        <translation>ha visualizzato l'anteprima dell'eliminazione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="85" />
        <source>purged old conversations</source>
        <translation>ha eliminato conversazioni scadute</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="86" />
        <source>left a group</source>
        <translation>ha lasciato un gruppo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="91" />
        <source>(no category)</source>
        <translation>(nessuna categoria)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="92" />
        <source>(unassigned)</source>
        <translation>(non assegnata)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="134" />
        <source>files of type .{ext} are not accepted</source>
        <translation>i file di tipo .{ext} non sono accettati</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="136" />
        <source>{size} is over the {limit} limit</source>
        <translation>{size} supera il limite di {limit}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="137" />
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="138" />
        <source>the file is over the size limit</source>
        <translation>il file supera la dimensione massima</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="140" />
        <source>the content is not {expected}</source>
        <translation>il contenuto non è {expected}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="142" />
        <source>the content is {found}, not {expected}</source>
        <translation>il contenuto è {found}, non {expected}</translation>
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
    <name>LeadWindow</name>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="53" />
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="74" />
        <source>Tickets</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="75" />
        <source>Answered</source>
        <translation>Con risposta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="76" />
        <source>First response median</source>
        <translation>Mediana della prima risposta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="77" />
        <location filename="../../deskclient/ui/lead_window.py" line="79" />
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="78" />
        <source>Service-hours median</source>
        <translation>Mediana in orario di servizio</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="80" />
        <location filename="../../deskclient/ui/lead_window.py" line="185" />
        <source>SLA met</source>
        <translation>Termine rispettato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="95" />
        <source>Per week</source>
        <translation>Per settimana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="96" />
        <source>Per day</source>
        <translation>Per giorno</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="97" />
        <source>All tickets</source>
        <translation>Tutte le richieste</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="98" />
        <source>all</source>
        <translation>tutte</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="99" />
        <source>By category</source>
        <translation>Per categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="100" />
        <source>By agent</source>
        <translation>Per operatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="130" />
        <source>deskclient — team lead</source>
        <translation>deskclient — coordinamento</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="133" />
        <source>&amp;Log review</source>
        <translation>&amp;Revisione delle conversazioni</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="134" />
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiche</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="135" />
        <source>&amp;Audit log</source>
        <translation>Registro di &amp;audit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="136" />
        <source>&amp;Retention and citizens</source>
        <translation>&amp;Conservazione e cittadini</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="169" />
        <source>Words, prefix*, "a phrase" (accents and case ignored)</source>
        <translation>Parole, prefisso*, "una frase" (senza distinguere accenti e maiuscole)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="172" />
        <location filename="../../deskclient/ui/lead_window.py" line="386" />
        <source>any agent</source>
        <translation>qualsiasi operatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="176" />
        <source>any category</source>
        <translation>qualsiasi categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="180" />
        <source>any status</source>
        <translation>qualsiasi stato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="184" />
        <source>any SLA</source>
        <translation>qualsiasi termine</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="184" />
        <source>SLA breached</source>
        <translation>Termine superato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="188" />
        <source>citizen name or phone</source>
        <translation>nome o telefono del cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="189" />
        <source>on legal hold</source>
        <translation>sotto vincolo legale</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="191" />
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="195" />
        <source>opened from</source>
        <translation>aperte dal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="195" />
        <location filename="../../deskclient/ui/lead_window.py" line="358" />
        <location filename="../../deskclient/ui/lead_window.py" line="398" />
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="215" />
        <source>Open &amp;transcript</source>
        <translation>Apri la &amp;trascrizione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="216" />
        <source>Export &amp;PDF</source>
        <translation>Esporta in &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="217" />
        <source>Export &amp;CSV</source>
        <translation>Esporta in &amp;CSV</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="218" />
        <source>Legal &amp;hold…</source>
        <translation>&amp;Vincolo legale…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="219" />
        <source>&amp;Release hold</source>
        <translation>&amp;Rimuovi il vincolo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="278" />
        <source>%n message(s) shown</source>
        <translation><numerusform>%n messaggio mostrato</numerusform><numerusform>%n messaggi mostrati</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="284" />
        <source>more than %n ticket(s)</source>
        <translation><numerusform>più di %n richiesta</numerusform><numerusform>più di %n richieste</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="286" />
        <source>%n ticket(s)</source>
        <translation><numerusform>%n richiesta</numerusform><numerusform>%n richieste</numerusform></translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="316" />
        <source>Select the tickets to export.</source>
        <translation>Selezionare le richieste da esportare.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="322" />
        <location filename="../../deskclient/ui/lead_window.py" line="380" />
        <location filename="../../deskclient/ui/lead_window.py" line="438" />
        <location filename="../../deskclient/ui/lead_window.py" line="527" />
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="329" />
        <source>Legal hold</source>
        <translation>Vincolo legale</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="330" />
        <source>Why is this ticket kept beyond the retention period?</source>
        <translation>Perché questa richiesta deve essere conservata oltre il periodo di conservazione?</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="336" />
        <source>The ticket is on legal hold.</source>
        <translation>La richiesta è sotto vincolo legale.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="346" />
        <source>The legal hold was released.</source>
        <translation>Il vincolo legale è stato rimosso.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="353" />
        <location filename="../../deskclient/ui/lead_window.py" line="392" />
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="355" />
        <location filename="../../deskclient/ui/lead_window.py" line="394" />
        <source>Export CSV</source>
        <translation>Esporta in CSV</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="358" />
        <source>Tickets opened from</source>
        <translation>Richieste aperte dal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="365" />
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="366" />
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="397" />
        <source>action</source>
        <translation>azione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="397" />
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="422" />
        <source>any action</source>
        <translation>qualsiasi azione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="444" />
        <source>Conversations are kept %1 months after a ticket closes, then purged for good (database, files, thumbnails, exports, logs, the Telegram session's cache). Tickets on legal hold are kept.</source>
        <translation>Le conversazioni sono conservate per %1 mesi dopo la chiusura della richiesta, poi eliminate definitivamente (database, file, miniature, esportazioni, log, cache della sessione Telegram). Le richieste sotto vincolo legale sono conservate.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="448" />
        <source>&amp;Preview the purge</source>
        <translation>&amp;Anteprima dell'eliminazione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="450" />
        <source>P&amp;urge now…</source>
        <translation>&amp;Elimina ora…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="461" />
        <source>name, phone or Telegram id</source>
        <translation>nome, telefono o ID Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="465" />
        <source>Export everything (ZIP)</source>
        <translation>Esporta tutto (ZIP)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="466" />
        <source>Correct name or phone…</source>
        <translation>Rettifica nome o telefono…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="467" />
        <source>Erase now…</source>
        <translation>Cancella ora…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="479" />
        <source>Citizens' requests:</source>
        <translation>Richieste dei cittadini:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="486" />
        <source>Purge</source>
        <translation>Eliminazione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="487" />
        <source>Delete for good every conversation past the retention period?</source>
        <translation>Eliminare definitivamente tutte le conversazioni che hanno superato il periodo di conservazione?</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="534" />
        <source>Correct the stored name</source>
        <translation>Rettifica il nome registrato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="535" />
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="542" />
        <source>Corrected: %1</source>
        <translation>Rettificato: %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="542" />
        <source>nothing</source>
        <translation>nulla</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="549" />
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="550" />
        <source>Erase everything held about this citizen, now and for good?</source>
        <translation>Cancellare ora e definitivamente tutti i dati conservati su questo cittadino?</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="578" />
        <source>&amp;Team lead…</source>
        <translation>Strumenti di &amp;coordinamento…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="581" />
        <source>&amp;Lead</source>
        <translation>C&amp;oordinamento</translation>
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
        <location filename="../../deskclient/ui/main_window.py" line="50" />
        <source>deskclient — DEMO network</source>
        <translation>deskclient — rete DIMOSTRATIVA</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="101" />
        <source>DEMO — simulated citizens on a simulated Telegram; nothing leaves this computer</source>
        <translation>DIMOSTRAZIONE — cittadini simulati su un Telegram simulato; nulla esce da questo computer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="115" />
        <source>&amp;Ticket</source>
        <translation>&amp;Richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="115" />
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="115" />
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="117" />
        <source>&amp;Next ticket</source>
        <translation>Richiesta &amp;successiva</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="118" />
        <source>&amp;Reply</source>
        <translation>&amp;Rispondi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="119" />
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="120" />
        <source>C&amp;laim</source>
        <translation>&amp;Prendi in carico</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="121" />
        <source>&amp;Close ticket…</source>
        <translation>&amp;Chiudi la richiesta…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="122" />
        <source>Re&amp;open</source>
        <translation>Ri&amp;apri</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="123" />
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="124" />
        <source>&amp;Attach files…</source>
        <translation>Allega &amp;file…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="125" />
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="126" />
        <source>&amp;Mine</source>
        <translation>&amp;Mie</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="127" />
        <source>&amp;Unassigned</source>
        <translation>&amp;Non assegnate</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="128" />
        <source>C&amp;losing</source>
        <translation>In chi&amp;usura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="129" />
        <source>Clos&amp;ed</source>
        <translation>C&amp;hiuse</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="130" />
        <source>&amp;All</source>
        <translation>&amp;Tutte</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="133" />
        <source>&amp;Log in to Telegram…</source>
        <translation>&amp;Accedi a Telegram…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="134" />
        <source>Log &amp;out of Telegram</source>
        <translation>&amp;Esci da Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="293" />
        <source>service: {0}</source>
        <translation>servizio: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="304" />
        <source>Telegram asked us to wait: sending resumes in {0} s</source>
        <translation>Telegram chiede di attendere: l'invio riprende tra {0} s</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="330" />
        <source>Logged in as {0}</source>
        <translation>Accesso effettuato come {0}</translation>
    </message>
</context>
<context>
    <name>MediaPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="85" />
        <location filename="../../deskclient/ui/previews/media.py" line="187" />
        <source>Play</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="184" />
        <source>Pause</source>
        <translation>Pausa</translation>
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
        <location filename="../../deskclient/ui/previews/base.py" line="300" />
        <source>There is no preview for this type of file.</source>
        <translation>Non è disponibile un'anteprima per questo tipo di file.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="301" />
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
        <location filename="../../deskclient/ui/previews/base.py" line="159" />
        <location filename="../../deskclient/ui/previews/base.py" line="160" />
        <source>Save as…</source>
        <translation>Salva come…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="161" />
        <source>Save a copy of this file</source>
        <translation>Salva una copia di questo file</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="163" />
        <location filename="../../deskclient/ui/previews/base.py" line="164" />
        <source>Open with…</source>
        <translation>Apri con…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="165" />
        <source>Open this file in another program</source>
        <translation>Apri questo file con un altro programma</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="221" />
        <source>Turned off: this file may be unsafe to open in another program</source>
        <translation>Disattivato: aprire questo file con un altro programma potrebbe non essere sicuro</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="259" />
        <source>Save a copy as</source>
        <translation>Salva una copia come</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="270" />
        <source>the destination cannot be written</source>
        <translation>impossibile scrivere nella destinazione</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="271" />
        <source>The copy was not saved: {0}.</source>
        <translation>La copia non è stata salvata: {0}.</translation>
    </message>
</context>
<context>
    <name>Previews</name>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="36" />
        <location filename="../../deskclient/ui/previews/pdf.py" line="115" />
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="37" />
        <location filename="../../deskclient/ui/previews/image.py" line="26" />
        <source>a JPEG image</source>
        <translation>un'immagine JPEG</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="38" />
        <location filename="../../deskclient/ui/previews/image.py" line="27" />
        <source>a PNG image</source>
        <translation>un'immagine PNG</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="39" />
        <location filename="../../deskclient/ui/previews/image.py" line="28" />
        <source>a BMP image</source>
        <translation>un'immagine BMP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="40" />
        <location filename="../../deskclient/ui/previews/media.py" line="200" />
        <source>an Ogg audio file</source>
        <translation>un file audio Ogg</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="41" />
        <location filename="../../deskclient/ui/previews/media.py" line="207" />
        <source>an MP4 video</source>
        <translation>un video MP4</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="42" />
        <source>a ZIP archive</source>
        <translation>un archivio ZIP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="43" />
        <source>a program</source>
        <translation>un programma</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="44" />
        <source>a text or XML file</source>
        <translation>un file di testo o XML</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="73" />
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="124" />
        <source>The file is missing or cannot be read.</source>
        <translation>Il file non esiste o non può essere letto.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="76" />
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="86" />
        <source>it looks like {0}</source>
        <translation>sembra {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="89" />
        <source>its content is not a format the viewer knows</source>
        <translation>il contenuto non è in un formato noto al visualizzatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="90" />
        <source>This file is not {0} ({1}).</source>
        <translation>Questo file non è {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="29" />
        <source>This image is damaged or incomplete and cannot be shown.</source>
        <translation>Questa immagine è danneggiata o incompleta e non può essere mostrata.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="87" />
        <source>a JPEG, PNG or BMP image</source>
        <translation>un'immagine JPEG, PNG o BMP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="102" />
        <source>The image is {0} × {1} pixels, too large to preview safely.</source>
        <translation>L'immagine misura {0} × {1} pixel ed è troppo grande per un'anteprima sicura.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="201" />
        <source>This audio file is damaged or in a format that cannot be played.</source>
        <translation>Questo file audio è danneggiato o in un formato che non può essere riprodotto.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="208" />
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
        <location filename="../../deskclient/ui/purge_report.py" line="16" />
        <source>tickets</source>
        <translation>richieste</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="17" />
        <source>messages</source>
        <translation>messaggi</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="18" />
        <source>earlier texts of edited messages</source>
        <translation>testi precedenti di messaggi modificati</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="19" />
        <source>attachments</source>
        <translation>allegati</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="20" />
        <source>citizens</source>
        <translation>cittadini</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="21" />
        <source>files</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="22" />
        <source>thumbnails</source>
        <translation>miniature</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="23" />
        <source>exports</source>
        <translation>esportazioni</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="24" />
        <source>log files</source>
        <translation>file di log</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="25" />
        <source>contacts in the Telegram session</source>
        <translation>contatti nella sessione Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="26" />
        <source>chat histories on Telegram</source>
        <translation>cronologie delle chat su Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="34" />
        <source>Erased:</source>
        <translation>Cancellato:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="36" />
        <source>Preview: the purge would delete what closed before {0}:</source>
        <translation>Anteprima: l'eliminazione cancellerebbe quanto chiuso prima del {0}:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="39" />
        <source>Purged: deleted what closed before {0}:</source>
        <translation>Eliminazione eseguita: cancellato quanto chiuso prima del {0}:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="42" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="47" />
        <source>The tickets closed between {0} and {1}.</source>
        <translation>Le richieste sono state chiuse tra il {0} e il {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="50" />
        <source>Another workstation was purging the database: only this computer's files were purged.</source>
        <translation>Un'altra postazione stava eliminando i dati dal database: sono stati eliminati solo i file di questo computer.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="53" />
        <source>Stopped early as the window closed; the next purge goes on.</source>
        <translation>Interrotta in anticipo alla chiusura della finestra; la prossima eliminazione proseguirà.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="15" />
        <source>Mine</source>
        <translation>Mie</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="16" />
        <source>Unassigned</source>
        <translation>Non assegnate</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="17" />
        <source>Closing</source>
        <translation>In chiusura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="18" />
        <source>Closed</source>
        <translation>Chiuse</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="19" />
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="50" />
        <source>Search number or citizen…  (Ctrl+F)</source>
        <translation>Cerca numero o cittadino…  (Ctrl+F)</translation>
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
    <name>StatisticsCharts</name>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="152" />
        <source>No tickets in this range</source>
        <translation>Nessuna richiesta in questo intervallo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="156" />
        <source>First response by category</source>
        <translation>Prima risposta per categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="157" />
        <source>First response by agent</source>
        <translation>Prima risposta per operatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="158" />
        <source>SLA met by category</source>
        <translation>Termine rispettato per categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="159" />
        <source>SLA met by agent</source>
        <translation>Termine rispettato per operatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="174" />
        <source>Tickets per day</source>
        <translation>Richieste al giorno</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="174" />
        <source>Day opened</source>
        <translation>Giorno di apertura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="176" />
        <source>Tickets per week</source>
        <translation>Richieste a settimana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="176" />
        <source>ISO week opened</source>
        <translation>Settimana ISO di apertura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="178" />
        <location filename="../../deskclient/ui/stats_charts.py" line="184" />
        <source>Tickets</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="190" />
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="190" />
        <source>90th percentile</source>
        <translation>90° percentile</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="199" />
        <source>Minutes to the first reply</source>
        <translation>Minuti alla prima risposta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="204" />
        <source>SLA met</source>
        <translation>Termine rispettato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="212" />
        <source>Tickets answered on time (%)</source>
        <translation>Richieste evase nei termini (%)</translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="45" />
        <source>… queued</source>
        <translation>… in coda</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="46" />
        <source>✓ sent</source>
        <translation>✓ inviato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="47" />
        <source>✗ failed</source>
        <translation>✗ non inviato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="53" />
        <source>agent</source>
        <translation>operatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="54" />
        <source>automatic message</source>
        <translation>messaggio automatico</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="55" />
        <source>internal note by {0}</source>
        <translation>nota interna di {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="59" />
        <source>↪ Forwarded from {0}</source>
        <translation>↪ Inoltrato da {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="67" />
        <source>Attached: {0} (arriving…)</source>
        <translation>Allegato: {0} (in arrivo…)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="70" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0}: non è stato possibile scaricare il file</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="73" />
        <source>Attached: {0} ({1} bytes)</source>
        <translation>Allegato: {0} ({1} byte)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="76" />
        <source>Refused file: {0} ({1})</source>
        <translation>File rifiutato: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="80" />
        <source>edited</source>
        <translation>modificato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="82" />
        <source>deleted by the citizen</source>
        <translation>eliminato dal cittadino</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="44" />
        <source>queued</source>
        <translation>in coda</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="45" />
        <source>✓ sent</source>
        <translation>✓ inviato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="46" />
        <source>✗ not sent</source>
        <translation>✗ non inviato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="52" />
        <source>agent</source>
        <translation>operatore</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="53" />
        <source>Automatic message</source>
        <translation>Messaggio automatico</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="54" />
        <source>Internal note · {0}</source>
        <translation>Nota interna · {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="61" />
        <source>Forwarded from {0}</source>
        <translation>Inoltrato da {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="65" />
        <source>an earlier message</source>
        <translation>un messaggio precedente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="75" />
        <source>edited</source>
        <translation>modificato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="78" />
        <source>deleted</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="79" />
        <source>deleted by the citizen</source>
        <translation>eliminato dal cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="83" />
        <source>retry</source>
        <translation>riprova</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="84" />
        <source>edit and send</source>
        <translation>modifica e invia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="87" />
        <source>Reason: {0}</source>
        <translation>Motivo: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="123" />
        <source>{0} · arriving…</source>
        <translation>{0} · in arrivo…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="126" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0}: non è stato possibile scaricare il file</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="130" />
        <source>Refused file: {0} ({1})</source>
        <translation>File rifiutato: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="311" />
        <source>Click to see the earlier text</source>
        <translation>Fare clic per vedere il testo precedente</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="35" />
        <location filename="../../deskclient/ui/ticket_panel.py" line="101" />
        <source>Select a ticket</source>
        <translation>Selezionare una richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="40" />
        <location filename="../../deskclient/ui/ticket_panel.py" line="123" />
        <source>&amp;Claim</source>
        <translation>&amp;Prendi in carico</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="42" />
        <source>Assign to an agent (team leads)</source>
        <translation>Assegna a un operatore (coordinamento)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="44" />
        <source>(no category)</source>
        <translation>(nessuna categoria)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="53" />
        <source>Clo&amp;se ticket</source>
        <translation>&amp;Chiudi la richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="54" />
        <source>Re&amp;open</source>
        <translation>Ri&amp;apri</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="115" />
        <source> · SLA breached</source>
        <translation> · termine superato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="116" />
        <source> · category chosen by the citizen</source>
        <translation> · categoria scelta dal cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="118" />
        <source>The citizen wrote after the closing message — reopen if needed.</source>
        <translation>Il cittadino ha scritto dopo il messaggio di chiusura — riaprire se necessario.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="124" />
        <source>Claimed by {0}</source>
        <translation>Presa in carico da {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="126" />
        <source>(unassigned)</source>
        <translation>(non assegnata)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="154" />
        <source>The quoted message is {0} messages back, too far to jump to: its text is in the quote.</source>
        <translation>Il messaggio citato si trova {0} messaggi più indietro, troppo lontano per raggiungerlo: il testo è riportato nella citazione.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="158" />
        <source>The quoted message is not in this ticket.</source>
        <translation>Il messaggio citato non fa parte di questa richiesta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="202" />
        <source>Close ticket</source>
        <translation>Chiudi la richiesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="203" />
        <source>Close {0}? {1} gets the closing message; a message from them in the next minutes joins this ticket.</source>
        <translation>Chiudere {0}? {1} riceverà il messaggio di chiusura; se scrive nei minuti successivi, il messaggio sarà aggiunto a questa richiesta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="262" />
        <source>Edit and send again</source>
        <translation>Modifica e invia di nuovo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="263" />
        <source>Telegram refused this message. Change it and send it again:</source>
        <translation>Telegram ha rifiutato questo messaggio. Modificarlo e inviarlo di nuovo:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="337" />
        <source>No earlier text was kept.</source>
        <translation>Non è stato conservato alcun testo precedente.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="338" />
        <source>Earlier text</source>
        <translation>Testo precedente</translation>
    </message>
</context>
<context>
    <name>TicketQueueModel</name>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="30" />
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="31" />
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="32" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="33" />
        <source>Last message</source>
        <translation>Ultimo messaggio</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="34" />
        <source>SLA left</source>
        <translation>Tempo residuo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="35" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="36" />
        <source>Assignee</source>
        <translation>Assegnata a</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="145" />
        <source>The citizen wrote after the closing message</source>
        <translation>Il cittadino ha scritto dopo il messaggio di chiusura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="170" />
        <source>answered late</source>
        <translation>risposta in ritardo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="170" />
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