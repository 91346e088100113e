"""Default texts of the automatic messages, per language (config `templates` overrides).

Every number a citizen reads comes from the config through a placeholder, never from the
sentence: {number} ticket number, {service} service name, {deadline} the first-response
time (`2 hores`), {hours} the week's service hours (`dilluns–divendres 8:00–20:00`),
{next_opening} when the desk opens next, {grace} how long a closed ticket takes messages
(`10 minuts`), {privacy_where} where to exercise one's data rights (the office's address
or the privacy page, or both), {privacy_url}, {privacy_office}, {formats} accepted file
types, {file} the refused file's name; {opening} is the older name of {next_opening}.

The opening message says what seed 000 promises: the ticket number, the response
deadline, that the conversation is recorded to document the actions taken and to
supervise quality, that giving personal data is voluntary, and the rights of access,
rectification, erasure and objection with where to exercise them. Formal register:
`vós` in Catalan, `usted` in Spanish, `zu` in Basque, `vous`, `Lei`.
"""

DEFAULT_TEMPLATES: dict[str, dict[str, str]] = {
    "ca": {
        "opening": "Hola! Hem obert la consulta número {number} del servei {service}. "
        "Us respondrem en un termini màxim de {deadline} dins l'horari d'atenció. "
        "La conversa queda enregistrada per deixar constància de les gestions realitzades i supervisar "
        "la qualitat del servei. L'aportació de dades personals és voluntària. "
        "Per exercir els drets d'accés, rectificació, supressió i oposició: {privacy_where}",
        "closing": "Hem tancat la consulta {number}. Si ens escriviu en un termini de {grace}, el missatge "
        "s'afegirà a la mateixa consulta; després, un missatge nou obrirà una consulta nova. Gràcies!",
        "out_of_hours": "Ara som fora de l'horari d'atenció. Horari: {hours}, excepte festius. "
        "Us respondrem a partir de {next_opening}.",
        "file_refused": "No podem acceptar el fitxer «{file}». Formats admesos: {formats}; mida màxima: {max_size}.",
    },
    "es": {
        "opening": "¡Hola! Hemos abierto la consulta número {number} en el servicio {service}. "
        "Le responderemos en un plazo máximo de {deadline} dentro del horario de atención. "
        "La conversación queda registrada para dejar constancia de las gestiones realizadas y supervisar "
        "la calidad del servicio. La aportación de datos personales es voluntaria. "
        "Para ejercer los derechos de acceso, rectificación, supresión y oposición: {privacy_where}",
        "closing": "Hemos cerrado la consulta {number}. Si nos escribe en un plazo de {grace}, el mensaje "
        "se añadirá a la misma consulta; después, un mensaje nuevo abrirá una consulta nueva. ¡Gracias!",
        "out_of_hours": "Ahora estamos fuera del horario de atención. Horario: {hours}, excepto festivos. "
        "Le responderemos a partir del {next_opening}.",
        "file_refused": "No podemos aceptar el fichero «{file}». Formatos admitidos: {formats}; "
        "tamaño máximo: {max_size}.",
    },
    "eu": {
        "opening": "Kaixo! {number} zenbakiko kontsulta ireki dugu {service} zerbitzuan. "
        "Gehienez ere {deadline}ko epean erantzungo dizugu, arreta-ordutegiaren barruan. "
        "Elkarrizketa hau erregistratu egiten da, egindako kudeaketak jasota gera daitezen eta zerbitzuaren "
        "kalitatea gainbegiratzeko. Datu pertsonalak ematea borondatezkoa da. "
        "Datuak eskuratzeko, zuzentzeko, ezabatzeko eta haien tratamenduaren aurka egiteko eskubideak "
        "baliatzeko: {privacy_where}",
        "closing": "{number} kontsulta itxi dugu. {grace}ko epean idazten badiguzu, mezua kontsulta berean "
        "gehituko da; gero, mezu berri batek kontsulta berri bat irekiko du. Eskerrik asko!",
        "out_of_hours": "Orain arreta-ordutegitik kanpo gaude. Ordutegia: {hours}, jaiegunetan izan ezik. "
        "Hurrengo irekiera: {next_opening}; ordutik aurrera erantzungo dizugu.",
        "file_refused": "Ezin dugu «{file}» fitxategia onartu. Onartutako formatuak: {formats}; "
        "gehieneko tamaina: {max_size}.",
    },
    "fr": {
        "opening": "Bonjour ! Nous avons ouvert la demande numéro {number} au service {service}. "
        "Nous vous répondrons dans un délai maximal de {deadline} pendant les heures de service. "
        "Cette conversation est enregistrée afin de garder trace des démarches effectuées et de contrôler "
        "la qualité du service. La communication de vos données personnelles est volontaire. "
        "Pour exercer vos droits d'accès, de rectification, d'effacement et d'opposition : {privacy_where}",
        "closing": "Nous avons clôturé la demande {number}. Si vous nous écrivez dans un délai de {grace}, "
        "votre message s'y ajoutera ; ensuite, un nouveau message ouvrira une nouvelle demande. Merci !",
        "out_of_hours": "Nous sommes actuellement hors des heures de service. Horaires : {hours}, sauf jours "
        "fériés. Nous vous répondrons à partir du {next_opening}.",
        "file_refused": "Nous ne pouvons pas accepter le fichier « {file} ». Formats acceptés : {formats} ; "
        "taille maximale : {max_size}.",
    },
    "it": {
        "opening": "Salve! Abbiamo aperto la richiesta numero {number} presso il servizio {service}. "
        "Le risponderemo entro {deadline} nell'orario di servizio. "
        "La conversazione viene registrata per documentare le attività svolte e controllare la qualità "
        "del servizio. Il conferimento dei dati personali è facoltativo. "
        "Per esercitare i diritti di accesso, rettifica, cancellazione e opposizione: {privacy_where}",
        "closing": "Abbiamo chiuso la richiesta {number}. Se ci scrive entro {grace}, il messaggio si "
        "aggiungerà alla stessa richiesta; dopo, un nuovo messaggio aprirà una nuova richiesta. Grazie!",
        "out_of_hours": "Ora siamo fuori dall'orario di servizio. Orario: {hours}, esclusi i festivi. "
        "Le risponderemo a partire da {next_opening}.",
        "file_refused": "Non possiamo accettare il file «{file}». Formati ammessi: {formats}; "
        "dimensione massima: {max_size}.",
    },
    "en": {
        "opening": "Hello! We have opened request number {number} with the {service} service. "
        "We will answer within {deadline}, counted in service hours. "
        "This conversation is recorded to document the actions taken and to supervise the quality "
        "of the service. Giving personal data is voluntary. "
        "To exercise your rights of access, rectification, erasure and objection: {privacy_where}",
        "closing": "We have closed request {number}. If you write to us within {grace}, your message "
        "joins the same request; after that, a new message opens a new request. Thank you!",
        "out_of_hours": "We are outside service hours. Hours: {hours}, except public holidays. "
        "We will answer from {next_opening}.",
        "file_refused": "We cannot accept the file \"{file}\". Accepted formats: {formats}; largest size: {max_size}.",
    },
}
