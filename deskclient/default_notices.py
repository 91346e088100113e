"""Default texts of the automatic messages, per language (config `templates` overrides).

Placeholders: {number} ticket number, {service} service name, {privacy_url},
{opening} next opening time, {formats} accepted file types, {file} refused file's name.
"""

DEFAULT_TEMPLATES: dict[str, dict[str, str]] = {
    "ca": {
        "opening": "Hola! Hem obert la consulta número {number} al servei {service}. Un agent us respondrà aviat. "
        "Aquesta conversa queda enregistrada per documentar les actuacions i supervisar-ne la qualitat. "
        "Condicions de privacitat: {privacy_url}",
        "closing": "Hem tancat la consulta {number}. Si escriviu en els propers 30 minuts, s'afegirà a la mateixa consulta; "
        "després, un missatge nou obrirà una consulta nova. Gràcies!",
        "out_of_hours": "Ara som fora de l'horari d'atenció (de dilluns a divendres feiners, de 8 a 22 h). "
        "Us respondrem a partir de {opening}.",
        "file_refused": "No podem acceptar el fitxer «{file}». Formats admesos: {formats}.",
    },
    "es": {
        "opening": "¡Hola! Hemos abierto la consulta número {number} en el servicio {service}. Un agente le responderá pronto. "
        "Esta conversación se registra para documentar las actuaciones y supervisar su calidad. "
        "Condiciones de privacidad: {privacy_url}",
        "closing": "Hemos cerrado la consulta {number}. Si escribe en los próximos 30 minutos, se añadirá a la misma consulta; "
        "después, un mensaje nuevo abrirá una consulta nueva. ¡Gracias!",
        "out_of_hours": "Ahora estamos fuera del horario de atención (de lunes a viernes laborables, de 8 a 22 h). "
        "Le responderemos a partir del {opening}.",
        "file_refused": "No podemos aceptar el fichero «{file}». Formatos admitidos: {formats}.",
    },
    "eu": {
        "opening": "Kaixo! {number} zenbakiko kontsulta ireki dugu {service} zerbitzuan. Agente batek laster erantzungo dizu. "
        "Elkarrizketa hau grabatu egiten da jarduerak dokumentatzeko eta kalitatea gainbegiratzeko. "
        "Pribatutasun-baldintzak: {privacy_url}",
        "closing": "{number} kontsulta itxi dugu. Hurrengo 30 minutuetan idazten baduzu, kontsulta berean gehituko da. Eskerrik asko!",
        "out_of_hours": "Orain arreta-ordutegitik kanpo gaude (astelehenetik ostiralera, 8etatik 22etara). "
        "{opening}(e)tik aurrera erantzungo dizugu.",
        "file_refused": "Ezin dugu «{file}» fitxategia onartu. Onartutako formatuak: {formats}.",
    },
    "fr": {
        "opening": "Bonjour ! Nous avons ouvert la demande numéro {number} au service {service}. Un agent vous répondra bientôt. "
        "Cette conversation est enregistrée pour documenter les actions menées et en superviser la qualité. "
        "Conditions de confidentialité : {privacy_url}",
        "closing": "Nous avons clôturé la demande {number}. Si vous écrivez dans les 30 prochaines minutes, votre message "
        "s'y ajoutera ; ensuite, un nouveau message ouvrira une nouvelle demande. Merci !",
        "out_of_hours": "Nous sommes hors des heures de service (du lundi au vendredi ouvrables, de 8 h à 22 h). "
        "Nous vous répondrons à partir du {opening}.",
        "file_refused": "Nous ne pouvons pas accepter le fichier « {file} ». Formats acceptés : {formats}.",
    },
    "it": {
        "opening": "Salve! Abbiamo aperto la richiesta numero {number} presso il servizio {service}. Un operatore le risponderà presto. "
        "Questa conversazione viene registrata per documentare le azioni svolte e controllarne la qualità. "
        "Informativa privacy: {privacy_url}",
        "closing": "Abbiamo chiuso la richiesta {number}. Se scrive entro 30 minuti, il messaggio si aggiungerà alla stessa "
        "richiesta; dopo, un nuovo messaggio aprirà una nuova richiesta. Grazie!",
        "out_of_hours": "Ora siamo fuori dall'orario di servizio (dal lunedì al venerdì feriali, dalle 8 alle 22). "
        "Le risponderemo a partire da {opening}.",
        "file_refused": "Non possiamo accettare il file «{file}». Formati ammessi: {formats}.",
    },
    "en": {
        "opening": "Hello! We have opened request number {number} with the {service} service. An agent will answer soon. "
        "This conversation is recorded to document the actions taken and to supervise quality. "
        "Privacy conditions: {privacy_url}",
        "closing": "We have closed request {number}. If you write within the next 30 minutes it joins the same request; "
        "after that, a new message opens a new request. Thank you!",
        "out_of_hours": "We are outside service hours (working days Monday to Friday, 8:00 to 22:00). "
        "We will answer from {opening}.",
        "file_refused": "We cannot accept the file \"{file}\". Accepted formats: {formats}.",
    },
}
