<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ca_ES">
<context>
    <name>Composer</name>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="30" />
        <location filename="../../deskclient/ui/composer.py" line="109" />
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Escriviu una resposta… (Ctrl+Retorn l'envia)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="32" />
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="34" />
        <source>&amp;Attach…</source>
        <translation>&amp;Adjunta…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="36" />
        <source>Canned &amp;replies</source>
        <translation>&amp;Respostes predefinides</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="44" />
        <location filename="../../deskclient/ui/composer.py" line="112" />
        <source>Send</source>
        <translation>Envia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="77" />
        <source>Attach files</source>
        <translation>Adjunta fitxers</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="80" />
        <source>Accepted files ({0})</source>
        <translation>Fitxers admesos ({0})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="99" />
        <source>Not attached — {0}. Accepted: {1}.</source>
        <translation>No s'ha adjuntat — {0}. Admesos: {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="104" />
        <source>Attached: {0}</source>
        <translation>Adjunts: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="108" />
        <source>Internal note for the team — never sent to the citizen</source>
        <translation>Nota interna per a l'equip — no s'envia mai a la ciutadania</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="112" />
        <source>Add note</source>
        <translation>Afegeix la nota</translation>
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
        <location filename="../../deskclient/ui/main_window.py" line="40" />
        <source>deskclient — DEMO network</source>
        <translation>deskclient — xarxa de DEMOSTRACIÓ</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="83" />
        <source>DEMO — simulated citizens on a simulated Telegram; nothing leaves this computer</source>
        <translation>DEMOSTRACIÓ — ciutadania simulada en un Telegram simulat; res no surt d'aquest ordinador</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="97" />
        <source>&amp;Ticket</source>
        <translation>&amp;Consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="97" />
        <source>&amp;View</source>
        <translation>&amp;Visualitza</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="97" />
        <source>&amp;Account</source>
        <translation>C&amp;ompte</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="99" />
        <source>&amp;Next ticket</source>
        <translation>&amp;Consulta següent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="100" />
        <source>&amp;Reply</source>
        <translation>&amp;Respon</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="101" />
        <source>&amp;Send</source>
        <translation>E&amp;nvia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="102" />
        <source>C&amp;laim</source>
        <translation>A&amp;ssigna-me-la</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="103" />
        <source>&amp;Close ticket…</source>
        <translation>&amp;Tanca la consulta…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="104" />
        <source>Re&amp;open</source>
        <translation>Re&amp;obre</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="105" />
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="106" />
        <source>&amp;Attach files…</source>
        <translation>&amp;Adjunta fitxers…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="107" />
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="108" />
        <source>&amp;Mine</source>
        <translation>&amp;Meves</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="109" />
        <source>&amp;Unassigned</source>
        <translation>Sense &amp;assignar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="110" />
        <source>C&amp;losing</source>
        <translation>Tan&amp;cant-se</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="111" />
        <source>Clos&amp;ed</source>
        <translation>T&amp;ancades</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="112" />
        <source>&amp;All</source>
        <translation>&amp;Totes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="115" />
        <source>&amp;Log in to Telegram…</source>
        <translation>&amp;Inicia la sessió a Telegram…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="116" />
        <source>Log &amp;out of Telegram</source>
        <translation>Tanca la &amp;sessió de Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="227" />
        <source>Telegram asked us to wait: sending resumes in {0} s</source>
        <translation>Telegram demana esperar: l'enviament es reprèn d'aquí a {0} s</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="241" />
        <source>Logged in as {0}</source>
        <translation>Sessió iniciada com a {0}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="43" />
        <source>New ticket</source>
        <translation>Consulta nova</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="45" />
        <source>New tickets</source>
        <translation>Consultes noves</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="45" />
        <source>{0} new tickets</source>
        <translation>{0} consultes noves</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="54" />
        <source>New message</source>
        <translation>Missatge nou</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="54" />
        <source>{0} wrote on {1}</source>
        <translation>{0} ha escrit a {1}</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="15" />
        <source>Mine</source>
        <translation>Meves</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="16" />
        <source>Unassigned</source>
        <translation>Sense assignar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="17" />
        <source>Closing</source>
        <translation>Tancant-se</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="18" />
        <source>Closed</source>
        <translation>Tancades</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="19" />
        <source>All</source>
        <translation>Totes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="50" />
        <source>Search number or citizen…  (Ctrl+F)</source>
        <translation>Cerca número o persona…  (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="149" />
        <source>No tickets in this range</source>
        <translation>No hi ha consultes en aquest interval</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="153" />
        <source>First response by category</source>
        <translation>Primera resposta per categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="154" />
        <source>First response by agent</source>
        <translation>Primera resposta per agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="155" />
        <source>SLA met by category</source>
        <translation>Termini complert per categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="156" />
        <source>SLA met by agent</source>
        <translation>Termini complert per agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="171" />
        <source>Tickets per day</source>
        <translation>Consultes per dia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="171" />
        <source>Day opened</source>
        <translation>Dia d'obertura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="173" />
        <source>Tickets per week</source>
        <translation>Consultes per setmana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="173" />
        <source>ISO week opened</source>
        <translation>Setmana ISO d'obertura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="175" />
        <location filename="../../deskclient/ui/stats_charts.py" line="181" />
        <source>Tickets</source>
        <translation>Consultes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="187" />
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="187" />
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="196" />
        <source>Minutes to the first reply</source>
        <translation>Minuts fins a la primera resposta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="201" />
        <source>SLA met</source>
        <translation>Termini complert</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="209" />
        <source>Tickets answered on time (%)</source>
        <translation>Consultes respostes a temps (%)</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="26" />
        <location filename="../../deskclient/ui/ticket_panel.py" line="84" />
        <source>Select a ticket</source>
        <translation>Seleccioneu una consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="31" />
        <location filename="../../deskclient/ui/ticket_panel.py" line="99" />
        <source>&amp;Claim</source>
        <translation>A&amp;ssigna-me-la</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="33" />
        <source>Assign to an agent (team leads)</source>
        <translation>Assigna a un agent (coordinació)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="35" />
        <source>(no category)</source>
        <translation>(sense categoria)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="38" />
        <source>Clo&amp;se ticket</source>
        <translation>Tan&amp;ca la consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="39" />
        <source>Re&amp;open</source>
        <translation>Re&amp;obre</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="93" />
        <source> · SLA breached</source>
        <translation> · termini incomplert</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="94" />
        <source>The citizen wrote after the closing message — reopen if needed.</source>
        <translation>La persona ha escrit després del missatge de tancament — reobriu-la si cal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="100" />
        <source>Claimed by {0}</source>
        <translation>Assignada a {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="102" />
        <source>(unassigned)</source>
        <translation>(sense assignar)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="126" />
        <source>The quoted message is not in this ticket.</source>
        <translation>El missatge citat no és en aquesta consulta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="170" />
        <source>Close ticket</source>
        <translation>Tanca la consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="171" />
        <source>Close {0}? {1} gets the closing message; a message from them in the next minutes joins this ticket.</source>
        <translation>Voleu tancar {0}? {1} rebrà el missatge de tancament; si escriu en els minuts següents, s'afegirà a aquesta consulta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="232" />
        <source>No earlier text was kept.</source>
        <translation>No s'ha desat cap text anterior.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="233" />
        <source>Earlier text</source>
        <translation>Text anterior</translation>
    </message>
</context>
<context>
    <name>TicketQueueModel</name>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="28" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="29" />
        <source>Citizen</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="30" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="31" />
        <source>Last message</source>
        <translation>Darrer missatge</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="32" />
        <source>SLA left</source>
        <translation>Termini restant</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="33" />
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="34" />
        <source>Assignee</source>
        <translation>Assignada a</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="143" />
        <source>The citizen wrote after the closing message</source>
        <translation>La persona ha escrit després del missatge de tancament</translation>
    </message>
</context>
</TS>