#!/usr/bin/env python3
"""The window's texts in Spanish, Catalan, Basque, French and Italian: one command collects
the strings, fills resources/i18n/*.ts and compiles the .qm files.

From the top of the repository, after adding or changing a tr() string:

    .venv/bin/python packaging/translations.py

It runs pyside6-lupdate over SOURCES (the venv's own, no PATH needed), fills every
catalogue from the tables, compiles them with pyside6-lrelease, and lists each source
still without words in some language (exit status 1; a test fails too). `--no-update`
skips lupdate (fill and compile only).

Every module with user-visible text must be matched by SOURCES (a test checks that each
file calling tr() or translate() is in the catalogue). lupdate only sees literal strings:
self.tr("…") in QObject subclasses, and elsewhere QCoreApplication.translate("Context",
"…") or QT_TRANSLATE_NOOP("Context", "…") where a string is looked up later by value
(model headers, labels of fixed codes).

The services' sentences (errors raised to the window, Telegram's reasons a message keeps,
the purge's problems) are read too: written as deskclient/errors.py says, lupdate files
them under the empty context; their words are in texts/sentences.py (all five languages
per sentence).

Translations are keyed by English source, so a new string shows up as missing: Spanish
and Catalan in T below (a pair), Basque, French and Italian in texts/eu.py, texts/fr.py,
texts/it.py (one text each), a service's sentence in texts/sentences.py. A source that needs other words in one context goes in
IN_CONTEXT as well. Plurals (tr("%n ticket(s)", "", n)) take a tuple of forms per
language: singular, plural (Qt's rule for all five). Data (category names, audit action
codes, CSV headers, file names) and log lines are never translated; the window shows
fixed codes (an audit action too) by a label.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = ("deskclient/ui/*.py", "deskclient/ui/previews/*.py",  # what pyside6-lupdate reads
           "deskclient/errors.py", "deskclient/services/*.py", "deskclient/store/*.py", "deskclient/net/*.py",
           "deskclient/net/whatsapp/*.py")
# Sentences only IT reads, at the command line or about the setup: left in English.
FOR_IT = ("deskclient/store/database.py", "deskclient/store/team_roles.py", "deskclient/store/migrations.py",
          "deskclient/net/client_factory.py")
# The services' sentences: raised as these errors or marked by errors.sentence, read as
# QT_TR_NOOP (deskclient/errors.py says how they are written and said). Not ConfigError:
# the configuration's words are IT's, as the keys are.
SENTENCES = ("UserFacingError", "StoreUnavailable", "DatabasePasswordNeeded", "StoreCorrupt",
             "StoreFault", "TicketConflict", "TicketGone", "NotAllowed", "AccessRevoked", "LoginError",
             "FileUnavailable", "NotOnThisDesk", "TeamError", "PreviewUnavailable", "sentence")
LANGUAGES = ("es", "ca", "eu", "fr", "it")  # a catalogue each: resources/i18n/deskclient_<code>.ts

T = {
    "Write a reply… (Ctrl+Enter sends)": ("Escriba una respuesta… (Ctrl+Intro envía)", "Escriviu una resposta… (Ctrl+Retorn l'envia)"),
    "Internal &note": ("&Nota interna", "&Nota interna"),
    "&Attach…": ("&Adjuntar…", "&Adjunta…"),
    "Canned &replies": ("&Respuestas predefinidas", "&Respostes predefinides"),
    "The quoted message is {0} messages back, too far to jump to: its text is in the quote.": (
        "El mensaje citado está {0} mensajes atrás, demasiado lejos para saltar a él: su texto está en la cita.",
        "El missatge citat és {0} missatges enrere, massa lluny per saltar-hi: el text és a la cita."),
    "Send": ("Enviar", "Envia"),
    "Attach files": ("Adjuntar ficheros", "Adjunta fitxers"),
    "Accepted files ({0})": ("Ficheros admitidos ({0})", "Fitxers admesos ({0})"),
    "Not attached — {0}. Accepted: {1}.": ("No adjuntado — {0}. Admitidos: {1}.", "No s'ha adjuntat — {0}. Admesos: {1}."),
    "Attached: {0}": ("Adjuntos: {0}", "Adjunts: {0}"),
    "Internal note for the team — never sent to the citizen": (
        "Nota interna para el equipo — nunca se envía al ciudadano",
        "Nota interna per a l'equip — no s'envia mai a la ciutadania"),
    "Add note": ("Añadir nota", "Afegeix la nota"),
    "deskclient talks to Telegram as your service's own application. Your organisation registers it once: log in at <a href='https://my.telegram.org'>my.telegram.org</a> with the service account's phone number, open <i>API development tools</i>, create an application, and copy its <b>api_id</b> and <b>api_hash</b> here. IT can also put them in <tt>/etc/xdg/deskclient/config.toml</tt> for every workstation.": (
        "deskclient habla con Telegram como aplicación propia de su servicio. Su organización la registra una vez: entre en <a href='https://my.telegram.org'>my.telegram.org</a> con el teléfono de la cuenta del servicio, abra <i>API development tools</i>, cree una aplicación y copie aquí su <b>api_id</b> y su <b>api_hash</b>. Informática también puede ponerlos en <tt>/etc/xdg/deskclient/config.toml</tt> para todos los puestos.",
        "deskclient parla amb Telegram com a aplicació pròpia del vostre servei. La vostra organització la registra una sola vegada: entreu a <a href='https://my.telegram.org'>my.telegram.org</a> amb el telèfon del compte del servei, obriu <i>API development tools</i>, creeu una aplicació i copieu-ne aquí l'<b>api_id</b> i l'<b>api_hash</b>. Informàtica també els pot posar a <tt>/etc/xdg/deskclient/config.toml</tt> per a tots els llocs de treball."),
    "Database password": ("Contraseña de la base de datos", "Contrasenya de la base de dades"),
    "The team database on {0} asks for the password of {1}.": (
        "La base de datos del equipo en {0} pide la contraseña de {1}.",
        "La base de dades de l'equip a {0} demana la contrasenya de {1}."),
    "That password was not accepted. Try again.": (
        "No se ha aceptado esa contraseña. Vuelva a intentarlo.",
        "No s'ha acceptat aquesta contrasenya. Torneu-ho a provar."),
    "Remember it on this computer": ("Recordarla en este ordenador", "Recorda-la en aquest ordinador"),
    "Welcome to deskclient": ("Bienvenido a deskclient", "Benvinguda a deskclient"),
    "Save and log in": ("Guardar e iniciar sesión", "Desa i inicia la sessió"),
    "Try the demo first": ("Probar primero la demostración", "Prova primer la demostració"),
    "The api_id is a number, e.g. 1234567.": ("El api_id es un número, p. ej. 1234567.", "L'api_id és un nombre, p. ex. 1234567."),
    "The api_hash is 32 letters and digits (0-9, a-f).": (
        "El api_hash tiene 32 letras y cifras (0-9, a-f).", "L'api_hash té 32 lletres i xifres (0-9, a-f)."),
    "Cannot save the settings: {0}": ("No se puede guardar la configuración: {0}", "No es pot desar la configuració: {0}"),
    "On a phone already logged in to the service account: Telegram → Settings → Devices → Link Desktop Device, then point the camera at this code.": (
        "En un teléfono con la cuenta del servicio ya iniciada: Telegram → Ajustes → Dispositivos → Vincular dispositivo de escritorio, y apunte la cámara a este código.",
        "En un telèfon amb el compte del servei ja iniciat: Telegram → Configuració → Dispositius → Vincula un dispositiu d'escriptori, i apunteu la càmera a aquest codi."),
    "Log in to Telegram": ("Iniciar sesión en Telegram", "Inicia la sessió a Telegram"),
    "Send code": ("Enviar código", "Envia el codi"),
    "Log in": ("Entrar", "Entra"),
    "Show a new code": ("Mostrar un código nuevo", "Mostra un codi nou"),
    "The service account's phone number, with its country code:": (
        "El teléfono de la cuenta del servicio, con el prefijo del país:", "El telèfon del compte del servei, amb el prefix del país:"),
    "The code Telegram has just sent to that account:": (
        "El código que Telegram acaba de enviar a esa cuenta:", "El codi que Telegram acaba d'enviar a aquest compte:"),
    "This account has two-step verification. Its password:": (
        "Esta cuenta tiene verificación en dos pasos. Su contraseña:", "Aquest compte té verificació en dos passos. La contrasenya:"),
    "A bot token from @BotFather:": ("Un token de bot de @BotFather:", "Un testimoni de bot de @BotFather:"),
    "Phone number": ("Teléfono", "Telèfon"),
    "QR code": ("Código QR", "Codi QR"),
    "Bot token": ("Token de bot", "Testimoni de bot"),
    "Hint: {0}": ("Pista: {0}", "Pista: {0}"),
    "deskclient — DEMO network": ("deskclient — red de DEMOSTRACIÓN", "deskclient — xarxa de DEMOSTRACIÓ"),
    "DEMO — simulated citizens on a simulated Telegram; nothing leaves this computer": (
        "DEMOSTRACIÓN — ciudadanos simulados en un Telegram simulado; nada sale de este ordenador",
        "DEMOSTRACIÓ — ciutadania simulada en un Telegram simulat; res no surt d'aquest ordinador"),
    "&Ticket": ("&Consulta", "&Consulta"),
    "&View": ("&Ver", "&Visualitza"),
    "&Account": ("C&uenta", "C&ompte"),
    "&Next ticket": ("&Siguiente consulta", "&Consulta següent"),
    "&Reply": ("&Responder", "&Respon"),
    "&Send": ("E&nviar", "E&nvia"),
    "C&laim": ("A&signarme", "A&ssigna-me-la"),
    "&Close ticket…": ("&Cerrar consulta…", "&Tanca la consulta…"),
    "Re&open": ("Re&abrir", "Re&obre"),
    "&Attach files…": ("&Adjuntar ficheros…", "&Adjunta fitxers…"),
    "&Search": ("&Buscar", "&Cerca"),
    "&Mine": ("&Mías", "&Meves"),
    "&Unassigned": ("Sin &asignar", "Sense &assignar"),
    "C&losing": ("Ce&rrándose", "Tan&cant-se"),
    "Clos&ed": ("C&erradas", "T&ancades"),
    "&All": ("&Todas", "&Totes"),
    "&Log in to Telegram…": ("&Iniciar sesión en Telegram…", "&Inicia la sessió a Telegram…"),
    "Log &out of Telegram…": ("Cerrar &sesión de Telegram…", "Tanca la &sessió de Telegram…"),
    "Telegram asked us to wait: sending resumes in {0} s": (
        "Telegram pide esperar: el envío se reanuda en {0} s", "Telegram demana esperar: l'enviament es reprèn d'aquí a {0} s"),
    "Logged in as {0}": ("Sesión iniciada como {0}", "Sessió iniciada com a {0}"),
    "New ticket": ("Consulta nueva", "Consulta nova"),
    "New message": ("Mensaje nuevo", "Missatge nou"),
    "{0} wrote on {1}": ("{0} ha escrito en {1}", "{0} ha escrit a {1}"),
    "Mine": ("Mías", "Meves"),
    "Unassigned": ("Sin asignar", "Sense assignar"),
    "Closing": ("Cerrándose", "Tancant-se"),
    "Closed": ("Cerradas", "Tancades"),
    "All": ("Todas", "Totes"),
    "Search number or citizen…  (Ctrl+F)": ("Buscar número o ciudadano…  (Ctrl+F)", "Cerca número o persona…  (Ctrl+F)"),
    "Select a ticket": ("Seleccione una consulta", "Seleccioneu una consulta"),
    "&Claim": ("A&signarme", "A&ssigna-me-la"),
    "Assign to an agent (team leads)": ("Asignar a un agente (coordinación)", "Assigna a un agent (coordinació)"),
    "(no category)": ("(sin categoría)", "(sense categoria)"),
    "Clo&se ticket": ("Ce&rrar consulta", "Tan&ca la consulta"),
    " · SLA breached": (" · plazo incumplido", " · termini incomplert"),
    " · category chosen by the citizen": (" · categoría elegida por el ciudadano", " · categoria triada per la ciutadania"),
    "The citizen wrote after the closing message — reopen if needed.": (
        "El ciudadano ha escrito tras el mensaje de cierre — reabra si hace falta.",
        "La persona ha escrit després del missatge de tancament — reobriu-la si cal."),
    "Claimed by {0}": ("Asignada a {0}", "Assignada a {0}"),
    "(unassigned)": ("(sin asignar)", "(sense assignar)"),
    "The quoted message is not in this ticket.": (
        "El mensaje citado no está en esta consulta.", "El missatge citat no és en aquesta consulta."),
    "Close ticket": ("Cerrar consulta", "Tanca la consulta"),
    "Close {0}? {1} gets the closing message; a message from them in the next minutes joins this ticket.": (
        "¿Cerrar {0}? {1} recibirá el mensaje de cierre; si escribe en los próximos minutos, se añadirá a esta consulta.",
        "Voleu tancar {0}? {1} rebrà el missatge de tancament; si escriu en els minuts següents, s'afegirà a aquesta consulta."),
    "No earlier text was kept.": ("No se guardó ningún texto anterior.", "No s'ha desat cap text anterior."),
    "Earlier text": ("Texto anterior", "Text anterior"),
    "Number": ("Número", "Número"),
    "Citizen": ("Ciudadano", "Persona"),
    "Category": ("Categoría", "Categoria"),
    "Last message": ("Último mensaje", "Darrer missatge"),
    "SLA left": ("Plazo restante", "Termini restant"),
    "Status": ("Estado", "Estat"),
    "Assignee": ("Asignada a", "Assignada a"),
    "The citizen wrote after the closing message": (
        "El ciudadano ha escrito tras el mensaje de cierre", "La persona ha escrit després del missatge de tancament"),
    "New tickets": ("Consultas nuevas", "Consultes noves"),
    "{0} new tickets": ("{0} consultas nuevas", "{0} consultes noves"),
    "No tickets in this range": ("No hay consultas en este intervalo", "No hi ha consultes en aquest interval"),
    "Tickets per day": ("Consultas por día", "Consultes per dia"),
    "Day opened": ("Día de apertura", "Dia d'obertura"),
    "Tickets per week": ("Consultas por semana", "Consultes per setmana"),
    "ISO week opened": ("Semana ISO de apertura", "Setmana ISO d'obertura"),
    "Tickets": ("Consultas", "Consultes"),
    "First response by category": ("Primera respuesta por categoría", "Primera resposta per categoria"),
    "First response by agent": ("Primera respuesta por agente", "Primera resposta per agent"),
    "Median": ("Mediana", "Mediana"),
    "90th percentile": ("Percentil 90", "Percentil 90"),
    "Minutes to the first reply": ("Minutos hasta la primera respuesta", "Minuts fins a la primera resposta"),
    "SLA met by category": ("Plazo cumplido por categoría", "Termini complert per categoria"),
    "SLA met by agent": ("Plazo cumplido por agente", "Termini complert per agent"),
    "SLA met": ("Plazo cumplido", "Termini complert"),
    "Tickets answered on time (%)": ("Consultas respondidas a tiempo (%)", "Consultes respostes a temps (%)"),
    "{0} cannot be read": ("{0} no se puede leer", "{0} no es pot llegir"),
    "answered late": ("respondida fuera de plazo", "contestada fora de termini"),
    "answered": ("respondida", "contestada"),

    # Words for fixed codes (deskclient/ui/labels.py): the codes stay English in the data.
    "open": ("abierta", "oberta"),
    "closing": ("cerrándose", "tancant-se"),
    "closed": ("cerrada", "tancada"),
    "offline": ("sin conexión", "sense connexió"),
    "connecting": ("conectando", "connectant"),
    "logged out": ("sesión cerrada", "sessió tancada"),
    "online": ("en línea", "en línia"),
    "agent": ("agente", "agent"),
    "lead": ("coordinación", "coordinació"),
    "tickets": ("consultas", "consultes"),
    "files": ("ficheros", "fitxers"),
    "compacting": ("compactando", "compactant"),
    "done": ("terminado", "acabat"),
    "IMAGE": ("IMAGEN", "IMATGE"),
    "AUDIO": ("AUDIO", "ÀUDIO"),
    "VIDEO": ("VÍDEO", "VÍDEO"),
    "OTHER": ("OTRO", "ALTRE"),
    "STICKER": ("STICKER", "ADHESIU"),
    # Audited actions, as the lead's audit log shows them (the codes stay in the data).
    "logged in to the desk": ("inició sesión en deskclient", "ha iniciat la sessió a deskclient"),
    "logged in to Telegram": ("inició sesión en Telegram", "ha iniciat la sessió a Telegram"),
    "logged out of Telegram": ("cerró la sesión de Telegram", "ha tancat la sessió de Telegram"),
    "changed a person's role": ("cambió el rol de una persona", "ha canviat el rol d'una persona"),
    "claimed a ticket": ("se asignó una consulta", "s'ha assignat una consulta"),
    "assigned a ticket": ("asignó una consulta", "ha assignat una consulta"),
    "claim or assignment refused": ("asignación denegada", "assignació denegada"),
    "set a category": ("puso una categoría", "ha posat una categoria"),
    "closed a ticket": ("cerró una consulta", "ha tancat una consulta"),
    "reopened a ticket": ("reabrió una consulta", "ha reobert una consulta"),
    "read a closed ticket": ("leyó una consulta cerrada", "ha llegit una consulta tancada"),
    "edited a sent message": ("modificó un mensaje enviado", "ha modificat un missatge enviat"),
    "deleted a sent message": ("eliminó un mensaje enviado", "ha eliminat un missatge enviat"),
    "changed a refused message": ("modificó un mensaje rechazado", "ha modificat un missatge rebutjat"),
    "created a canned reply": ("creó una respuesta predefinida", "ha creat una resposta predefinida"),
    "edited a canned reply": ("modificó una respuesta predefinida", "ha modificat una resposta predefinida"),
    "deleted a canned reply": ("eliminó una respuesta predefinida", "ha eliminat una resposta predefinida"),
    "lead action refused": ("acción de coordinación denegada", "acció de coordinació denegada"),
    "searched the conversations": ("buscó en las conversaciones", "ha cercat a les converses"),
    "opened a transcript": ("abrió una transcripción", "ha obert una transcripció"),
    "exported transcripts": ("exportó transcripciones", "ha exportat transcripcions"),
    "viewed the statistics": ("consultó las estadísticas", "ha consultat les estadístiques"),
    "exported the statistics": ("exportó las estadísticas", "ha exportat les estadístiques"),
    "viewed the audit log": ("consultó el registro de auditoría", "ha consultat el registre d'auditoria"),
    "exported the audit log": ("exportó el registro de auditoría", "ha exportat el registre d'auditoria"),
    "looked up citizens": ("buscó ciudadanos", "ha cercat ciutadans"),
    "exported a citizen's data": ("exportó los datos de un ciudadano", "ha exportat les dades d'un ciutadà"),
    "corrected a citizen's data": ("rectificó los datos de un ciudadano", "ha rectificat les dades d'un ciutadà"),
    "erased a citizen's data": ("suprimió los datos de un ciudadano", "ha suprimit les dades d'un ciutadà"),
    "put a ticket on legal hold": ("puso una consulta en retención legal", "ha posat una consulta en retenció legal"),
    "released a legal hold": ("liberó una retención legal", "ha alliberat una retenció legal"),
    "previewed the purge": ("previsualizó la purga", "ha previsualitzat la purga"),
    "purged old conversations": ("purgó conversaciones antiguas", "ha purgat converses antigues"),
    "left a group": ("salió de un grupo", "ha sortit d'un grup"),
    "corrected a citizen's language": ("corrigió el idioma de un ciudadano", "ha corregit la llengua d'un ciutadà"),
    "citizen chose a category": ("el ciudadano eligió una categoría", "la ciutadania ha triat una categoria"),
    "deleted a chat on Telegram": ("eliminó un chat en Telegram", "ha eliminat un xat a Telegram"),
    "chat deletion refused by Telegram": ("Telegram rechazó eliminar un chat", "Telegram ha rebutjat eliminar un xat"),
    "created a broadcast": ("creó una difusión", "ha creat una difusió"),
    "cancelled a broadcast": ("canceló una difusión", "ha cancel·lat una difusió"),
    "any action": ("cualquier acción", "qualsevol acció"),

    # The thread (ticket panel): bubbles and their plain-text rendering.
    "… queued": ("… en cola", "… a la cua"),
    "✓ sent": ("✓ enviado", "✓ enviat"),
    "✗ failed": ("✗ no enviado", "✗ no enviat"),
    "✗ not sent": ("✗ no enviado", "✗ no enviat"),
    "queued": ("en cola", "a la cua"),
    "retry": ("reintentar", "torna-ho a provar"),
    "automatic message": ("mensaje automático", "missatge automàtic"),
    "Automatic message": ("Mensaje automático", "Missatge automàtic"),
    "internal note by {0}": ("nota interna de {0}", "nota interna de {0}"),
    "Internal note · {0}": ("Nota interna · {0}", "Nota interna · {0}"),
    "↪ Forwarded from {0}": ("↪ Reenviado de {0}", "↪ Reenviat de {0}"),
    "Forwarded from {0}": ("Reenviado de {0}", "Reenviat de {0}"),
    "an earlier message": ("un mensaje anterior", "un missatge anterior"),
    "Attached: {0} ({1} bytes)": ("Adjunto: {0} ({1} bytes)", "Adjunt: {0} ({1} bytes)"),
    "Refused file: {0} ({1})": ("Fichero rechazado: {0} ({1})", "Fitxer rebutjat: {0} ({1})"),
    "edited": ("editado", "editat"),
    "deleted": ("eliminado", "suprimit"),
    "deleted by the citizen": ("eliminado por el ciudadano", "suprimit per la persona"),
    # A sent message's change waiting for the service, or refused by Telegram (thread_view.py).
    "edit pending": ("edición pendiente", "edició pendent"),
    "deletion pending": ("eliminación pendiente", "supressió pendent"),
    "The edit did not reach the citizen: {0}": (
        "La modificación no ha llegado al ciudadano: {0}", "La modificació no ha arribat a la persona: {0}"),
    "The deletion did not reach the citizen: {0}": (
        "La eliminación no ha llegado al ciudadano: {0}", "La supressió no ha arribat a la persona: {0}"),
    "Click to see the earlier text": ("Haga clic para ver el texto anterior", "Feu clic per veure el text anterior"),

    # The crash dialog (the report itself stays in English, for IT).
    "Something went wrong": ("Algo ha ido mal", "Alguna cosa no ha anat bé"),
    "Copy the report": ("Copiar el informe", "Copia l'informe"),
    "Continue": ("Continuar", "Continua"),
    "deskclient hit an unexpected error and carried on. Please send this report to IT; it holds no message content.": (
        "deskclient ha tenido un error inesperado y ha seguido funcionando. Envíe este informe a Informática; "
        "no contiene el texto de ningún mensaje.",
        "deskclient ha tingut un error inesperat i ha continuat funcionant. Envieu aquest informe a Informàtica; "
        "no conté el text de cap missatge."),

    # The retention purge in the status bar.
    "Retention purge": ("Purga por caducidad", "Purga per caducitat"),
    "Retention purge done: tickets past the retention period deleted: {0}": (
        "Purga por caducidad terminada: consultas eliminadas por superar el plazo de conservación: {0}",
        "Purga per caducitat acabada: consultes suprimides per haver superat el termini de conservació: {0}"),
    "%v of %m tickets": ("%v de %m consultas", "%v de %m consultes"),
    "Retention purge: tidying up": ("Purga por caducidad: limpiando ficheros", "Purga per caducitat: netejant fitxers"),
    "Retention purge: compacting the database": (
        "Purga por caducidad: compactando la base de datos", "Purga per caducitat: compactant la base de dades"),

    # The team lead's window.
    "deskclient — team lead": ("deskclient — coordinación", "deskclient — coordinació"),
    "&Team lead…": ("Herramientas de &coordinación…", "Eines de &coordinació…"),
    "&Lead": ("Coor&dinación", "Coor&dinació"),
    "&Log review": ("&Revisión de conversaciones", "&Revisió de converses"),
    "&Statistics": ("&Estadísticas", "&Estadístiques"),
    "&Audit log": ("Registro de &auditoría", "Registre d'&auditoria"),
    "&Retention and citizens": ("Conser&vación y ciudadanía", "Conser&vació i ciutadania"),
    'Words, prefix*, "a phrase" (accents and case ignored)': (
        'Palabras, prefijo*, "una frase" (sin distinguir acentos ni mayúsculas)',
        'Paraules, prefix*, "una frase" (sense distingir accents ni majúscules)'),
    "any": ("cualquiera", "qualsevol"),
    "any agent": ("cualquier agente", "qualsevol agent"),
    "any category": ("cualquier categoría", "qualsevol categoria"),
    "any status": ("cualquier estado", "qualsevol estat"),
    "any SLA": ("cualquier plazo", "qualsevol termini"),
    "SLA breached": ("Plazo incumplido", "Termini incomplert"),
    "citizen name or phone": ("nombre o teléfono del ciudadano", "nom o telèfon de la persona"),
    "on legal hold": ("en retención legal", "en retenció legal"),
    "Search": ("Buscar", "Cerca"),
    "opened from": ("abiertas desde", "obertes des de"),
    "to": ("hasta", "fins a"),
    "from": ("desde", "des de"),
    "action": ("acción", "acció"),
    "Open &transcript": ("Abrir &transcripción", "Obre la &transcripció"),
    "Export &PDF": ("Exportar &PDF", "Exporta en &PDF"),
    "Export &CSV": ("Exportar &CSV", "Exporta en &CSV"),
    "Legal &hold…": ("Retención le&gal…", "Retenció le&gal…"),
    "&Release hold": ("&Liberar retención", "A&llibera la retenció"),
    "%n message(s) shown": (("%n mensaje mostrado", "%n mensajes mostrados"),
                            ("%n missatge mostrat", "%n missatges mostrats")),
    "more than %n ticket(s)": (("más de %n consulta", "más de %n consultas"),
                               ("més de %n consulta", "més de %n consultes")),
    "%n ticket(s)": (("%n consulta", "%n consultas"), ("%n consulta", "%n consultes")),
    "Select the tickets to export.": (
        "Seleccione las consultas que quiere exportar.", "Seleccioneu les consultes que voleu exportar."),
    "Exported to %1": ("Exportado a %1", "S'ha exportat a %1"),
    "Legal hold": ("Retención legal", "Retenció legal"),
    "Why is this ticket kept beyond the retention period?": (
        "¿Por qué debe mantenerse esta consulta más allá del plazo de conservación?",
        "Per què s'ha de mantenir aquesta consulta més enllà del termini de conservació?"),
    "The ticket is on legal hold.": ("La consulta queda en retención legal.", "La consulta queda en retenció legal."),
    "The legal hold was released.": ("Se ha liberado la retención legal.", "S'ha alliberat la retenció legal."),
    "Show": ("Mostrar", "Mostra"),
    "Export CSV": ("Exportar CSV", "Exporta en CSV"),
    "Tickets opened from": ("Consultas abiertas desde", "Consultes obertes des de"),
    "Charts": ("Gráficos", "Gràfics"),
    "Table": ("Tabla", "Taula"),
    "Answered": ("Respondidas", "Contestades"),
    "First response median": ("Mediana de primera respuesta", "Mediana de primera resposta"),
    "p90": ("p90", "p90"),
    "Service-hours median": ("Mediana en horario de servicio", "Mediana en horari de servei"),
    "All tickets": ("Todas las consultas", "Totes les consultes"),
    "all": ("todas", "totes"),
    "By category": ("Por categoría", "Per categoria"),
    "By agent": ("Por agente", "Per agent"),
    "Per week": ("Por semana", "Per setmana"),
    "Per day": ("Por día", "Per dia"),
    "Conversations are kept %1 months after a ticket closes, then purged for good (database, files, thumbnails, "
    "exports, logs, the Telegram session's cache). Tickets on legal hold are kept.": (
        "Las conversaciones se conservan %1 meses después del cierre de la consulta y luego se eliminan "
        "definitivamente (base de datos, ficheros, miniaturas, exportaciones, registros y la caché de la sesión "
        "de Telegram). Las consultas en retención legal se conservan.",
        "Les converses es conserven %1 mesos després del tancament de la consulta i després se suprimeixen "
        "definitivament (base de dades, fitxers, miniatures, exportacions, registres i la memòria cau de la "
        "sessió de Telegram). Les consultes en retenció legal es conserven."),
    "&Preview the purge": ("&Previsualizar la purga", "&Previsualitza la purga"),
    "P&urge now…": ("P&urgar ahora…", "P&urga ara…"),
    "The service purges daily at %1 (%2 time); each purge is in the audit log.": (
        "El servicio purga cada día a las %1 (hora de %2); cada purga consta en el registro de auditoría.",
        "El servei purga cada dia a les %1 (hora de %2); cada purga consta al registre d'auditoria."),
    "name, phone or Telegram/WhatsApp id": ("nombre, teléfono o id de Telegram/WhatsApp",
                                             "nom, telèfon o id de Telegram/WhatsApp"),
    "Export everything (ZIP)": ("Exportar todo (ZIP)", "Exporta-ho tot (ZIP)"),
    "Correct name or phone…": ("Corregir nombre o teléfono…", "Corregeix el nom o el telèfon…"),
    "Erase now…": ("Suprimir ahora…", "Suprimeix ara…"),
    "Citizens' requests:": ("Solicitudes de la ciudadanía:", "Sol·licituds de la ciutadania:"),
    "Purge": ("Purga", "Purga"),
    "Delete for good every conversation past the retention period? This cannot be undone.": (
        "¿Eliminar definitivamente todas las conversaciones que han superado el plazo de conservación? No se puede deshacer.",
        "Voleu suprimir definitivament totes les converses que han superat el termini de conservació? No es pot desfer."),
    "Correct the stored data": ("Corregir los datos guardados", "Corregeix les dades desades"),
    "&Name:": ("&Nombre:", "&Nom:"),
    "Corrected: %1": ("Corregido: %1", "Corregit: %1"),
    "nothing": ("nada", "res"),
    "Erase": ("Suprimir", "Suprimeix"),
    "Erase everything held about this citizen, now and for good? This cannot be undone.": (
        "¿Suprimir ahora y definitivamente todos los datos que se conservan de este ciudadano? No se puede deshacer.",
        "Voleu suprimir ara i definitivament totes les dades que es conserven d'aquesta persona? No es pot desfer."),

    # The lead's tables (deskclient/ui/lead_models.py).
    "Time": ("Hora", "Hora"),
    "Ticket": ("Consulta", "Consulta"),
    "From": ("De", "De"),
    "Text": ("Texto", "Text"),
    "Opened": ("Apertura", "Obertura"),
    "Agent": ("Agente", "Agent"),
    "SLA": ("Plazo", "Termini"),
    "When": ("Fecha", "Data"),
    "Action": ("Acción", "Acció"),
    "Detail": ("Detalle", "Detall"),
    "automatic": ("automático", "automàtic"),
    "system": ("sistema", "sistema"),
    "breached": ("incumplido", "incomplert"),
    "on time": ("a tiempo", "a temps"),
    "on hold": ("retenida", "retinguda"),

    # File previews.
    "Save as…": ("Guardar como…", "Desa com a…"),
    "Save a copy of this file": ("Guardar una copia de este fichero", "Desa una còpia d'aquest fitxer"),
    "Open with…": ("Abrir con…", "Obre amb…"),
    "Open this file in another program": ("Abrir este fichero en otro programa", "Obre aquest fitxer amb un altre programa"),
    "Turned off: this file may be unsafe to open in another program": (
        "Desactivado: puede no ser seguro abrir este fichero en otro programa",
        "Desactivat: pot no ser segur obrir aquest fitxer amb un altre programa"),
    "Save a copy as": ("Guardar una copia como", "Desa una còpia com a"),
    "the destination cannot be written": ("no se puede escribir en el destino", "no es pot escriure a la destinació"),
    "The copy was not saved: {0}.": ("No se ha guardado la copia: {0}.", "No s'ha desat la còpia: {0}."),
    "There is no preview for this type of file.": (
        "No hay vista previa para este tipo de fichero.", "No hi ha previsualització per a aquest tipus de fitxer."),
    "Use Save as… to keep a copy, or Open with… to open it in another program.": (
        "Use «Guardar como…» para conservar una copia o «Abrir con…» para abrirlo en otro programa.",
        "Feu servir «Desa com a…» per conservar-ne una còpia o «Obre amb…» per obrir-lo amb un altre programa."),
    "a PDF document": ("un documento PDF", "un document PDF"),
    "a JPEG image": ("una imagen JPEG", "una imatge JPEG"),
    "a PNG image": ("una imagen PNG", "una imatge PNG"),
    "a WebP image": ("una imagen WebP", "una imatge WebP"),
    "a BMP image": ("una imagen BMP", "una imatge BMP"),
    "a JPEG, PNG or BMP image": ("una imagen JPEG, PNG o BMP", "una imatge JPEG, PNG o BMP"),
    "an Ogg audio file": ("un fichero de audio Ogg", "un fitxer d'àudio Ogg"),
    "an MP4 video": ("un vídeo MP4", "un vídeo MP4"),
    "a ZIP archive": ("un archivo ZIP", "un arxiu ZIP"),
    "a program": ("un programa", "un programa"),
    "a text or XML file": ("un fichero de texto o XML", "un fitxer de text o XML"),
    "an XML document": ("un documento XML", "un document XML"),
    "The file is missing or cannot be read.": ("El fichero no existe o no se puede leer.", "El fitxer no existeix o no es pot llegir."),
    "The file is empty.": ("El fichero está vacío.", "El fitxer és buit."),
    "it looks like {0}": ("parece {0}", "sembla {0}"),
    "its content is not a format the viewer knows": (
        "su contenido no tiene un formato que el visor conozca", "el contingut no té un format que el visor conegui"),
    "This file is not {0} ({1}).": ("Este fichero no es {0} ({1}).", "Aquest fitxer no és {0} ({1})."),
    "This image is damaged or incomplete and cannot be shown.": (
        "Esta imagen está dañada o incompleta y no se puede mostrar.",
        "Aquesta imatge està malmesa o incompleta i no es pot mostrar."),
    "The image is {0} × {1} pixels, too large to preview safely.": (
        "La imagen mide {0} × {1} píxeles, demasiado grande para mostrarla de forma segura.",
        "La imatge fa {0} × {1} píxels, massa gran per mostrar-la de manera segura."),
    "This audio file is damaged or in a format that cannot be played.": (
        "Este fichero de audio está dañado o tiene un formato que no se puede reproducir.",
        "Aquest fitxer d'àudio està malmès o té un format que no es pot reproduir."),
    "This video is damaged or in a format that cannot be played.": (
        "Este vídeo está dañado o tiene un formato que no se puede reproducir.",
        "Aquest vídeo està malmès o té un format que no es pot reproduir."),
    "Zoom out": ("Alejar", "Redueix el zoom"),
    "Zoom in": ("Acercar", "Augmenta el zoom"),
    "Fit": ("Ajustar", "Ajusta"),
    "Fit to window (Ctrl+0)": ("Ajustar a la ventana (Ctrl+0)", "Ajusta a la finestra (Ctrl+0)"),
    "Actual size (Ctrl+1)": ("Tamaño real (Ctrl+1)", "Mida real (Ctrl+1)"),
    "Play": ("Reproducir", "Reprodueix"),
    "Voice note: Space plays it": ("Nota de voz: Espacio la reproduce", "Nota de veu: Espai la reprodueix"),
    "Voice note playing: Space pauses it": ("Nota de voz en reproducción: Espacio la pausa",
                                            "Nota de veu en reproducció: Espai la posa en pausa"),
    "Voice note paused: Space plays it": ("Nota de voz en pausa: Espacio la reproduce",
                                          "Nota de veu en pausa: Espai la reprodueix"),
    "Pause": ("Pausa", "Pausa"),
    "Previous page": ("Página anterior", "Pàgina anterior"),
    "Page": ("Página", "Pàgina"),
    "of {0}": ("de {0}", "de {0}"),
    "Next page": ("Página siguiente", "Pàgina següent"),
    "Fit width": ("Ajustar al ancho", "Ajusta a l'amplada"),
    "Fit the page width to the window (Ctrl+0)": (
        "Ajustar el ancho de la página a la ventana (Ctrl+0)", "Ajusta l'amplada de la pàgina a la finestra (Ctrl+0)"),
    "Find in document…": ("Buscar en el documento…", "Cerca en el document…"),
    "Find": ("Buscar", "Cerca"),
    "Next match": ("Coincidencia siguiente", "Coincidència següent"),
    "Previous match": ("Coincidencia anterior", "Coincidència anterior"),
    "This PDF is protected by a password and cannot be shown.": (
        "Este PDF está protegido con contraseña y no se puede mostrar.",
        "Aquest PDF està protegit amb contrasenya i no es pot mostrar."),
    "This PDF is damaged or incomplete and cannot be shown.": (
        "Este PDF está dañado o incompleto y no se puede mostrar.",
        "Aquest PDF està malmès o incomplet i no es pot mostrar."),
    "No matches": ("Sin coincidencias", "Cap coincidència"),
    "1 match": ("1 coincidencia", "1 coincidència"),
    "{0} matches": ("{0} coincidencias", "{0} coincidències"),
    "This XML file declares its own entities, a feature used to attack XML readers, so it is not shown.": (
        "Este fichero XML declara sus propias entidades, una técnica usada para atacar a los lectores de XML, "
        "así que no se muestra.",
        "Aquest fitxer XML declara les seves pròpies entitats, una tècnica que s'utilitza per atacar els lectors "
        "d'XML, i per això no es mostra."),
    "This XML is not well-formed ({0}), so it is shown as it arrived.": (
        "Este XML no está bien formado ({0}), así que se muestra tal como llegó.",
        "Aquest XML no està ben format ({0}), i per això es mostra tal com ha arribat."),
    "Showing the first {0} of {1} ({2} lines).": (
        "Se muestran los primeros {0} de {1} ({2} líneas).", "Es mostren els primers {0} de {1} ({2} línies)."),
    # The always-on desk (issue 10): the tray, files arriving, refused messages, the service.
    "&Open deskclient": ("&Abrir deskclient", "&Obre deskclient"),
    "&Quit (stop answering citizens)": ("&Salir (dejar de atender a la ciudadanía)", "&Surt (deixa d'atendre la ciutadania)"),
    "deskclient keeps running here and answers citizens. Quit it from this icon's menu.": (
        "deskclient sigue funcionando aquí y atiende a la ciudadanía. Ciérrelo desde el menú de este icono.",
        "deskclient continua funcionant aquí i atén la ciutadania. Tanqueu-lo des del menú d'aquesta icona."),
    "Attached: {0} (arriving…)": ("Adjunto: {0} (llegando…)", "Adjunt: {0} (arribant…)"),
    "{0} · arriving…": ("{0} · llegando…", "{0} · arribant…"),
    "{0}: the file could not be downloaded": ("{0}: no se ha podido descargar el fichero", "{0}: no s'ha pogut baixar el fitxer"),
    "Edit and send again": ("Editar y volver a enviar", "Edita i torna a enviar"),
    "edit and send": ("editar y enviar", "edita i envia"),
    "Telegram refused this message. Change it and send it again:": (
        "Telegram ha rechazado este mensaje. Modifíquelo y vuelva a enviarlo:",
        "Telegram ha rebutjat aquest missatge. Modifiqueu-lo i torneu-lo a enviar:"),
    "Reason: {0}": ("Motivo: {0}", "Motiu: {0}"),
    "service: {0}": ("servicio: {0}", "servei: {0}"),
    # Issue 14: why a file was refused (ui/labels.py), a purge's report (ui/purge_report.py).
    "files of type .{ext} are not accepted": (
        "no se admiten ficheros de tipo .{ext}",
        "no s'admeten fitxers de tipus .{ext}"),
    "{size} is over the {limit} limit": (
        "{size} supera el límite de {limit}",
        "{size} supera el límit de {limit}"),
    "the file is empty": ("el fichero está vacío", "el fitxer és buit"),
    "the file is over the size limit": (
        "el fichero supera el tamaño máximo",
        "el fitxer supera la mida màxima"),
    "the content is not {expected}": ("el contenido no es {expected}", "el contingut no és {expected}"),
    "the content is {found}, not {expected}": (
        "el contenido es {found}, no {expected}",
        "el contingut és {found}, no {expected}"),
    "messages": ("mensajes", "missatges"),
    "earlier texts of edited messages": (
        "textos anteriores de mensajes editados",
        "textos anteriors de missatges editats"),
    "attachments": ("adjuntos", "adjunts"),
    "citizens": ("ciudadanos", "persones"),
    "thumbnails": ("miniaturas", "miniatures"),
    "exports": ("exportaciones", "exportacions"),
    "log files": ("ficheros de registro", "fitxers de registre"),
    "contacts in the Telegram session": (
        "contactos en la sesión de Telegram",
        "contactes a la sessió de Telegram"),
    "Erased:": ("Suprimido:", "Suprimit:"),
    "Preview: the purge would delete what closed before {0}:": (
        "Previsualización: la purga eliminaría lo cerrado antes del {0}:",
        "Previsualització: la purga suprimiria el que es va tancar abans del {0}:"),
    "Purged: deleted what closed before {0}:": (
        "Purgado: se ha eliminado lo cerrado antes del {0}:",
        "Purgat: s'ha suprimit el que es va tancar abans del {0}:"),
    "The tickets closed between {0} and {1}.": (
        "Las consultas se cerraron entre el {0} y el {1}.",
        "Les consultes es van tancar entre el {0} i el {1}."),
    "Another workstation was purging the database: only this computer's files were purged.": (
        "Otro puesto estaba purgando la base de datos: solo se han purgado los ficheros de este ordenador.",
        "Un altre lloc de treball estava purgant la base de dades: només s'han purgat els fitxers d'aquest ordinador."),
    "Stopped early as the window closed; the next purge goes on.": (
        "Se detuvo antes de terminar al cerrarse la ventana; la próxima purga continuará.",
        "S'ha aturat abans d'acabar en tancar-se la finestra; la propera purga continuarà."),
    "chat histories on Telegram": ("historiales de chat en Telegram", "historials de xat a Telegram"),
    "copies of the database made before an upgrade": ("copias de la base de datos hechas antes de una actualización",
        "còpies de la base de dades fetes abans d'una actualització"),
    "{0}: {1}": ("{0}: {1}", "{0}: {1}"),
    "&Phone:": ("&Teléfono:", "&Telèfon:"),
    "no phone stored": ("ningún teléfono guardado", "cap telèfon desat"),
    "What the citizen asked to rectify. Each change is in the audit log (without the values).": (
        "Lo que el ciudadano pidió rectificar. Cada cambio queda en el registro de auditoría (sin los valores).",
        "El que la persona ha demanat rectificar. Cada canvi queda al registre d'auditoria (sense els valors)."),
    "Purge now": ("Purgar ahora", "Purga ara"),
    "Erase now": ("Suprimir ahora", "Suprimeix ara"),
    "Response times in minutes (wall clock, or counting service hours only).": (
        "Tiempos de respuesta en minutos (tiempo real, o contando solo el horario de servicio).",
        "Temps de resposta en minuts (temps real, o comptant només l'horari de servei)."),
    "Log out of Telegram": ("Cerrar sesión de Telegram", "Tanca la sessió de Telegram"),
    "Log the service account out of Telegram on this computer? Citizens' messages are not received until someone logs in again with a code sent to the account's phone.": (
        "¿Cerrar la sesión de Telegram de la cuenta del servicio en este ordenador? Los mensajes de la ciudadanía no se reciben hasta que alguien vuelva a iniciar sesión con un código enviado al teléfono de la cuenta.",
        "Voleu tancar la sessió de Telegram del compte del servei en aquest ordinador? Els missatges de la ciutadania no es reben fins que algú torni a iniciar la sessió amb un codi enviat al telèfon del compte."),
    "Log out": ("Cerrar sesión", "Tanca la sessió"),
    "&Attach a file…": ("&Adjuntar un fichero…", "&Adjunta un fitxer…"),
    "&Bold": ("&Negrita", "&Negreta"),
    "&Broadcasts": ("&Difusiones", "&Difusions"),
    "&Delete the post…": ("&Eliminar la publicación…", "&Suprimeix la publicació…"),
    "&Edit the post…": ("&Modificar la publicación…", "&Modifica la publicació…"),
    "&Italic": ("&Cursiva", "&Cursiva"),
    "&Link…": ("&Enlace…", "&Enllaç…"),
    "&New broadcast…": ("&Nueva difusión…", "&Difusió nova…"),
    "<i>As the subscribers will see it.</i>": (
        "<i>Tal como lo verán los suscriptores.</i>",
        "<i>Tal com ho veuran les persones subscrites.</i>"),
    "@{name} is not a Telegram channel": (
        "@{name} no es un canal de Telegram",
        "@{name} no és un canal de Telegram"),
    "A link starts with https://": ("Un enlace empieza por https://", "Un enllaç comença per https://"),
    "Address (https://…):": ("Dirección (https://…):", "Adreça (https://…):"),
    "Attach a file": ("Adjuntar un fichero", "Adjunta un fitxer"),
    "Broadcast {0}": ("Difusión {0}", "Difusió {0}"),
    "Broadcast {0} stored; the service sends it.": (
        "Difusión {0} guardada; la envía el servicio.",
        "S'ha desat la difusió {0}; l'envia el servei."),
    "Broadcasts and &channel posts…": (
        "Difusiones y publicaciones en el &canal…",
        "Difusions i publicacions al &canal…"),
    "CSV files (*.csv)": ("Ficheros CSV (*.csv)", "Fitxers CSV (*.csv)"),
    "Cancel the broadcast": ("Cancelar la difusión", "Cancel·la la difusió"),
    "Cancel the broadcast…": ("Cancelar la difusión…", "Cancel·la la difusió…"),
    "Channel post": ("Publicación en el canal", "Publicació al canal"),
    "Channel:": ("Canal:", "Canal:"),
    "Choose a topic, or a channel to post to.": (
        "Elija un tema, o un canal donde publicar.",
        "Trieu un tema, o un canal on publicar."),
    "Close": ("Cerrar", "Tanca"),
    "Delete the channel post": ("Eliminar la publicación del canal", "Suprimeix la publicació del canal"),
    "Delete this post from the channel, for everyone who follows it?": (
        "¿Eliminar esta publicación del canal para todas las personas que lo siguen?",
        "Voleu suprimir aquesta publicació del canal per a totes les persones que el segueixen?"),
    "Edit the channel post": ("Modificar la publicación del canal", "Modifica la publicació del canal"),
    "Export &CSV…": ("Exportar &CSV…", "Exporta en &CSV…"),
    "Export the broadcast's recipients": (
        "Exportar los destinatarios de la difusión",
        "Exporta les persones destinatàries de la difusió"),
    "Failed": ("Fallidos", "Fallits"),
    "Failed:": ("Fallidos:", "Fallits:"),
    "File:": ("Fichero:", "Fitxer:"),
    "It is posted to {0} too, in {1}.": (
        "También se publica en {0}, en {1}.",
        "També es publica a {0}, en {1}."),
    "Languages": ("Idiomas", "Llengües"),
    "Left the list before their turn:": (
        "Se dieron de baja antes de su turno:",
        "Es van donar de baixa abans del seu torn:"),
    "Link": ("Enlace", "Enllaç"),
    "New broadcast": ("Nueva difusión", "Difusió nova"),
    "No broadcast chosen.": ("No se ha elegido ninguna difusión.", "No s'ha triat cap difusió."),
    "No file": ("Ningún fichero", "Cap fitxer"),
    "No topic chosen: nobody on the list gets it.": (
        "No se ha elegido ningún tema: nadie de la lista la recibe.",
        "No s'ha triat cap tema: ningú de la llista no la rep."),
    "Urgent: it goes before the rest of any broadcast being sent.": (
        "Urgente: pasa por delante del resto de cualquier difusión que se esté enviando.",
        "Urgent: passa per davant de la resta de qualsevol difusió que s'estigui enviant."),
    "waiting while an urgent broadcast goes first": (
        "en espera mientras se envía antes una difusión urgente",
        "en espera mentre s'envia abans una difusió urgent"),
    "waiting for {0} to connect": ("esperando a que {0} se conecte", "esperant que {0} es connecti"),
    "Not sent (cancelled):": ("No enviados (cancelada):", "No enviats (cancel·lada):"),
    "Of them taken off the list": ("De ellos, dados de baja", "D'aquests, donats de baixa"),
    "Other languages get the text in:": (
        "Los demás idiomas reciben el texto en:",
        "Les altres llengües reben el text en:"),
    "Post to the &channel too:": ("Publicar también en el &canal:", "Publica també al &canal:"),
    "Progress": ("Progreso", "Progrés"),
    "Remove the file": ("Quitar el fichero", "Treu el fitxer"),
    "Schedule": ("Programar", "Programa"),
    "Send &at": ("Enviar &a las", "Envia a &l'hora"),
    "Send &now": ("Enviar a&hora", "Envia &ara"),
    "Sent": ("Enviados", "Enviats"),
    "Sent:": ("Enviados:", "Enviats:"),
    "State": ("Estado", "Estat"),
    "Stop this broadcast? Whoever has not got it yet will not.": (
        "¿Detener esta difusión? Quien aún no la haya recibido ya no la recibirá.",
        "Voleu aturar aquesta difusió? Qui encara no l'hagi rebuda ja no la rebrà."),
    "Subscribers": ("Suscriptores", "Persones subscrites"),
    "Subscribers who will get it: {0}.": (
        "Suscriptores que la recibirán: {0}.",
        "Persones subscrites que la rebran: {0}."),
    "Subscribers' language": ("Idioma de los suscriptores", "Llengua de les persones subscrites"),
    "Subscribers: {0}": ("Suscriptores: {0}", "Persones subscrites: {0}"),
    "Taken off the list along the way:": (
        "Dados de baja durante el envío:",
        "Donats de baixa durant l'enviament:"),
    "Text they get": ("Texto que reciben", "Text que reben"),
    "That time has passed: choose a later one, or send now.": (
        "Esa hora ya ha pasado: elija una posterior o envíela ahora.",
        "Aquesta hora ja ha passat: trieu-ne una de posterior o envieu-la ara."),
    "The post's new text (**bold**, __italic__, [a link](https://…)):": (
        "El nuevo texto de la publicación (**negrita**, __cursiva__, [un enlace](https://…)):",
        "El text nou de la publicació (**negreta**, __cursiva__, [un enllaç](https://…)):"),
    "The text for subscribers who speak {0}. **bold**, __italic__, [a link](https://…)": (
        "El texto para los suscriptores que hablan {0}. **negrita**, __cursiva__, [un enlace](https://…)",
        "El text per a les persones subscrites que parlen {0}. **negreta**, __cursiva__, [un enllaç](https://…)"),
    "Topics": ("Temas", "Temes"),
    "Topics:": ("Temas:", "Temes:"),
    "Waiting to be sent:": ("Pendientes de envío:", "Pendents d'enviament:"),
    "When:": ("Cuándo:", "Quan:"),
    "Who will get it:": ("Quién la recibirá:", "Qui la rebrà:"),
    "Why it failed": ("Motivo del fallo", "Motiu de l'error"),
    "Write the text in at least one language.": (
        "Escriba el texto al menos en un idioma.",
        "Escriviu el text almenys en una llengua."),
    "Write the {0} text too: subscribers of languages without a text get that one.": (
        "Escriba también el texto en {0}: los suscriptores de idiomas sin texto reciben ese.",
        "Escriviu també el text en {0}: les persones subscrites de llengües sense text reben aquest."),
    "blocked the service account": ("bloqueó la cuenta del servicio", "ha bloquejat el compte del servei"),
    "by {0}": ("por {0}", "per {0}"),
    "cancelled": ("cancelada", "cancel·lada"),
    "channel post refused by Telegram": (
        "publicación en el canal rechazada por Telegram",
        "publicació al canal rebutjada per Telegram"),
    "deleted a channel post": ("eliminó una publicación del canal", "ha suprimit una publicació del canal"),
    "deleted from the channel": ("eliminada del canal", "suprimida del canal"),
    "deleted their Telegram account": (
        "eliminó su cuenta de Telegram",
        "ha suprimit el seu compte de Telegram"),
    "deletion asked for, not made yet": (
        "eliminación pedida, aún no hecha",
        "supressió demanada, encara no feta"),
    "deskclient — broadcasts": ("deskclient — difusiones", "deskclient — difusions"),
    "edit asked for, not made yet": (
        "modificación pedida, aún no hecha",
        "modificació demanada, encara no feta"),
    "edited a channel post": ("modificó una publicación del canal", "ha modificat una publicació del canal"),
    "edited {0}": ("modificada el {0}", "modificada el {0}"),
    "file {0}": ("fichero {0}", "fitxer {0}"),
    "no Telegram channel is called @{name}": (
        "ningún canal de Telegram se llama @{name}",
        "cap canal de Telegram no es diu @{name}"),
    "no list": ("sin lista", "sense llista"),
    "not posted": ("no publicada", "no publicada"),
    "not posted: cancelled": ("no publicada: cancelada", "no publicada: cancel·lada"),
    "posted": ("publicada", "publicada"),
    "posted to a channel": ("publicó en un canal", "ha publicat en un canal"),
    "scheduled": ("programada", "programada"),
    "sending": ("enviándose", "enviant-se"),
    "the post is no longer in @{name}": (
        "la publicación ya no está en @{name}",
        "la publicació ja no és a @{name}"),
    "the service account is not an admin of @{name}": (
        "la cuenta del servicio no administra @{name}",
        "el compte del servei no administra @{name}"),
    "to {0}": ("a {0}", "a {0}"),
    "waiting to be posted": ("pendiente de publicar", "pendent de publicar"),
    "{0} (no text yet)": ("{0} (aún sin texto)", "{0} (encara sense text)"),
    "{0} cannot be broadcast: {1}. Accepted: {2}.": (
        "{0} no se puede difundir: {1}. Admitidos: {2}.",
        "{0} no es pot difondre: {1}. Admesos: {2}."),
    "{0}, the default": ("{0}, el predeterminado", "{0}, la predeterminada"),
    "&Canned replies…": ("&Respuestas predefinidas…", "&Respostes predefinides…"),
    "&Copy selection": ("&Copiar la selección", "&Copia la selecció"),
    "&Copy text": ("&Copiar el texto", "&Copia el text"),
    "&Delete for the citizen too…": (
        "&Eliminar también para el ciudadano…",
        "&Suprimeix també per a la persona…"),
    "&Delete reply…": ("&Eliminar la respuesta…", "&Suprimeix la resposta…"),
    "&Edit and send again…": ("&Editar y volver a enviar…", "&Edita i torna a enviar…"),
    "&Edit…": ("&Editar…", "&Edita…"),
    "&Help": ("A&yuda", "A&juda"),
    "&Keyboard shortcuts": ("&Atajos de teclado", "&Dreceres de teclat"),
    "&Language:": ("&Idioma:", "&Llengua:"),
    "&Manage canned replies…": (
        "&Gestionar las respuestas predefinidas…",
        "&Gestiona les respostes predefinides…"),
    "&New reply": ("&Nueva respuesta", "Resposta &nova"),
    "&Reply quoting this message": ("&Responder citando este mensaje", "&Respon citant aquest missatge"),
    "&Save": ("&Guardar", "&Desa"),
    "&Shortcut:": ("&Atajo:", "&Drecera:"),
    "&Title:": ("&Título:", "&Títol:"),
    "/{0} is already the shortcut of “{1}”.": (
        "/{0} ya es el atajo de «{1}».",
        "/{0} ja és la drecera de «{1}»."),
    "A shortcut is made of letters a–z, digits, - and _ (at most 40).": (
        "Un atajo se compone de letras a–z, cifras, - y _ (como máximo 40).",
        "Una drecera es compon de lletres a–z, xifres, - i _ (com a màxim 40)."),
    "Assigned agent": ("Agente asignado", "Agent assignat"),
    "Attached:": ("Adjuntos:", "Adjunts:"),
    "Canned replies": ("Respuestas predefinidas", "Respostes predefinides"),
    "Citizen's language": ("Idioma del ciudadano", "Llengua de la persona"),
    "Clear search": ("Borrar la búsqueda", "Esborra la cerca"),
    "Conversation": ("Conversación", "Conversa"),
    "Copy &link": ("Copiar el &enlace", "Copia l'&enllaç"),
    "Delete canned reply": ("Eliminar la respuesta predefinida", "Suprimeix la resposta predefinida"),
    "Delete message": ("Eliminar el mensaje", "Suprimeix el missatge"),
    "Delete this &language": ("Eliminar este &idioma", "Suprimeix aquesta &llengua"),
    "Delete this message for {0} too? The ticket's record keeps it, marked deleted.": (
        "¿Eliminar este mensaje también para {0}? El registro de la consulta lo conserva, marcado como eliminado.",
        "Voleu suprimir aquest missatge també per a {0}? El registre de la consulta el conserva, marcat com a suprimit."),
    "Delete “{0}” in every language?": (
        "¿Eliminar «{0}» en todos los idiomas?",
        "Voleu suprimir «{0}» en totes les llengües?"),
    "Do not quote": ("No citar", "No citis"),
    "Does": ("Acción", "Acció"),
    "Edit message": ("Editar el mensaje", "Edita el missatge"),
    "Filled in with the {0} when an agent inserts the reply": (
        "Se rellena con el {0} cuando un agente inserta la respuesta",
        "S'omple amb el {0} quan un agent insereix la resposta"),
    "Give the reply a title.": ("Dé un título a la respuesta.", "Doneu un títol a la resposta."),
    "In a file preview: close it": (
        "En la vista previa de un fichero: cerrarla",
        "A la previsualització d'un fitxer: tancar-la"),
    "In a voice note or a video: play or pause": (
        "En una nota de voz o un vídeo: reproducir o pausar",
        "En una nota de veu o un vídeo: reproduir o posar en pausa"),
    "In the reply: type / and a shortcut to insert a canned reply": (
        "En la respuesta: escriba / y un atajo para insertar una respuesta predefinida",
        "A la resposta: escriviu / i una drecera per inserir una resposta predefinida"),
    "In the search box: clear the search": (
        "En el cuadro de búsqueda: borrar la búsqueda",
        "Al quadre de cerca: esborrar la cerca"),
    "In the thread: copy the selected words, or the message": (
        "En la conversación: copiar las palabras seleccionadas o el mensaje",
        "A la conversa: copiar les paraules seleccionades o el missatge"),
    "In the thread: the message's actions (copy, reply, edit, delete)": (
        "En la conversación: las acciones del mensaje (copiar, responder, editar, eliminar)",
        "A la conversa: les accions del missatge (copiar, respondre, editar, suprimir)"),
    "Insert:": ("Insertar:", "Insereix:"),
    "Internal note": ("Nota interna", "Nota interna"),
    "Keyboard shortcuts": ("Atajos de teclado", "Dreceres de teclat"),
    "Keys": ("Teclas", "Tecles"),
    "No program on this computer opens this type of file. Use Save as… to keep a copy.": (
        "Ningún programa de este ordenador abre este tipo de fichero. Use «Guardar como…» para conservar una copia.",
        "Cap programa d'aquest ordinador no obre aquest tipus de fitxer. Feu servir «Desa com a…» per conservar-ne una còpia."),
    "Not saved yet.": ("Aún sin guardar.", "Encara no s'ha desat."),
    "Queue views": ("Vistas de la cola", "Vistes de la cua"),
    "Remove {0}": ("Quitar {0}", "Treu {0}"),
    "Reply to the citizen": ("Respuesta al ciudadano", "Resposta a la persona"),
    "Replying to {0}: {1}": ("En respuesta a {0}: {1}", "En resposta a {0}: {1}"),
    "Saved.": ("Guardado.", "S'ha desat."),
    "Search tickets": ("Buscar consultas", "Cerca consultes"),
    "Show &earlier text": ("Mostrar el texto &anterior", "Mostra el text &anterior"),
    "Te&xt:": ("Te&xto:", "Te&xt:"),
    "That ticket is no longer in the records (purged or erased).": (
        "Esa consulta ya no está en los registros (purgada o suprimida).",
        "Aquesta consulta ja no és als registres (purgada o suprimida)."),
    "The citizen sees the new text in place, marked “edited”:": (
        "El ciudadano ve el nuevo texto en su lugar, marcado como «editado»:",
        "La persona veu el text nou al seu lloc, marcat com a «editat»:"),
    "There is already a reply called “{0}”.": (
        "Ya hay una respuesta llamada «{0}».",
        "Ja hi ha una resposta que es diu «{0}»."),
    "Write the text in one language at least.": (
        "Escriba el texto al menos en un idioma.",
        "Escriviu el text almenys en una llengua."),
    "Written in: {0}": ("Escrita en: {0}", "Escrita en: {0}"),
    "agent's name": ("nombre del agente", "nom de l'agent"),
    "citizen's name": ("nombre del ciudadano", "nom de la persona"),
    "deskclient could not start because of an unexpected error ({0}). The log has the details for IT.": (
        "deskclient no ha podido arrancar por un error inesperado ({0}). El registro tiene los detalles para Informática.",
        "deskclient no s'ha pogut iniciar per un error inesperat ({0}). El registre té els detalls per a Informàtica."),
    "e.g. hours (agents type /hours)": (
        "p. ej. horario (los agentes escriben /horario)",
        "p. ex. horari (els agents escriuen /horari)"),
    "overdue {0}": ("vencida hace {0}", "vençuda fa {0}"),
    "ticket number": ("número de consulta", "número de consulta"),
    "{0} d {1} h": ("{0} d {1} h", "{0} d {1} h"),
    "{0} h {1} min": ("{0} h {1} min", "{0} h {1} min"),
    "{0} min": ("{0} min", "{0} min"),
    # The citizen panel, seen and typing (issue 15 items 9, 10).
    "✓✓ seen": ("✓✓ leído", "✓✓ llegit"),
    "seen": ("leído", "llegit"),
    # WhatsApp's delivery statuses and 24-hour window (issue 16).
    "✓✓ delivered": ("✓✓ entregado", "✓✓ lliurat"),
    "as the approved template {0}": ("como la plantilla aprobada {0}", "com la plantilla aprovada {0}"),
    "delivered": ("entregado", "lliurat"),
    "Approved template": ("Plantilla aprobada", "Plantilla aprovada"),
    "Send &template": ("Enviar &plantilla", "Envia la &plantilla"),
    "WhatsApp: free replies reach the citizen until {0}.": ("WhatsApp: las respuestas libres llegan al ciudadano hasta {0}.", "WhatsApp: les respostes lliures arriben al ciutadà fins a {0}."),
    "WhatsApp's 24-hour window closed {0}: a free reply can no longer reach the citizen. Send an approved template:": ("La ventana de 24 horas de WhatsApp se cerró {0}: una respuesta libre ya no llega al ciudadano. Envíe una plantilla aprobada:", "La finestra de 24 hores de WhatsApp es va tancar {0}: una resposta lliure ja no arriba al ciutadà. Envieu una plantilla aprovada:"),
    "WhatsApp's 24-hour window closed {0}: a free reply can no longer reach the citizen, and no approved template is configured.": ("La ventana de 24 horas de WhatsApp se cerró {0}: una respuesta libre ya no llega al ciudadano y no hay ninguna plantilla aprobada configurada.", "La finestra de 24 hores de WhatsApp es va tancar {0}: una resposta lliure ja no arriba al ciutadà i no hi ha cap plantilla aprovada configurada."),
    "{0} is typing…": ("{0} está escribiendo…", "{0} està escrivint…"),
    "Nobody is typing": ("Nadie está escribiendo", "Ningú no escriu"),
    "Read this ticket": ("Lea esta consulta", "Llegiu aquesta consulta"),
    "Earlier tickets": ("Consultas anteriores", "Consultes anteriors"),
    "Earlier tickets ({0})": ("Consultas anteriores ({0})", "Consultes anteriors ({0})"),
    "No earlier tickets.": ("Ninguna consulta anterior.", "Cap consulta anterior."),
    "Notes": ("Notas", "Notes"),
    "No notes yet.": ("Todavía no hay notas.", "Encara no hi ha notes."),
    "Add a &note…": ("Añadir una &nota…", "Afegeix una &nota…"),
    "Telegram:": ("Telegram:", "Telegram:"),
    "WhatsApp:": ("WhatsApp:", "WhatsApp:"),
    "Phone:": ("Teléfono:", "Telèfon:"),
    "{0} (access token refused: see deskclient doctor)": ("{0} (token de acceso rechazado: vea deskclient doctor)", "{0} (testimoni d'accés rebutjat: vegeu deskclient doctor)"),
    "{0}; WhatsApp logged out (access token refused: see deskclient doctor)": ("{0}; WhatsApp con sesión cerrada (token de acceso rechazado: vea deskclient doctor)", "{0}; WhatsApp amb la sessió tancada (testimoni d'accés rebutjat: vegeu deskclient doctor)"),
    "Same person as: {0}": ("Misma persona que: {0}", "Mateixa persona que: {0}"),
    "&Link citizens…": ("&Vincular ciudadanos…", "&Vincula ciutadans…"),
    "Link citizens": ("Vincular ciudadanos", "Vincula ciutadans"),
    "Open a ticket of one of the two citizens first.": ("Abra primero un tique de uno de los dos ciudadanos.", "Obriu primer un tiquet d'un dels dos ciutadans."),
    "The same person's ticket number on the other channel (e.g. 2026-000123):": ("Número de tique de la misma persona en el otro canal (p. ej., 2026-000123):", "Número de tiquet de la mateixa persona a l'altre canal (p. ex., 2026-000123):"),
    "{0} and {1} are one person now: each one's panel shows the other's tickets and notes.": ("{0} y {1} son ahora una misma persona: el panel de cada uno muestra los tiques y las notas del otro.", "{0} i {1} ara són una mateixa persona: el tauler de cadascun mostra els tiquets i les notes de l'altre."),
    "linked two citizens as one person": ("vinculó dos ciudadanos como una misma persona", "va vincular dos ciutadans com una mateixa persona"),
    "&Unlink citizen…": ("&Desvincular ciudadano…", "&Desvincula el ciutadà…"),
    "Unlink citizen": ("Desvincular ciudadano", "Desvincula el ciutadà"),
    "Open a ticket of the citizen to unlink first.": ("Abra primero un tique del ciudadano que quiere desvincular.", "Obriu primer un tiquet del ciutadà que voleu desvincular."),
    "This ticket's citizen is then a person of their own again: their panel shows only their own tickets and notes, and a data-subject request covers only them.": ("El ciudadano de este tique vuelve a ser una persona aparte: su panel muestra solo sus propios tiques y notas, y una solicitud de derechos del interesado solo lo abarca a él.", "El ciutadà d'aquest tiquet torna a ser una persona a part: el seu tauler només mostra els seus propis tiquets i notes, i una sol·licitud de drets de l'interessat només el cobreix a ell."),
    "Unlink": ("Desvincular", "Desvincula"),
    "{0} is a citizen of their own again.": ("{0} vuelve a ser un ciudadano aparte.", "{0} torna a ser un ciutadà a part."),
    "unlinked a citizen from the same person": ("desvinculó a un ciudadano de la misma persona", "ha desvinculat un ciutadà de la mateixa persona"),
    "erased the citizens linked to a citizen": ("suprimió los ciudadanos vinculados a un ciudadano", "ha suprimit els ciutadans vinculats a un ciutadà"),
    "Erase everything held about this citizen (and about the citizens linked to them as the same person), now and for good? This cannot be undone.": ("¿Suprimir ahora y definitivamente todos los datos que se conservan de este ciudadano (y de los ciudadanos vinculados a él como una misma persona)? No se puede deshacer.", "Voleu suprimir ara i definitivament totes les dades que es conserven d'aquesta persona (i dels ciutadans vinculats a ella com una mateixa persona)? No es pot desfer."),
    "no public username": ("sin nombre de usuario público", "sense nom d'usuari públic"),
    # Screen readers (issue 15 item 17): a bubble's delivery in words, the lead window's names.
    "sent": ("enviado", "enviat"),
    "not sent": ("no enviado", "no enviat"),
    "Quoting: {0}": ("Cita: {0}", "Cita: {0}"),
    "Sections": ("Secciones", "Seccions"),
    "Words to search": ("Palabras que buscar", "Paraules que cal cercar"),
    "Opened from": ("Abiertas desde", "Obertes des de"),
    "Opened to": ("Abiertas hasta", "Obertes fins a"),
    "Messages found": ("Mensajes encontrados", "Missatges trobats"),
    "Tickets found": ("Consultas encontradas", "Consultes trobades"),
    "Transcript": ("Transcripción", "Transcripció"),
    "Tickets opened to": ("Consultas abiertas hasta", "Consultes obertes fins a"),
    "Statistics table": ("Tabla de estadísticas", "Taula d'estadístiques"),
    "Statistics": ("Estadísticas", "Estadístiques"),
    "Audit events from": ("Registro de auditoría desde", "Registre d'auditoria des de"),
    "Audit events to": ("Registro de auditoría hasta", "Registre d'auditoria fins a"),
    "Audit log": ("Registro de auditoría", "Registre d'auditoria"),
    "Citizens found": ("Personas encontradas", "Persones trobades"),
    "&Open {0}": ("&Abrir {0}", "&Obre {0}"),
    "Send a&gain": ("Volver a en&viar", "Torna a en&viar"),
}

# The same English, other words in one context: (context, source) -> (Spanish, Catalan).
IN_CONTEXT = {
    ("LeadModels", "Closed"): ("Cierre", "Tancament"),  # a date column; T's "Closed" is the queue's tab
}


def tables(language: str) -> tuple[dict, dict]:
    """(texts by source, texts by (context, source)) for one language: the window's and
    the services' sentences (texts/sentences.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        sentences = __import__("texts.sentences", fromlist=["S"]).S
        module = None if language in ("es", "ca") else __import__(f"texts.{language}", fromlist=["T"])
    finally:
        sys.path.pop(0)
    said = {source: words[LANGUAGES.index(language)] for source, words in sentences.items()}
    if module is not None:
        return said | module.T, module.IN_CONTEXT
    column = ("es", "ca").index(language)
    return (said | {source: words[column] for source, words in T.items()},
            {key: words[column] for key, words in IN_CONTEXT.items()})


def fill(ts: Path, texts: dict, in_context: dict) -> list[str]:
    """Write the words into one catalogue; return the sources it has none for."""
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            source = message.find("source").text
            translation = message.find("translation")
            words = in_context.get((name, source)) or texts.get(source)
            plural = message.get("numerus") == "yes"
            if words is None or plural != isinstance(words, tuple):
                missing.append(source)
                translation.set("type", "unfinished")
                continue
            if plural:  # all five languages: one, other
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                for text in words:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = words
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def write_qt_catalogue(language: str) -> Path | None:
    """resources/i18n/qtbase_<language>.ts from texts/qtbase.py: Qt's words its own
    catalogues lack in that language (all of Basque's); None for a language without any."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        texts = __import__("texts.qtbase", fromlist=["QT_CATALOGUE"]).QT_CATALOGUE.get(language)
    finally:
        sys.path.pop(0)
    if not texts:
        return None
    root = ET.Element("TS", version="2.1", language=f"{language}_ES" if language == "eu" else language)
    for context in dict.fromkeys(context for context, _ in texts):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for (where, source), text in texts.items():
            if where == context:
                message = ET.SubElement(element, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation").text = text
    ET.indent(root)
    path = I18N / f"qtbase_{language}.ts"
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return path


def qt_tool(name: str) -> str:
    """The venv's pyside6-lupdate/-lrelease beside this interpreter, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install the project (pip install -e .) or put it on PATH")
    return found


def catalogue(language: str) -> Path:
    return I18N / f"deskclient_{language}.ts"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--no-update", action="store_true", help="do not run pyside6-lupdate first")
    args = parser.parse_args(argv)
    if not args.no_update:
        sources = sorted({str(p.relative_to(ROOT)) for pattern in SOURCES for p in ROOT.glob(pattern)} - set(FOR_IT))
        subprocess.run([qt_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-silent",
                        "-tr-function-alias", ",".join(f"QT_TR_NOOP+={name}" for name in SENTENCES),
                        "-ts", *(str(catalogue(lang)) for lang in LANGUAGES)], check=True, cwd=ROOT)
    missing = 0
    for language in LANGUAGES:
        for source in sorted(set(fill(catalogue(language), *tables(language)))):
            print(f"no {language} translation yet: {source!r}", file=sys.stderr)
            missing += 1
    qt_catalogues = [path for path in map(write_qt_catalogue, LANGUAGES) if path is not None]
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", *(str(catalogue(lang)) for lang in LANGUAGES),
                    *map(str, qt_catalogues)], check=True)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
