<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ca_ES">
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
        <translation>Escriviu una resposta… (Ctrl+Retorn l'envia)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="33" />
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="35" />
        <source>&amp;Attach…</source>
        <translation>&amp;Adjunta…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="37" />
        <source>Canned &amp;replies</source>
        <translation>&amp;Respostes predefinides</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="45" />
        <location filename="../../deskclient/ui/composer.py" line="113" />
        <source>Send</source>
        <translation>Envia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="78" />
        <source>Attach files</source>
        <translation>Adjunta fitxers</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="81" />
        <source>Accepted files ({0})</source>
        <translation>Fitxers admesos ({0})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="92" />
        <source>{0} cannot be read</source>
        <translation>{0} no es pot llegir</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="100" />
        <source>Not attached — {0}. Accepted: {1}.</source>
        <translation>No s'ha adjuntat — {0}. Admesos: {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="105" />
        <source>Attached: {0}</source>
        <translation>Adjunts: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="109" />
        <source>Internal note for the team — never sent to the citizen</source>
        <translation>Nota interna per a l'equip — no s'envia mai a la ciutadania</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="113" />
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
        <location filename="../../deskclient/ui/database_login.py" line="31" />
        <source>Database password</source>
        <translation>Contrasenya de la base de dades</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="32" />
        <source>The team database on {0} asks for the password of {1}.</source>
        <translation>La base de dades de l'equip a {0} demana la contrasenya de {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="34" />
        <source>That password was not accepted. Try again.</source>
        <translation>No s'ha acceptat aquesta contrasenya. Torneu-ho a provar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="38" />
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
        <location filename="../../deskclient/ui/previews/image.py" line="188" />
        <source>Zoom out</source>
        <translation>Redueix el zoom</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="196" />
        <source>Zoom in</source>
        <translation>Augmenta el zoom</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="199" />
        <source>Fit</source>
        <translation>Ajusta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="200" />
        <source>Fit to window (Ctrl+0)</source>
        <translation>Ajusta a la finestra (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="203" />
        <source>Actual size (Ctrl+1)</source>
        <translation>Mida real (Ctrl+1)</translation>
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
        <location filename="../../deskclient/ui/labels.py" line="53" />
        <source>logged in to the desk</source>
        <translation>ha iniciat la sessió a deskclient</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="54" />
        <source>logged in to Telegram</source>
        <translation>ha iniciat la sessió a Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="55" />
        <source>logged out of Telegram</source>
        <translation>ha tancat la sessió de Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="56" />
        <source>changed a person's role</source>
        <translation>ha canviat el rol d'una persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="57" />
        <source>claimed a ticket</source>
        <translation>s'ha assignat una consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="58" />
        <source>assigned a ticket</source>
        <translation>ha assignat una consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="59" />
        <source>claim or assignment refused</source>
        <translation>assignació denegada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="60" />
        <source>set a category</source>
        <translation>ha posat una categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="61" />
        <source>closed a ticket</source>
        <translation>ha tancat una consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="62" />
        <source>reopened a ticket</source>
        <translation>ha reobert una consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="63" />
        <source>read a closed ticket</source>
        <translation>ha llegit una consulta tancada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="64" />
        <source>edited a sent message</source>
        <translation>ha modificat un missatge enviat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="65" />
        <source>deleted a sent message</source>
        <translation>ha eliminat un missatge enviat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="66" />
        <source>changed a refused message</source>
        <translation>ha modificat un missatge rebutjat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="67" />
        <source>created a canned reply</source>
        <translation>ha creat una resposta predefinida</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="68" />
        <source>edited a canned reply</source>
        <translation>ha modificat una resposta predefinida</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="69" />
        <source>deleted a canned reply</source>
        <translation>ha eliminat una resposta predefinida</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="70" />
        <source>lead action refused</source>
        <translation>acció de coordinació denegada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="71" />
        <source>searched the conversations</source>
        <translation>ha cercat a les converses</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="72" />
        <source>opened a transcript</source>
        <translation>ha obert una transcripció</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="73" />
        <source>exported transcripts</source>
        <translation>ha exportat transcripcions</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="74" />
        <source>viewed the statistics</source>
        <translation>ha consultat les estadístiques</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="75" />
        <source>exported the statistics</source>
        <translation>ha exportat les estadístiques</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="76" />
        <source>viewed the audit log</source>
        <translation>ha consultat el registre d'auditoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="77" />
        <source>exported the audit log</source>
        <translation>ha exportat el registre d'auditoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="78" />
        <source>looked up citizens</source>
        <translation>ha cercat ciutadans</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="79" />
        <source>exported a citizen's data</source>
        <translation>ha exportat les dades d'un ciutadà</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="80" />
        <source>corrected a citizen's data</source>
        <translation>ha rectificat les dades d'un ciutadà</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="81" />
        <source>erased a citizen's data</source>
        <translation>ha suprimit les dades d'un ciutadà</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="82" />
        <source>put a ticket on legal hold</source>
        <translation>ha posat una consulta en retenció legal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="83" />
        <source>released a legal hold</source>
        <translation>ha alliberat una retenció legal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="84" />
        <source>previewed the purge</source>
        <translation>ha previsualitzat la purga</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="85" />
        <source>purged old conversations</source>
        <translation>ha purgat converses antigues</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="86" />
        <source>left a group</source>
        <translation>ha sortit d'un grup</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="91" />
        <source>(no category)</source>
        <translation>(sense categoria)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="92" />
        <source>(unassigned)</source>
        <translation>(sense assignar)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="134" />
        <source>files of type .{ext} are not accepted</source>
        <translation>no s'admeten fitxers de tipus .{ext}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="136" />
        <source>{size} is over the {limit} limit</source>
        <translation>{size} supera el límit de {limit}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="137" />
        <source>the file is empty</source>
        <translation>el fitxer és buit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="138" />
        <source>the file is over the size limit</source>
        <translation>el fitxer supera la mida màxima</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="140" />
        <source>the content is not {expected}</source>
        <translation>el contingut no és {expected}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="142" />
        <source>the content is {found}, not {expected}</source>
        <translation>el contingut és {found}, no {expected}</translation>
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
    <name>LeadWindow</name>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="53" />
        <source>any</source>
        <translation>qualsevol</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="74" />
        <source>Tickets</source>
        <translation>Consultes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="75" />
        <source>Answered</source>
        <translation>Contestades</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="76" />
        <source>First response median</source>
        <translation>Mediana de primera resposta</translation>
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
        <translation>Mediana en horari de servei</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="80" />
        <location filename="../../deskclient/ui/lead_window.py" line="185" />
        <source>SLA met</source>
        <translation>Termini complert</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="95" />
        <source>Per week</source>
        <translation>Per setmana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="96" />
        <source>Per day</source>
        <translation>Per dia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="97" />
        <source>All tickets</source>
        <translation>Totes les consultes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="98" />
        <source>all</source>
        <translation>totes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="99" />
        <source>By category</source>
        <translation>Per categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="100" />
        <source>By agent</source>
        <translation>Per agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="130" />
        <source>deskclient — team lead</source>
        <translation>deskclient — coordinació</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="133" />
        <source>&amp;Log review</source>
        <translation>&amp;Revisió de converses</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="134" />
        <source>&amp;Statistics</source>
        <translation>&amp;Estadístiques</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="135" />
        <source>&amp;Audit log</source>
        <translation>Registre d'&amp;auditoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="136" />
        <source>&amp;Retention and citizens</source>
        <translation>Conser&amp;vació i ciutadania</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="169" />
        <source>Words, prefix*, "a phrase" (accents and case ignored)</source>
        <translation>Paraules, prefix*, "una frase" (sense distingir accents ni majúscules)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="172" />
        <location filename="../../deskclient/ui/lead_window.py" line="386" />
        <source>any agent</source>
        <translation>qualsevol agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="176" />
        <source>any category</source>
        <translation>qualsevol categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="180" />
        <source>any status</source>
        <translation>qualsevol estat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="184" />
        <source>any SLA</source>
        <translation>qualsevol termini</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="184" />
        <source>SLA breached</source>
        <translation>Termini incomplert</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="188" />
        <source>citizen name or phone</source>
        <translation>nom o telèfon de la persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="189" />
        <source>on legal hold</source>
        <translation>en retenció legal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="191" />
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="195" />
        <source>opened from</source>
        <translation>obertes des de</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="195" />
        <location filename="../../deskclient/ui/lead_window.py" line="358" />
        <location filename="../../deskclient/ui/lead_window.py" line="398" />
        <source>to</source>
        <translation>fins a</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="215" />
        <source>Open &amp;transcript</source>
        <translation>Obre la &amp;transcripció</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="216" />
        <source>Export &amp;PDF</source>
        <translation>Exporta en &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="217" />
        <source>Export &amp;CSV</source>
        <translation>Exporta en &amp;CSV</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="218" />
        <source>Legal &amp;hold…</source>
        <translation>Retenció le&amp;gal…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="219" />
        <source>&amp;Release hold</source>
        <translation>A&amp;llibera la retenció</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="278" />
        <source>%n message(s) shown</source>
        <translation><numerusform>%n missatge mostrat</numerusform><numerusform>%n missatges mostrats</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="284" />
        <source>more than %n ticket(s)</source>
        <translation><numerusform>més de %n consulta</numerusform><numerusform>més de %n consultes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="286" />
        <source>%n ticket(s)</source>
        <translation><numerusform>%n consulta</numerusform><numerusform>%n consultes</numerusform></translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="316" />
        <source>Select the tickets to export.</source>
        <translation>Seleccioneu les consultes que voleu exportar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="322" />
        <location filename="../../deskclient/ui/lead_window.py" line="380" />
        <location filename="../../deskclient/ui/lead_window.py" line="438" />
        <location filename="../../deskclient/ui/lead_window.py" line="527" />
        <source>Exported to %1</source>
        <translation>S'ha exportat a %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="329" />
        <source>Legal hold</source>
        <translation>Retenció legal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="330" />
        <source>Why is this ticket kept beyond the retention period?</source>
        <translation>Per què s'ha de mantenir aquesta consulta més enllà del termini de conservació?</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="336" />
        <source>The ticket is on legal hold.</source>
        <translation>La consulta queda en retenció legal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="346" />
        <source>The legal hold was released.</source>
        <translation>S'ha alliberat la retenció legal.</translation>
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
        <translation>Exporta en CSV</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="358" />
        <source>Tickets opened from</source>
        <translation>Consultes obertes des de</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="365" />
        <source>Charts</source>
        <translation>Gràfics</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="366" />
        <source>Table</source>
        <translation>Taula</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="397" />
        <source>action</source>
        <translation>acció</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="397" />
        <source>from</source>
        <translation>des de</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="422" />
        <source>any action</source>
        <translation>qualsevol acció</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="444" />
        <source>Conversations are kept %1 months after a ticket closes, then purged for good (database, files, thumbnails, exports, logs, the Telegram session's cache). Tickets on legal hold are kept.</source>
        <translation>Les converses es conserven %1 mesos després del tancament de la consulta i després se suprimeixen definitivament (base de dades, fitxers, miniatures, exportacions, registres i la memòria cau de la sessió de Telegram). Les consultes en retenció legal es conserven.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="448" />
        <source>&amp;Preview the purge</source>
        <translation>&amp;Previsualitza la purga</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="450" />
        <source>P&amp;urge now…</source>
        <translation>P&amp;urga ara…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="461" />
        <source>name, phone or Telegram id</source>
        <translation>nom, telèfon o id de Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="465" />
        <source>Export everything (ZIP)</source>
        <translation>Exporta-ho tot (ZIP)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="466" />
        <source>Correct name or phone…</source>
        <translation>Corregeix el nom o el telèfon…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="467" />
        <source>Erase now…</source>
        <translation>Suprimeix ara…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="479" />
        <source>Citizens' requests:</source>
        <translation>Sol·licituds de la ciutadania:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="486" />
        <source>Purge</source>
        <translation>Purga</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="487" />
        <source>Delete for good every conversation past the retention period?</source>
        <translation>Voleu suprimir definitivament totes les converses que han superat el termini de conservació?</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="534" />
        <source>Correct the stored name</source>
        <translation>Corregeix el nom desat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="535" />
        <source>Name:</source>
        <translation>Nom:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="542" />
        <source>Corrected: %1</source>
        <translation>Corregit: %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="542" />
        <source>nothing</source>
        <translation>res</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="549" />
        <source>Erase</source>
        <translation>Suprimeix</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="550" />
        <source>Erase everything held about this citizen, now and for good?</source>
        <translation>Voleu suprimir ara i definitivament totes les dades que es conserven d'aquesta persona?</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="578" />
        <source>&amp;Team lead…</source>
        <translation>Eines de &amp;coordinació…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="581" />
        <source>&amp;Lead</source>
        <translation>Coor&amp;dinació</translation>
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
        <location filename="../../deskclient/ui/main_window.py" line="50" />
        <source>deskclient — DEMO network</source>
        <translation>deskclient — xarxa de DEMOSTRACIÓ</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="101" />
        <source>DEMO — simulated citizens on a simulated Telegram; nothing leaves this computer</source>
        <translation>DEMOSTRACIÓ — ciutadania simulada en un Telegram simulat; res no surt d'aquest ordinador</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="115" />
        <source>&amp;Ticket</source>
        <translation>&amp;Consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="115" />
        <source>&amp;View</source>
        <translation>&amp;Visualitza</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="115" />
        <source>&amp;Account</source>
        <translation>C&amp;ompte</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="117" />
        <source>&amp;Next ticket</source>
        <translation>&amp;Consulta següent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="118" />
        <source>&amp;Reply</source>
        <translation>&amp;Respon</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="119" />
        <source>&amp;Send</source>
        <translation>E&amp;nvia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="120" />
        <source>C&amp;laim</source>
        <translation>A&amp;ssigna-me-la</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="121" />
        <source>&amp;Close ticket…</source>
        <translation>&amp;Tanca la consulta…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="122" />
        <source>Re&amp;open</source>
        <translation>Re&amp;obre</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="123" />
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="124" />
        <source>&amp;Attach files…</source>
        <translation>&amp;Adjunta fitxers…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="125" />
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="126" />
        <source>&amp;Mine</source>
        <translation>&amp;Meves</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="127" />
        <source>&amp;Unassigned</source>
        <translation>Sense &amp;assignar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="128" />
        <source>C&amp;losing</source>
        <translation>Tan&amp;cant-se</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="129" />
        <source>Clos&amp;ed</source>
        <translation>T&amp;ancades</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="130" />
        <source>&amp;All</source>
        <translation>&amp;Totes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="133" />
        <source>&amp;Log in to Telegram…</source>
        <translation>&amp;Inicia la sessió a Telegram…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="134" />
        <source>Log &amp;out of Telegram</source>
        <translation>Tanca la &amp;sessió de Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="293" />
        <source>service: {0}</source>
        <translation>servei: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="304" />
        <source>Telegram asked us to wait: sending resumes in {0} s</source>
        <translation>Telegram demana esperar: l'enviament es reprèn d'aquí a {0} s</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="330" />
        <source>Logged in as {0}</source>
        <translation>Sessió iniciada com a {0}</translation>
    </message>
</context>
<context>
    <name>MediaPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="85" />
        <location filename="../../deskclient/ui/previews/media.py" line="187" />
        <source>Play</source>
        <translation>Reprodueix</translation>
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
        <location filename="../../deskclient/ui/previews/base.py" line="300" />
        <source>There is no preview for this type of file.</source>
        <translation>No hi ha previsualització per a aquest tipus de fitxer.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="301" />
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
        <location filename="../../deskclient/ui/previews/base.py" line="159" />
        <location filename="../../deskclient/ui/previews/base.py" line="160" />
        <source>Save as…</source>
        <translation>Desa com a…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="161" />
        <source>Save a copy of this file</source>
        <translation>Desa una còpia d'aquest fitxer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="163" />
        <location filename="../../deskclient/ui/previews/base.py" line="164" />
        <source>Open with…</source>
        <translation>Obre amb…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="165" />
        <source>Open this file in another program</source>
        <translation>Obre aquest fitxer amb un altre programa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="221" />
        <source>Turned off: this file may be unsafe to open in another program</source>
        <translation>Desactivat: pot no ser segur obrir aquest fitxer amb un altre programa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="259" />
        <source>Save a copy as</source>
        <translation>Desa una còpia com a</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="270" />
        <source>the destination cannot be written</source>
        <translation>no es pot escriure a la destinació</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="271" />
        <source>The copy was not saved: {0}.</source>
        <translation>No s'ha desat la còpia: {0}.</translation>
    </message>
</context>
<context>
    <name>Previews</name>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="36" />
        <location filename="../../deskclient/ui/previews/pdf.py" line="115" />
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="37" />
        <location filename="../../deskclient/ui/previews/image.py" line="26" />
        <source>a JPEG image</source>
        <translation>una imatge JPEG</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="38" />
        <location filename="../../deskclient/ui/previews/image.py" line="27" />
        <source>a PNG image</source>
        <translation>una imatge PNG</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="39" />
        <location filename="../../deskclient/ui/previews/image.py" line="28" />
        <source>a BMP image</source>
        <translation>una imatge BMP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="40" />
        <location filename="../../deskclient/ui/previews/media.py" line="200" />
        <source>an Ogg audio file</source>
        <translation>un fitxer d'àudio Ogg</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="41" />
        <location filename="../../deskclient/ui/previews/media.py" line="207" />
        <source>an MP4 video</source>
        <translation>un vídeo MP4</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="42" />
        <source>a ZIP archive</source>
        <translation>un arxiu ZIP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="43" />
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="44" />
        <source>a text or XML file</source>
        <translation>un fitxer de text o XML</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="73" />
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="124" />
        <source>The file is missing or cannot be read.</source>
        <translation>El fitxer no existeix o no es pot llegir.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="76" />
        <source>The file is empty.</source>
        <translation>El fitxer és buit.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="86" />
        <source>it looks like {0}</source>
        <translation>sembla {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="89" />
        <source>its content is not a format the viewer knows</source>
        <translation>el contingut no té un format que el visor conegui</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="90" />
        <source>This file is not {0} ({1}).</source>
        <translation>Aquest fitxer no és {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="29" />
        <source>This image is damaged or incomplete and cannot be shown.</source>
        <translation>Aquesta imatge està malmesa o incompleta i no es pot mostrar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="87" />
        <source>a JPEG, PNG or BMP image</source>
        <translation>una imatge JPEG, PNG o BMP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="102" />
        <source>The image is {0} × {1} pixels, too large to preview safely.</source>
        <translation>La imatge fa {0} × {1} píxels, massa gran per mostrar-la de manera segura.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="201" />
        <source>This audio file is damaged or in a format that cannot be played.</source>
        <translation>Aquest fitxer d'àudio està malmès o té un format que no es pot reproduir.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="208" />
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
        <location filename="../../deskclient/ui/purge_report.py" line="16" />
        <source>tickets</source>
        <translation>consultes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="17" />
        <source>messages</source>
        <translation>missatges</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="18" />
        <source>earlier texts of edited messages</source>
        <translation>textos anteriors de missatges editats</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="19" />
        <source>attachments</source>
        <translation>adjunts</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="20" />
        <source>citizens</source>
        <translation>persones</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="21" />
        <source>files</source>
        <translation>fitxers</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="22" />
        <source>thumbnails</source>
        <translation>miniatures</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="23" />
        <source>exports</source>
        <translation>exportacions</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="24" />
        <source>log files</source>
        <translation>fitxers de registre</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="25" />
        <source>contacts in the Telegram session</source>
        <translation>contactes a la sessió de Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="26" />
        <source>chat histories on Telegram</source>
        <translation>historials de xat a Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="34" />
        <source>Erased:</source>
        <translation>Suprimit:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="36" />
        <source>Preview: the purge would delete what closed before {0}:</source>
        <translation>Previsualització: la purga suprimiria el que es va tancar abans del {0}:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="39" />
        <source>Purged: deleted what closed before {0}:</source>
        <translation>Purgat: s'ha suprimit el que es va tancar abans del {0}:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="42" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="47" />
        <source>The tickets closed between {0} and {1}.</source>
        <translation>Les consultes es van tancar entre el {0} i el {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="50" />
        <source>Another workstation was purging the database: only this computer's files were purged.</source>
        <translation>Un altre lloc de treball estava purgant la base de dades: només s'han purgat els fitxers d'aquest ordinador.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="53" />
        <source>Stopped early as the window closed; the next purge goes on.</source>
        <translation>S'ha aturat abans d'acabar en tancar-se la finestra; la propera purga continuarà.</translation>
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
    <name>StatisticsCharts</name>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="152" />
        <source>No tickets in this range</source>
        <translation>No hi ha consultes en aquest interval</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="156" />
        <source>First response by category</source>
        <translation>Primera resposta per categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="157" />
        <source>First response by agent</source>
        <translation>Primera resposta per agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="158" />
        <source>SLA met by category</source>
        <translation>Termini complert per categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="159" />
        <source>SLA met by agent</source>
        <translation>Termini complert per agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="174" />
        <source>Tickets per day</source>
        <translation>Consultes per dia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="174" />
        <source>Day opened</source>
        <translation>Dia d'obertura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="176" />
        <source>Tickets per week</source>
        <translation>Consultes per setmana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="176" />
        <source>ISO week opened</source>
        <translation>Setmana ISO d'obertura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="178" />
        <location filename="../../deskclient/ui/stats_charts.py" line="184" />
        <source>Tickets</source>
        <translation>Consultes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="190" />
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="190" />
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="199" />
        <source>Minutes to the first reply</source>
        <translation>Minuts fins a la primera resposta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="204" />
        <source>SLA met</source>
        <translation>Termini complert</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="212" />
        <source>Tickets answered on time (%)</source>
        <translation>Consultes respostes a temps (%)</translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="45" />
        <source>… queued</source>
        <translation>… a la cua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="46" />
        <source>✓ sent</source>
        <translation>✓ enviat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="47" />
        <source>✗ failed</source>
        <translation>✗ no enviat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="53" />
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="54" />
        <source>automatic message</source>
        <translation>missatge automàtic</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="55" />
        <source>internal note by {0}</source>
        <translation>nota interna de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="59" />
        <source>↪ Forwarded from {0}</source>
        <translation>↪ Reenviat de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="67" />
        <source>Attached: {0} (arriving…)</source>
        <translation>Adjunt: {0} (arribant…)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="70" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0}: no s'ha pogut baixar el fitxer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="73" />
        <source>Attached: {0} ({1} bytes)</source>
        <translation>Adjunt: {0} ({1} bytes)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="76" />
        <source>Refused file: {0} ({1})</source>
        <translation>Fitxer rebutjat: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="80" />
        <source>edited</source>
        <translation>editat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="82" />
        <source>deleted by the citizen</source>
        <translation>suprimit per la persona</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="44" />
        <source>queued</source>
        <translation>a la cua</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="45" />
        <source>✓ sent</source>
        <translation>✓ enviat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="46" />
        <source>✗ not sent</source>
        <translation>✗ no enviat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="52" />
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="53" />
        <source>Automatic message</source>
        <translation>Missatge automàtic</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="54" />
        <source>Internal note · {0}</source>
        <translation>Nota interna · {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="61" />
        <source>Forwarded from {0}</source>
        <translation>Reenviat de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="65" />
        <source>an earlier message</source>
        <translation>un missatge anterior</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="75" />
        <source>edited</source>
        <translation>editat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="78" />
        <source>deleted</source>
        <translation>suprimit</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="79" />
        <source>deleted by the citizen</source>
        <translation>suprimit per la persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="83" />
        <source>retry</source>
        <translation>torna-ho a provar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="84" />
        <source>edit and send</source>
        <translation>edita i envia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="87" />
        <source>Reason: {0}</source>
        <translation>Motiu: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="123" />
        <source>{0} · arriving…</source>
        <translation>{0} · arribant…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="126" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0}: no s'ha pogut baixar el fitxer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="130" />
        <source>Refused file: {0} ({1})</source>
        <translation>Fitxer rebutjat: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="311" />
        <source>Click to see the earlier text</source>
        <translation>Feu clic per veure el text anterior</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="35" />
        <location filename="../../deskclient/ui/ticket_panel.py" line="101" />
        <source>Select a ticket</source>
        <translation>Seleccioneu una consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="40" />
        <location filename="../../deskclient/ui/ticket_panel.py" line="123" />
        <source>&amp;Claim</source>
        <translation>A&amp;ssigna-me-la</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="42" />
        <source>Assign to an agent (team leads)</source>
        <translation>Assigna a un agent (coordinació)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="44" />
        <source>(no category)</source>
        <translation>(sense categoria)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="53" />
        <source>Clo&amp;se ticket</source>
        <translation>Tan&amp;ca la consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="54" />
        <source>Re&amp;open</source>
        <translation>Re&amp;obre</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="115" />
        <source> · SLA breached</source>
        <translation> · termini incomplert</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="116" />
        <source> · category chosen by the citizen</source>
        <translation> · categoria triada per la ciutadania</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="118" />
        <source>The citizen wrote after the closing message — reopen if needed.</source>
        <translation>La persona ha escrit després del missatge de tancament — reobriu-la si cal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="124" />
        <source>Claimed by {0}</source>
        <translation>Assignada a {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="126" />
        <source>(unassigned)</source>
        <translation>(sense assignar)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="154" />
        <source>The quoted message is {0} messages back, too far to jump to: its text is in the quote.</source>
        <translation>El missatge citat és {0} missatges enrere, massa lluny per saltar-hi: el text és a la cita.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="158" />
        <source>The quoted message is not in this ticket.</source>
        <translation>El missatge citat no és en aquesta consulta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="202" />
        <source>Close ticket</source>
        <translation>Tanca la consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="203" />
        <source>Close {0}? {1} gets the closing message; a message from them in the next minutes joins this ticket.</source>
        <translation>Voleu tancar {0}? {1} rebrà el missatge de tancament; si escriu en els minuts següents, s'afegirà a aquesta consulta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="262" />
        <source>Edit and send again</source>
        <translation>Edita i torna a enviar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="263" />
        <source>Telegram refused this message. Change it and send it again:</source>
        <translation>Telegram ha rebutjat aquest missatge. Modifiqueu-lo i torneu-lo a enviar:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="337" />
        <source>No earlier text was kept.</source>
        <translation>No s'ha desat cap text anterior.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="338" />
        <source>Earlier text</source>
        <translation>Text anterior</translation>
    </message>
</context>
<context>
    <name>TicketQueueModel</name>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="30" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="31" />
        <source>Citizen</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="32" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="33" />
        <source>Last message</source>
        <translation>Darrer missatge</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="34" />
        <source>SLA left</source>
        <translation>Termini restant</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="35" />
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="36" />
        <source>Assignee</source>
        <translation>Assignada a</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="145" />
        <source>The citizen wrote after the closing message</source>
        <translation>La persona ha escrit després del missatge de tancament</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="170" />
        <source>answered late</source>
        <translation>contestada fora de termini</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="170" />
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