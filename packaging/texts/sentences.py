"""The services' sentences (refusals, conflicts, Telegram's reasons, the purge's problems),
keyed by the English source: (Spanish, Catalan, Basque, French, Italian). See
deskclient/errors.py for how they are raised and ../translations.py for the register of
each language. A value written into a sentence ({what}, {reason}) is translated on its own.
"""

S = {
    # The window closes saying why (services/identity.py): removed from the team, or the
    # database upgraded under it by a newer release.
    "You are no longer an agent of this desk (ask IT).": (
        "Ya no es agente de este servicio (consulte a informática).",
        "Ja no sou agent d'aquest servei (consulteu informàtica).",
        "Jada ez zara zerbitzu honetako agentea (galdetu informatikari).",
        "Vous n'êtes plus agent de ce service (adressez-vous à l'informatique).",
        "Non è più operatore di questo servizio (rivolgersi all'informatica)."),
    "The database was upgraded by a newer deskclient: upgrade deskclient on this workstation and start it again.": (
        "La base de datos se ha actualizado con un deskclient más reciente: actualice deskclient en este puesto y vuelva a abrirlo.",
        "La base de dades s'ha actualitzat amb un deskclient més recent: actualitzeu deskclient en aquest lloc de treball i torneu-lo a obrir.",
        "Datu-basea deskclient berriago batek eguneratu du: eguneratu deskclient lanpostu honetan eta ireki berriro.",
        "La base de données a été mise à jour par un deskclient plus récent : mettez à jour deskclient sur ce poste et relancez-le.",
        "Il database è stato aggiornato da un deskclient più recente: aggiornare deskclient su questa postazione e riavviarlo."),
    # WhatsApp's 24-hour window (issue 16).
    "More than 24 hours have passed since the citizen wrote, and no approved WhatsApp template is configured for list notices ([whatsapp.templates.list_notice])": (
        "Han pasado más de 24 horas desde el mensaje del ciudadano y no hay ninguna plantilla de WhatsApp aprobada configurada para los avisos de la lista ([whatsapp.templates.list_notice])",
        "Han passat més de 24 hores des del missatge del ciutadà i no hi ha cap plantilla de WhatsApp aprovada configurada per als avisos de la llista ([whatsapp.templates.list_notice])",
        "24 ordu baino gehiago igaro dira herritarrak idatzi zuenetik, eta ez dago zerrendako oharretarako WhatsApp-en onartutako txantiloirik konfiguratuta ([whatsapp.templates.list_notice])",
        "Plus de 24 heures se sont écoulées depuis le message de l'usager, et aucun modèle WhatsApp approuvé n'est configuré pour les avis de la liste ([whatsapp.templates.list_notice])",
        "Sono passate più di 24 ore dal messaggio del cittadino e non è configurato alcun modello WhatsApp approvato per gli avvisi della lista ([whatsapp.templates.list_notice])",
    ),
    "No approved WhatsApp template is configured for broadcasts ([whatsapp.templates.broadcast])": (
        "No hay ninguna plantilla de WhatsApp aprobada configurada para los envíos a la lista ([whatsapp.templates.broadcast])",
        "No hi ha cap plantilla de WhatsApp aprovada configurada per als enviaments a la llista ([whatsapp.templates.broadcast])",
        "Ez dago zerrendako bidalketetarako WhatsApp-en onartutako txantiloirik konfiguratuta ([whatsapp.templates.broadcast])",
        "Aucun modèle WhatsApp approuvé n'est configuré pour les diffusions ([whatsapp.templates.broadcast])",
        "Non è configurato alcun modello WhatsApp approvato per gli invii alla lista ([whatsapp.templates.broadcast])",
    ),
    "More than 24 hours have passed since the citizen last wrote: WhatsApp only takes an approved template now": (
        "Han pasado más de 24 horas desde el último mensaje del ciudadano: ahora WhatsApp solo acepta una plantilla aprobada",
        "Han passat més de 24 hores des de l'últim missatge del ciutadà: ara WhatsApp només accepta una plantilla aprovada",
        "24 ordu baino gehiago igaro dira herritarrak azkenekoz idatzi zuenetik: orain WhatsApp-ek onartutako txantiloi bat baino ez du onartzen",
        "Plus de 24 heures se sont écoulées depuis le dernier message de l'usager : WhatsApp n'accepte plus qu'un modèle approuvé",
        "Sono passate più di 24 ore dall'ultimo messaggio del cittadino: ora WhatsApp accetta solo un modello approvato",
    ),
    "More than 24 hours have passed since the citizen last wrote, and no approved WhatsApp template is configured for this message": (
        "Han pasado más de 24 horas desde el último mensaje del ciudadano y no hay ninguna plantilla de WhatsApp aprobada configurada para este mensaje",
        "Han passat més de 24 hores des de l'últim missatge del ciutadà i no hi ha cap plantilla de WhatsApp aprovada configurada per a aquest missatge",
        "24 ordu baino gehiago igaro dira herritarrak azkenekoz idatzi zuenetik, eta ez dago WhatsApp-en onartutako txantiloirik konfiguratuta mezu honetarako",
        "Plus de 24 heures se sont écoulées depuis le dernier message de l'usager, et aucun modèle WhatsApp approuvé n'est configuré pour ce message",
        "Sono passate più di 24 ore dall'ultimo messaggio del cittadino e non è configurato alcun modello WhatsApp approvato per questo messaggio",
    ),
    "More than 24 hours have passed since the citizen last wrote: on WhatsApp only an approved template reaches them now.": (
        "Han pasado más de 24 horas desde el último mensaje del ciudadano: en WhatsApp ahora solo le llega una plantilla aprobada.",
        "Han passat més de 24 hores des de l'últim missatge del ciutadà: a WhatsApp ara només li arriba una plantilla aprovada.",
        "24 ordu baino gehiago igaro dira herritarrak azkenekoz idatzi zuenetik: WhatsApp-en onartutako txantiloi bat baino ez zaio orain iristen.",
        "Plus de 24 heures se sont écoulées depuis le dernier message de l'usager : sur WhatsApp, seul un modèle approuvé lui parvient désormais.",
        "Sono passate più di 24 ore dall'ultimo messaggio del cittadino: su WhatsApp ora gli arriva solo un modello approvato.",
    ),
    "No approved template is configured for that.": (
        "No hay ninguna plantilla aprobada configurada para eso.",
        "No hi ha cap plantilla aprovada configurada per a això.",
        "Ez dago horretarako onartutako txantiloirik konfiguratuta.",
        "Aucun modèle approuvé n'est configuré pour cela.",
        "Non è configurato alcun modello approvato per questo.",
    ),
    # Linking citizens (issue 16).
    "No ticket is numbered {number}.": (
        "Ningún tique tiene el número {number}.", "Cap tiquet no té el número {number}.",
        "Ez dago {number} zenbakia duen tiketik.", "Aucun ticket ne porte le numéro {number}.",
        "Nessun ticket ha il numero {number}."),
    "Both tickets are the same citizen's.": (
        "Los dos tiques son del mismo ciudadano.", "Els dos tiquets són del mateix ciutadà.",
        "Bi tiketak herritar berarenak dira.", "Les deux tickets sont du même usager.",
        "Entrambi i ticket sono dello stesso cittadino."),
    "link citizens": (
        "vincular ciudadanos", "vincular ciutadans",
        "herritarrak lotu", "lier des usagers",
        "collegare cittadini"),
    "unlink citizens": (
        "desvincular ciudadanos", "desvincular ciutadans",
        "herritarren lotura kendu", "délier des usagers",
        "scollegare cittadini"),
    "That citizen is not linked to anyone.": (
        "Ese ciudadano no está vinculado a nadie.", "Aquest ciutadà no està vinculat a ningú.",
        "Herritar hori ez dago inorekin lotuta.", "Cet usager n'est lié à personne.",
        "Quel cittadino non è collegato a nessuno."),
    # Replies, notes and the ticket's actions.
    "The reply is empty.": (
        "La respuesta está vacía.", "La resposta és buida.", "Erantzuna hutsik dago.",
        "La réponse est vide.", "La risposta è vuota."),
    "The note is empty.": (
        "La nota está vacía.", "La nota és buida.", "Oharra hutsik dago.", "La note est vide.", "La nota è vuota."),
    "The new text is empty.": (
        "El texto nuevo está vacío.", "El text nou és buit.", "Testu berria hutsik dago.",
        "Le nouveau texte est vide.", "Il nuovo testo è vuoto."),
    "The reply is {length} characters long; Telegram takes at most {limit}. Split it in two.": (
        "La respuesta tiene {length} caracteres; Telegram admite {limit} como máximo. Divídala en dos.",
        "La resposta té {length} caràcters; Telegram n'admet {limit} com a màxim. Dividiu-la en dues.",
        "Erantzunak {length} karaktere ditu; Telegramek {limit} onartzen ditu gehienez. Zatitu bitan.",
        "La réponse fait {length} caractères ; Telegram en accepte {limit} au plus. Coupez-la en deux.",
        "La risposta è lunga {length} caratteri; Telegram ne accetta al massimo {limit}. Dividerla in due."),
    "The text under the file is {length} characters long; Telegram takes at most {limit}. Send the text as a reply of its own.": (
        "El texto bajo el fichero tiene {length} caracteres; Telegram admite {limit} como máximo. Envíe el texto como respuesta aparte.",
        "El text sota el fitxer té {length} caràcters; Telegram n'admet {limit} com a màxim. Envieu el text com a resposta a part.",
        "Fitxategiaren azpiko testuak {length} karaktere ditu; Telegramek {limit} onartzen ditu gehienez. Bidali testua beste erantzun batean.",
        "Le texte sous le fichier fait {length} caractères ; Telegram en accepte {limit} au plus. Envoyez le texte dans une réponse à part.",
        "Il testo sotto il file è lungo {length} caratteri; Telegram ne accetta al massimo {limit}. Inviare il testo come risposta a sé."),
    "Not connected to Telegram: try again once online.": (
        "Sin conexión con Telegram: vuelva a intentarlo cuando haya conexión.",
        "Sense connexió amb Telegram: torneu-ho a provar quan hi hagi connexió.",
        "Ez dago Telegramekin konektatuta: saiatu berriro konexioa dagoenean.",
        "Pas de connexion à Telegram : réessayez une fois en ligne.",
        "Non connesso a Telegram: riprovare quando la connessione torna."),
    "Telegram asks to wait {seconds} s: try again then.": (
        "Telegram pide esperar {seconds} s: vuelva a intentarlo entonces.",
        "Telegram demana esperar {seconds} s: torneu-ho a provar aleshores.",
        "Telegramek {seconds} s itxaroteko eskatzen du: saiatu berriro orduan.",
        "Telegram demande d'attendre {seconds} s : réessayez ensuite.",
        "Telegram chiede di attendere {seconds} s: riprovare dopo."),
    "Telegram refused it ({reason}).": (
        "Telegram lo ha rechazado ({reason}).", "Telegram ho ha rebutjat ({reason}).",
        "Telegramek baztertu du ({reason}).", "Telegram l'a refusé ({reason}).", "Telegram l'ha rifiutato ({reason})."),
    # The same three for a WhatsApp ticket (services/desk.py _GATEWAY_SENTENCES).
    "Not connected to WhatsApp: try again once online.": (
        "Sin conexión con WhatsApp: vuelva a intentarlo cuando haya conexión.",
        "Sense connexió amb WhatsApp: torneu-ho a provar quan hi hagi connexió.",
        "Ez dago WhatsApp-ekin konektatuta: saiatu berriro konexioa dagoenean.",
        "Pas de connexion à WhatsApp : réessayez une fois en ligne.",
        "Non connesso a WhatsApp: riprovare quando la connessione torna."),
    "WhatsApp asks to wait {seconds} s: try again then.": (
        "WhatsApp pide esperar {seconds} s: vuelva a intentarlo entonces.",
        "WhatsApp demana esperar {seconds} s: torneu-ho a provar aleshores.",
        "WhatsApp-ek {seconds} s itxaroteko eskatzen du: saiatu berriro orduan.",
        "WhatsApp demande d'attendre {seconds} s : réessayez ensuite.",
        "WhatsApp chiede di attendere {seconds} s: riprovare dopo."),
    "WhatsApp refused it ({reason}).": (
        "WhatsApp lo ha rechazado ({reason}).", "WhatsApp ho ha rebutjat ({reason}).",
        "WhatsApp-ek baztertu du ({reason}).", "WhatsApp l'a refusé ({reason}).", "WhatsApp l'ha rifiutato ({reason})."),
    "Unknown category '{category}'.": (
        "Categoría desconocida: «{category}».", "Categoria desconeguda: «{category}».",
        "Kategoria ezezaguna: «{category}».", "Catégorie inconnue : « {category} ».",
        "Categoria sconosciuta: «{category}»."),
    "The desk has no automatic messages in '{language}'.": (
        "El servicio no tiene mensajes automáticos en «{language}».",
        "El servei no té missatges automàtics en «{language}».",
        "Zerbitzuak ez du mezu automatikorik «{language}» hizkuntzan.",
        "Le service n'a pas de messages automatiques en « {language} ».",
        "Il servizio non ha messaggi automatici in «{language}»."),
    "This ticket is closed and cannot be claimed.": (
        "Esta consulta está cerrada y no se puede asignar.", "Aquesta consulta és tancada i no es pot assignar.",
        "Kontsulta hau itxita dago, eta ezin da esleitu.", "Cette demande est fermée et ne peut pas être prise.",
        "Questa richiesta è chiusa e non può essere presa in carico."),
    "Ticket {number} was already claimed by {agent}.": (
        "{agent} ya se había asignado la consulta {number}.", "{agent} ja s'havia assignat la consulta {number}.",
        "{agent} agenteak esleitu zuen lehenago {number} kontsulta.", "La demande {number} a déjà été prise par {agent}.",
        "La richiesta {number} è già stata presa in carico da {agent}."),
    "Only a team lead can assign a ticket to someone else.": (
        "Solo la coordinación puede asignar una consulta a otra persona.",
        "Només la coordinació pot assignar una consulta a una altra persona.",
        "Koordinazioak bakarrik esleitu diezaioke kontsulta bat beste norbaiti.",
        "Seule la coordination peut attribuer une demande à quelqu'un d'autre.",
        "Solo il coordinamento può assegnare una richiesta a un'altra persona."),
    "Ticket {number} is closed: the citizen's next message will open a new one.": (
        "La consulta {number} está cerrada: el próximo mensaje del ciudadano abrirá una nueva.",
        "La consulta {number} és tancada: el proper missatge de la persona n'obrirà una de nova.",
        "{number} kontsulta itxita dago: herritarraren hurrengo mezuak beste bat irekiko du.",
        "La demande {number} est fermée : le prochain message de l'usager en ouvrira une nouvelle.",
        "La richiesta {number} è chiusa: il prossimo messaggio del cittadino ne aprirà una nuova."),
    "Only an agent's message that was sent can be changed.": (
        "Solo se puede cambiar un mensaje de un agente que ya se ha enviado.",
        "Només es pot canviar un missatge d'un agent que ja s'ha enviat.",
        "Agente batek bidalitako mezua bakarrik alda daiteke.",
        "Seul un message d'agent déjà envoyé peut être modifié.",
        "Si può modificare solo un messaggio di un operatore già inviato."),
    "Ticket {number} is already closing.": (
        "La consulta {number} ya se está cerrando.", "La consulta {number} ja s'està tancant.",
        "{number} kontsulta ixten ari da dagoeneko.", "La demande {number} est déjà en cours de fermeture.",
        "La richiesta {number} è già in chiusura."),
    "Ticket {number} is already closed.": (
        "La consulta {number} ya está cerrada.", "La consulta {number} ja és tancada.",
        "{number} kontsulta itxita dago dagoeneko.", "La demande {number} est déjà fermée.",
        "La richiesta {number} è già chiusa."),
    "Ticket {number} can only be reopened within the grace period after closing.": (
        "La consulta {number} solo se puede reabrir durante el plazo de gracia tras el cierre.",
        "La consulta {number} només es pot reobrir durant el termini de gràcia després del tancament.",
        "{number} kontsulta ixtearen ondorengo grazia-epean bakarrik ireki daiteke berriro.",
        "La demande {number} ne peut être rouverte que pendant le délai de grâce après sa fermeture.",
        "La richiesta {number} può essere riaperta solo durante il periodo di tolleranza dopo la chiusura."),
    "That ticket no longer exists (it may have been purged).": (
        "Esa consulta ya no existe (puede que se haya purgado).", "Aquesta consulta ja no existeix (potser s'ha purgat).",
        "Kontsulta hori ez dago jada (agian garbitu egin da).", "Cette demande n'existe plus (elle a peut-être été purgée).",
        "Quella richiesta non esiste più (potrebbe essere stata eliminata)."),
    "That ticket no longer exists.": (
        "Esa consulta ya no existe.", "Aquesta consulta ja no existeix.", "Kontsulta hori ez dago jada.",
        "Cette demande n'existe plus.", "Quella richiesta non esiste più."),
    "That ticket is no longer in the records (purged or erased).": (
        "Esa consulta ya no está en los registros (purgada o suprimida).",
        "Aquesta consulta ja no és als registres (purgada o suprimida).",
        "Kontsulta hori ez dago jada erregistroetan (garbituta edo ezabatuta).",
        "Cette demande ne figure plus dans les registres (purgée ou effacée).",
        "Quella richiesta non è più nei registri (eliminata o cancellata)."),
    "That citizen is not in the records (erased or purged).": (
        "Esa persona no está en los registros (suprimida o purgada).",
        "Aquesta persona no és als registres (suprimida o purgada).",
        "Herritar hori ez dago erregistroetan (ezabatuta edo garbituta).",
        "Cet usager ne figure pas dans les registres (effacé ou purgé).",
        "Quel cittadino non è nei registri (cancellato o eliminato)."),
    "That citizen is no longer in the records (erased).": (
        "Esa persona ya no está en los registros (suprimida).", "Aquesta persona ja no és als registres (suprimida).",
        "Herritar hori ez dago jada erregistroetan (ezabatuta).", "Cet usager ne figure plus dans les registres (effacé).",
        "Quel cittadino non è più nei registri (cancellato)."),
    "Only a message that was not sent can be changed and sent again.": (
        "Solo se puede cambiar y volver a enviar un mensaje que no se ha enviado.",
        "Només es pot canviar i tornar a enviar un missatge que no s'ha enviat.",
        "Bidali ez den mezua bakarrik alda eta bidal daiteke berriro.",
        "Seul un message non envoyé peut être modifié et renvoyé.",
        "Si può modificare e inviare di nuovo solo un messaggio non inviato."),
    # Canned replies.
    "Only a team lead can edit canned responses.": (
        "Solo la coordinación puede editar las respuestas predefinidas.",
        "Només la coordinació pot editar les respostes predefinides.",
        "Koordinazioak bakarrik edita ditzake erantzun-ereduak.",
        "Seule la coordination peut modifier les réponses types.",
        "Solo il coordinamento può modificare le risposte predefinite."),
    "A canned reply needs a title and a text.": (
        "Una respuesta predefinida necesita un título y un texto.",
        "Una resposta predefinida necessita un títol i un text.",
        "Erantzun-eredu batek izenburua eta testua behar ditu.",
        "Une réponse type a besoin d'un titre et d'un texte.",
        "Una risposta predefinita ha bisogno di un titolo e di un testo."),
    "A shortcut is letters a-z, digits, '-' and '_', at most 40.": (
        "Un atajo son letras a-z, cifras, '-' y '_', 40 como máximo.",
        "Una drecera són lletres a-z, xifres, '-' i '_', 40 com a màxim.",
        "Lasterbide bat a-z letrak, zifrak, '-' eta '_' dira, gehienez 40.",
        "Un raccourci se compose de lettres a-z, de chiffres, de '-' et de '_', 40 au plus.",
        "Una scorciatoia è fatta di lettere a-z, cifre, '-' e '_', al massimo 40."),
    "The shortcut /{shortcut} is already the canned reply “{title}”'s.": (
        "El atajo /{shortcut} ya es de la respuesta predefinida «{title}».",
        "La drecera /{shortcut} ja és de la resposta predefinida «{title}».",
        "/{shortcut} lasterbidea «{title}» erantzun-ereduarena da dagoeneko.",
        "Le raccourci /{shortcut} est déjà celui de la réponse type « {title} ».",
        "La scorciatoia /{shortcut} è già della risposta predefinita «{title}»."),
    "There is already a canned reply called “{title}”.": (
        "Ya hay una respuesta predefinida llamada «{title}».", "Ja hi ha una resposta predefinida anomenada «{title}».",
        "Badago dagoeneko «{title}» izeneko erantzun-eredu bat.", "Il existe déjà une réponse type appelée « {title} ».",
        "Esiste già una risposta predefinita chiamata «{title}»."),
    # The lead's tools.
    "Only a team lead can {what}.": (
        "Solo la coordinación puede {what}.", "Només la coordinació pot {what}.",
        "Koordinazioak bakarrik egin dezake hau: {what}.", "Seule la coordination peut {what}.",
        "Solo il coordinamento può {what}."),
    "search the retained conversations": (
        "buscar en las conversaciones conservadas", "cercar en les converses conservades",
        "gordetako elkarrizketetan bilatu", "rechercher dans les conversations conservées",
        "cercare nelle conversazioni conservate"),
    "open a transcript": (
        "abrir una transcripción", "obrir una transcripció", "transkripzio bat ireki", "ouvrir une transcription",
        "aprire una trascrizione"),
    "export transcripts": (
        "exportar transcripciones", "exportar transcripcions", "transkripzioak esportatu", "exporter des transcriptions",
        "esportare trascrizioni"),
    "see the statistics": (
        "ver las estadísticas", "veure les estadístiques", "estatistikak ikusi", "voir les statistiques",
        "vedere le statistiche"),
    "export the statistics": (
        "exportar las estadísticas", "exportar les estadístiques", "estatistikak esportatu", "exporter les statistiques",
        "esportare le statistiche"),
    "read the audit log": (
        "leer el registro de auditoría", "llegir el registre d'auditoria", "auditoria-erregistroa irakurri",
        "lire le journal d'audit", "leggere il registro di audit"),
    "export the audit log": (
        "exportar el registro de auditoría", "exportar el registre d'auditoria", "auditoria-erregistroa esportatu",
        "exporter le journal d'audit", "esportare il registro di audit"),
    "put a ticket on legal hold": (
        "poner una consulta en retención legal", "posar una consulta en retenció legal",
        "kontsulta bat atxikipen legalean jarri", "placer une demande sous gel juridique",
        "porre una richiesta sotto vincolo legale"),
    "release a legal hold": (
        "liberar una retención legal", "alliberar una retenció legal", "atxikipen legal bat kendu",
        "lever un gel juridique", "rimuovere un vincolo legale"),
    "run the retention purge": (
        "ejecutar la purga de conservación", "executar la purga de conservació", "kontserbazio-garbiketa abiarazi",
        "lancer la purge à échéance", "avviare l'eliminazione alla scadenza"),
    "look up citizens' records": (
        "consultar los datos de los ciudadanos", "consultar les dades de la ciutadania", "herritarren datuak kontsultatu",
        "consulter les données des usagers", "consultare i dati dei cittadini"),
    "export a citizen's records": (
        "exportar los datos de un ciudadano", "exportar les dades d'una persona", "herritar baten datuak esportatu",
        "exporter les données d'un usager", "esportare i dati di un cittadino"),
    "correct a citizen's records": (
        "corregir los datos de un ciudadano", "corregir les dades d'una persona", "herritar baten datuak zuzendu",
        "corriger les données d'un usager", "correggere i dati di un cittadino"),
    "erase a citizen's records": (
        "suprimir los datos de un ciudadano", "suprimir les dades d'una persona", "herritar baten datuak ezabatu",
        "effacer les données d'un usager", "cancellare i dati di un cittadino"),
    "Choose at least one ticket to export.": (
        "Elija al menos una consulta para exportar.", "Trieu almenys una consulta per exportar.",
        "Aukeratu esportatzeko kontsulta bat gutxienez.", "Choisissez au moins une demande à exporter.",
        "Scegliere almeno una richiesta da esportare."),
    "At most {count} transcripts per export.": (
        "Como máximo {count} transcripciones por exportación.", "Com a màxim {count} transcripcions per exportació.",
        "Gehienez {count} transkripzio esportazio bakoitzeko.", "{count} transcriptions au plus par exportation.",
        "Al massimo {count} trascrizioni per esportazione."),
    "Transcripts export as PDF or CSV.": (
        "Las transcripciones se exportan en PDF o CSV.", "Les transcripcions s'exporten en PDF o CSV.",
        "Transkripzioak PDF edo CSV formatuan esportatzen dira.", "Les transcriptions s'exportent en PDF ou en CSV.",
        "Le trascrizioni si esportano in PDF o CSV."),
    "Say why the ticket is on legal hold (e.g. the court order).": (
        "Indique por qué la consulta está en retención legal (p. ej., la orden judicial).",
        "Indiqueu per què la consulta està en retenció legal (p. ex., l'ordre judicial).",
        "Adierazi zergatik dagoen kontsulta atxikipen legalean (adibidez, epaitegiaren agindua).",
        "Indiquez pourquoi la demande est sous gel juridique (par ex. la décision de justice).",
        "Indicare perché la richiesta è sotto vincolo legale (ad es. l'ordinanza del tribunale)."),
    "Ticket {number} is not on legal hold.": (
        "La consulta {number} no está en retención legal.", "La consulta {number} no està en retenció legal.",
        "{number} kontsulta ez dago atxikipen legalean.", "La demande {number} n'est pas sous gel juridique.",
        "La richiesta {number} non è sotto vincolo legale."),
    "The service purges daily at {hour} ({zone} time); a team lead may preview the purge but not run it.": (
        "El servicio purga cada día a las {hour} (hora de {zone}); la coordinación puede previsualizar la purga, pero no ejecutarla.",
        "El servei purga cada dia a les {hour} (hora de {zone}); la coordinació pot previsualitzar la purga, però no executar-la.",
        "Zerbitzuak egunero garbitzen du {hour}etan ({zone} ordua); koordinazioak garbiketaren aurrebista ikus dezake, baina ezin du abiarazi.",
        "Le service purge chaque jour à {hour} (heure de {zone}) ; la coordination peut prévisualiser la purge, mais pas la lancer.",
        "Il servizio esegue l'eliminazione ogni giorno alle {hour} (ora di {zone}); il coordinamento può vederne l'anteprima, ma non avviarla."),
    "`deskclient purge` deletes as the desk's service: run it with the service's login in database.url, or let `deskclient serve` purge daily at {hour}.": (
        "`deskclient purge` elimina como el servicio: ejecútelo con el usuario del servicio en database.url, o deje que `deskclient serve` purgue cada día a las {hour}.",
        "`deskclient purge` elimina com el servei: executeu-lo amb l'usuari del servei a database.url, o deixeu que `deskclient serve` purgui cada dia a les {hour}.",
        "`deskclient purge`-k zerbitzu gisa ezabatzen du: exekutatu zerbitzuaren erabiltzailearekin database.url-en, edo utzi `deskclient serve`-ri egunero {hour}etan garbitzen.",
        "`deskclient purge` supprime en tant que service : lancez-le avec l'identifiant du service dans database.url, ou laissez `deskclient serve` purger chaque jour à {hour}.",
        "`deskclient purge` elimina come il servizio: eseguirlo con l'utente del servizio in database.url, oppure lasciare che `deskclient serve` elimini ogni giorno alle {hour}."),
    "The name cannot be empty.": (
        "El nombre no puede estar vacío.", "El nom no pot ser buit.", "Izena ezin da hutsik egon.",
        "Le nom ne peut pas être vide.", "Il nome non può essere vuoto."),
    "Ticket {numbers} is on legal hold: release the hold before erasing this citizen's records.": (
        "La consulta {numbers} está en retención legal: libere la retención antes de suprimir los datos de esta persona.",
        "La consulta {numbers} està en retenció legal: allibereu la retenció abans de suprimir les dades d'aquesta persona.",
        "{numbers} kontsulta atxikipen legalean dago: kendu atxikipena herritar honen datuak ezabatu aurretik.",
        "La demande {numbers} est sous gel juridique : levez le gel avant d'effacer les données de cet usager.",
        "La richiesta {numbers} è sotto vincolo legale: rimuovere il vincolo prima di cancellare i dati di questo cittadino."),
    # Broadcasts and channel posts.
    "Only a team lead can send broadcasts.": (
        "Solo la coordinación puede enviar difusiones.", "Només la coordinació pot enviar difusions.",
        "Koordinazioak bakarrik bidal ditzake zabalkundeak.", "Seule la coordination peut envoyer des diffusions.",
        "Solo il coordinamento può inviare diffusioni."),
    "Only a team lead can cancel a broadcast.": (
        "Solo la coordinación puede cancelar una difusión.", "Només la coordinació pot cancel·lar una difusió.",
        "Koordinazioak bakarrik utz dezake bertan behera zabalkunde bat.",
        "Seule la coordination peut annuler une diffusion.", "Solo il coordinamento può annullare una diffusione."),
    "Only a team lead can change a channel post.": (
        "Solo la coordinación puede cambiar una publicación del canal.",
        "Només la coordinació pot canviar una publicació del canal.",
        "Koordinazioak bakarrik alda dezake kanaleko argitalpen bat.",
        "Seule la coordination peut modifier une publication du canal.",
        "Solo il coordinamento può modificare un post del canale."),
    "Only a team lead can delete a channel post.": (
        "Solo la coordinación puede eliminar una publicación del canal.",
        "Només la coordinació pot suprimir una publicació del canal.",
        "Koordinazioak bakarrik ezaba dezake kanaleko argitalpen bat.",
        "Seule la coordination peut supprimer une publication du canal.",
        "Solo il coordinamento può eliminare un post del canale."),
    "The default language must be one of the broadcast's texts.": (
        "El idioma predeterminado debe ser uno de los textos de la difusión.",
        "La llengua predeterminada ha de ser un dels textos de la difusió.",
        "Hizkuntza lehenetsiak zabalkundearen testuetako batena izan behar du.",
        "La langue par défaut doit être l'un des textes de la diffusion.",
        "La lingua predefinita deve essere uno dei testi della diffusione."),
    "The time to send needs a time zone.": (
        "La hora de envío necesita una zona horaria.", "L'hora d'enviament necessita un fus horari.",
        "Bidaltzeko orduak ordu-eremu bat behar du.", "L'heure d'envoi a besoin d'un fuseau horaire.",
        "L'ora di invio ha bisogno di un fuso orario."),
    "Unknown topic: {topics}.": (
        "Tema desconocido: {topics}.", "Tema desconegut: {topics}.", "Gai ezezaguna: {topics}.",
        "Thème inconnu : {topics}.", "Argomento sconosciuto: {topics}."),
    "Choose at least one topic.": (
        "Elija al menos un tema.", "Trieu almenys un tema.", "Aukeratu gai bat gutxienez.",
        "Choisissez au moins un thème.", "Scegliere almeno un argomento."),
    "Unknown language: {language}.": (
        "Idioma desconocido: {language}.", "Llengua desconeguda: {language}.", "Hizkuntza ezezaguna: {language}.",
        "Langue inconnue : {language}.", "Lingua sconosciuta: {language}."),
    "The {language} text is {length} characters long; Telegram takes at most {limit} in one message.": (
        "El texto en {language} tiene {length} caracteres; Telegram admite {limit} como máximo en un mensaje.",
        "El text en {language} té {length} caràcters; Telegram n'admet {limit} com a màxim en un missatge.",
        "{language} testuak {length} karaktere ditu; Telegramek {limit} onartzen ditu gehienez mezu batean.",
        "Le texte en {language} fait {length} caractères ; Telegram en accepte {limit} au plus dans un message.",
        "Il testo in {language} è lungo {length} caratteri; Telegram ne accetta al massimo {limit} in un messaggio."),
    "The {language} text is {length} characters long; Telegram takes at most {limit} under a file in one message.": (
        "El texto en {language} tiene {length} caracteres; Telegram admite {limit} como máximo bajo un fichero en un mensaje.",
        "El text en {language} té {length} caràcters; Telegram n'admet {limit} com a màxim sota un fitxer en un missatge.",
        "{language} testuak {length} karaktere ditu; Telegramek {limit} onartzen ditu gehienez fitxategi baten azpian mezu batean.",
        "Le texte en {language} fait {length} caractères ; Telegram en accepte {limit} au plus sous un fichier dans un message.",
        "Il testo in {language} è lungo {length} caratteri; Telegram ne accetta al massimo {limit} sotto un file in un messaggio."),
    "With every language's text, the channel post is {length} characters long; Telegram takes at most {limit} in one post.": (
        "Con el texto de cada idioma, la publicación del canal tiene {length} caracteres; Telegram admite {limit} como máximo en una publicación.",
        "Amb el text de cada idioma, la publicació del canal té {length} caràcters; Telegram n'admet {limit} com a màxim en una publicació.",
        "Hizkuntza guztien testuekin, kanaleko argitalpenak {length} karaktere ditu; Telegramek {limit} onartzen ditu gehienez argitalpen batean.",
        "Avec le texte de chaque langue, la publication du canal fait {length} caractères ; Telegram en accepte {limit} au plus dans une publication.",
        "Con il testo di ogni lingua, il post del canale è lungo {length} caratteri; Telegram ne accetta al massimo {limit} in un post."),
    "With every language's text, the channel post is {length} characters long; Telegram takes at most {limit} under a file in one post.": (
        "Con el texto de cada idioma, la publicación del canal tiene {length} caracteres; Telegram admite {limit} como máximo bajo un fichero en una publicación.",
        "Amb el text de cada idioma, la publicació del canal té {length} caràcters; Telegram n'admet {limit} com a màxim sota un fitxer en una publicació.",
        "Hizkuntza guztien testuekin, kanaleko argitalpenak {length} karaktere ditu; Telegramek {limit} onartzen ditu gehienez fitxategi baten azpian argitalpen batean.",
        "Avec le texte de chaque langue, la publication du canal fait {length} caractères ; Telegram en accepte {limit} au plus sous un fichier dans une publication.",
        "Con il testo di ogni lingua, il post del canale è lungo {length} caratteri; Telegram ne accetta al massimo {limit} sotto un file in un post."),
    "The broadcast has no text.": (
        "La difusión no tiene texto.", "La difusió no té text.", "Zabalkundeak ez du testurik.",
        "La diffusion n'a pas de texte.", "La diffusione non ha testo."),
    "This broadcast's recipients were deleted after the retention period; its figures are in the report.": (
        "Los destinatarios de esta difusión se eliminaron tras el plazo de conservación; sus cifras están en el informe.",
        "Els destinataris d'aquesta difusió es van suprimir després del termini de conservació; les xifres són a l'informe.",
        "Zabalkunde honen hartzaileak kontserbazio-epearen ondoren ezabatu ziren; zifrak txostenean daude.",
        "Les destinataires de cette diffusion ont été supprimés après la durée de conservation ; ses chiffres sont dans le rapport.",
        "I destinatari di questa diffusione sono stati eliminati dopo il periodo di conservazione; i suoi dati sono nel rapporto."),
    "Cannot write {name}: {problem}.": (
        "No se puede escribir {name}: {problem}.", "No es pot escriure {name}: {problem}.",
        "Ezin da {name} idatzi: {problem}.", "Impossible d'écrire {name} : {problem}.",
        "Impossibile scrivere {name}: {problem}."),
    "Only a broadcast that is scheduled or being sent can be cancelled.": (
        "Solo se puede cancelar una difusión programada o en envío.",
        "Només es pot cancel·lar una difusió programada o en curs d'enviament.",
        "Programatuta dagoen edo bidaltzen ari den zabalkundea bakarrik utz daiteke bertan behera.",
        "Seule une diffusion programmée ou en cours d'envoi peut être annulée.",
        "Si può annullare solo una diffusione programmata o in corso di invio."),
    "This broadcast does not exist.": (
        "Esta difusión no existe.", "Aquesta difusió no existeix.", "Zabalkunde hau ez dago.",
        "Cette diffusion n'existe pas.", "Questa diffusione non esiste."),
    "“{name}” is not a channel's public name (like @gencat: 5 to 32 letters, digits or _, starting with a letter).": (
        "«{name}» no es el nombre público de un canal (como @gencat: de 5 a 32 letras, cifras o _, empezando por una letra).",
        "«{name}» no és el nom públic d'un canal (com @gencat: de 5 a 32 lletres, xifres o _, començant per una lletra).",
        "«{name}» ez da kanal baten izen publikoa (@gencat bezala: 5etik 32ra letra, zifra edo _, letra batez hasita).",
        "« {name} » n'est pas le nom public d'un canal (comme @gencat : 5 à 32 lettres, chiffres ou _, commençant par une lettre).",
        "«{name}» non è il nome pubblico di un canale (come @gencat: da 5 a 32 lettere, cifre o _, iniziando con una lettera)."),
    "A channel post needs a text; delete it instead.": (
        "Una publicación del canal necesita un texto; elimínela en su lugar.",
        "Una publicació del canal necessita un text; suprimiu-la en lloc d'això.",
        "Kanaleko argitalpen batek testua behar du; ezabatu, bestela.",
        "Une publication du canal a besoin d'un texte ; supprimez-la plutôt.",
        "Un post del canale ha bisogno di un testo; eliminarlo, piuttosto."),
    "Only a post that is waiting or in the channel can be edited.": (
        "Solo se puede editar una publicación que esté pendiente o en el canal.",
        "Només es pot editar una publicació que estigui pendent o al canal.",
        "Zain dagoen edo kanalean dagoen argitalpena bakarrik edita daiteke.",
        "Seule une publication en attente ou sur le canal peut être modifiée.",
        "Si può modificare solo un post in attesa o nel canale."),
    "Only a post that is waiting or in the channel can be deleted.": (
        "Solo se puede eliminar una publicación que esté pendiente o en el canal.",
        "Només es pot suprimir una publicació que estigui pendent o al canal.",
        "Zain dagoen edo kanalean dagoen argitalpena bakarrik ezaba daiteke.",
        "Seule une publication en attente ou sur le canal peut être supprimée.",
        "Si può eliminare solo un post in attesa o nel canale."),
    # Files.
    "Cannot read {name}: {problem}.": (
        "No se puede leer {name}: {problem}.", "No es pot llegir {name}: {problem}.", "Ezin da {name} irakurri: {problem}.",
        "Impossible de lire {name} : {problem}.", "Impossibile leggere {name}: {problem}."),
    "{name} cannot be sent: {reason}. Accepted: {accepted}.": (
        "No se puede enviar {name}: {reason}. Admitidos: {accepted}.",
        "No es pot enviar {name}: {reason}. Admesos: {accepted}.",
        "Ezin da {name} bidali: {reason}. Onartuak: {accepted}.",
        "{name} ne peut pas être envoyé : {reason}. Acceptés : {accepted}.",
        "{name} non può essere inviato: {reason}. Accettati: {accepted}."),
    "Cannot keep a copy of {name}: {problem}.": (
        "No se puede guardar una copia de {name}: {problem}.", "No es pot desar una còpia de {name}: {problem}.",
        "Ezin da {name} fitxategiaren kopia bat gorde: {problem}.", "Impossible de garder une copie de {name} : {problem}.",
        "Impossibile conservare una copia di {name}: {problem}."),
    "The file's stored name is not valid, so it cannot be opened.": (
        "El nombre guardado del fichero no es válido, así que no se puede abrir.",
        "El nom desat del fitxer no és vàlid, així que no es pot obrir.",
        "Fitxategiaren gordetako izena ez da baliozkoa; beraz, ezin da ireki.",
        "Le nom enregistré du fichier n'est pas valide : il ne peut pas être ouvert.",
        "Il nome salvato del file non è valido, quindi non può essere aperto."),
    "This file is no longer kept (its ticket was purged or erased).": (
        "Este fichero ya no se conserva (su consulta se purgó o se suprimió).",
        "Aquest fitxer ja no es conserva (la consulta es va purgar o suprimir).",
        "Fitxategi hau ez da gordetzen jada (haren kontsulta garbitu edo ezabatu egin zen).",
        "Ce fichier n'est plus conservé (sa demande a été purgée ou effacée).",
        "Questo file non è più conservato (la sua richiesta è stata eliminata o cancellata)."),
    "{name} was not kept: {reason}.": (
        "{name} no se guardó: {reason}.", "{name} no es va desar: {reason}.", "{name} ez zen gorde: {reason}.",
        "{name} n'a pas été conservé : {reason}.", "{name} non è stato conservato: {reason}."),
    "{name} is still arriving: try again in a moment.": (
        "{name} aún está llegando: vuelva a intentarlo en un momento.",
        "{name} encara està arribant: torneu-ho a provar d'aquí a un moment.",
        "{name} iristen ari da oraindik: saiatu berriro une batean.",
        "{name} est encore en cours d'arrivée : réessayez dans un instant.",
        "{name} sta ancora arrivando: riprovare tra un momento."),
    "{name} could not be downloaded, so it was not kept.": (
        "{name} no se pudo descargar, así que no se guardó.", "{name} no es va poder baixar, així que no es va desar.",
        "Ezin izan zen {name} deskargatu; beraz, ez zen gorde.",
        "{name} n'a pas pu être téléchargé : il n'a pas été conservé.",
        "{name} non è stato possibile scaricarlo, quindi non è stato conservato."),
    "{name} was received before files were shared between workstations: only the workstation that received it has it.": (
        "{name} se recibió antes de que los ficheros se compartieran entre puestos: solo lo tiene el puesto que lo recibió.",
        "{name} es va rebre abans que els fitxers es compartissin entre llocs de treball: només el té el lloc que el va rebre.",
        "{name} fitxategiak lanpostuen artean partekatu aurretik jaso zen: jaso zuen lanpostuak bakarrik du.",
        "{name} a été reçu avant que les fichiers soient partagés entre les postes : seul le poste qui l'a reçu l'a.",
        "{name} è stato ricevuto prima che i file fossero condivisi tra le postazioni: lo ha solo la postazione che lo ha ricevuto."),
    "{name} is missing from the files folder.": (
        "Falta {name} en la carpeta de ficheros.", "Falta {name} a la carpeta de fitxers.",
        "{name} ez dago fitxategien karpetan.", "{name} manque dans le dossier des fichiers.",
        "{name} manca nella cartella dei file."),
    "{name} is incomplete or damaged in the shared store: it cannot be opened or sent.": (
        "{name} está incompleto o dañado en el almacén compartido: no se puede abrir ni enviar.",
        "{name} és incomplet o malmès al magatzem compartit: no es pot obrir ni enviar.",
        "{name} osatu gabe edo hondatuta dago biltegi partekatuan: ezin da ireki ez bidali.",
        "{name} est incomplet ou endommagé dans le stockage partagé : il ne peut être ni ouvert ni envoyé.",
        "{name} è incompleto o danneggiato nell'archivio condiviso: non può essere aperto né inviato."),
    "{name} could not be copied to this workstation's files folder ({problem}).": (
        "{name} no se pudo copiar en la carpeta de ficheros de este puesto ({problem}).",
        "{name} no s'ha pogut copiar a la carpeta de fitxers d'aquest lloc de treball ({problem}).",
        "Ezin izan da {name} lanpostu honetako fitxategien karpetara kopiatu ({problem}).",
        "{name} n'a pas pu être copié dans le dossier des fichiers de ce poste ({problem}).",
        "Non è stato possibile copiare {name} nella cartella dei file di questa postazione ({problem})."),
    "The file could not be read from the store": (
        "No se pudo leer el fichero del almacén", "No s'ha pogut llegir el fitxer del magatzem",
        "Ezin izan da fitxategia biltegitik irakurri", "Le fichier n'a pas pu être lu dans le stockage",
        "Non è stato possibile leggere il file dall'archivio"),
    # Why Telegram refused a message (stored with it, shown on its bubble).
    "Telegram refused the message ({code})": (
        "Telegram rechazó el mensaje ({code})", "Telegram ha rebutjat el missatge ({code})",
        "Telegramek mezua baztertu du ({code})", "Telegram a refusé le message ({code})",
        "Telegram ha rifiutato il messaggio ({code})"),
    "the message could not be sent ({code})": (
        "no se pudo enviar el mensaje ({code})", "no s'ha pogut enviar el missatge ({code})",
        "ezin izan da mezua bidali ({code})", "le message n'a pas pu être envoyé ({code})",
        "non è stato possibile inviare il messaggio ({code})"),
    "the message could not be sent": (
        "no se pudo enviar el mensaje", "no s'ha pogut enviar el missatge", "ezin izan da mezua bidali",
        "le message n'a pas pu être envoyé", "non è stato possibile inviare il messaggio"),
    "{reason}; gave up after {tries} tries": (
        "{reason}; se abandonó tras {tries} intentos", "{reason}; s'ha abandonat després de {tries} intents",
        "{reason}; {tries} saiakeraren ondoren utzi da", "{reason} ; abandonné après {tries} essais",
        "{reason}; abbandonato dopo {tries} tentativi"),
    "the caption is longer than Telegram allows (1,024 characters)": (
        "el texto del fichero supera lo que admite Telegram (1.024 caracteres)",
        "el text del fitxer supera el que admet Telegram (1.024 caràcters)",
        "fitxategiaren testua Telegramek onartzen duena baino luzeagoa da (1.024 karaktere)",
        "la légende dépasse ce qu'accepte Telegram (1 024 caractères)",
        "la didascalia supera quanto ammesso da Telegram (1.024 caratteri)"),
    "the text is longer than Telegram allows (4,096 characters)": (
        "el texto supera lo que admite Telegram (4.096 caracteres)",
        "el text supera el que admet Telegram (4.096 caràcters)",
        "testua Telegramek onartzen duena baino luzeagoa da (4.096 karaktere)",
        "le texte dépasse ce qu'accepte Telegram (4 096 caractères)",
        "il testo supera quanto ammesso da Telegram (4.096 caratteri)"),
    "Telegram refuses an empty message": (
        "Telegram no admite un mensaje vacío", "Telegram no admet un missatge buit", "Telegramek ez du mezu hutsik onartzen",
        "Telegram refuse un message vide", "Telegram rifiuta un messaggio vuoto"),
    "the citizen has blocked the service account": (
        "el ciudadano ha bloqueado la cuenta del servicio", "la persona ha blocat el compte del servei",
        "herritarrak zerbitzuaren kontua blokeatu du", "l'usager a bloqué le compte du service",
        "il cittadino ha bloccato l'account del servizio"),
    "the citizen's Telegram account was deleted": (
        "la cuenta de Telegram del ciudadano se ha eliminado", "el compte de Telegram de la persona s'ha suprimit",
        "herritarraren Telegram kontua ezabatu da", "le compte Telegram de l'usager a été supprimé",
        "l'account Telegram del cittadino è stato eliminato"),
    "Telegram does not know this citizen for the service account": (
        "Telegram no conoce a esta persona para la cuenta del servicio",
        "Telegram no coneix aquesta persona per al compte del servei",
        "Telegramek ez du herritar hau ezagutzen zerbitzuaren kontuarentzat",
        "Telegram ne connaît pas cet usager pour le compte du service",
        "Telegram non conosce questo cittadino per l'account del servizio"),
    "Telegram refused the file": (
        "Telegram rechazó el fichero", "Telegram ha rebutjat el fitxer", "Telegramek fitxategia baztertu du",
        "Telegram a refusé le fichier", "Telegram ha rifiutato il file"),
    "the file is too big for Telegram": (
        "el fichero es demasiado grande para Telegram", "el fitxer és massa gran per a Telegram",
        "fitxategia handiegia da Telegramentzat", "le fichier est trop volumineux pour Telegram",
        "il file è troppo grande per Telegram"),
    "the service account has blocked this citizen": (
        "la cuenta del servicio ha bloqueado a esta persona", "el compte del servei ha blocat aquesta persona",
        "zerbitzuaren kontuak herritar hau blokeatu du", "le compte du service a bloqué cet usager",
        "l'account del servizio ha bloccato questo cittadino"),
    "the citizen accepts messages from Premium accounts only": (
        "el ciudadano solo acepta mensajes de cuentas Premium", "la persona només accepta missatges de comptes Premium",
        "herritarrak Premium kontuen mezuak bakarrik onartzen ditu", "l'usager n'accepte que les messages des comptes Premium",
        "il cittadino accetta messaggi solo da account Premium"),
    "the service account may not write in this chat": (
        "la cuenta del servicio no puede escribir en este chat", "el compte del servei no pot escriure en aquest xat",
        "zerbitzuaren kontuak ezin du txat honetan idatzi", "le compte du service ne peut pas écrire dans cette discussion",
        "l'account del servizio non può scrivere in questa chat"),
    "the file to send is no longer on disk": (
        "el fichero que se iba a enviar ya no está en el disco", "el fitxer que s'havia d'enviar ja no és al disc",
        "bidali beharreko fitxategia ez dago jada diskoan", "le fichier à envoyer n'est plus sur le disque",
        "il file da inviare non è più sul disco"),
    "not connected to Telegram": (
        "sin conexión con Telegram", "sense connexió amb Telegram", "ez dago Telegramekin konektatuta",
        "pas de connexion à Telegram", "non connesso a Telegram"),
    # Logging in to Telegram.
    "That code is not right. Check the code Telegram sent and try again.": (
        "El código no es correcto. Compruebe el código que ha enviado Telegram y vuelva a intentarlo.",
        "El codi no és correcte. Comproveu el codi que ha enviat Telegram i torneu-ho a provar.",
        "Kodea ez da zuzena. Egiaztatu Telegramek bidalitako kodea eta saiatu berriro.",
        "Ce code n'est pas le bon. Vérifiez le code envoyé par Telegram et réessayez.",
        "Il codice non è corretto. Controllare il codice inviato da Telegram e riprovare."),
    "That code has expired. Ask for a new code.": (
        "El código ha caducado. Pida uno nuevo.", "El codi ha caducat. Demaneu-ne un de nou.",
        "Kodea iraungi da. Eskatu kode berri bat.", "Ce code a expiré. Demandez-en un nouveau.",
        "Il codice è scaduto. Chiederne uno nuovo."),
    "Telegram does not know this phone number. Check it, with its country code.": (
        "Telegram no conoce este número de teléfono. Compruébelo, con el prefijo del país.",
        "Telegram no coneix aquest número de telèfon. Comproveu-lo, amb el prefix del país.",
        "Telegramek ez du telefono-zenbaki hau ezagutzen. Egiaztatu, herrialdearen aurrezenbakiarekin.",
        "Telegram ne connaît pas ce numéro de téléphone. Vérifiez-le, avec son indicatif de pays.",
        "Telegram non conosce questo numero di telefono. Controllarlo, con il prefisso del paese."),
    "Wrong password. Try again.": (
        "Contraseña incorrecta. Vuelva a intentarlo.", "Contrasenya incorrecta. Torneu-ho a provar.",
        "Pasahitz okerra. Saiatu berriro.", "Mot de passe incorrect. Réessayez.", "Password errata. Riprovare."),
    "The bot token is not valid. Copy it again from @BotFather.": (
        "El token del bot no es válido. Cópielo de nuevo de @BotFather.",
        "El testimoni del bot no és vàlid. Torneu-lo a copiar de @BotFather.",
        "Botaren tokena ez da baliozkoa. Kopiatu berriro @BotFather-etik.",
        "Le jeton du bot n'est pas valide. Copiez-le de nouveau depuis @BotFather.",
        "Il token del bot non è valido. Copiarlo di nuovo da @BotFather."),
    "Telegram asks to wait {seconds} seconds before trying again.": (
        "Telegram pide esperar {seconds} segundos antes de volver a intentarlo.",
        "Telegram demana esperar {seconds} segons abans de tornar-ho a provar.",
        "Telegramek {seconds} segundo itxaroteko eskatzen du berriro saiatu aurretik.",
        "Telegram demande d'attendre {seconds} secondes avant de réessayer.",
        "Telegram chiede di attendere {seconds} secondi prima di riprovare."),
    "Cannot reach Telegram. Check the network and try again.": (
        "No se puede contactar con Telegram. Compruebe la red y vuelva a intentarlo.",
        "No es pot contactar amb Telegram. Comproveu la xarxa i torneu-ho a provar.",
        "Ezin da Telegramekin konektatu. Egiaztatu sarea eta saiatu berriro.",
        "Impossible de joindre Telegram. Vérifiez le réseau et réessayez.",
        "Impossibile raggiungere Telegram. Controllare la rete e riprovare."),
    "Telegram refused the login ({code}).": (
        "Telegram rechazó el inicio de sesión ({code}).", "Telegram ha rebutjat l'inici de sessió ({code}).",
        "Telegramek saio-hasiera baztertu du ({code}).", "Telegram a refusé la connexion ({code}).",
        "Telegram ha rifiutato l'accesso ({code})."),
    "Not connected to Telegram yet. Wait a moment and try again.": (
        "Aún sin conexión con Telegram. Espere un momento y vuelva a intentarlo.",
        "Encara sense connexió amb Telegram. Espereu un moment i torneu-ho a provar.",
        "Oraindik ez dago Telegramekin konektatuta. Itxaron une bat eta saiatu berriro.",
        "Pas encore connecté à Telegram. Attendez un instant et réessayez.",
        "Non ancora connesso a Telegram. Attendere un momento e riprovare."),
    "Ask for a code first.": (
        "Pida primero un código.", "Demaneu primer un codi.", "Eskatu lehenik kode bat.",
        "Demandez d'abord un code.", "Chiedere prima un codice."),
    "The QR code expired. Show a new one and scan it again.": (
        "El código QR ha caducado. Muestre uno nuevo y vuelva a escanearlo.",
        "El codi QR ha caducat. Mostreu-ne un de nou i torneu-lo a escanejar.",
        "QR kodea iraungi da. Erakutsi berri bat eta eskaneatu berriro.",
        "Le code QR a expiré. Affichez-en un nouveau et scannez-le de nouveau.",
        "Il codice QR è scaduto. Mostrarne uno nuovo e scansionarlo di nuovo."),
    # Who may start the desk (team mode).
    "The database does not let your role do this.": (
        "La base de datos no permite esto a su rol.", "La base de dades no permet això al vostre rol.",
        "Datu-baseak ez dio zure rolari hau egiten uzten.", "La base de données ne permet pas cela à votre rôle.",
        "Il database non consente questa azione al suo ruolo."),
    "The database login {login} is not registered on this desk: ask IT to run `deskclient team add-agent {login}`.": (
        "El usuario de base de datos {login} no está dado de alta en este servicio: pida a informática que ejecute `deskclient team add-agent {login}`.",
        "L'usuari de base de dades {login} no està donat d'alta en aquest servei: demaneu a informàtica que executi `deskclient team add-agent {login}`.",
        "{login} datu-baseko erabiltzailea ez dago zerbitzu honetan erregistratuta: eskatu informatika-sailari `deskclient team add-agent {login}` exekutatzeko.",
        "L'identifiant de base de données {login} n'est pas inscrit sur ce service : demandez à l'informatique de lancer `deskclient team add-agent {login}`.",
        "L'utente del database {login} non è registrato in questo servizio: chiedere all'informatica di eseguire `deskclient team add-agent {login}`."),
    "This database has no team for this login (no rights on it, or `deskclient team init` never ran): {login} is neither an agent nor a team lead of this desk, so the desk does not start: ask IT.": (
        "Esta base de datos no tiene equipo para este usuario (sin permisos, o nunca se ejecutó `deskclient team init`): {login} no es agente ni coordinación de este servicio, así que no se inicia: consulte a informática.",
        "Aquesta base de dades no té equip per a aquest usuari (sense permisos, o no s'ha executat mai `deskclient team init`): {login} no és agent ni coordinació d'aquest servei, així que no s'inicia: consulteu informàtica.",
        "Datu-base honek ez du talderik erabiltzaile honentzat (baimenik gabe, edo `deskclient team init` ez da inoiz exekutatu): {login} ez da zerbitzu honetako agentea ez koordinazioa; beraz, ez da abiarazten: galdetu informatika-sailari.",
        "Cette base de données n'a pas d'équipe pour cet identifiant (aucun droit, ou `deskclient team init` n'a jamais été lancé) : {login} n'est ni agent ni coordination de ce service, qui ne démarre donc pas : demandez à l'informatique.",
        "Questo database non ha un team per questo utente (nessun permesso, o `deskclient team init` non è mai stato eseguito): {login} non è né operatore né coordinamento di questo servizio, che quindi non si avvia: rivolgersi all'informatica."),
    "`deskclient serve` connects as {login}, which is not the desk's service login: ask IT (`deskclient team add-agent NAME --service`).": (
        "`deskclient serve` se conecta como {login}, que no es el usuario del servicio: consulte a informática (`deskclient team add-agent NAME --service`).",
        "`deskclient serve` es connecta com a {login}, que no és l'usuari del servei: consulteu informàtica (`deskclient team add-agent NAME --service`).",
        "`deskclient serve` {login} gisa konektatzen da, eta hori ez da zerbitzuaren erabiltzailea: galdetu informatika-sailari (`deskclient team add-agent NAME --service`).",
        "`deskclient serve` se connecte en tant que {login}, qui n'est pas l'identifiant du service : demandez à l'informatique (`deskclient team add-agent NAME --service`).",
        "`deskclient serve` si connette come {login}, che non è l'utente del servizio: rivolgersi all'informatica (`deskclient team add-agent NAME --service`)."),
    "The database login {login} is neither an agent nor a team lead of this desk, so the desk does not start: ask IT.": (
        "El usuario de base de datos {login} no es agente ni coordinación de este servicio, así que no se inicia: consulte a informática.",
        "L'usuari de base de dades {login} no és agent ni coordinació d'aquest servei, així que no s'inicia: consulteu informàtica.",
        "{login} datu-baseko erabiltzailea ez da zerbitzu honetako agentea ez koordinazioa; beraz, ez da abiarazten: galdetu informatika-sailari.",
        "L'identifiant de base de données {login} n'est ni agent ni coordination de ce service, qui ne démarre donc pas : demandez à l'informatique.",
        "L'utente del database {login} non è né operatore né coordinamento di questo servizio, che quindi non si avvia: rivolgersi all'informatica."),
    "This workstation holds the Telegram session, which files citizens' messages: its database login {login} needs the desk's service role too (ask IT), or set telegram.session = none and let `deskclient serve` hold it.": (
        "Este puesto tiene la sesión de Telegram, que registra los mensajes de los ciudadanos: su usuario de base de datos {login} también necesita el rol de servicio (consulte a informática), o ponga telegram.session = none y deje que la tenga `deskclient serve`.",
        "Aquest lloc de treball té la sessió de Telegram, que registra els missatges de la ciutadania: el seu usuari de base de dades {login} també necessita el rol de servei (consulteu informàtica), o poseu telegram.session = none i deixeu que la tingui `deskclient serve`.",
        "Lanpostu honek du Telegram saioa, herritarren mezuak erregistratzen dituena: {login} datu-baseko erabiltzaileak zerbitzuaren rola ere behar du (galdetu informatika-sailari), edo jarri telegram.session = none eta utzi `deskclient serve`-ri saioa edukitzen.",
        "Ce poste détient la session Telegram, qui enregistre les messages des usagers : son identifiant de base de données {login} a aussi besoin du rôle de service (demandez à l'informatique), ou mettez telegram.session = none et laissez `deskclient serve` la détenir.",
        "Questa postazione tiene la sessione Telegram, che registra i messaggi dei cittadini: il suo utente del database {login} ha bisogno anche del ruolo di servizio (rivolgersi all'informatica), oppure impostare telegram.session = none e lasciarla a `deskclient serve`."),
    # What the status bar says of the database and of files (services/steady.py, store/faults.py).
    "The database refuses writes (locked).": (
        "La base de datos rechaza escrituras (bloqueada).", "La base de dades rebutja escriptures (blocada).",
        "Datu-baseak idazketak baztertzen ditu (blokeatuta).", "La base de données refuse les écritures (verrouillée).",
        "Il database rifiuta le scritture (bloccato)."),
    "The database cannot be reached.": (
        "No se puede contactar con la base de datos.", "No es pot contactar amb la base de dades.",
        "Ezin da datu-basearekin konektatu.", "La base de données est injoignable.",
        "Il database non è raggiungibile."),
    "The database refuses writes (disk full).": (
        "La base de datos rechaza escrituras (disco lleno).", "La base de dades rebutja escriptures (disc ple).",
        "Datu-baseak idazketak baztertzen ditu (diskoa beteta).",
        "La base de données refuse les écritures (disque plein).", "Il database rifiuta le scritture (disco pieno)."),
    "The database reports disk errors.": (
        "La base de datos informa de errores de disco.", "La base de dades informa d'errors de disc.",
        "Datu-baseak disko-erroreak jakinarazten ditu.", "La base de données signale des erreurs de disque.",
        "Il database segnala errori del disco."),
    "The database is unavailable.": (
        "La base de datos no está disponible.", "La base de dades no està disponible.", "Datu-basea ez dago erabilgarri.",
        "La base de données n'est pas disponible.", "Il database non è disponibile."),
    "{problem} Citizens' messages waiting to be filed when it is back: {count}.": (
        "{problem} Mensajes de ciudadanos a la espera de registrarse cuando vuelva: {count}.",
        "{problem} Missatges de la ciutadania a l'espera de registrar-se quan torni: {count}.",
        "{problem} Itzultzen denean erregistratzeko zain dauden herritarren mezuak: {count}.",
        "{problem} Messages d'usagers en attente d'enregistrement à son retour : {count}.",
        "{problem} Messaggi dei cittadini in attesa di registrazione al suo ritorno: {count}."),
    "The database is back: waiting messages were filed.": (
        "La base de datos ha vuelto: los mensajes en espera se han registrado.",
        "La base de dades ha tornat: els missatges en espera s'han registrat.",
        "Datu-basea itzuli da: zain zeuden mezuak erregistratu dira.",
        "La base de données est de retour : les messages en attente ont été enregistrés.",
        "Il database è tornato: i messaggi in attesa sono stati registrati."),
    "The database refuses writes: another program holds its lock.": (
        "La base de datos rechaza escrituras: otro programa tiene su bloqueo.",
        "La base de dades rebutja escriptures: un altre programa en té el blocatge.",
        "Datu-baseak idazketak baztertzen ditu: beste programa batek dauka blokeatuta.",
        "La base de données refuse les écritures : un autre programme détient son verrou.",
        "Il database rifiuta le scritture: un altro programma ne detiene il blocco."),
    "The disk holding the database is full: free some space.": (
        "El disco de la base de datos está lleno: libere espacio.", "El disc de la base de dades és ple: allibereu espai.",
        "Datu-basearen diskoa beteta dago: egin lekua.", "Le disque de la base de données est plein : libérez de la place.",
        "Il disco del database è pieno: liberare spazio."),
    "The disk holding the database reports read or write errors.": (
        "El disco de la base de datos informa de errores de lectura o escritura.",
        "El disc de la base de dades informa d'errors de lectura o escriptura.",
        "Datu-basearen diskoak irakurketa- edo idazketa-erroreak jakinarazten ditu.",
        "Le disque de la base de données signale des erreurs de lecture ou d'écriture.",
        "Il disco del database segnala errori di lettura o scrittura."),
    "A citizen's file could not be downloaded; the message was kept without it.": (
        "No se pudo descargar el fichero de un ciudadano; el mensaje se ha guardado sin él.",
        "No s'ha pogut baixar el fitxer d'una persona; el missatge s'ha desat sense el fitxer.",
        "Ezin izan da herritar baten fitxategia deskargatu; mezua hura gabe gorde da.",
        "Le fichier d'un usager n'a pas pu être téléchargé ; le message a été gardé sans lui.",
        "Non è stato possibile scaricare il file di un cittadino; il messaggio è stato conservato senza."),
    "The retention purge could not run now; it will try again within the hour.": (
        "La purga de conservación no ha podido ejecutarse ahora; lo volverá a intentar antes de una hora.",
        "La purga de conservació no s'ha pogut executar ara; ho tornarà a provar abans d'una hora.",
        "Kontserbazio-garbiketa ezin izan da orain abiarazi; ordubete barru saiatuko da berriro.",
        "La purge à échéance n'a pas pu être lancée maintenant ; elle réessaiera dans l'heure.",
        "L'eliminazione alla scadenza non è potuta partire ora; riproverà entro un'ora."),
    # WhatsApp's 24-hour window (net/whatsapp).
    "More than 24 hours have passed since the citizen last wrote: WhatsApp only takes an approved template now": (
        "Han pasado más de 24 horas desde el último mensaje del ciudadano: WhatsApp solo admite ahora una plantilla aprobada",
        "Han passat més de 24 hores des de l'últim missatge de la persona: ara WhatsApp només admet una plantilla aprovada",
        "24 ordu baino gehiago igaro dira herritarrak azkenekoz idatzi zuenetik: WhatsAppek txantiloi onartu bat bakarrik onartzen du orain",
        "Plus de 24 heures ont passé depuis le dernier message de l'usager : WhatsApp n'accepte plus qu'un modèle approuvé",
        "Sono passate più di 24 ore dall'ultimo messaggio del cittadino: ora WhatsApp accetta solo un modello approvato"),
    "More than 24 hours have passed since the citizen last wrote, and no approved WhatsApp template is configured for this message": (
        "Han pasado más de 24 horas desde el último mensaje del ciudadano y no hay ninguna plantilla de WhatsApp aprobada configurada para este mensaje",
        "Han passat més de 24 hores des de l'últim missatge de la persona i no hi ha cap plantilla de WhatsApp aprovada configurada per a aquest missatge",
        "24 ordu baino gehiago igaro dira herritarrak azkenekoz idatzi zuenetik, eta ez dago WhatsAppen txantiloi onarturik konfiguratuta mezu honetarako",
        "Plus de 24 heures ont passé depuis le dernier message de l'usager, et aucun modèle WhatsApp approuvé n'est configuré pour ce message",
        "Sono passate più di 24 ore dall'ultimo messaggio del cittadino e non è configurato alcun modello WhatsApp approvato per questo messaggio"),
    # The purge's problems.
    "The database log (WAL) was in use and could not be emptied now; the next purge will.": (
        "El registro de la base de datos (WAL) estaba en uso y no se ha podido vaciar ahora; lo hará la próxima purga.",
        "El registre de la base de dades (WAL) estava en ús i no s'ha pogut buidar ara; ho farà la propera purga.",
        "Datu-basearen erregistroa (WAL) erabiltzen ari zen, eta ezin izan da orain hustu; hurrengo garbiketak egingo du.",
        "Le journal de la base de données (WAL) était utilisé et n'a pas pu être vidé maintenant ; la prochaine purge le fera.",
        "Il registro del database (WAL) era in uso e non è stato possibile svuotarlo ora; lo farà la prossima eliminazione."),
    "The database could not be compacted now; the next purge will.": (
        "La base de datos no se ha podido compactar ahora; lo hará la próxima purga.",
        "La base de dades no s'ha pogut compactar ara; ho farà la propera purga.",
        "Ezin izan da datu-basea orain trinkotu; hurrengo garbiketak egingo du.",
        "La base de données n'a pas pu être compactée maintenant ; la prochaine purge le fera.",
        "Non è stato possibile compattare il database ora; lo farà la prossima eliminazione."),
    "The Telegram session's cache could not be cleaned now (in use); the next purge will.": (
        "La caché de la sesión de Telegram no se ha podido limpiar ahora (en uso); lo hará la próxima purga.",
        "La memòria cau de la sessió de Telegram no s'ha pogut netejar ara (en ús); ho farà la propera purga.",
        "Ezin izan da Telegram saioaren cachea orain garbitu (erabiltzen ari da); hurrengo garbiketak egingo du.",
        "Le cache de la session Telegram n'a pas pu être nettoyé maintenant (utilisé) ; la prochaine purge le fera.",
        "Non è stato possibile pulire ora la cache della sessione Telegram (in uso); lo farà la prossima eliminazione."),
    "The Telegram session file could not be compacted now.": (
        "El fichero de la sesión de Telegram no se ha podido compactar ahora.",
        "El fitxer de la sessió de Telegram no s'ha pogut compactar ara.",
        "Ezin izan da Telegram saioaren fitxategia orain trinkotu.",
        "Le fichier de la session Telegram n'a pas pu être compacté maintenant.",
        "Non è stato possibile compattare ora il file della sessione Telegram."),
    "The purged rows are deleted, but this login may not rewrite the database's tables (VACUUM FULL needs their owner), so their old text stays in the table files until the service's next purge.": (
        "Las filas purgadas se han eliminado, pero este usuario no puede reescribir las tablas de la base de datos (VACUUM FULL necesita a su propietario), así que su texto antiguo queda en los ficheros de las tablas hasta la próxima purga del servicio.",
        "Les files purgades s'han suprimit, però aquest usuari no pot reescriure les taules de la base de dades (VACUUM FULL necessita el propietari), així que el text antic queda als fitxers de les taules fins a la propera purga del servei.",
        "Garbitutako errenkadak ezabatu dira, baina erabiltzaile honek ezin ditu datu-basearen taulak berridatzi (VACUUM FULL-ek jabea behar du); beraz, testu zaharra taulen fitxategietan geratzen da zerbitzuaren hurrengo garbiketara arte.",
        "Les lignes purgées sont supprimées, mais cet identifiant ne peut pas réécrire les tables de la base de données (VACUUM FULL demande leur propriétaire) : leur ancien texte reste dans les fichiers des tables jusqu'à la prochaine purge du service.",
        "Le righe eliminate sono state cancellate, ma questo utente non può riscrivere le tabelle del database (VACUUM FULL richiede il proprietario), quindi il loro vecchio testo resta nei file delle tabelle fino alla prossima eliminazione del servizio."),
    "A long transaction elsewhere could still see the purged rows, so the database kept their old copies for now; the next purge removes them.": (
        "Una transacción larga en otro lugar aún podía ver las filas purgadas, así que la base de datos ha conservado sus copias antiguas por ahora; la próxima purga las elimina.",
        "Una transacció llarga en un altre lloc encara podia veure les files purgades, així que la base de dades n'ha conservat les còpies antigues de moment; la propera purga les elimina.",
        "Beste nonbaiteko transakzio luze batek oraindik ikus zitzakeen garbitutako errenkadak; beraz, datu-baseak haien kopia zaharrak gorde ditu oraingoz; hurrengo garbiketak kenduko ditu.",
        "Une longue transaction ailleurs pouvait encore voir les lignes purgées : la base de données a gardé leurs anciennes copies pour l'instant ; la prochaine purge les supprime.",
        "Una lunga transazione altrove poteva ancora vedere le righe eliminate, quindi il database ne ha conservato per ora le vecchie copie; la prossima eliminazione le rimuove."),
    "Some database tables were in use and were not rewritten now; the next purge does it.": (
        "Algunas tablas de la base de datos estaban en uso y no se han reescrito ahora; lo hará la próxima purga.",
        "Algunes taules de la base de dades estaven en ús i no s'han reescrit ara; ho farà la propera purga.",
        "Datu-baseko taula batzuk erabiltzen ari ziren, eta ez dira orain berridatzi; hurrengo garbiketak egingo du.",
        "Certaines tables de la base de données étaient utilisées et n'ont pas été réécrites maintenant ; la prochaine purge le fera.",
        "Alcune tabelle del database erano in uso e non sono state riscritte ora; lo farà la prossima eliminazione."),
    "Messages kept arriving, so the purged text's old copies stay in the database files until a quiet moment; the desk tries again every few minutes.": (
        "Seguían llegando mensajes, así que las copias antiguas del texto purgado se quedan en los archivos de la base de datos hasta un momento tranquilo; el servicio lo vuelve a intentar cada pocos minutos.",
        "Continuaven arribant missatges, així que les còpies antigues del text purgat es queden als fitxers de la base de dades fins a un moment tranquil; el servei ho torna a provar cada pocs minuts.",
        "Mezuak iristen jarraitu dute; beraz, garbitutako testuaren kopia zaharrak datu-basearen fitxategietan geratzen dira une lasai bat iritsi arte; zerbitzuak berriro saiatzen da minutu gutxian behin.",
        "Des messages continuaient d'arriver : les anciennes copies du texte purgé restent dans les fichiers de la base de données jusqu'à un moment calme ; le service réessaie toutes les quelques minutes.",
        "Continuavano ad arrivare messaggi, quindi le vecchie copie del testo eliminato restano nei file del database fino a un momento di calma; il servizio riprova ogni pochi minuti."),
    # WhatsApp's reasons (deskclient/net/whatsapp: a send refused, or failed in a status webhook).
    "more than 24 hours have passed since the citizen last wrote: only an approved template can reach them": (
        "han pasado más de 24 horas desde el último mensaje de la persona: solo una plantilla aprobada puede llegarle",
        "han passat més de 24 hores des de l'últim missatge de la persona: només una plantilla aprovada hi pot arribar",
        "24 ordu baino gehiago igaro dira pertsonaren azken mezutik: onartutako txantiloi batek bakarrik irits daiteke harengana",
        "plus de 24 heures se sont écoulées depuis le dernier message de l'usager : seul un modèle approuvé peut lui parvenir",
        "sono passate più di 24 ore dall'ultimo messaggio del cittadino: solo un modello approvato può raggiungerlo"),
    "WhatsApp could not deliver it to this number": (
        "WhatsApp no pudo entregarlo a este número", "WhatsApp no l'ha pogut lliurar a aquest número",
        "WhatsAppek ezin izan dio zenbaki honi entregatu", "WhatsApp n'a pas pu le remettre à ce numéro",
        "WhatsApp non è riuscito a consegnarlo a questo numero"),
    "too many messages to this citizen in a short time": (
        "demasiados mensajes a esta persona en poco tiempo", "massa missatges a aquesta persona en poc temps",
        "mezu gehiegi pertsona honi denbora laburrean", "trop de messages à cet usager en peu de temps",
        "troppi messaggi a questo cittadino in poco tempo"),
    "the number's sending rate was exceeded": (
        "se superó el ritmo de envío del número", "s'ha superat el ritme d'enviament del número",
        "zenbakiaren bidalketa-erritmoa gainditu da", "le débit d'envoi du numéro a été dépassé",
        "è stata superata la velocità di invio del numero"),
    "WhatsApp limited this number's sending (spam rate)": (
        "WhatsApp limitó los envíos de este número (límite por spam)",
        "WhatsApp ha limitat els enviaments d'aquest número (límit per spam)",
        "WhatsAppek zenbaki honen bidalketak mugatu ditu (spam muga)",
        "WhatsApp a limité les envois de ce numéro (limite anti-spam)",
        "WhatsApp ha limitato gli invii di questo numero (limite antispam)"),
    "the WhatsApp access token is no longer valid": (
        "el token de acceso de WhatsApp ya no es válido", "el testimoni d'accés de WhatsApp ja no és vàlid",
        "WhatsAppeko sarbide-tokena jada ez da baliozkoa", "le jeton d'accès WhatsApp n'est plus valide",
        "il token di accesso di WhatsApp non è più valido"),
    "the WhatsApp access token lacks the messaging permission": (
        "el token de acceso de WhatsApp no tiene permiso de mensajería",
        "el testimoni d'accés de WhatsApp no té permís de missatgeria",
        "WhatsAppeko sarbide-tokenak ez du mezularitza-baimenik",
        "le jeton d'accès WhatsApp n'a pas l'autorisation d'envoyer des messages",
        "il token di accesso di WhatsApp non ha il permesso di messaggistica"),
    "WhatsApp refused the message as malformed": (
        "WhatsApp rechazó el mensaje por estar mal formado", "WhatsApp ha rebutjat el missatge perquè està mal format",
        "WhatsAppek mezua baztertu du, gaizki osatuta dagoelako", "WhatsApp a refusé le message car il est mal formé",
        "WhatsApp ha rifiutato il messaggio perché malformato"),
    "the template's parameters do not match the approved template": (
        "los parámetros no coinciden con la plantilla aprobada", "els paràmetres no coincideixen amb la plantilla aprovada",
        "parametroak ez datoz bat onartutako txantiloiarekin", "les paramètres ne correspondent pas au modèle approuvé",
        "i parametri non corrispondono al modello approvato"),
    "no approved template of that name and language": (
        "no hay ninguna plantilla aprobada con ese nombre e idioma",
        "no hi ha cap plantilla aprovada amb aquest nom i idioma",
        "ez dago izen eta hizkuntza horretako txantiloi onarturik",
        "aucun modèle approuvé de ce nom dans cette langue",
        "nessun modello approvato con quel nome e quella lingua"),
    "WhatsApp does not support this kind of message": (
        "WhatsApp no admite este tipo de mensaje", "WhatsApp no admet aquest tipus de missatge",
        "WhatsAppek ez du mezu mota hau onartzen", "WhatsApp ne prend pas en charge ce type de message",
        "WhatsApp non supporta questo tipo di messaggio"),
    "WhatsApp could not download the file": (
        "WhatsApp no pudo descargar el fichero", "WhatsApp no ha pogut baixar el fitxer",
        "WhatsAppek ezin izan du fitxategia deskargatu", "WhatsApp n'a pas pu télécharger le fichier",
        "WhatsApp non è riuscito a scaricare il file"),
    "WhatsApp could not take the file": (
        "WhatsApp no pudo aceptar el fichero", "WhatsApp no ha pogut acceptar el fitxer",
        "WhatsAppek ezin izan du fitxategia onartu", "WhatsApp n'a pas pu accepter le fichier",
        "WhatsApp non è riuscito ad accettare il file"),
    # An agent's file WhatsApp's /media takes in no form, checked before the upload
    # (net/whatsapp/media.py).
    "WhatsApp does not take this kind of file: send it as PDF, JPEG or PNG, plain text, an Office document, MP4 or MP3": (
        "WhatsApp no acepta este tipo de fichero: envíelo en PDF, JPEG o PNG, texto sin formato, un documento de Office, MP4 o MP3",
        "WhatsApp no accepta aquest tipus de fitxer: envieu-lo en PDF, JPEG o PNG, text pla, un document d'Office, MP4 o MP3",
        "WhatsAppek ez du fitxategi mota hau onartzen: bidali PDF, JPEG edo PNG, testu arrunt, Office dokumentu, MP4 edo MP3 gisa",
        "WhatsApp n'accepte pas ce type de fichier : envoyez-le en PDF, JPEG ou PNG, texte brut, document Office, MP4 ou MP3",
        "WhatsApp non accetta questo tipo di file: inviarlo come PDF, JPEG o PNG, testo semplice, documento Office, MP4 o MP3"),
    "the file is too big for WhatsApp (100 MB at most)": (
        "el fichero es demasiado grande para WhatsApp (100 MB como máximo)",
        "el fitxer és massa gran per a WhatsApp (100 MB com a màxim)",
        "fitxategia handiegia da WhatsApperako (gehienez 100 MB)",
        "le fichier est trop volumineux pour WhatsApp (100 Mo au maximum)",
        "il file è troppo grande per WhatsApp (al massimo 100 MB)"),
    "the image could not be read to convert it for WhatsApp": (
        "no se ha podido leer la imagen para convertirla para WhatsApp",
        "no s'ha pogut llegir la imatge per convertir-la per a WhatsApp",
        "ezin izan da irudia irakurri WhatsApperako bihurtzeko",
        "l'image n'a pas pu être lue pour la convertir pour WhatsApp",
        "non è stato possibile leggere l'immagine per convertirla per WhatsApp"),
    "the template is paused or disabled": (
        "la plantilla está en pausa o desactivada", "la plantilla està en pausa o desactivada",
        "txantiloia pausatuta edo desgaituta dago", "le modèle est en pause ou désactivé",
        "il modello è in pausa o disattivato"),
    "WhatsApp cannot edit a message once sent": (
        "WhatsApp no permite editar un mensaje ya enviado", "WhatsApp no permet editar un missatge ja enviat",
        "WhatsAppek ez du uzten bidalitako mezu bat editatzen", "WhatsApp ne permet pas de modifier un message déjà envoyé",
        "WhatsApp non consente di modificare un messaggio già inviato"),
    "WhatsApp cannot delete a message once sent": (
        "WhatsApp no permite eliminar un mensaje ya enviado", "WhatsApp no permet eliminar un missatge ja enviat",
        "WhatsAppek ez du uzten bidalitako mezu bat ezabatzen", "WhatsApp ne permet pas de supprimer un message déjà envoyé",
        "WhatsApp non consente di eliminare un messaggio già inviato"),
    # Where a forwarded WhatsApp message came from (WhatsApp never names it; issue 16).
    "another chat": ("otro chat", "un altre xat", "beste txat bat", "une autre discussion", "un'altra chat"),
    "another chat (forwarded many times)": (
        "otro chat (reenviado muchas veces)", "un altre xat (reenviat moltes vegades)",
        "beste txat bat (askotan birbidalia)", "une autre discussion (transféré de nombreuses fois)",
        "un'altra chat (inoltrato molte volte)"),
}
