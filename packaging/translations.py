#!/usr/bin/env python3
"""The window's Spanish and Catalan texts: fills resources/i18n/*.ts and compiles .qm.

    python packaging/translations.py        # after `pyside6-lupdate deskclient/ui/*.py -ts …`

Translations live here, keyed by English source, so a new string shows up as missing.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"

T = {
    "Write a reply… (Ctrl+Enter sends)": ("Escriba una respuesta… (Ctrl+Intro envía)", "Escriviu una resposta… (Ctrl+Retorn l'envia)"),
    "Internal &note": ("&Nota interna", "&Nota interna"),
    "&Attach…": ("&Adjuntar…", "&Adjunta…"),
    "Canned &replies": ("&Respuestas predefinidas", "&Respostes predefinides"),
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
    "Log &out of Telegram": ("Cerrar &sesión de Telegram", "Tanca la &sessió de Telegram"),
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
}


def fill(ts: Path, column: int) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if source in T:
            translation.text = T[source][column]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    missing = fill(I18N / "deskclient_es.ts", 0) + fill(I18N / "deskclient_ca.ts", 1)
    for source in sorted(set(missing)):
        print(f"no translation yet: {source!r}", file=sys.stderr)
    subprocess.run(["pyside6-lrelease", *map(str, sorted(I18N.glob("*.ts")))], check=True)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
