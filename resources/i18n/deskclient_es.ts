<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name />
    <message>
        <location filename="../../deskclient/net/login.py" line="27" />
        <source>That code is not right. Check the code Telegram sent and try again.</source>
        <translation>El código no es correcto. Compruebe el código que ha enviado Telegram y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="29" />
        <source>That code has expired. Ask for a new code.</source>
        <translation>El código ha caducado. Pida uno nuevo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="31" />
        <source>Telegram does not know this phone number. Check it, with its country code.</source>
        <translation>Telegram no conoce este número de teléfono. Compruébelo, con el prefijo del país.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="33" />
        <source>Wrong password. Try again.</source>
        <translation>Contraseña incorrecta. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="35" />
        <source>The bot token is not valid. Copy it again from @BotFather.</source>
        <translation>El token del bot no es válido. Cópielo de nuevo de @BotFather.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="37" />
        <source>Telegram asks to wait {seconds} seconds before trying again.</source>
        <translation>Telegram pide esperar {seconds} segundos antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="39" />
        <source>Cannot reach Telegram. Check the network and try again.</source>
        <translation>No se puede contactar con Telegram. Compruebe la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="41" />
        <source>Telegram refused the login ({code}).</source>
        <translation>Telegram rechazó el inicio de sesión ({code}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="54" />
        <source>Not connected to Telegram yet. Wait a moment and try again.</source>
        <translation>Aún sin conexión con Telegram. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="74" />
        <source>Ask for a code first.</source>
        <translation>Pida primero un código.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/login.py" line="110" />
        <source>The QR code expired. Show a new one and scan it again.</source>
        <translation>El código QR ha caducado. Muestre uno nuevo y vuelva a escanearlo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="24" />
        <location filename="../../deskclient/net/rpc_errors.py" line="32" />
        <source>the citizen has blocked the service account</source>
        <translation>el ciudadano ha bloqueado la cuenta del servicio</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="25" />
        <location filename="../../deskclient/net/rpc_errors.py" line="26" />
        <location filename="../../deskclient/net/rpc_errors.py" line="33" />
        <location filename="../../deskclient/net/rpc_errors.py" line="34" />
        <source>the citizen's Telegram account was deleted</source>
        <translation>la cuenta de Telegram del ciudadano se ha eliminado</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="29" />
        <source>the caption is longer than Telegram allows (1,024 characters)</source>
        <translation>el texto del fichero supera lo que admite Telegram (1.024 caracteres)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="30" />
        <source>the text is longer than Telegram allows (4,096 characters)</source>
        <translation>el texto supera lo que admite Telegram (4.096 caracteres)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="31" />
        <source>Telegram refuses an empty message</source>
        <translation>Telegram no admite un mensaje vacío</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="35" />
        <location filename="../../deskclient/net/rpc_errors.py" line="36" />
        <source>Telegram does not know this citizen for the service account</source>
        <translation>Telegram no conoce a esta persona para la cuenta del servicio</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="37" />
        <source>Telegram refused the file</source>
        <translation>Telegram rechazó el fichero</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="38" />
        <source>the file is too big for Telegram</source>
        <translation>el fichero es demasiado grande para Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="41" />
        <source>the service account has blocked this citizen</source>
        <translation>la cuenta del servicio ha bloqueado a esta persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="42" />
        <source>the citizen accepts messages from Premium accounts only</source>
        <translation>el ciudadano solo acepta mensajes de cuentas Premium</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="43" />
        <source>the service account may not write in this chat</source>
        <translation>la cuenta del servicio no puede escribir en este chat</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="56" />
        <location filename="../../deskclient/net/whatsapp/media.py" line="74" />
        <source>the file to send is no longer on disk</source>
        <translation>el fichero que se iba a enviar ya no está en el disco</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="71" />
        <source>not connected to Telegram</source>
        <translation>sin conexión con Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/rpc_errors.py" line="73" />
        <source>the message could not be sent</source>
        <translation>no se pudo enviar el mensaje</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="196" />
        <source>Only a team lead can send broadcasts.</source>
        <translation>Solo la coordinación puede enviar difusiones.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="204" />
        <source>The default language must be one of the broadcast's texts.</source>
        <translation>El idioma predeterminado debe ser uno de los textos de la difusión.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="207" />
        <source>The time to send needs a time zone.</source>
        <translation>La hora de envío necesita una zona horaria.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="230" />
        <source>Unknown topic: {topics}.</source>
        <translation>Tema desconocido: {topics}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="232" />
        <source>Choose at least one topic.</source>
        <translation>Elija al menos un tema.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="240" />
        <source>Unknown language: {language}.</source>
        <translation>Idioma desconocido: {language}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="252" />
        <source>The {language} text is {length} characters long; Telegram takes at most {limit} under a file in one message.</source>
        <translation>El texto en {language} tiene {length} caracteres; Telegram admite {limit} como máximo bajo un fichero en un mensaje.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="255" />
        <source>The {language} text is {length} characters long; Telegram takes at most {limit} in one message.</source>
        <translation>El texto en {language} tiene {length} caracteres; Telegram admite {limit} como máximo en un mensaje.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="259" />
        <source>The broadcast has no text.</source>
        <translation>La difusión no tiene texto.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="272" />
        <source>With every language's text, the channel post is {length} characters long; Telegram takes at most {limit} under a file in one post.</source>
        <translation>Con el texto de cada idioma, la publicación del canal tiene {length} caracteres; Telegram admite {limit} como máximo bajo un fichero en una publicación.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="275" />
        <source>With every language's text, the channel post is {length} characters long; Telegram takes at most {limit} in one post.</source>
        <translation>Con el texto de cada idioma, la publicación del canal tiene {length} caracteres; Telegram admite {limit} como máximo en una publicación.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="288" />
        <source>Only a team lead can cancel a broadcast.</source>
        <translation>Solo la coordinación puede cancelar una difusión.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="316" />
        <source>This broadcast's recipients were deleted after the retention period; its figures are in the report.</source>
        <translation>Los destinatarios de esta difusión se eliminaron tras el plazo de conservación; sus cifras están en el informe.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcasts.py" line="333" />
        <source>Cannot write {name}: {problem}.</source>
        <translation>No se puede escribir {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="52" />
        <source>“{name}” is not a channel's public name (like @gencat: 5 to 32 letters, digits or _, starting with a letter).</source>
        <translation>«{name}» no es el nombre público de un canal (como @gencat: de 5 a 32 letras, cifras o _, empezando por una letra).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="107" />
        <source>Only a team lead can change a channel post.</source>
        <translation>Solo la coordinación puede cambiar una publicación del canal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="110" />
        <source>A channel post needs a text; delete it instead.</source>
        <translation>Una publicación del canal necesita un texto; elimínela en su lugar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/channel_posts.py" line="116" />
        <source>Only a team lead can delete a channel post.</source>
        <translation>Solo la coordinación puede eliminar una publicación del canal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="43" />
        <source>look up citizens' records</source>
        <translation>consultar los datos de los ciudadanos</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="51" />
        <source>export a citizen's records</source>
        <translation>exportar los datos de un ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="91" />
        <source>correct a citizen's records</source>
        <translation>corregir los datos de un ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="93" />
        <source>The name cannot be empty.</source>
        <translation>El nombre no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="102" />
        <source>erase a citizen's records</source>
        <translation>suprimir los datos de un ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/citizen_requests.py" line="110" />
        <source>Ticket {numbers} is on legal hold: release the hold before erasing this citizen's records.</source>
        <translation>La consulta {numbers} está en retención legal: libere la retención antes de suprimir los datos de esta persona.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="208" />
        <source>The new text is empty.</source>
        <translation>El texto nuevo está vacío.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="36" />
        <source>Not connected to Telegram: try again once online.</source>
        <translation>Sin conexión con Telegram: vuelva a intentarlo cuando haya conexión.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="37" />
        <source>Telegram asks to wait {seconds} s: try again then.</source>
        <translation>Telegram pide esperar {seconds} s: vuelva a intentarlo entonces.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="38" />
        <source>Telegram refused it ({reason}).</source>
        <translation>Telegram lo ha rechazado ({reason}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="39" />
        <source>Not connected to WhatsApp: try again once online.</source>
        <translation>Sin conexión con WhatsApp: vuelva a intentarlo cuando haya conexión.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="40" />
        <source>WhatsApp asks to wait {seconds} s: try again then.</source>
        <translation>WhatsApp pide esperar {seconds} s: vuelva a intentarlo entonces.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="41" />
        <source>WhatsApp refused it ({reason}).</source>
        <translation>WhatsApp lo ha rechazado ({reason}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="245" />
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="281" />
        <source>Unknown category '{category}'.</source>
        <translation>Categoría desconocida: «{category}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="292" />
        <source>The desk has no automatic messages in '{language}'.</source>
        <translation>El servicio no tiene mensajes automáticos en «{language}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="349" />
        <source>The text under the file is {length} characters long; Telegram takes at most {limit}. Send the text as a reply of its own.</source>
        <translation>El texto bajo el fichero tiene {length} caracteres; Telegram admite {limit} como máximo. Envíe el texto como respuesta aparte.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="353" />
        <source>The reply is empty.</source>
        <translation>La respuesta está vacía.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/desk.py" line="355" />
        <source>The reply is {length} characters long; Telegram takes at most {limit}. Split it in two.</source>
        <translation>La respuesta tiene {length} caracteres; Telegram admite {limit} como máximo. Divídala en dos.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_intake.py" line="84" />
        <source>Cannot read {name}: {problem}.</source>
        <translation>No se puede leer {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_intake.py" line="89" />
        <source>{name} cannot be sent: {reason}. Accepted: {accepted}.</source>
        <translation>No se puede enviar {name}: {reason}. Admitidos: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_intake.py" line="104" />
        <source>Cannot keep a copy of {name}: {problem}.</source>
        <translation>No se puede guardar una copia de {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="56" />
        <source>{name} was not kept: {reason}.</source>
        <translation>{name} no se guardó: {reason}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="57" />
        <source>{name} is still arriving: try again in a moment.</source>
        <translation>{name} aún está llegando: vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="58" />
        <source>{name} could not be downloaded, so it was not kept.</source>
        <translation>{name} no se pudo descargar, así que no se guardó.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="59" />
        <source>{name} was received before files were shared between workstations: only the workstation that received it has it.</source>
        <translation>{name} se recibió antes de que los ficheros se compartieran entre puestos: solo lo tiene el puesto que lo recibió.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="61" />
        <source>{name} is missing from the files folder.</source>
        <translation>Falta {name} en la carpeta de ficheros.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="62" />
        <source>{name} is incomplete or damaged in the shared store: it cannot be opened or sent.</source>
        <translation>{name} está incompleto o dañado en el almacén compartido: no se puede abrir ni enviar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="63" />
        <source>{name} could not be copied to this workstation's files folder ({problem}).</source>
        <translation>{name} no se pudo copiar en la carpeta de ficheros de este puesto ({problem}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="91" />
        <source>The file's stored name is not valid, so it cannot be opened.</source>
        <translation>El nombre guardado del fichero no es válido, así que no se puede abrir.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/file_store.py" line="150" />
        <source>This file is no longer kept (its ticket was purged or erased).</source>
        <translation>Este fichero ya no se conserva (su consulta se purgó o se suprimió).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="30" />
        <source>You are no longer an agent of this desk (ask IT).</source>
        <translation>Ya no es agente de este servicio (consulte a informática).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="31" />
        <source>The database was upgraded by a newer deskclient: upgrade deskclient on this workstation and start it again.</source>
        <translation>La base de datos se ha actualizado con un deskclient más reciente: actualice deskclient en este puesto y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="57" />
        <source>The database login {login} is not registered on this desk: ask IT to run `deskclient team add-agent {login}`.</source>
        <translation>El usuario de base de datos {login} no está dado de alta en este servicio: pida a informática que ejecute `deskclient team add-agent {login}`.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="73" />
        <source>This database has no team for this login (no rights on it, or `deskclient team init` never ran): {login} is neither an agent nor a team lead of this desk, so the desk does not start: ask IT.</source>
        <translation>Esta base de datos no tiene equipo para este usuario (sin permisos, o nunca se ejecutó `deskclient team init`): {login} no es agente ni coordinación de este servicio, así que no se inicia: consulte a informática.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="78" />
        <source>`deskclient serve` connects as {login}, which is not the desk's service login: ask IT (`deskclient team add-agent NAME --service`).</source>
        <translation>`deskclient serve` se conecta como {login}, que no es el usuario del servicio: consulte a informática (`deskclient team add-agent NAME --service`).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="82" />
        <source>The database login {login} is neither an agent nor a team lead of this desk, so the desk does not start: ask IT.</source>
        <translation>El usuario de base de datos {login} no es agente ni coordinación de este servicio, así que no se inicia: consulte a informática.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="85" />
        <source>This workstation holds the Telegram session, which files citizens' messages: its database login {login} needs the desk's service role too (ask IT), or set telegram.session = none and let `deskclient serve` hold it.</source>
        <translation>Este puesto tiene la sesión de Telegram, que registra los mensajes de los ciudadanos: su usuario de base de datos {login} también necesita el rol de servicio (consulte a informática), o ponga telegram.session = none y deje que la tenga `deskclient serve`.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/identity.py" line="110" />
        <source>The database does not let your role do this.</source>
        <translation>La base de datos no permite esto a su rol.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="64" />
        <source>Only a team lead can {what}.</source>
        <translation>Solo la coordinación puede {what}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="99" />
        <location filename="../../deskclient/services/lead.py" line="106" />
        <source>search the retained conversations</source>
        <translation>buscar en las conversaciones conservadas</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="113" />
        <source>open a transcript</source>
        <translation>abrir una transcripción</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="125" />
        <source>export transcripts</source>
        <translation>exportar transcripciones</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="128" />
        <source>Choose at least one ticket to export.</source>
        <translation>Elija al menos una consulta para exportar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="130" />
        <source>At most {count} transcripts per export.</source>
        <translation>Como máximo {count} transcripciones por exportación.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="132" />
        <source>Transcripts export as PDF or CSV.</source>
        <translation>Las transcripciones se exportan en PDF o CSV.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="174" />
        <source>see the statistics</source>
        <translation>ver las estadísticas</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="180" />
        <source>export the statistics</source>
        <translation>exportar las estadísticas</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="191" />
        <location filename="../../deskclient/services/lead.py" line="197" />
        <source>read the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="201" />
        <source>export the audit log</source>
        <translation>exportar el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="218" />
        <source>put a ticket on legal hold</source>
        <translation>puso una consulta en retención legal</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="221" />
        <source>Say why the ticket is on legal hold (e.g. the court order).</source>
        <translation>Indique por qué la consulta está en retención legal (p. ej., la orden judicial).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="225" />
        <source>release a legal hold</source>
        <translation>liberar una retención legal</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="234" />
        <source>link citizens</source>
        <translation>vincular ciudadanos</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="239" />
        <source>No ticket is numbered {number}.</source>
        <translation>Ningún tique tiene el número {number}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="241" />
        <source>Both tickets are the same citizen's.</source>
        <translation>Los dos tiques son del mismo ciudadano.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="250" />
        <source>unlink citizens</source>
        <translation>desvincular ciudadanos</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="254" />
        <source>That citizen is not linked to anyone.</source>
        <translation>Ese ciudadano no está vinculado a nadie.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="265" />
        <source>run the retention purge</source>
        <translation>ejecutar la purga de conservación</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead.py" line="282" />
        <source>The service purges daily at {hour} ({zone} time); a team lead may preview the purge but not run it.</source>
        <translation>El servicio purga cada día a las {hour} (hora de {zone}); la coordinación puede previsualizar la purga, pero no ejecutarla.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/lead_tools.py" line="59" />
        <source>`deskclient purge` deletes as the desk's service: run it with the service's login in database.url, or let `deskclient serve` purge daily at {hour}.</source>
        <translation>`deskclient purge` elimina como el servicio: ejecútelo con el usuario del servicio en database.url, o deje que `deskclient serve` purgue cada día a las {hour}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/outbox.py" line="61" />
        <source>More than 24 hours have passed since the citizen last wrote: WhatsApp only takes an approved template now</source>
        <translation>Han pasado más de 24 horas desde el último mensaje del ciudadano: WhatsApp solo admite ahora una plantilla aprobada</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/outbox.py" line="63" />
        <source>More than 24 hours have passed since the citizen last wrote, and no approved WhatsApp template is configured for this message</source>
        <translation>Han pasado más de 24 horas desde el último mensaje del ciudadano y no hay ninguna plantilla de WhatsApp aprobada configurada para este mensaje</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/outbox.py" line="305" />
        <source>The file could not be read from the store</source>
        <translation>No se pudo leer el fichero del almacén</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/broadcasts.py" line="128" />
        <source>Only a broadcast that is scheduled or being sent can be cancelled.</source>
        <translation>Solo se puede cancelar una difusión programada o en envío.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/broadcasts.py" line="150" />
        <source>This broadcast does not exist.</source>
        <translation>Esta difusión no existe.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="22" />
        <source>Only a team lead can edit canned responses.</source>
        <translation>Solo la coordinación puede editar las respuestas predefinidas.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="31" />
        <location filename="../../deskclient/store/canned.py" line="68" />
        <source>A canned reply needs a title and a text.</source>
        <translation>Una respuesta predefinida necesita un título y un texto.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="56" />
        <source>A shortcut is letters a-z, digits, '-' and '_', at most 40.</source>
        <translation>Un atajo son letras a-z, cifras, '-' y '_', 40 como máximo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="59" />
        <source>The shortcut /{shortcut} is already the canned reply “{title}”'s.</source>
        <translation>El atajo /{shortcut} ya es de la respuesta predefinida «{title}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/canned.py" line="74" />
        <source>There is already a canned reply called “{title}”.</source>
        <translation>Ya hay una respuesta predefinida llamada «{title}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/channel_posts.py" line="113" />
        <source>Only a post that is waiting or in the channel can be edited.</source>
        <translation>Solo se puede editar una publicación que esté pendiente o en el canal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/channel_posts.py" line="133" />
        <source>Only a post that is waiting or in the channel can be deleted.</source>
        <translation>Solo se puede eliminar una publicación que esté pendiente o en el canal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/citizen_choices.py" line="30" />
        <location filename="../../deskclient/store/retention.py" line="443" />
        <location filename="../../deskclient/store/review.py" line="46" />
        <source>That ticket no longer exists (it may have been purged).</source>
        <translation>Esa consulta ya no existe (puede que se haya purgado).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/citizen_reads.py" line="25" />
        <location filename="../../deskclient/store/citizen_reads.py" line="62" />
        <source>That citizen is no longer in the records (erased).</source>
        <translation>Esa persona ya no está en los registros (suprimida).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/outbox_queue.py" line="181" />
        <source>Only a message that was not sent can be changed and sent again.</source>
        <translation>Solo se puede cambiar y volver a enviar un mensaje que no se ha enviado.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/delivery_status.py" line="145" />
        <location filename="../../deskclient/store/queue_reads.py" line="149" />
        <location filename="../../deskclient/store/repository.py" line="152" />
        <source>That ticket is no longer in the records (purged or erased).</source>
        <translation>Esa consulta ya no está en los registros (purgada o suprimida).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/retention.py" line="459" />
        <source>That ticket no longer exists.</source>
        <translation>Esa consulta ya no existe.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/retention.py" line="461" />
        <source>Ticket {number} is not on legal hold.</source>
        <translation>La consulta {number} no está en retención legal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/review.py" line="135" />
        <location filename="../../deskclient/store/review.py" line="168" />
        <source>That citizen is not in the records (erased or purged).</source>
        <translation>Esa persona no está en los registros (suprimida o purgada).</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="34" />
        <source>This ticket is closed and cannot be claimed.</source>
        <translation>Esta consulta está cerrada y no se puede asignar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="35" />
        <source>Ticket {number} was already claimed by {agent}.</source>
        <translation>{agent} ya se había asignado la consulta {number}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="45" />
        <source>Only a team lead can assign a ticket to someone else.</source>
        <translation>Solo la coordinación puede asignar una consulta a otra persona.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="77" />
        <source>Ticket {number} is closed: the citizen's next message will open a new one.</source>
        <translation>La consulta {number} está cerrada: el próximo mensaje del ciudadano abrirá una nueva.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="105" />
        <source>Only an agent's message that was sent can be changed.</source>
        <translation>Solo se puede cambiar un mensaje de un agente que ya se ha enviado.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="155" />
        <source>Ticket {number} is already closing.</source>
        <translation>La consulta {number} ya se está cerrando.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="156" />
        <source>Ticket {number} is already closed.</source>
        <translation>La consulta {number} ya está cerrada.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/ticket_actions.py" line="176" />
        <source>Ticket {number} can only be reopened within the grace period after closing.</source>
        <translation>La consulta {number} solo se puede reabrir durante el plazo de gracia tras el cierre.</translation>
    </message>
    <message>
        <location filename="../../deskclient/errors.py" line="114" />
        <source>Telegram refused the message ({code})</source>
        <translation>Telegram rechazó el mensaje ({code})</translation>
    </message>
    <message>
        <location filename="../../deskclient/errors.py" line="115" />
        <source>the message could not be sent ({code})</source>
        <translation>no se pudo enviar el mensaje ({code})</translation>
    </message>
    <message>
        <location filename="../../deskclient/errors.py" line="116" />
        <source>{reason}; gave up after {tries} tries</source>
        <translation>{reason}; se abandonó tras {tries} intentos</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge.py" line="327" />
        <source>The database log (WAL) was in use and could not be emptied now; the next purge will.</source>
        <translation>El registro de la base de datos (WAL) estaba en uso y no se ha podido vaciar ahora; lo hará la próxima purga.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge.py" line="331" />
        <source>The database could not be compacted now; the next purge will.</source>
        <translation>La base de datos no se ha podido compactar ahora; lo hará la próxima purga.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge_session.py" line="76" />
        <source>The Telegram session's cache could not be cleaned now (in use); the next purge will.</source>
        <translation>La caché de la sesión de Telegram no se ha podido limpiar ahora (en uso); lo hará la próxima purga.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge_session.py" line="97" />
        <source>The Telegram session file could not be compacted now.</source>
        <translation>El fichero de la sesión de Telegram no se ha podido compactar ahora.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="125" />
        <source>The purged rows are deleted, but this login may not rewrite the database's tables (VACUUM FULL needs their owner), so their old text stays in the table files until the service's next purge.</source>
        <translation>Las filas purgadas se han eliminado, pero este usuario no puede reescribir las tablas de la base de datos (VACUUM FULL necesita a su propietario), así que su texto antiguo queda en los ficheros de las tablas hasta la próxima purga del servicio.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="129" />
        <source>A long transaction elsewhere could still see the purged rows, so the database kept their old copies for now; the next purge removes them.</source>
        <translation>Una transacción larga en otro lugar aún podía ver las filas purgadas, así que la base de datos ha conservado sus copias antiguas por ahora; la próxima purga las elimina.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="132" />
        <source>Some database tables were in use and were not rewritten now; the next purge does it.</source>
        <translation>Algunas tablas de la base de datos estaban en uso y no se han reescrito ahora; lo hará la próxima purga.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/pg_compaction.py" line="135" />
        <source>Messages kept arriving, so the purged text's old copies stay in the database files until a quiet moment; the desk tries again every few minutes.</source>
        <translation>Seguían llegando mensajes, así que las copias antiguas del texto purgado se quedan en los archivos de la base de datos hasta un momento tranquilo; el servicio lo vuelve a intentar cada pocos minutos.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="43" />
        <source>more than 24 hours have passed since the citizen last wrote: only an approved template can reach them</source>
        <translation>han pasado más de 24 horas desde el último mensaje de la persona: solo una plantilla aprobada puede llegarle</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="44" />
        <source>WhatsApp could not deliver it to this number</source>
        <translation>WhatsApp no pudo entregarlo a este número</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="45" />
        <source>too many messages to this citizen in a short time</source>
        <translation>demasiados mensajes a esta persona en poco tiempo</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="46" />
        <source>the number's sending rate was exceeded</source>
        <translation>se superó el ritmo de envío del número</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="47" />
        <source>WhatsApp limited this number's sending (spam rate)</source>
        <translation>WhatsApp limitó los envíos de este número (límite por spam)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="48" />
        <source>the WhatsApp access token is no longer valid</source>
        <translation>el token de acceso de WhatsApp ya no es válido</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="49" />
        <source>the WhatsApp access token lacks the messaging permission</source>
        <translation>el token de acceso de WhatsApp no tiene permiso de mensajería</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="50" />
        <source>WhatsApp refused the message as malformed</source>
        <translation>WhatsApp rechazó el mensaje por estar mal formado</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="51" />
        <source>the template's parameters do not match the approved template</source>
        <translation>los parámetros no coinciden con la plantilla aprobada</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="52" />
        <source>no approved template of that name and language</source>
        <translation>no hay ninguna plantilla aprobada con ese nombre e idioma</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="53" />
        <source>WhatsApp does not support this kind of message</source>
        <translation>WhatsApp no admite este tipo de mensaje</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="54" />
        <source>WhatsApp could not download the file</source>
        <translation>WhatsApp no pudo descargar el fichero</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="55" />
        <source>WhatsApp could not take the file</source>
        <translation>WhatsApp no pudo aceptar el fichero</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/errors.py" line="71" />
        <source>the template is paused or disabled</source>
        <translation>la plantilla está en pausa o desactivada</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/gateway.py" line="287" />
        <source>WhatsApp cannot edit a message once sent</source>
        <translation>WhatsApp no permite editar un mensaje ya enviado</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/gateway.py" line="290" />
        <source>WhatsApp cannot delete a message once sent</source>
        <translation>WhatsApp no permite eliminar un mensaje ya enviado</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/arriving_files.py" line="93" />
        <source>A citizen's file could not be downloaded; the message was kept without it.</source>
        <translation>No se pudo descargar el fichero de un ciudadano; el mensaje se ha guardado sin él.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/purge_schedule.py" line="143" />
        <source>The retention purge could not run now; it will try again within the hour.</source>
        <translation>La purga de conservación no ha podido ejecutarse ahora; lo volverá a intentar antes de una hora.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="32" />
        <source>The database refuses writes (locked).</source>
        <translation>La base de datos rechaza escrituras (bloqueada).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="33" />
        <location filename="../../deskclient/store/faults.py" line="31" />
        <source>The database cannot be reached.</source>
        <translation>No se puede contactar con la base de datos.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="34" />
        <source>The database refuses writes (disk full).</source>
        <translation>La base de datos rechaza escrituras (disco lleno).</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="35" />
        <source>The database reports disk errors.</source>
        <translation>La base de datos informa de errores de disco.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="36" />
        <location filename="../../deskclient/store/faults.py" line="35" />
        <source>The database is unavailable.</source>
        <translation>La base de datos no está disponible.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="38" />
        <source>{problem} Citizens' messages waiting to be filed when it is back: {count}.</source>
        <translation>{problem} Mensajes de ciudadanos a la espera de registrarse cuando vuelva: {count}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/steady.py" line="107" />
        <source>The database is back: waiting messages were filed.</source>
        <translation>La base de datos ha vuelto: los mensajes en espera se han registrado.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/faults.py" line="30" />
        <source>The database refuses writes: another program holds its lock.</source>
        <translation>La base de datos rechaza escrituras: otro programa tiene su bloqueo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/faults.py" line="32" />
        <source>The disk holding the database is full: free some space.</source>
        <translation>El disco de la base de datos está lleno: libere espacio.</translation>
    </message>
    <message>
        <location filename="../../deskclient/store/faults.py" line="33" />
        <source>The disk holding the database reports read or write errors.</source>
        <translation>El disco de la base de datos informa de errores de lectura o escritura.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/customer_windows.py" line="50" />
        <source>More than 24 hours have passed since the citizen last wrote: on WhatsApp only an approved template reaches them now.</source>
        <translation>Han pasado más de 24 horas desde el último mensaje del ciudadano: en WhatsApp ahora solo le llega una plantilla aprobada.</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/customer_windows.py" line="58" />
        <source>No approved template is configured for that.</source>
        <translation>No hay ninguna plantilla aprobada configurada para eso.</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/inbound.py" line="52" />
        <source>another chat</source>
        <translation>otro chat</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/inbound.py" line="53" />
        <source>another chat (forwarded many times)</source>
        <translation>otro chat (reenviado muchas veces)</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcast_sender.py" line="77" />
        <source>No approved WhatsApp template is configured for broadcasts ([whatsapp.templates.broadcast])</source>
        <translation>No hay ninguna plantilla de WhatsApp aprobada configurada para los envíos a la lista ([whatsapp.templates.broadcast])</translation>
    </message>
    <message>
        <location filename="../../deskclient/services/broadcast_sender.py" line="79" />
        <source>More than 24 hours have passed since the citizen wrote, and no approved WhatsApp template is configured for list notices ([whatsapp.templates.list_notice])</source>
        <translation>Han pasado más de 24 horas desde el mensaje del ciudadano y no hay ninguna plantilla de WhatsApp aprobada configurada para los avisos de la lista ([whatsapp.templates.list_notice])</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/media.py" line="48" />
        <source>WhatsApp does not take this kind of file: send it as PDF, JPEG or PNG, plain text, an Office document, MP4 or MP3</source>
        <translation>WhatsApp no acepta este tipo de fichero: envíelo en PDF, JPEG o PNG, texto sin formato, un documento de Office, MP4 o MP3</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/media.py" line="50" />
        <source>the file is too big for WhatsApp (100 MB at most)</source>
        <translation>el fichero es demasiado grande para WhatsApp (100 MB como máximo)</translation>
    </message>
    <message>
        <location filename="../../deskclient/net/whatsapp/media.py" line="51" />
        <source>the image could not be read to convert it for WhatsApp</source>
        <translation>no se ha podido leer la imagen para convertirla para WhatsApp</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="34" />
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="36" />
        <source>automatic message</source>
        <translation>mensaje automático</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="37" />
        <source>internal note by {0}</source>
        <translation>nota interna de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="42" />
        <source>Attached: {0} (arriving…)</source>
        <translation>Adjunto: {0} (llegando…)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="44" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0}: no se ha podido descargar el fichero</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="46" />
        <source>Refused file: {0} ({1})</source>
        <translation>Fichero rechazado: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="48" />
        <source>Attached: {0}</source>
        <translation>Adjuntos: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="58" />
        <source>seen</source>
        <translation>leído</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="59" />
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="59" />
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="61" />
        <source>as the approved template {0}</source>
        <translation>como la plantilla aprobada {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="63" />
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="65" />
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="67" />
        <source>Reason: {0}</source>
        <translation>Motivo: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="69" />
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="71" />
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="72" />
        <source>deleted by the citizen</source>
        <translation>eliminado por el ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="74" />
        <source>edit pending</source>
        <translation>edición pendiente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="76" />
        <source>deletion pending</source>
        <translation>eliminación pendiente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="79" />
        <source>The deletion did not reach the citizen: {0}</source>
        <translation>La eliminación no ha llegado al ciudadano: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="80" />
        <source>The edit did not reach the citizen: {0}</source>
        <translation>La modificación no ha llegado al ciudadano: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="89" />
        <source>Forwarded from {0}</source>
        <translation>Reenviado de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="92" />
        <source>Quoting: {0}</source>
        <translation>Cita: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/accessibility.py" line="91" />
        <source>an earlier message</source>
        <translation>un mensaje anterior</translation>
    </message>
</context>
<context>
    <name>AttachedFiles</name>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="29" />
        <source>Attached:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="52" />
        <location filename="../../deskclient/ui/composer_parts.py" line="53" />
        <source>Remove {0}</source>
        <translation>Quitar {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="62" />
        <source>Attached: {0}</source>
        <translation>Adjuntos: {0}</translation>
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
        <translation>Nueva difusión</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="118" />
        <source>The text for subscribers who speak {0}. **bold**, __italic__, [a link](https://…)</source>
        <translation>El texto para los suscriptores que hablan {0}. **negrita**, __cursiva__, [un enlace](https://…)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="129" />
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="131" />
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="133" />
        <source>&amp;Link…</source>
        <translation>&amp;Enlace…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="139" />
        <source>Other languages get the text in:</source>
        <translation>Los demás idiomas reciben el texto en:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="154" />
        <source>Post to the &amp;channel too:</source>
        <translation>Publicar también en el &amp;canal:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="165" />
        <source>&amp;Attach a file…</source>
        <translation>&amp;Adjuntar un fichero…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="167" />
        <source>Remove the file</source>
        <translation>Quitar el fichero</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="169" />
        <location filename="../../deskclient/ui/broadcast_composer.py" line="317" />
        <source>No file</source>
        <translation>Ningún fichero</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="175" />
        <source>Send &amp;now</source>
        <translation>Enviar a&amp;hora</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="176" />
        <source>Send &amp;at</source>
        <translation>Enviar &amp;a las</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="195" />
        <source>Subscribers' language</source>
        <translation>Idioma de los suscriptores</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="195" />
        <source>Subscribers</source>
        <translation>Suscriptores</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="196" />
        <source>Text they get</source>
        <translation>Texto que reciben</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="204" />
        <location filename="../../deskclient/ui/broadcast_composer.py" line="324" />
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="207" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="215" />
        <source>Topics:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="216" />
        <source>File:</source>
        <translation>Fichero:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="217" />
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="218" />
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="224" />
        <source>Who will get it:</source>
        <translation>Quién la recibirá:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="260" />
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="261" />
        <source>Address (https://…):</source>
        <translation>Dirección (https://…):</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="269" />
        <source>A link starts with https://</source>
        <translation>Un enlace empieza por https://</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="282" />
        <source>&lt;i&gt;As the subscribers will see it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Tal como lo verán los suscriptores.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="287" />
        <source>Attach a file</source>
        <translation>Adjuntar un fichero</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="290" />
        <source>Accepted files ({0})</source>
        <translation>Ficheros admitidos ({0})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="306" />
        <source>{0} cannot be read</source>
        <translation>{0} no se puede leer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="312" />
        <source>{0} cannot be broadcast: {1}. Accepted: {2}.</source>
        <translation>{0} no se puede difundir: {1}. Admitidos: {2}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="324" />
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="372" />
        <source>{0} (no text yet)</source>
        <translation>{0} (aún sin texto)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="375" />
        <source>{0}, the default</source>
        <translation>{0}, el predeterminado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="384" />
        <source>Subscribers who will get it: {0}.</source>
        <translation>Suscriptores que la recibirán: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="386" />
        <source>No topic chosen: nobody on the list gets it.</source>
        <translation>No se ha elegido ningún tema: nadie de la lista la recibe.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="388" />
        <source>Urgent: it goes before the rest of any broadcast being sent.</source>
        <translation>Urgente: pasa por delante del resto de cualquier difusión que se esté enviando.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="392" />
        <source>It is posted to {0} too, in {1}.</source>
        <translation>También se publica en {0}, en {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="403" />
        <source>Write the text in at least one language.</source>
        <translation>Escriba el texto al menos en un idioma.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="405" />
        <source>Choose a topic, or a channel to post to.</source>
        <translation>Elija un tema, o un canal donde publicar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="408" />
        <source>Write the {0} text too: subscribers of languages without a text get that one.</source>
        <translation>Escriba también el texto en {0}: los suscriptores de idiomas sin texto reciben ese.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_composer.py" line="412" />
        <source>That time has passed: choose a later one, or send now.</source>
        <translation>Esa hora ya ha pasado: elija una posterior o envíela ahora.</translation>
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
        <translation>enviándose</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="32" />
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="33" />
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="36" />
        <source>waiting to be posted</source>
        <translation>pendiente de publicar</translation>
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
        <translation>eliminada del canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="40" />
        <source>not posted: cancelled</source>
        <translation>no publicada: cancelada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="43" />
        <source>edit asked for, not made yet</source>
        <translation>modificación pedida, aún no hecha</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="44" />
        <source>deletion asked for, not made yet</source>
        <translation>eliminación pedida, aún no hecha</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="50" />
        <source>blocked the service account</source>
        <translation>bloqueó la cuenta del servicio</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="52" />
        <source>deleted their Telegram account</source>
        <translation>eliminó su cuenta de Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="54" />
        <source>the service account is not an admin of @{name}</source>
        <translation>la cuenta del servicio no administra @{name}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="56" />
        <source>no Telegram channel is called @{name}</source>
        <translation>ningún canal de Telegram se llama @{name}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="58" />
        <source>@{name} is not a Telegram channel</source>
        <translation>@{name} no es un canal de Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="60" />
        <source>the post is no longer in @{name}</source>
        <translation>la publicación ya no está en @{name}</translation>
    </message>
</context>
<context>
    <name>BroadcastModels</name>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="103" />
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="103" />
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="104" />
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="104" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="105" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="105" />
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="106" />
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_models.py" line="106" />
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>BroadcastsWindow</name>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="49" />
        <source>deskclient — broadcasts</source>
        <translation>deskclient — difusiones</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="52" />
        <location filename="../../deskclient/ui/broadcast_report.py" line="369" />
        <source>&amp;New broadcast…</source>
        <translation>&amp;Nueva difusión…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="138" />
        <source>Subscribers: {0}</source>
        <translation>Suscriptores: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="150" />
        <source>Waiting to be sent:</source>
        <translation>Pendientes de envío:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="150" />
        <source>Sent:</source>
        <translation>Enviados:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="151" />
        <source>Failed:</source>
        <translation>Fallidos:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="152" />
        <source>Taken off the list along the way:</source>
        <translation>Dados de baja durante el envío:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="153" />
        <source>Left the list before their turn:</source>
        <translation>Se dieron de baja antes de su turno:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="154" />
        <source>Not sent (cancelled):</source>
        <translation>No enviados (cancelada):</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="159" />
        <source>Why it failed</source>
        <translation>Motivo del fallo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="159" />
        <source>Subscribers</source>
        <translation>Suscriptores</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="160" />
        <source>Of them taken off the list</source>
        <translation>De ellos, dados de baja</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="169" />
        <source>Channel post</source>
        <translation>Publicación en el canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="173" />
        <source>&amp;Edit the post…</source>
        <translation>&amp;Modificar la publicación…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="175" />
        <source>&amp;Delete the post…</source>
        <translation>&amp;Eliminar la publicación…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="185" />
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="187" />
        <source>Cancel the broadcast…</source>
        <translation>Cancelar la difusión…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="207" />
        <source>No broadcast chosen.</source>
        <translation>No se ha elegido ninguna difusión.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="217" />
        <source>Broadcast {0}</source>
        <translation>Difusión {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="219" />
        <source>waiting while an urgent broadcast goes first</source>
        <translation>en espera mientras se envía antes una difusión urgente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="221" />
        <source>waiting for {0} to connect</source>
        <translation>esperando a que {0} se conecte</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="223" />
        <source>to {0}</source>
        <translation>a {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="223" />
        <source>no list</source>
        <translation>sin lista</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="225" />
        <source>file {0}</source>
        <translation>fichero {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="227" />
        <source>by {0}</source>
        <translation>por {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="261" />
        <source>edited {0}</source>
        <translation>modificada el {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="282" />
        <source>Broadcast {0} stored; the service sends it.</source>
        <translation>Difusión {0} guardada; la envía el servicio.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="287" />
        <source>Export the broadcast's recipients</source>
        <translation>Exportar los destinatarios de la difusión</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="289" />
        <source>CSV files (*.csv)</source>
        <translation>Ficheros CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="300" />
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="306" />
        <source>Cancel the broadcast</source>
        <translation>Cancelar la difusión</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="307" />
        <source>Stop this broadcast? Whoever has not got it yet will not.</source>
        <translation>¿Detener esta difusión? Quien aún no la haya recibido ya no la recibirá.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="318" />
        <source>Edit the channel post</source>
        <translation>Modificar la publicación del canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="319" />
        <source>The post's new text (**bold**, __italic__, [a link](https://…)):</source>
        <translation>El nuevo texto de la publicación (**negrita**, __cursiva__, [un enlace](https://…)):</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="333" />
        <source>Delete the channel post</source>
        <translation>Eliminar la publicación del canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="334" />
        <source>Delete this post from the channel, for everyone who follows it?</source>
        <translation>¿Eliminar esta publicación del canal para todas las personas que lo siguen?</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="364" />
        <source>&amp;Broadcasts</source>
        <translation>&amp;Difusiones</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/broadcast_report.py" line="365" />
        <source>Broadcasts and &amp;channel posts…</source>
        <translation>Difusiones y publicaciones en el &amp;canal…</translation>
    </message>
</context>
<context>
    <name>CannedCompleter</name>
    <message>
        <location filename="../../deskclient/ui/canned_completer.py" line="79" />
        <source>Canned replies</source>
        <translation>Respuestas predefinidas</translation>
    </message>
</context>
<context>
    <name>CannedManager</name>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="33" />
        <location filename="../../deskclient/ui/canned_manager.py" line="42" />
        <source>Canned replies</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="44" />
        <source>&amp;New reply</source>
        <translation>&amp;Nueva respuesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="56" />
        <source>e.g. hours (agents type /hours)</source>
        <translation>p. ej. horario (los agentes escriben /horario)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="64" />
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="66" />
        <source>Insert:</source>
        <translation>Insertar:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="69" />
        <source>Filled in with the {0} when an agent inserts the reply</source>
        <translation>Se rellena con el {0} cuando un agente inserta la respuesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="81" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="82" />
        <source>&amp;Shortcut:</source>
        <translation>&amp;Atajo:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="83" />
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="84" />
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="87" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="90" />
        <source>Delete this &amp;language</source>
        <translation>Eliminar este &amp;idioma</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="92" />
        <source>&amp;Delete reply…</source>
        <translation>&amp;Eliminar la respuesta…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="118" />
        <source>citizen's name</source>
        <translation>nombre del ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="118" />
        <source>ticket number</source>
        <translation>número de consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="119" />
        <source>agent's name</source>
        <translation>nombre del agente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="174" />
        <source>Written in: {0}</source>
        <translation>Escrita en: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="175" />
        <source>Not saved yet.</source>
        <translation>Aún sin guardar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="190" />
        <source>Give the reply a title.</source>
        <translation>Dé un título a la respuesta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="192" />
        <source>A shortcut is made of letters a–z, digits, - and _ (at most 40).</source>
        <translation>Un atajo se compone de letras a–z, cifras, - y _ (como máximo 40).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="195" />
        <source>/{0} is already the shortcut of “{1}”.</source>
        <translation>/{0} ya es el atajo de «{1}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="197" />
        <source>There is already a reply called “{0}”.</source>
        <translation>Ya hay una respuesta llamada «{0}».</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="215" />
        <source>Write the text in one language at least.</source>
        <translation>Escriba el texto al menos en un idioma.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="229" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="247" />
        <source>Delete canned reply</source>
        <translation>Eliminar la respuesta predefinida</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/canned_manager.py" line="248" />
        <source>Delete “{0}” in every language?</source>
        <translation>¿Eliminar «{0}» en todos los idiomas?</translation>
    </message>
</context>
<context>
    <name>CitizenCorrectionDialog</name>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="49" />
        <source>Correct the stored data</source>
        <translation>Corregir los datos guardados</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="53" />
        <source>no phone stored</source>
        <translation>ningún teléfono guardado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="54" />
        <source>What the citizen asked to rectify. Each change is in the audit log (without the values).</source>
        <translation>Lo que el ciudadano pidió rectificar. Cada cambio queda en el registro de auditoría (sin los valores).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="62" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_dialogs.py" line="63" />
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
</context>
<context>
    <name>CitizenLinks</name>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="21" />
        <source>Open a ticket of one of the two citizens first.</source>
        <translation>Abra primero un tique de uno de los dos ciudadanos.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="25" />
        <location filename="../../deskclient/ui/citizen_links.py" line="75" />
        <source>Link citizens</source>
        <translation>Vincular ciudadanos</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="26" />
        <source>The same person's ticket number on the other channel (e.g. 2026-000123):</source>
        <translation>Número de tique de la misma persona en el otro canal (p. ej., 2026-000123):</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="40" />
        <source>{0} and {1} are one person now: each one's panel shows the other's tickets and notes.</source>
        <translation>{0} y {1} son ahora una misma persona: el panel de cada uno muestra los tiques y las notas del otro.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="48" />
        <source>Open a ticket of the citizen to unlink first.</source>
        <translation>Abra primero un tique del ciudadano que quiere desvincular.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="50" />
        <location filename="../../deskclient/ui/citizen_links.py" line="51" />
        <location filename="../../deskclient/ui/citizen_links.py" line="67" />
        <location filename="../../deskclient/ui/citizen_links.py" line="71" />
        <source>Unlink citizen</source>
        <translation>Desvincular ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="52" />
        <source>This ticket's citizen is then a person of their own again: their panel shows only their own tickets and notes, and a data-subject request covers only them.</source>
        <translation>El ciudadano de este tique vuelve a ser una persona aparte: su panel muestra solo sus propios tiques y notas, y una solicitud de derechos del interesado solo lo abarca a él.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="57" />
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_links.py" line="70" />
        <source>{0} is a citizen of their own again.</source>
        <translation>{0} vuelve a ser un ciudadano aparte.</translation>
    </message>
</context>
<context>
    <name>CitizenPanel</name>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="189" />
        <source>Earlier tickets</source>
        <translation>Consultas anteriores</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="192" />
        <source>No earlier tickets.</source>
        <translation>Ninguna consulta anterior.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="193" />
        <location filename="../../deskclient/ui/citizen_panel.py" line="195" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="196" />
        <source>No notes yet.</source>
        <translation>Todavía no hay notas.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="197" />
        <source>Add a &amp;note…</source>
        <translation>Añadir una &amp;nota…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="207" />
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="290" />
        <source>WhatsApp:</source>
        <translation>WhatsApp:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="302" />
        <source>Same person as: {0}</source>
        <translation>Misma persona que: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="291" />
        <source>Telegram:</source>
        <translation>Telegram:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="179" />
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="271" />
        <source>no public username</source>
        <translation>sin nombre de usuario público</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="276" />
        <source>Earlier tickets ({0})</source>
        <translation>Consultas anteriores ({0})</translation>
    </message>
</context>
<context>
    <name>CitizenTicketsModel</name>
    <message>
        <location filename="../../deskclient/ui/citizen_panel.py" line="116" />
        <source>Read this ticket</source>
        <translation>Lea esta consulta</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="43" />
        <location filename="../../deskclient/ui/composer.py" line="146" />
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Escriba una respuesta… (Ctrl+Intro envía)</translation>
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
        <translation>Respuesta al ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="51" />
        <source>&amp;Attach…</source>
        <translation>&amp;Adjuntar…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="53" />
        <source>Canned &amp;replies</source>
        <translation>&amp;Respuestas predefinidas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="63" />
        <location filename="../../deskclient/ui/composer.py" line="150" />
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="92" />
        <source>&amp;Manage canned replies…</source>
        <translation>&amp;Gestionar las respuestas predefinidas…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="115" />
        <source>Attach files</source>
        <translation>Adjuntar ficheros</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="118" />
        <source>Accepted files ({0})</source>
        <translation>Ficheros admitidos ({0})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="129" />
        <source>{0} cannot be read</source>
        <translation>{0} no se puede leer</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="137" />
        <source>Not attached — {0}. Accepted: {1}.</source>
        <translation>No adjuntado — {0}. Admitidos: {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="145" />
        <source>Internal note for the team — never sent to the citizen</source>
        <translation>Nota interna para el equipo — nunca se envía al ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="147" />
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer.py" line="150" />
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="36" />
        <source>Something went wrong</source>
        <translation>Algo ha ido mal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="38" />
        <source>Copy the report</source>
        <translation>Copiar el informe</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="40" />
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/crash.py" line="44" />
        <source>deskclient hit an unexpected error and carried on. Please send this report to IT; it holds no message content.</source>
        <translation>deskclient ha tenido un error inesperado y ha seguido funcionando. Envíe este informe a Informática; no contiene el texto de ningún mensaje.</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordDialog</name>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="32" />
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="33" />
        <source>The team database on {0} asks for the password of {1}.</source>
        <translation>La base de datos del equipo en {0} pide la contraseña de {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="35" />
        <source>That password was not accepted. Try again.</source>
        <translation>No se ha aceptado esa contraseña. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/database_login.py" line="39" />
        <source>Remember it on this computer</source>
        <translation>Recordarla en este ordenador</translation>
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
    <name>ImagePreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="190" />
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="198" />
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="201" />
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="202" />
        <source>Fit to window (Ctrl+0)</source>
        <translation>Ajustar a la ventana (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="205" />
        <source>Actual size (Ctrl+1)</source>
        <translation>Tamaño real (Ctrl+1)</translation>
    </message>
</context>
<context>
    <name>InlineMedia</name>
    <message>
        <location filename="../../deskclient/ui/bubble_media.py" line="185" />
        <source>Voice note: Space plays it</source>
        <translation>Nota de voz: Espacio la reproduce</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/bubble_media.py" line="186" />
        <source>Voice note playing: Space pauses it</source>
        <translation>Nota de voz en reproducción: Espacio la pausa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/bubble_media.py" line="187" />
        <source>Voice note paused: Space plays it</source>
        <translation>Nota de voz en pausa: Espacio la reproduce</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="19" />
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="20" />
        <source>closing</source>
        <translation>cerrándose</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="21" />
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="25" />
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="26" />
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="27" />
        <source>logged out</source>
        <translation>sesión cerrada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="28" />
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="32" />
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="33" />
        <source>lead</source>
        <translation>coordinación</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="37" />
        <source>tickets</source>
        <translation>consultas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="38" />
        <source>files</source>
        <translation>ficheros</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="39" />
        <source>compacting</source>
        <translation>compactando</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="40" />
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="44" />
        <source>IMAGE</source>
        <translation>IMAGEN</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="45" />
        <source>AUDIO</source>
        <translation>AUDIO</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="46" />
        <source>VIDEO</source>
        <translation>VÍDEO</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="47" />
        <source>OTHER</source>
        <translation>OTRO</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="48" />
        <source>STICKER</source>
        <translation>STICKER</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="54" />
        <source>logged in to the desk</source>
        <translation>inició sesión en deskclient</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="55" />
        <source>logged in to Telegram</source>
        <translation>inició sesión en Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="56" />
        <source>logged out of Telegram</source>
        <translation>cerró la sesión de Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="57" />
        <source>changed a person's role</source>
        <translation>cambió el rol de una persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="58" />
        <source>claimed a ticket</source>
        <translation>se asignó una consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="59" />
        <source>assigned a ticket</source>
        <translation>asignó una consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="60" />
        <source>claim or assignment refused</source>
        <translation>asignación denegada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="61" />
        <source>set a category</source>
        <translation>puso una categoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="62" />
        <source>closed a ticket</source>
        <translation>cerró una consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="63" />
        <source>reopened a ticket</source>
        <translation>reabrió una consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="64" />
        <source>read a closed ticket</source>
        <translation>leyó una consulta cerrada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="65" />
        <source>edited a sent message</source>
        <translation>modificó un mensaje enviado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="66" />
        <source>deleted a sent message</source>
        <translation>eliminó un mensaje enviado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="67" />
        <source>changed a refused message</source>
        <translation>modificó un mensaje rechazado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="68" />
        <source>created a canned reply</source>
        <translation>creó una respuesta predefinida</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="69" />
        <source>edited a canned reply</source>
        <translation>modificó una respuesta predefinida</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="70" />
        <source>deleted a canned reply</source>
        <translation>eliminó una respuesta predefinida</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="71" />
        <source>lead action refused</source>
        <translation>acción de coordinación denegada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="72" />
        <source>searched the conversations</source>
        <translation>buscó en las conversaciones</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="73" />
        <source>opened a transcript</source>
        <translation>abrió una transcripción</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="74" />
        <source>exported transcripts</source>
        <translation>exportó transcripciones</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="75" />
        <source>viewed the statistics</source>
        <translation>consultó las estadísticas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="76" />
        <source>exported the statistics</source>
        <translation>exportó las estadísticas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="77" />
        <source>viewed the audit log</source>
        <translation>consultó el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="78" />
        <source>exported the audit log</source>
        <translation>exportó el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="79" />
        <source>looked up citizens</source>
        <translation>buscó ciudadanos</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="80" />
        <source>exported a citizen's data</source>
        <translation>exportó los datos de un ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="81" />
        <source>corrected a citizen's data</source>
        <translation>rectificó los datos de un ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="82" />
        <source>erased a citizen's data</source>
        <translation>suprimió los datos de un ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="83" />
        <source>linked two citizens as one person</source>
        <translation>vinculó dos ciudadanos como una misma persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="84" />
        <source>unlinked a citizen from the same person</source>
        <translation>desvinculó a un ciudadano de la misma persona</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="85" />
        <source>erased the citizens linked to a citizen</source>
        <translation>suprimió los ciudadanos vinculados a un ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="86" />
        <source>put a ticket on legal hold</source>
        <translation>puso una consulta en retención legal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="87" />
        <source>released a legal hold</source>
        <translation>liberó una retención legal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="88" />
        <source>previewed the purge</source>
        <translation>previsualizó la purga</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="89" />
        <source>purged old conversations</source>
        <translation>purgó conversaciones antiguas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="90" />
        <source>left a group</source>
        <translation>salió de un grupo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="91" />
        <source>corrected a citizen's language</source>
        <translation>corrigió el idioma de un ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="92" />
        <source>citizen chose a category</source>
        <translation>el ciudadano eligió una categoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="93" />
        <source>deleted a chat on Telegram</source>
        <translation>eliminó un chat en Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="94" />
        <source>chat deletion refused by Telegram</source>
        <translation>Telegram rechazó eliminar un chat</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="95" />
        <source>created a broadcast</source>
        <translation>creó una difusión</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="96" />
        <source>cancelled a broadcast</source>
        <translation>canceló una difusión</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="97" />
        <source>posted to a channel</source>
        <translation>publicó en un canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="98" />
        <source>channel post refused by Telegram</source>
        <translation>publicación en el canal rechazada por Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="99" />
        <source>edited a channel post</source>
        <translation>modificó una publicación del canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="100" />
        <source>deleted a channel post</source>
        <translation>eliminó una publicación del canal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="105" />
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="106" />
        <source>(unassigned)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="148" />
        <source>files of type .{ext} are not accepted</source>
        <translation>no se admiten ficheros de tipo .{ext}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="150" />
        <source>{size} is over the {limit} limit</source>
        <translation>{size} supera el límite de {limit}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="151" />
        <source>the file is empty</source>
        <translation>el fichero está vacío</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="152" />
        <source>the file is over the size limit</source>
        <translation>el fichero supera el tamaño máximo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="154" />
        <source>the content is not {expected}</source>
        <translation>el contenido no es {expected}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/labels.py" line="156" />
        <source>the content is {found}, not {expected}</source>
        <translation>el contenido es {found}, no {expected}</translation>
    </message>
</context>
<context>
    <name>LeadAuditTab</name>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="35" />
        <source>any agent</source>
        <translation>cualquier agente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="41" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="42" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="43" />
        <source>Audit events from</source>
        <translation>Registro de auditoría desde</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="44" />
        <source>Audit events to</source>
        <translation>Registro de auditoría hasta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="45" />
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="47" />
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="50" />
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="50" />
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="51" />
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="57" />
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="76" />
        <source>any action</source>
        <translation>cualquier acción</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_audit_tab.py" line="96" />
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
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
        <translation>Ciudadano</translation>
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
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="106" />
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="155" />
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="156" />
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="157" />
        <location filename="../../deskclient/ui/lead_models.py" line="209" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="158" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="158" />
        <source>SLA</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="159" />
        <source>Legal hold</source>
        <translation>Retención legal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="208" />
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="208" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="210" />
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>LeadRetentionTab</name>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="32" />
        <source>Conversations are kept %1 months after a ticket closes, then purged for good (database, files, thumbnails, exports, logs, the Telegram session's cache). Tickets on legal hold are kept.</source>
        <translation>Las conversaciones se conservan %1 meses después del cierre de la consulta y luego se eliminan definitivamente (base de datos, ficheros, miniaturas, exportaciones, registros y la caché de la sesión de Telegram). Las consultas en retención legal se conservan.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="36" />
        <source>&amp;Preview the purge</source>
        <translation>&amp;Previsualizar la purga</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="39" />
        <source>The service purges daily at %1 (%2 time); each purge is in the audit log.</source>
        <translation>El servicio purga cada día a las %1 (hora de %2); cada purga consta en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="43" />
        <source>P&amp;urge now…</source>
        <translation>P&amp;urgar ahora…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="55" />
        <source>name, phone or Telegram/WhatsApp id</source>
        <translation>nombre, teléfono o id de Telegram/WhatsApp</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="58" />
        <source>Citizens found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="60" />
        <source>Export everything (ZIP)</source>
        <translation>Exportar todo (ZIP)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="61" />
        <source>Correct name or phone…</source>
        <translation>Corregir nombre o teléfono…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="62" />
        <source>Erase now…</source>
        <translation>Suprimir ahora…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="74" />
        <source>Citizens' requests:</source>
        <translation>Solicitudes de la ciudadanía:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="81" />
        <source>Purge</source>
        <translation>Purga</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="82" />
        <source>Delete for good every conversation past the retention period? This cannot be undone.</source>
        <translation>¿Eliminar definitivamente todas las conversaciones que han superado el plazo de conservación? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="84" />
        <source>Purge now</source>
        <translation>Purgar ahora</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="123" />
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="138" />
        <source>Corrected: %1</source>
        <translation>Corregido: %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="138" />
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="145" />
        <source>Erase</source>
        <translation>Suprimir</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="146" />
        <source>Erase everything held about this citizen (and about the citizens linked to them as the same person), now and for good? This cannot be undone.</source>
        <translation>¿Suprimir ahora y definitivamente todos los datos que se conservan de este ciudadano (y de los ciudadanos vinculados a él como una misma persona)? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_retention_tab.py" line="149" />
        <source>Erase now</source>
        <translation>Suprimir ahora</translation>
    </message>
</context>
<context>
    <name>LeadStatisticsTab</name>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="21" />
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="28" />
        <source>Tickets opened from</source>
        <translation>Consultas abiertas desde</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="22" />
        <source>Tickets opened to</source>
        <translation>Consultas abiertas hasta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="23" />
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="25" />
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="28" />
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="34" />
        <source>Statistics table</source>
        <translation>Tabla de estadísticas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="36" />
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="37" />
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="38" />
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_statistics_tab.py" line="52" />
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
</context>
<context>
    <name>LeadWindow</name>
    <message>
        <location filename="../../deskclient/ui/lead_dates.py" line="19" />
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="135" />
        <location filename="../../deskclient/ui/stats_charts.py" line="72" />
        <source>SLA met</source>
        <translation>Plazo cumplido</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="72" />
        <source>deskclient — team lead</source>
        <translation>deskclient — coordinación</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="75" />
        <source>&amp;Log review</source>
        <translation>&amp;Revisión de conversaciones</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="76" />
        <source>&amp;Statistics</source>
        <translation>&amp;Estadísticas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="77" />
        <source>&amp;Audit log</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="78" />
        <source>&amp;Retention and citizens</source>
        <translation>Conser&amp;vación y ciudadanía</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="79" />
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="119" />
        <source>Words, prefix*, "a phrase" (accents and case ignored)</source>
        <translation>Palabras, prefijo*, "una frase" (sin distinguir acentos ni mayúsculas)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="122" />
        <source>any agent</source>
        <translation>cualquier agente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="126" />
        <source>any category</source>
        <translation>cualquier categoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="130" />
        <source>any status</source>
        <translation>cualquier estado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="134" />
        <source>any SLA</source>
        <translation>cualquier plazo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="134" />
        <source>SLA breached</source>
        <translation>Plazo incumplido</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="138" />
        <location filename="../../deskclient/ui/lead_window.py" line="143" />
        <source>citizen name or phone</source>
        <translation>nombre o teléfono del ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="141" />
        <source>Words to search</source>
        <translation>Palabras que buscar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="141" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="142" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="142" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="143" />
        <source>SLA</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="145" />
        <source>on legal hold</source>
        <translation>en retención legal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="147" />
        <source>Opened from</source>
        <translation>Abiertas desde</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="148" />
        <source>Opened to</source>
        <translation>Abiertas hasta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="149" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="153" />
        <source>opened from</source>
        <translation>abiertas desde</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="153" />
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="166" />
        <source>Messages found</source>
        <translation>Mensajes encontrados</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="167" />
        <source>Tickets found</source>
        <translation>Consultas encontradas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="173" />
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="176" />
        <source>Open &amp;transcript</source>
        <translation>Abrir &amp;transcripción</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="177" />
        <source>Export &amp;PDF</source>
        <translation>Exportar &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="178" />
        <source>Export &amp;CSV</source>
        <translation>Exportar &amp;CSV</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="179" />
        <source>Legal &amp;hold…</source>
        <translation>Retención le&amp;gal…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="180" />
        <source>&amp;Release hold</source>
        <translation>&amp;Liberar retención</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="282" />
        <source>%n message(s) shown</source>
        <translation><numerusform>%n mensaje mostrado</numerusform><numerusform>%n mensajes mostrados</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="288" />
        <source>more than %n ticket(s)</source>
        <translation><numerusform>más de %n consulta</numerusform><numerusform>más de %n consultas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskclient/ui/lead_window.py" line="290" />
        <source>%n ticket(s)</source>
        <translation><numerusform>%n consulta</numerusform><numerusform>%n consultas</numerusform></translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="321" />
        <source>Select the tickets to export.</source>
        <translation>Seleccione las consultas que quiere exportar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="327" />
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="338" />
        <source>Legal hold</source>
        <translation>Retención legal</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="339" />
        <source>Why is this ticket kept beyond the retention period?</source>
        <translation>¿Por qué debe mantenerse esta consulta más allá del plazo de conservación?</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="345" />
        <source>The ticket is on legal hold.</source>
        <translation>La consulta queda en retención legal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="355" />
        <source>The legal hold was released.</source>
        <translation>Se ha liberado la retención legal.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="397" />
        <source>&amp;Link citizens…</source>
        <translation>&amp;Vincular ciudadanos…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="399" />
        <source>&amp;Unlink citizen…</source>
        <translation>&amp;Desvincular ciudadano…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="394" />
        <source>&amp;Canned replies…</source>
        <translation>&amp;Respuestas predefinidas…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="376" />
        <source>&amp;Team lead…</source>
        <translation>Herramientas de &amp;coordinación…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_window.py" line="390" />
        <source>&amp;Lead</source>
        <translation>Coor&amp;dinación</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="69" />
        <source>Tickets</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="69" />
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="70" />
        <source>First response median</source>
        <translation>Mediana de primera respuesta</translation>
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
        <translation>Mediana en horario de servicio</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="88" />
        <source>Response times in minutes (wall clock, or counting service hours only).</source>
        <translation>Tiempos de respuesta en minutos (tiempo real, o contando solo el horario de servicio).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="89" />
        <source>Per week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="89" />
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="91" />
        <source>All tickets</source>
        <translation>Todas las consultas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="91" />
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="92" />
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="93" />
        <source>By agent</source>
        <translation>Por agente</translation>
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
        <location filename="../../deskclient/ui/main_window.py" line="58" />
        <source>deskclient — DEMO network</source>
        <translation>deskclient — red de DEMOSTRACIÓN</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="116" />
        <source>DEMO — simulated citizens on a simulated Telegram; nothing leaves this computer</source>
        <translation>DEMOSTRACIÓN — ciudadanos simulados en un Telegram simulado; nada sale de este ordenador</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="131" />
        <source>&amp;Ticket</source>
        <translation>&amp;Consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="131" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="131" />
        <source>&amp;Account</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="133" />
        <source>&amp;Next ticket</source>
        <translation>&amp;Siguiente consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="134" />
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="136" />
        <source>&amp;Send</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="137" />
        <source>C&amp;laim</source>
        <translation>A&amp;signarme</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="138" />
        <source>&amp;Close ticket…</source>
        <translation>&amp;Cerrar consulta…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="139" />
        <source>Re&amp;open</source>
        <translation>Re&amp;abrir</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="140" />
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="141" />
        <source>&amp;Attach files…</source>
        <translation>&amp;Adjuntar ficheros…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="142" />
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="143" />
        <source>&amp;Mine</source>
        <translation>&amp;Mías</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="144" />
        <source>&amp;Unassigned</source>
        <translation>Sin &amp;asignar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="145" />
        <source>C&amp;losing</source>
        <translation>Ce&amp;rrándose</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="146" />
        <source>Clos&amp;ed</source>
        <translation>C&amp;erradas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="147" />
        <source>&amp;All</source>
        <translation>&amp;Todas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="150" />
        <source>&amp;Log in to Telegram…</source>
        <translation>&amp;Iniciar sesión en Telegram…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="151" />
        <source>Log &amp;out of Telegram…</source>
        <translation>Cerrar &amp;sesión de Telegram…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="342" />
        <source>{0} (access token refused: see deskclient doctor)</source>
        <translation>{0} (token de acceso rechazado: vea deskclient doctor)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="343" />
        <source>{0}; WhatsApp logged out (access token refused: see deskclient doctor)</source>
        <translation>{0}; WhatsApp con sesión cerrada (token de acceso rechazado: vea deskclient doctor)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="395" />
        <source>Log out of Telegram</source>
        <translation>Cerrar sesión de Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="396" />
        <source>Log the service account out of Telegram on this computer? Citizens' messages are not received until someone logs in again with a code sent to the account's phone.</source>
        <translation>¿Cerrar la sesión de Telegram de la cuenta del servicio en este ordenador? Los mensajes de la ciudadanía no se reciben hasta que alguien vuelva a iniciar sesión con un código enviado al teléfono de la cuenta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="398" />
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="344" />
        <source>service: {0}</source>
        <translation>servicio: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="361" />
        <source>Telegram asked us to wait: sending resumes in {0} s</source>
        <translation>Telegram pide esperar: el envío se reanuda en {0} s</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/main_window.py" line="387" />
        <source>Logged in as {0}</source>
        <translation>Sesión iniciada como {0}</translation>
    </message>
</context>
<context>
    <name>MediaPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="93" />
        <location filename="../../deskclient/ui/previews/media.py" line="195" />
        <source>Play</source>
        <translation>Reproducir</translation>
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
        <translation>&amp;Copiar la selección</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="109" />
        <source>&amp;Copy text</source>
        <translation>&amp;Copiar el texto</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="113" />
        <source>Copy &amp;link</source>
        <translation>Copiar el &amp;enlace</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="116" />
        <source>&amp;Open {0}</source>
        <translation>&amp;Abrir {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="119" />
        <source>Send a&amp;gain</source>
        <translation>Volver a en&amp;viar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="122" />
        <source>&amp;Reply quoting this message</source>
        <translation>&amp;Responder citando este mensaje</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="125" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="126" />
        <source>&amp;Delete for the citizen too…</source>
        <translation>&amp;Eliminar también para el ciudadano…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="130" />
        <source>&amp;Edit and send again…</source>
        <translation>&amp;Editar y volver a enviar…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="133" />
        <source>Show &amp;earlier text</source>
        <translation>Mostrar el texto &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="161" />
        <source>automatic message</source>
        <translation>mensaje automático</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="171" />
        <source>Edit message</source>
        <translation>Editar el mensaje</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="172" />
        <source>The citizen sees the new text in place, marked “edited”:</source>
        <translation>El ciudadano ve el nuevo texto en su lugar, marcado como «editado»:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="185" />
        <source>Delete message</source>
        <translation>Eliminar el mensaje</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/message_menu.py" line="186" />
        <source>Delete this message for {0} too? The ticket's record keeps it, marked deleted.</source>
        <translation>¿Eliminar este mensaje también para {0}? El registro de la consulta lo conserva, marcado como eliminado.</translation>
    </message>
</context>
<context>
    <name>MessageHitsModel</name>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="134" />
        <source>automatic</source>
        <translation>automático</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="44" />
        <source>New ticket</source>
        <translation>Consulta nueva</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="46" />
        <source>New tickets</source>
        <translation>Consultas nuevas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="46" />
        <source>{0} new tickets</source>
        <translation>{0} consultas nuevas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="55" />
        <source>New message</source>
        <translation>Mensaje nuevo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/tray.py" line="55" />
        <source>{0} wrote on {1}</source>
        <translation>{0} ha escrito en {1}</translation>
    </message>
</context>
<context>
    <name>OtherPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="310" />
        <source>There is no preview for this type of file.</source>
        <translation>No hay vista previa para este tipo de fichero.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="311" />
        <source>Use Save as… to keep a copy, or Open with… to open it in another program.</source>
        <translation>Use «Guardar como…» para conservar una copia o «Abrir con…» para abrirlo en otro programa.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="60" />
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="65" />
        <source>Page</source>
        <translation>Página</translation>
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
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="76" />
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="79" />
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="82" />
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="83" />
        <source>Fit the page width to the window (Ctrl+0)</source>
        <translation>Ajustar el ancho de la página a la ventana (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="88" />
        <source>Find in document…</source>
        <translation>Buscar en el documento…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="99" />
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="105" />
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="108" />
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="118" />
        <source>This PDF is protected by a password and cannot be shown.</source>
        <translation>Este PDF está protegido con contraseña y no se puede mostrar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="122" />
        <source>This PDF is damaged or incomplete and cannot be shown.</source>
        <translation>Este PDF está dañado o incompleto y no se puede mostrar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="231" />
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="233" />
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/pdf.py" line="233" />
        <source>{0} matches</source>
        <translation>{0} coincidencias</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="160" />
        <location filename="../../deskclient/ui/previews/base.py" line="161" />
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="162" />
        <source>Save a copy of this file</source>
        <translation>Guardar una copia de este fichero</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="164" />
        <location filename="../../deskclient/ui/previews/base.py" line="165" />
        <source>Open with…</source>
        <translation>Abrir con…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="166" />
        <source>Open this file in another program</source>
        <translation>Abrir este fichero en otro programa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="222" />
        <source>Turned off: this file may be unsafe to open in another program</source>
        <translation>Desactivado: puede no ser seguro abrir este fichero en otro programa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="260" />
        <source>Save a copy as</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="271" />
        <source>the destination cannot be written</source>
        <translation>no se puede escribir en el destino</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="272" />
        <source>The copy was not saved: {0}.</source>
        <translation>No se ha guardado la copia: {0}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="284" />
        <source>No program on this computer opens this type of file. Use Save as… to keep a copy.</source>
        <translation>Ningún programa de este ordenador abre este tipo de fichero. Use «Guardar como…» para conservar una copia.</translation>
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
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="39" />
        <location filename="../../deskclient/ui/previews/image.py" line="28" />
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="40" />
        <location filename="../../deskclient/ui/previews/image.py" line="29" />
        <source>a BMP image</source>
        <translation>una imagen BMP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="41" />
        <location filename="../../deskclient/ui/previews/media.py" line="208" />
        <source>an Ogg audio file</source>
        <translation>un fichero de audio Ogg</translation>
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
        <translation>un archivo ZIP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="44" />
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="45" />
        <source>a text or XML file</source>
        <translation>un fichero de texto o XML</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="74" />
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="124" />
        <source>The file is missing or cannot be read.</source>
        <translation>El fichero no existe o no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="77" />
        <source>The file is empty.</source>
        <translation>El fichero está vacío.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="87" />
        <source>it looks like {0}</source>
        <translation>parece {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="90" />
        <source>its content is not a format the viewer knows</source>
        <translation>su contenido no tiene un formato que el visor conozca</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/base.py" line="91" />
        <source>This file is not {0} ({1}).</source>
        <translation>Este fichero no es {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="30" />
        <source>a WebP image</source>
        <translation>una imagen WebP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="31" />
        <source>This image is damaged or incomplete and cannot be shown.</source>
        <translation>Esta imagen está dañada o incompleta y no se puede mostrar.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="89" />
        <source>a JPEG, PNG or BMP image</source>
        <translation>una imagen JPEG, PNG o BMP</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/image.py" line="104" />
        <source>The image is {0} × {1} pixels, too large to preview safely.</source>
        <translation>La imagen mide {0} × {1} píxeles, demasiado grande para mostrarla de forma segura.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="209" />
        <source>This audio file is damaged or in a format that cannot be played.</source>
        <translation>Este fichero de audio está dañado o tiene un formato que no se puede reproducir.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/media.py" line="216" />
        <source>This video is damaged or in a format that cannot be played.</source>
        <translation>Este vídeo está dañado o tiene un formato que no se puede reproducir.</translation>
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
        <translation>Purga por caducidad</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="29" />
        <source>Retention purge done: tickets past the retention period deleted: {0}</source>
        <translation>Purga por caducidad terminada: consultas eliminadas por superar el plazo de conservación: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="40" />
        <source>%v of %m tickets</source>
        <translation>%v de %m consultas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="42" />
        <source>Retention purge: tidying up</source>
        <translation>Purga por caducidad: limpiando ficheros</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_indicator.py" line="43" />
        <source>Retention purge: compacting the database</source>
        <translation>Purga por caducidad: compactando la base de datos</translation>
    </message>
</context>
<context>
    <name>PurgeReport</name>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="18" />
        <source>tickets</source>
        <translation>consultas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="19" />
        <source>messages</source>
        <translation>mensajes</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="20" />
        <source>earlier texts of edited messages</source>
        <translation>textos anteriores de mensajes editados</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="21" />
        <source>attachments</source>
        <translation>adjuntos</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="22" />
        <source>citizens</source>
        <translation>ciudadanos</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="23" />
        <source>files</source>
        <translation>ficheros</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="24" />
        <source>thumbnails</source>
        <translation>miniaturas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="25" />
        <source>exports</source>
        <translation>exportaciones</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="26" />
        <source>log files</source>
        <translation>ficheros de registro</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="27" />
        <source>contacts in the Telegram session</source>
        <translation>contactos en la sesión de Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="28" />
        <source>chat histories on Telegram</source>
        <translation>historiales de chat en Telegram</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="29" />
        <source>copies of the database made before an upgrade</source>
        <translation>copias de la base de datos hechas antes de una actualización</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="37" />
        <source>Erased:</source>
        <translation>Suprimido:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="39" />
        <source>Preview: the purge would delete what closed before {0}:</source>
        <translation>Previsualización: la purga eliminaría lo cerrado antes del {0}:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="42" />
        <source>Purged: deleted what closed before {0}:</source>
        <translation>Purgado: se ha eliminado lo cerrado antes del {0}:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="45" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="50" />
        <source>The tickets closed between {0} and {1}.</source>
        <translation>Las consultas se cerraron entre el {0} y el {1}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="53" />
        <source>Another workstation was purging the database: only this computer's files were purged.</source>
        <translation>Otro puesto estaba purgando la base de datos: solo se han purgado los ficheros de este ordenador.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/purge_report.py" line="56" />
        <source>Stopped early as the window closed; the next purge goes on.</source>
        <translation>Se detuvo antes de terminar al cerrarse la ventana; la próxima purga continuará.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="17" />
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="18" />
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="19" />
        <source>Closing</source>
        <translation>Cerrándose</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="20" />
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="21" />
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="48" />
        <source>Queue views</source>
        <translation>Vistas de la cola</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="53" />
        <source>Search number or citizen…  (Ctrl+F)</source>
        <translation>Buscar número o ciudadano…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="55" />
        <source>Search tickets</source>
        <translation>Buscar consultas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="57" />
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_panel.py" line="59" />
        <source>Tickets</source>
        <translation>Consultas</translation>
    </message>
</context>
<context>
    <name>QuoteStrip</name>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="88" />
        <location filename="../../deskclient/ui/composer_parts.py" line="89" />
        <source>Do not quote</source>
        <translation>No citar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/composer_parts.py" line="100" />
        <source>Replying to {0}: {1}</source>
        <translation>En respuesta a {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ReviewTicketsModel</name>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="192" />
        <source>breached</source>
        <translation>incumplido</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="192" />
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/lead_models.py" line="193" />
        <source>on hold</source>
        <translation>retenida</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="16" />
        <source>In the reply: type / and a shortcut to insert a canned reply</source>
        <translation>En la respuesta: escriba / y un atajo para insertar una respuesta predefinida</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="17" />
        <source>In the search box: clear the search</source>
        <translation>En el cuadro de búsqueda: borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="18" />
        <source>In the thread: copy the selected words, or the message</source>
        <translation>En la conversación: copiar las palabras seleccionadas o el mensaje</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="19" />
        <source>In the thread: the message's actions (copy, reply, edit, delete)</source>
        <translation>En la conversación: las acciones del mensaje (copiar, responder, editar, eliminar)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="20" />
        <source>In a file preview: close it</source>
        <translation>En la vista previa de un fichero: cerrarla</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="21" />
        <source>In a voice note or a video: play or pause</source>
        <translation>En una nota de voz o un vídeo: reproducir o pausar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="33" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="47" />
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="47" />
        <source>Does</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="68" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/shortcut_list.py" line="80" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <location filename="../../deskclient/ui/startup.py" line="38" />
        <source>deskclient could not start because of an unexpected error ({0}). The log has the details for IT.</source>
        <translation>deskclient no ha podido arrancar por un error inesperado ({0}). El registro tiene los detalles para Informática.</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="207" />
        <source>No tickets in this range</source>
        <translation>No hay consultas en este intervalo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="211" />
        <source>First response by category</source>
        <translation>Primera respuesta por categoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="212" />
        <source>First response by agent</source>
        <translation>Primera respuesta por agente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="213" />
        <source>SLA met by category</source>
        <translation>Plazo cumplido por categoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="214" />
        <source>SLA met by agent</source>
        <translation>Plazo cumplido por agente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="229" />
        <source>Tickets per day</source>
        <translation>Consultas por día</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="229" />
        <source>Day opened</source>
        <translation>Día de apertura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="231" />
        <source>Tickets per week</source>
        <translation>Consultas por semana</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="231" />
        <source>ISO week opened</source>
        <translation>Semana ISO de apertura</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="233" />
        <location filename="../../deskclient/ui/stats_charts.py" line="239" />
        <source>Tickets</source>
        <translation>Consultas</translation>
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
        <translation>Minutos hasta la primera respuesta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="259" />
        <source>SLA met</source>
        <translation>Plazo cumplido</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/stats_charts.py" line="267" />
        <source>Tickets answered on time (%)</source>
        <translation>Consultas respondidas a tiempo (%)</translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="47" />
        <source>… queued</source>
        <translation>… en cola</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="48" />
        <source>✓ sent</source>
        <translation>✓ enviado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="49" />
        <source>✗ failed</source>
        <translation>✗ no enviado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="50" />
        <source>✓✓ delivered</source>
        <translation>✓✓ entregado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="51" />
        <source>✓✓ seen</source>
        <translation>✓✓ leído</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="62" />
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="63" />
        <source>automatic message</source>
        <translation>mensaje automático</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="64" />
        <source>internal note by {0}</source>
        <translation>nota interna de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="68" />
        <source>↪ Forwarded from {0}</source>
        <translation>↪ Reenviado de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="76" />
        <source>Attached: {0} (arriving…)</source>
        <translation>Adjunto: {0} (llegando…)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="79" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0}: no se ha podido descargar el fichero</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="82" />
        <source>Attached: {0} ({1} bytes)</source>
        <translation>Adjunto: {0} ({1} bytes)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="85" />
        <source>Refused file: {0} ({1})</source>
        <translation>Fichero rechazado: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="89" />
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="91" />
        <source>deleted by the citizen</source>
        <translation>eliminado por el ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_model.py" line="97" />
        <source>as the approved template {0}</source>
        <translation>como la plantilla aprobada {0}</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="55" />
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="56" />
        <source>✓ sent</source>
        <translation>✓ enviado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="57" />
        <source>✗ not sent</source>
        <translation>✗ no enviado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="58" />
        <source>✓✓ delivered</source>
        <translation>✓✓ entregado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="59" />
        <source>✓✓ seen</source>
        <translation>✓✓ leído</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="61" />
        <source>edit pending</source>
        <translation>edición pendiente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="62" />
        <source>deletion pending</source>
        <translation>eliminación pendiente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="69" />
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="70" />
        <source>Automatic message</source>
        <translation>Mensaje automático</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="71" />
        <source>Internal note · {0}</source>
        <translation>Nota interna · {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="78" />
        <source>Forwarded from {0}</source>
        <translation>Reenviado de {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="83" />
        <source>an earlier message</source>
        <translation>un mensaje anterior</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="95" />
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="98" />
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="99" />
        <source>deleted by the citizen</source>
        <translation>eliminado por el ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="103" />
        <source>retry</source>
        <translation>reintentar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="104" />
        <source>edit and send</source>
        <translation>editar y enviar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="107" />
        <source>as the approved template {0}</source>
        <translation>como la plantilla aprobada {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="112" />
        <source>Reason: {0}</source>
        <translation>Motivo: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="126" />
        <source>The deletion did not reach the citizen: {0}</source>
        <translation>La eliminación no ha llegado al ciudadano: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="127" />
        <source>The edit did not reach the citizen: {0}</source>
        <translation>La modificación no ha llegado al ciudadano: {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="192" />
        <source>{0} · arriving…</source>
        <translation>{0} · llegando…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="195" />
        <source>{0}: the file could not be downloaded</source>
        <translation>{0}: no se ha podido descargar el fichero</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="199" />
        <source>Refused file: {0} ({1})</source>
        <translation>Fichero rechazado: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="375" />
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/thread_view.py" line="424" />
        <source>Click to see the earlier text</source>
        <translation>Haga clic para ver el texto anterior</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="62" />
        <location filename="../../deskclient/ui/ticket_panel.py" line="213" />
        <source>Select a ticket</source>
        <translation>Seleccione una consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="67" />
        <location filename="../../deskclient/ui/ticket_panel.py" line="237" />
        <source>&amp;Claim</source>
        <translation>A&amp;signarme</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="69" />
        <source>Assign to an agent (team leads)</source>
        <translation>Asignar a un agente (coordinación)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="70" />
        <source>Assigned agent</source>
        <translation>Agente asignado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="72" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="73" />
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="80" />
        <source>Citizen's language</source>
        <translation>Idioma del ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="83" />
        <source>Clo&amp;se ticket</source>
        <translation>Ce&amp;rrar consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="84" />
        <source>Re&amp;open</source>
        <translation>Re&amp;abrir</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="229" />
        <source> · SLA breached</source>
        <translation> · plazo incumplido</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="230" />
        <source> · category chosen by the citizen</source>
        <translation> · categoría elegida por el ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="232" />
        <source>The citizen wrote after the closing message — reopen if needed.</source>
        <translation>El ciudadano ha escrito tras el mensaje de cierre — reabra si hace falta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="238" />
        <source>Claimed by {0}</source>
        <translation>Asignada a {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="240" />
        <source>(unassigned)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="275" />
        <source>The quoted message is {0} messages back, too far to jump to: its text is in the quote.</source>
        <translation>El mensaje citado está {0} mensajes atrás, demasiado lejos para saltar a él: su texto está en la cita.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="279" />
        <source>The quoted message is not in this ticket.</source>
        <translation>El mensaje citado no está en esta consulta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="336" />
        <source>Close ticket</source>
        <translation>Cerrar consulta</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="337" />
        <source>Close {0}? {1} gets the closing message; a message from them in the next minutes joins this ticket.</source>
        <translation>¿Cerrar {0}? {1} recibirá el mensaje de cierre; si escribe en los próximos minutos, se añadirá a esta consulta.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="405" />
        <source>Edit and send again</source>
        <translation>Editar y volver a enviar</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="406" />
        <source>Telegram refused this message. Change it and send it again:</source>
        <translation>Telegram ha rechazado este mensaje. Modifíquelo y vuelva a enviarlo:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="424" />
        <source>That ticket is no longer in the records (purged or erased).</source>
        <translation>Esa consulta ya no está en los registros (purgada o suprimida).</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="492" />
        <source>No earlier text was kept.</source>
        <translation>No se guardó ningún texto anterior.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/ticket_panel.py" line="493" />
        <source>Earlier text</source>
        <translation>Texto anterior</translation>
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
        <translation>Ciudadano</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="37" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="38" />
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="39" />
        <source>SLA left</source>
        <translation>Plazo restante</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="40" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="41" />
        <source>Assignee</source>
        <translation>Asignada a</translation>
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
        <translation>vencida hace {0}</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="202" />
        <source>The citizen wrote after the closing message</source>
        <translation>El ciudadano ha escrito tras el mensaje de cierre</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="227" />
        <source>answered late</source>
        <translation>respondida fuera de plazo</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/queue_model.py" line="227" />
        <source>answered</source>
        <translation>respondida</translation>
    </message>
</context>
<context>
    <name>TrayKeeper</name>
    <message>
        <location filename="../../deskclient/ui/background.py" line="41" />
        <source>&amp;Open deskclient</source>
        <translation>&amp;Abrir deskclient</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/background.py" line="44" />
        <source>&amp;Quit (stop answering citizens)</source>
        <translation>&amp;Salir (dejar de atender a la ciudadanía)</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/background.py" line="61" />
        <source>deskclient keeps running here and answers citizens. Quit it from this icon's menu.</source>
        <translation>deskclient sigue funcionando aquí y atiende a la ciudadanía. Ciérrelo desde el menú de este icono.</translation>
    </message>
</context>
<context>
    <name>TypingIndicator</name>
    <message>
        <location filename="../../deskclient/ui/typing_indicator.py" line="60" />
        <source>{0} is typing…</source>
        <translation>{0} está escribiendo…</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/typing_indicator.py" line="67" />
        <source>Nobody is typing</source>
        <translation>Nadie está escribiendo</translation>
    </message>
</context>
<context>
    <name>WindowStrip</name>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="35" />
        <source>Approved template</source>
        <translation>Plantilla aprobada</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="36" />
        <source>Send &amp;template</source>
        <translation>Enviar &amp;plantilla</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="63" />
        <source>WhatsApp: free replies reach the citizen until {0}.</source>
        <translation>WhatsApp: las respuestas libres llegan al ciudadano hasta {0}.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="66" />
        <source>WhatsApp's 24-hour window closed {0}: a free reply can no longer reach the citizen. Send an approved template:</source>
        <translation>La ventana de 24 horas de WhatsApp se cerró {0}: una respuesta libre ya no llega al ciudadano. Envíe una plantilla aprobada:</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/window_strip.py" line="69" />
        <source>WhatsApp's 24-hour window closed {0}: a free reply can no longer reach the citizen, and no approved template is configured.</source>
        <translation>La ventana de 24 horas de WhatsApp se cerró {0}: una respuesta libre ya no llega al ciudadano y no hay ninguna plantilla aprobada configurada.</translation>
    </message>
</context>
<context>
    <name>XmlPreview</name>
    <message>
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="127" />
        <source>This XML file declares its own entities, a feature used to attack XML readers, so it is not shown.</source>
        <translation>Este fichero XML declara sus propias entidades, una técnica usada para atacar a los lectores de XML, así que no se muestra.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="136" />
        <source>This XML is not well-formed ({0}), so it is shown as it arrived.</source>
        <translation>Este XML no está bien formado ({0}), así que se muestra tal como llegó.</translation>
    </message>
    <message>
        <location filename="../../deskclient/ui/previews/xml_preview.py" line="139" />
        <source>Showing the first {0} of {1} ({2} lines).</source>
        <translation>Se muestran los primeros {0} de {1} ({2} líneas).</translation>
    </message>
</context>
</TS>