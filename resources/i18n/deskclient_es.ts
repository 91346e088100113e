<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>Composer</name>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="30" />
        <location filename="../../deskclient/ui/composer.py" line="109" />
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Escriba una respuesta… (Ctrl+Intro envía)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="32" />
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="34" />
        <source>&amp;Attach…</source>
        <translation>&amp;Adjuntar…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="36" />
        <source>Canned &amp;replies</source>
        <translation>&amp;Respuestas predefinidas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="44" />
        <location filename="../../deskclient/ui/composer.py" line="112" />
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="77" />
        <source>Attach files</source>
        <translation>Adjuntar ficheros</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="80" />
        <source>Accepted files ({0})</source>
        <translation>Ficheros admitidos ({0})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="99" />
        <source>Not attached — {0}. Accepted: {1}.</source>
        <translation>No adjuntado — {0}. Admitidos: {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="104" />
        <source>Attached: {0}</source>
        <translation>Adjuntos: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="108" />
        <source>Internal note for the team — never sent to the citizen</source>
        <translation>Nota interna para el equipo — nunca se envía al ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="112" />
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="13" />
        <source>deskclient talks to Telegram as your service's own application. Your organisation registers it once: log in at &lt;a href='https://my.telegram.org'&gt;my.telegram.org&lt;/a&gt; with the service account's phone number, open &lt;i&gt;API development tools&lt;/i&gt;, create an application, and copy its &lt;b&gt;api_id&lt;/b&gt; and &lt;b&gt;api_hash&lt;/b&gt; here. IT can also put them in &lt;tt&gt;/etc/xdg/deskclient/config.toml&lt;/tt&gt; for every workstation.</source>
        <translation>deskclient habla con Telegram como aplicación propia de su servicio. Su organización la registra una vez: entre en &lt;a href='https://my.telegram.org'&gt;my.telegram.org&lt;/a&gt; con el teléfono de la cuenta del servicio, abra &lt;i&gt;API development tools&lt;/i&gt;, cree una aplicación y copie aquí su &lt;b&gt;api_id&lt;/b&gt; y su &lt;b&gt;api_hash&lt;/b&gt;. Informática también puede ponerlos en &lt;tt&gt;/etc/xdg/deskclient/config.toml&lt;/tt&gt; para todos los puestos.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="31" />
        <source>Welcome to deskclient</source>
        <translation>Bienvenido a deskclient</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="40" />
        <source>Save and log in</source>
        <translation>Guardar e iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="42" />
        <source>Try the demo first</source>
        <translation>Probar primero la demostración</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="62" />
        <source>The api_id is a number, e.g. 1234567.</source>
        <translation>El api_id es un número, p. ej. 1234567.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="65" />
        <source>The api_hash is 32 letters and digits (0-9, a-f).</source>
        <translation>El api_hash tiene 32 letras y cifras (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/first_run.py" line="70" />
        <source>Cannot save the settings: {0}</source>
        <translation>No se puede guardar la configuración: {0}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="24" />
        <source>On a phone already logged in to the service account: Telegram → Settings → Devices → Link Desktop Device, then point the camera at this code.</source>
        <translation>En un teléfono con la cuenta del servicio ya iniciada: Telegram → Ajustes → Dispositivos → Vincular dispositivo de escritorio, y apunte la cámara a este código.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="45" />
        <source>Log in to Telegram</source>
        <translation>Iniciar sesión en Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="51" />
        <source>Send code</source>
        <translation>Enviar código</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="53" />
        <location filename="../../deskclient/ui/login_dialog.py" line="56" />
        <location filename="../../deskclient/ui/login_dialog.py" line="60" />
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="58" />
        <source>Show a new code</source>
        <translation>Mostrar un código nuevo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="65" />
        <source>The service account's phone number, with its country code:</source>
        <translation>El teléfono de la cuenta del servicio, con el prefijo del país:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="67" />
        <source>The code Telegram has just sent to that account:</source>
        <translation>El código que Telegram acaba de enviar a esa cuenta:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="69" />
        <source>This account has two-step verification. Its password:</source>
        <translation>Esta cuenta tiene verificación en dos pasos. Su contraseña:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="72" />
        <source>A bot token from @BotFather:</source>
        <translation>Un token de bot de @BotFather:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="75" />
        <source>Phone number</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="76" />
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/login_dialog.py" line="77" />
        <source>Bot token</source>
        <translation>Token de bot</translation>
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
        <translation>deskclient — red de DEMOSTRACIÓN</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="83" />
        <source>DEMO — simulated citizens on a simulated Telegram; nothing leaves this computer</source>
        <translation>DEMOSTRACIÓN — ciudadanos simulados en un Telegram simulado; nada sale de este ordenador</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="97" />
        <source>&amp;Ticket</source>
        <translation>&amp;Consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="97" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="97" />
        <source>&amp;Account</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="99" />
        <source>&amp;Next ticket</source>
        <translation>&amp;Siguiente consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="100" />
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="101" />
        <source>&amp;Send</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="102" />
        <source>C&amp;laim</source>
        <translation>A&amp;signarme</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="103" />
        <source>&amp;Close ticket…</source>
        <translation>&amp;Cerrar consulta…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="104" />
        <source>Re&amp;open</source>
        <translation>Re&amp;abrir</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="105" />
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="106" />
        <source>&amp;Attach files…</source>
        <translation>&amp;Adjuntar ficheros…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="107" />
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="108" />
        <source>&amp;Mine</source>
        <translation>&amp;Mías</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="109" />
        <source>&amp;Unassigned</source>
        <translation>Sin &amp;asignar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="110" />
        <source>C&amp;losing</source>
        <translation>Ce&amp;rrándose</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="111" />
        <source>Clos&amp;ed</source>
        <translation>C&amp;erradas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="112" />
        <source>&amp;All</source>
        <translation>&amp;Todas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="115" />
        <source>&amp;Log in to Telegram…</source>
        <translation>&amp;Iniciar sesión en Telegram…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="116" />
        <source>Log &amp;out of Telegram</source>
        <translation>Cerrar &amp;sesión de Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="227" />
        <source>Telegram asked us to wait: sending resumes in {0} s</source>
        <translation>Telegram pide esperar: el envío se reanuda en {0} s</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="241" />
        <source>Logged in as {0}</source>
        <translation>Sesión iniciada como {0}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="43" />
        <source>New ticket</source>
        <translation>Consulta nueva</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="45" />
        <source>New tickets</source>
        <translation>Consultas nuevas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="45" />
        <source>{0} new tickets</source>
        <translation>{0} consultas nuevas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="54" />
        <source>New message</source>
        <translation>Mensaje nuevo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="54" />
        <source>{0} wrote on {1}</source>
        <translation>{0} ha escrito en {1}</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="15" />
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="16" />
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="17" />
        <source>Closing</source>
        <translation>Cerrándose</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="18" />
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="19" />
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="50" />
        <source>Search number or citizen…  (Ctrl+F)</source>
        <translation>Buscar número o ciudadano…  (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="149" />
        <source>No tickets in this range</source>
        <translation>No hay consultas en este intervalo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="153" />
        <source>First response by category</source>
        <translation>Primera respuesta por categoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="154" />
        <source>First response by agent</source>
        <translation>Primera respuesta por agente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="155" />
        <source>SLA met by category</source>
        <translation>Plazo cumplido por categoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="156" />
        <source>SLA met by agent</source>
        <translation>Plazo cumplido por agente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="171" />
        <source>Tickets per day</source>
        <translation>Consultas por día</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="171" />
        <source>Day opened</source>
        <translation>Día de apertura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="173" />
        <source>Tickets per week</source>
        <translation>Consultas por semana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="173" />
        <source>ISO week opened</source>
        <translation>Semana ISO de apertura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="175" />
        <location filename="../../deskclient/ui/stats_charts.py" line="181" />
        <source>Tickets</source>
        <translation>Consultas</translation>
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
        <translation>Minutos hasta la primera respuesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="201" />
        <source>SLA met</source>
        <translation>Plazo cumplido</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="209" />
        <source>Tickets answered on time (%)</source>
        <translation>Consultas respondidas a tiempo (%)</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="26" />
        <location filename="../../deskclient/ui/ticket_panel.py" line="84" />
        <source>Select a ticket</source>
        <translation>Seleccione una consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="31" />
        <location filename="../../deskclient/ui/ticket_panel.py" line="99" />
        <source>&amp;Claim</source>
        <translation>A&amp;signarme</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="33" />
        <source>Assign to an agent (team leads)</source>
        <translation>Asignar a un agente (coordinación)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="35" />
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="38" />
        <source>Clo&amp;se ticket</source>
        <translation>Ce&amp;rrar consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="39" />
        <source>Re&amp;open</source>
        <translation>Re&amp;abrir</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="93" />
        <source> · SLA breached</source>
        <translation> · plazo incumplido</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="94" />
        <source>The citizen wrote after the closing message — reopen if needed.</source>
        <translation>El ciudadano ha escrito tras el mensaje de cierre — reabra si hace falta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="100" />
        <source>Claimed by {0}</source>
        <translation>Asignada a {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="102" />
        <source>(unassigned)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="126" />
        <source>The quoted message is not in this ticket.</source>
        <translation>El mensaje citado no está en esta consulta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="170" />
        <source>Close ticket</source>
        <translation>Cerrar consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="171" />
        <source>Close {0}? {1} gets the closing message; a message from them in the next minutes joins this ticket.</source>
        <translation>¿Cerrar {0}? {1} recibirá el mensaje de cierre; si escribe en los próximos minutos, se añadirá a esta consulta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="232" />
        <source>No earlier text was kept.</source>
        <translation>No se guardó ningún texto anterior.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="233" />
        <source>Earlier text</source>
        <translation>Texto anterior</translation>
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
        <translation>Ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="30" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="31" />
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="32" />
        <source>SLA left</source>
        <translation>Plazo restante</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="33" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="34" />
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="143" />
        <source>The citizen wrote after the closing message</source>
        <translation>El ciudadano ha escrito tras el mensaje de cierre</translation>
    </message>
</context>
</TS>