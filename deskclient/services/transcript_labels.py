"""The words of a transcript (PDF, and the lead's on-screen view) in its reader's language.

A lead's export follows the window's language; a citizen's access export (their
data-subject request) follows the citizen's. Not Qt's catalogues: a Catalan citizen's PDF
must be in Catalan whatever language the lead's window speaks, and the export also runs
from the command line. The terms are the window's own (packaging/translations.py,
packaging/texts/). Data stay as stored: category names, file names, the refusal reason.
CSV columns are never translated (they are data for other programs).
"""

from __future__ import annotations

LANGUAGES = ("en", "es", "ca", "eu", "fr", "it")

# English -> (es, ca, eu, fr, it)
_WORDS: dict[str, tuple[str, str, str, str, str]] = {
    "Transcripts": ("Transcripciones", "Transcripcions", "Transkripzioak", "Transcriptions", "Trascrizioni"),
    "Your records": ("Sus datos", "Les vostres dades", "Zure datuak", "Vos données", "I suoi dati"),
    "Ticket {0}": ("Consulta {0}", "Consulta {0}", "{0} kontsulta", "Demande {0}", "Richiesta {0}"),
    "Citizen": ("Ciudadano", "Persona", "Herritarra", "Usager", "Cittadino"),
    "Opened": ("Apertura", "Obertura", "Irekiera", "Ouverture", "Apertura"),
    "Closed": ("Cierre", "Tancament", "Itxiera", "Clôture", "Chiusura"),
    "Agent": ("Agente", "Agent", "Agentea", "Agent", "Operatore"),
    "Category": ("Categoría", "Categoria", "Kategoria", "Catégorie", "Categoria"),
    "Status": ("Estado", "Estat", "Egoera", "État", "Stato"),
    "First response": ("Primera respuesta", "Primera resposta", "Lehen erantzuna", "Première réponse",
                       "Prima risposta"),
    "{0} (SLA breached)": ("{0} (plazo incumplido)", "{0} (termini incomplert)", "{0} (epea gaindituta)",
                           "{0} (délai dépassé)", "{0} (termine superato)"),
    "Record purged on": ("Eliminación de los datos", "Supressió de les dades", "Datuen ezabatzea",
                         "Suppression des données", "Eliminazione dei dati"),
    "Legal hold": ("Conservación legal", "Conservació legal", "Atxikipen legala", "Gel juridique",
                   "Vincolo legale"),
    "on legal hold (kept until released)": (
        "en conservación legal (se conserva hasta que se levante)",
        "en conservació legal (es conserva fins que s'aixequi)",
        "atxikipen legalean (kendu arte gordetzen da)",
        "sous gel juridique (conservé jusqu'à sa levée)",
        "sotto vincolo legale (conservato fino alla rimozione)"),
    "{0} months after the ticket closes": (
        "{0} meses después del cierre de la consulta", "{0} mesos després del tancament de la consulta",
        "kontsulta itxi eta {0} hilabetera", "{0} mois après la clôture de la demande",
        "{0} mesi dopo la chiusura della richiesta"),
    "citizen": ("ciudadano", "persona", "herritarra", "usager", "cittadino"),
    "agent": ("agente", "agent", "agentea", "agent", "operatore"),
    "automatic": ("automático", "automàtic", "automatikoa", "automatique", "automatico"),
    "internal note": ("nota interna", "nota interna", "barne-oharra", "note interne", "nota interna"),
    "open": ("abierta", "oberta", "irekita", "ouverte", "aperta"),
    "closing": ("cerrándose", "tancant-se", "ixten", "en cours de fermeture", "in chiusura"),
    "closed": ("cerrada", "tancada", "itxita", "fermée", "chiusa"),
    "Forwarded from {0}": ("Reenviado de {0}", "Reenviat de {0}", "Nondik birbidalia: {0}", "Transféré de {0}",
                           "Inoltrato da {0}"),
    "In reply to: “{0}”": ("En respuesta a: «{0}»", "En resposta a: «{0}»", "Honi erantzunez: «{0}»",
                           "En réponse à : « {0} »", "In risposta a: «{0}»"),
    "Attachment: {0} ({1}, {2} bytes)": (
        "Adjunto: {0} ({1}, {2} bytes)", "Adjunt: {0} ({1}, {2} bytes)", "Eranskina: {0} ({1}, {2} byte)",
        "Pièce jointe : {0} ({1}, {2} octets)", "Allegato: {0} ({1}, {2} byte)"),
    "refused: {0}": ("rechazado: {0}", "rebutjat: {0}", "baztertua: {0}", "refusé : {0}", "rifiutato: {0}"),
    "Earlier text (until {0}):": ("Texto anterior (hasta {0}):", "Text anterior (fins a {0}):",
                                  "Aurreko testua ({0} arte):", "Texte précédent (jusqu'au {0}) :",
                                  "Testo precedente (fino al {0}):"),
    "Edited {0}": ("Editado {0}", "Editat {0}", "Aldatua: {0}", "Modifié le {0}", "Modificato il {0}"),
    # Whatever the channel (as the thread says it: "deleted by the citizen", "deleted").
    "Deleted by the citizen {0}; kept in the record": (
        "Eliminado por el ciudadano {0}; se conserva en el registro",
        "Suprimit per la persona {0}; es conserva al registre",
        "Herritarrak ezabatua: {0}; erregistroan gordetzen da",
        "Supprimé par l'usager le {0} ; conservé dans le dossier",
        "Eliminato dal cittadino il {0}; conservato nel registro"),
    "Deleted {0}; kept in the record": (
        "Eliminado {0}; se conserva en el registro",
        "Suprimit {0}; es conserva al registre",
        "Ezabatua: {0}; erregistroan gordetzen da",
        "Supprimé le {0} ; conservé dans le dossier",
        "Eliminato il {0}; conservato nel registro"),
}

# File kinds (domain/files.py FileKind) as a reader says them.
_KINDS: dict[str, tuple[str, str, str, str, str]] = {
    "pdf": ("PDF", "PDF", "PDF", "PDF", "PDF"),
    "image": ("imagen", "imatge", "irudia", "image", "immagine"),
    "xml": ("XML", "XML", "XML", "XML", "XML"),
    "audio": ("audio", "àudio", "audioa", "audio", "audio"),
    "video": ("vídeo", "vídeo", "bideoa", "vidéo", "video"),
    "other": ("otro", "altre", "beste bat", "autre", "altro"),
    "sticker": ("sticker", "adhesiu", "eranskailua", "autocollant", "sticker"),
}


def transcript_language(*wanted: str | None) -> str:
    """The first of `wanted` a transcript can be written in ("ca_ES" counts as "ca"),
    else English."""
    for language in wanted:
        code = (language or "").split("_")[0].split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


class TranscriptWords:
    """`words("Ticket {0}", number)` in one language; an unknown text comes back as given."""

    def __init__(self, language: str = "en") -> None:
        self.language = transcript_language(language)
        self._column = LANGUAGES.index(self.language) - 1  # -1: English

    def __call__(self, text: str, *values) -> str:
        words = _WORDS.get(text)
        if words is not None and self._column >= 0:
            text = words[self._column]
        return text.format(*values) if values else text

    def file_kind(self, kind: str) -> str:
        words = _KINDS.get(kind)
        return words[self._column] if words is not None and self._column >= 0 else kind
