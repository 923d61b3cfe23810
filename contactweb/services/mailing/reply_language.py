"""Does the text a person wrote ask to stop receiving mailings? English, German, French and
Spanish.

Two kinds of wording ask to opt out: a request ("unsubscribe me", "bitte austragen",
"désabonnez-moi", "darme de baja"), which a negation in front of it turns around ("please don't
unsubscribe me"), and a refusal that carries its own negation ("I no longer wish to receive
these", "keine Mails mehr", "ne plus recevoir", "no quiero recibir más"). A bare keyword
("unsubscribe") is weak: a wish to stay or an accident ("I clicked unsubscribe by mistake")
anywhere in the reply outweighs it. Wording about someone else, a new address or a later
decision asks nothing of us now. Whatever is not taken as a request is still shown to a
person, so these rules lean towards finding requests.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|aw|fw|fwd|wg|tr|rv|sv|antw|r)\s*:\s*)+",
                             re.IGNORECASE)
# A line (or a short subject) that is nothing but one of these words.
_ALONE = re.compile(
    r"^\W*(?:please\s+|bitte\s+|por favor\s+|svp\s+)?(?:stop|stopp|unsubscribe|remove|remove me|"
    r"dar(?:me|se)? de baja|"
    r"opt[ -]?out|abmelden|abbestellen|austragen|baja|arr[eê]t(?:er)?|d[ée]sabonner|"
    r"d[ée]sinscription|d[ée]sinscrire|d[ée]sabonnement)(?:\s+(?:please|bitte|svp|merci|"
    r"por favor|thanks|danke|gracias))?\W*$", re.IGNORECASE)
_FLAGS = re.IGNORECASE


def _c(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), _FLAGS)


_ES_GIVE = r"(?:dar|den|d[eé]|dad|da|dando|dieran|diesen|dan)"
_ME = r"(?:me|us|myself|my (?:\w+[ -])?(?:e-?mail|address|name|details|data|contact))"
_LIST = (r"(?:list|lists|mailing|mailings|newsletters?|database|distribution|register|"
         r"records|contacts|subscribers)")
_DE_REMOVE = r"(?:entfernen|löschen|streichen|austragen|herausnehmen|rausnehmen|abmelden)"

# Requests that name the person: strong, but a negation in front turns them around.
_STRONG_REQUEST = _c(
    # English
    rf"\bunsubscribe {_ME}\b", r"\bopt (?:me|us) out\b",
    rf"\b(?:remov|delet|eras)(?:e|ing) {_ME}\b", rf"\b(?:take|get|cross|strike) {_ME} off\b",
    r"\btake me out\b",
    rf"\b(?:me|us)\b (?:\w+ )?(?:from|off(?: of)?|out of) (?:(?:your|the|this|all|any) )?"
    rf"(?:\w+ )?{_LIST}\b", rf"\b(?:off|out) (?:of )?(?:your|the|this|all|any) (?:\w+ )?{_LIST}\b",
    rf"\bremove\b.{{0,30}}\bfrom (?:(?:your|the|this|all|any) )?(?:\w+ )?{_LIST}\b",
    r"\b(?:stop|cease|quit) (?:sending|e-?mailing|mailing|contacting|writing|spamming)\b",
    r"\b(?:stop|cease|end) (?:all )?(?:communications?|contact|correspondence)\b",
    r"\bstop\b (?:\w+ ){0,2}(?:e-?mails|mails|messages|newsletters?|mailings|letters|"
    r"courriels|envois|correos|mensajes|werbung|zusendungen)\b",
    r"\bcancel (?:my |the |this )?(?:subscription|newsletter|membership in)\b",
    r"\b(?:like|want|wish|would like|'d like|love) to (?:unsubscribe|opt out|be removed|"
    r"be taken off|leave)\b", r"\b(?:be|get) (?:removed|unsubscribed|taken off)\b",
    r"\b(?:already|previously|repeatedly|twice)(?: \w+)? (?:unsubscribed|opted out|"
    r"asked (?:you )?to be removed)\b",
    r"\bunsubscribed\b.{0,60}\bstill\b",
    # German
    r"\b(?:melden|meldet|melde) (?:sie |ihr |du )?(?:mich|uns)\b.{0,40}\bab\b",
    r"\b(?:tragen|tragt|trag) (?:sie |ihr )?(?:mich|uns)\b.{0,40}\baus\b",
    r"\b(?:entfernt|löscht|streicht|nehmt|nimm) (?:mich|uns)\b",
    r"\bkündig\w*\b.{0,40}\b(?:newsletter|abo\w*|bezug)", r"\b(?:newsletter|abo\w*)\b.{0,40}"
    r"\bkündig",
    rf"\b(?:mich|uns|meine (?:e-?mail-?)?adresse|meine daten)\b.{{0,60}}\b(?:{_DE_REMOVE})\b",
    r"\b(?:entfernen|löschen|streichen) sie\b.{0,20}\b(?:mich|uns|meine)\b",
    r"\b(?:nehmen|tragen) sie\b.{0,10}\b(?:mich|uns|meine \w+)\b.{0,50}"
    r"\b(?:aus|raus|heraus|von)\b",
    r"\b(?:mich|uns)\b.{0,40}\b(?:aus|von)\b.{0,40}\bnehmen\b",
    r"\b(?:abgemeldet|ausgetragen|entfernt|gelöscht|gestrichen) (?:werden|zu werden)\b",
    r"\b(?:bereits|schon|mehrfach|mehrmals)(?: \w+)? (?:abgemeldet|ausgetragen)\b",
    r"\bbitten? (?:sie )?um (?:die )?(?:\w+ )?(?:löschung|austragung|abmeldung|entfernung|"
    r"streichung)\b",
    r"\bbestellen? (?:sie )?(?:\w+ ){0,3}ab\b(?! sofort)",
    # French
    r"\bd[ée]sabonn?ez[- ]?moi\b", r"\bd[ée]sinscri(?:vez|re)[- ]?moi\b",
    r"\b(?:me |m'|nous )(?:d[ée]sabonner|d[ée]sinscrire|retirer|supprimer|enlever|radier|"
    r"rayer|sortir|effacer|[ôo]ter)\b",
    r"\b[êe]tre (?:retir|supprim|d[ée]sinscri|d[ée]sabonn|ray|radi|enlev)\w*",
    r"\b(?:r[ée]silier|annuler) (?:mon |l'|ma )?(?:abonnement|inscription)\b",
    r"\bser (?:eliminad|borrad|dad[oa] de baja|quitad|retirad)\w*",
    r"\b(?:supprimer|retirer|enlever|effacer|radier) (?:mon adresse|mes coordonn[ée]es|"
    r"mon e-?mail|mon courriel|mes donn[ée]es|mon nom)\b",
    r"\b(?:retirez|supprimez|enlevez|radiez|rayez|sortez|effacez)[- ](?:moi|mon adresse|"
    r"mes coordonn[ée]es|mon e-?mail|mon courriel)\b",
    r"\bd[ée]j[àa] (?:d[ée]sabonn|d[ée]sinscri|demand)\w*",
    # Spanish
    rf"\b{_ES_GIVE}(?:me|nos|se)? de baja\b", rf"\b(?:me|nos) {_ES_GIVE} de baja\b",
    r"\b(?:solicito|quiero|pido|deseo|quisiera|tramiten|gestionen|procesen|confirmen) "
    r"(?:la |mi )?baja\b",
    r"\b(?:elim[ií]n|qu[ií]t|b[oó]rr|s[aá]qu|s[aá]c|ret[ií]r)"
    r"(?:arme|arnos|enme|ennos|ame|anos|eme|enos)\b",
    r"\b(?:elimin|quit|borr|saqu|sac|retir)\w* (?:mi|mis) (?:correo|direcci[oó]n|email|e-mail|"
    r"nombre|contacto|datos)\b",
    r"\b(?:me|nos) (?:borr|elimin|quit|saqu|retir)(?:en|e|es|an|aran|ara)\b",
    r"\bya me (?:di|he dado) de baja\b",
)
# Refusals: they carry their own negation, so one more in front is not looked for.
_REFUSAL = _c(
    # English
    r"\b(?:do not|don'?t|dont|no longer|never|not) (?:\w+ )?(?:wish|want|need) "
    r"(?:to (?:receive|get|hear|be (?:contacted|e-?mailed|on))|(?:any )?(?:more |further )?"
    r"(?:these|those|this|your|any|e-?mails|mails|newsletters?|messages|mailings|it)\b)",
    r"\b(?:no|not any) (?:more|further) (?:\w+ )?(?:e-?mails|mails|messages|newsletters?|"
    r"letters|mailings|promotions|offers|marketing)\b",
    r"\b(?:do not|don'?t|dont|never) (?:ever )?(?:send|e-?mail|mail|contact|write)(?: to)? "
    r"(?:me|us)\b", r"\bno longer (?:interested|relevant|wish)\b",
    r"\bnot interested\b(?!\s+in\b)", r"\bnever (?:signed up|subscribed|asked for|agreed)\b",
    r"\bleave me alone\b", r"\b(?:rather|prefer) not (?:to )?(?:receive|get|hear)\b",
    r"\bno (?:longer any |more )?interest\b",
    # German
    r"\b(?:möchte|möchten|will|wollen|wünsche|brauche|benötige)\b[^.!?]{0,60}"
    r"\b(?:keine|nicht mehr|nichts mehr)\b",
    r"\bbitte\b[^.!?]{0,40}\b(?:keine\b[^.!?]{0,40}\bmehr|nicht mehr|nichts mehr)\b",
    r"\bkeine (?:weiteren|weitere|zusendungen|werbung)\b",
    r"\b(?:schicken|senden|mailen) sie mir\b[^.!?]{0,20}\b(?:keine|nichts)\b",
    r"\bkein interesse\b", r"\bnie (?:angemeldet|abonniert|bestellt)\b",
    r"\b(?:widerrufe|widerspreche)\b", r"\bhören sie auf\b",
    # French
    r"\bne (?:\w+ )?(?:souhaite|veux|voudrais|d[ée]sire|tiens) plus\b",
    r"\bne (?:plus|pas) (?:recevoir|[êe]tre (?:contact|sollicit)|m'envoyer|me contacter)\b",
    r"\bne m'(?:envoyez|adressez|écrivez) plus\b", r"\bn'envoyez plus\b",
    r"\b(?:cessez|arr[eê]tez) (?:de m'|d'|de me |les |vos |ces )\w*",
    r"\bpas int[ée]ress[ée]", r"\bplus int[ée]ress[ée]", r"\bje m'oppose\b",
    r"\bjamais (?:inscrit|abonn|demand)\w*",
    # Spanish
    r"\bno (?:quiero|deseo|quisiera|necesito) (?:seguir )?recibi(?:r|endo)\b",
    r"\bya no (?:quiero|deseo|me interesa|necesito)\b",
    r"\bno me (?:env[ií]en|manden|escriban|contacten|env[ií]es|mandes)\b",
    r"\bdej(?:en|a|ad|ar) de (?:enviar|mandar|escribir|contactar)", r"\bno recibir m[aá]s\b",
    r"\bno (?:me interesa|estoy interesad[oa])\b", r"\bnunca (?:me suscrib|ped|me apunt)\w*",
)
# A keyword alone: weak; a wish to stay or an accident elsewhere outweighs it.
_WEAK_REQUEST = _c(
    r"\bun-?subscrib(?:e|ing|tion)\b", r"\bopt(?:ing)?[ -]?out\b",
    r"\babmelden\b", r"\babmeldung\b", r"\baustragung\b", r"\babbestellen\b", r"\baustragen\b",
    r"\bd[ée]sabonn(?:er|ement|ez)\b", r"\bd[ée]sinscri(?:re|ption|vez)\b",
    r"\bdesuscrib\w*", r"\bdesuscripci[oó]n\b", r"\bdesinscrib\w*", r"\bdesapunt\w*",
    r"\bcancelar (?:la |mi )?suscripci[oó]n\b", r"\bbaja\b(?= de (?:la|su|vuestra|esta) )",
)
_NEGATOR = _c(r"n't\b", r"\bnot\b", r"\bnever\b", r"\bno\b", r"\bnicht\b", r"\bnie\b",
              r"\bniemals\b", r"\bkeinesfalls\b", r"\bne\b", r"\bn'", r"\bpas\b", r"\bjamais\b",
              r"\bnunca\b", r"\bjam[aá]s\b", r"\bni\b", r"\bwithout\b", r"\bohne\b",
              r"\bsans\b", r"\bsin\b", r"\binstead of\b", r"\brather than\b")
# Ability and knowledge: "I don't know how to unsubscribe" still wants out.
_BLOCKING = _c(
    r"\b(?:know|knew|find|found|see|figure|sure|understand|how|where|can|cannot|could|able|"
    r"works?|working|seem|seems|let|lets|allow|possible|why)\b", r"can't", r"couldn't",
    r"\b(?:weiß|weiss|wusste|finde|fand|klappt|funktioniert|geht|kann|konnte|wie|wo|lässt|"
    r"warum)\b",
    r"\b(?:sais|savais|trouve|arrive|parviens|r[ée]ussi|peux|pouvez|comment|où|fonctionne|"
    r"marche|pourquoi)\b",
    r"\b(?:s[ée]|sab[ií]a|encuentro|puedo|pude|consigo|logro|c[oó]mo|d[oó]nde|funciona|"
    r"deja|por qu[eé])\b")
_CLAUSE_BREAK = re.compile(r"[,;:()?]|\b(?:but|and|aber|und|sondern|mais|et|pero|sino|y)\b",
                           _FLAGS)
_NEGATOR_AFTER = re.compile(
    r"^\W*(?:(?:\w+\W+){0,3}?(?:pas|jamais|nicht|keinesfalls)\b|(?:no way|never|nope|"
    r"auf keinen fall|niemals|ni hablar|de ninguna manera|nunca)\b)", _FLAGS)
# Someone else is meant: the person decides, with that address, by hand.
_PERSON = (r"(?:colleagues?|husband|wife|partner|mother|mum|mom|father|dad|son|daughter|"
           r"assistant|boss|employees?|predecessor|kolleg\w*|mann|frau|mutter|vater|sohn|"
           r"tochter|vorgänger\w*|mitarbeiter\w*|chef\w*|coll[èe]gues?|mari|femme|m[èe]re|"
           r"p[èe]re|fils|fille|pr[ée]d[ée]cesseur|colegas?|marido|espos[oa]|mujer|madre|"
           r"padre|hij[oa]|predecesor\w*|jef[ea])")
_SOMEONE_ELSE = _c(rf"\b(?:my|our|mein\w*|unser\w*|ma|mon|mes|notre|nos|mi|mis|nuestr\w*) "
                   rf"(?:\w+ )?{_PERSON}\b", r"^\W*(?:him|her|them)\b")
# "merci de le désinscrire": an object pronoun for someone else just before the verb.
_THIRD_PERSON_BEFORE = re.compile(r"\b(?:le|la|les|lui|ihn)\s*$", _FLAGS)
_INCLUDES_SELF = _c(r"\band i\b", r"\bund ich\b", r"\bet moi\b", r"\by yo\b", r"\bwe\b",
                    r"\bwir\b", r"\bnous\b", r"\bnosotros\b", r"\bboth of us\b")
# A later, hypothetical decision ("if I ever want to unsubscribe, how ...").
_HYPOTHETICAL = _c(
    r"\b(?:if|when|in case|should) i (?:ever |later |one day )?(?:want|wish|decide|choose|need)",
    r"\b(?:falls|wenn|sollte) ich\b.{0,40}\b(?:möchte|will|wollte|sollte|entscheide)\b",
    r"\bsi (?:un jour |jamais )?(?:je|j')\s*(?:veux|voulais|souhaite|d[ée]cide|dois)",
    r"\bsi (?:alg[uú]n d[ií]a |m[aá]s adelante )?(?:quiero|quisiera|decido|deseo)",
    # whether it is needed: "do I need to unsubscribe from the old list?"
    r"\b(?:do|should|must) (?:i|we) (?:need|have) to\b", r"\bmuss (?:ich|man)\b",
    r"\bdois-je\b", r"\b(?:tengo|hay) que\b")
# A new address: "remove my old address, use the new one instead" changes, it does not leave.
_ADDRESS_CHANGE = _c(
    r"\b(?:new|other|different|private|personal) (?:e-?mail )?(?:address|e-?mail)\b",
    r"\binstead\b", r"\bstattdessen\b", r"\b(?:neue|andere|private) (?:e-?mail-?)?adresse\b",
    r"\bnouvelle adresse\b", r"\b(?:[àa] la place|au lieu)\b",
    r"\b(?:nueva|otra) direcci[oó]n\b", r"\ben (?:su )?lugar\b")
# A wish to stay, or an unsubscription that was an accident.
_STAYING = _c(
    r"\bkeep (?:me|sending|them|it|my)\b", r"\bstay (?:subscribed|on)\b", r"\bre-?subscribe",
    r"\b(?:add|put|sign) me (?:back|again|up again)\b", r"\b(?:accidentally|mistakenly)\b",
    r"\bby (?:mistake|accident)\b", r"\bweiterhin\b.{0,40}\b(?:erhalten|bekommen|lesen|dabei)",
    r"\bwieder an(?:melden|gemeldet)|\bwieder aufnehmen\b", r"\b(?:aus )?versehen(?:tlich)?\b",
    r"\bcontinuer (?:[àa] )?recevoir\b", r"\brester (?:abonn|inscri)", r"\br[ée]abonn",
    r"\br[ée]inscri", r"\bgardez[- ]moi\b", r"\bpar (?:erreur|m[ée]garde)\b",
    r"\bseguir recibiendo\b", r"\bsig(?:an|uen) envi", r"\bvolver a suscrib",
    r"\bmant[eé]n(?:ga)?(?:me|nme)\b", r"\bpor (?:error|equivocaci[oó]n)\b", r"\bsin querer\b")
# Misspelt keywords: the first three letters must agree, past forms ("-ed") are statements.
_FUZZY_WORDS = ("unsubscribe", "unsubscribing", "abmelden", "abmeldung", "desabonner",
                "desabonnement", "desinscrire", "desinscription", "desuscribir", "desuscribirme")


@dataclass(frozen=True)
class Detection:
    phrase: str  # the words that asked to opt out; '' when nothing asked
    note: str = ""  # why a mention of unsubscribing was not taken as a request


def opt_out_phrase(subject: str, lines: list[str]) -> str:
    """The words asking to opt out, or '' when the text does not ask."""
    return detect(subject, lines).phrase


def detect(subject: str, lines: list[str]) -> Detection:
    bare_subject = _SUBJECT_PREFIX.sub("", subject).strip()
    body = " ".join(lines)
    sentences = [s for s in re.split(r"(?<=[.!])\s+", body) if s.strip()]
    for line in [bare_subject, *lines, *sentences]:
        if _ALONE.match(line):
            return Detection(line.strip())
    if bare_subject:
        sentences.insert(0, bare_subject)
    found: list[tuple[str, bool, str]] = []  # (phrase, strong, sentence)
    notes: list[str] = []
    for sentence in sentences:
        for phrase, strong, note in _in_sentence(sentence):
            if note:
                notes.append(f"“{phrase}” {note}")
            else:
                found.append((phrase, strong, sentence))
    if found and _ADDRESS_CHANGE.search(body):
        return Detection("", f"“{found[0][0]}” with a change of address")
    staying = next((m for m in _STAYING.finditer(body) if not _negated(body, m.start())), None)
    for phrase, strong, sentence in found:
        if staying and (not strong or _STAYING.search(sentence)):
            notes.append(f"“{phrase}” beside “{staying.group(0)}”")
            continue
        return Detection(phrase)
    return Detection("", "; ".join(dict.fromkeys(notes)))


def _in_sentence(sentence: str) -> list[tuple[str, bool, str]]:
    """Each opt-out wording in one sentence: (words, strong, why it does not count or '')."""
    result: list[tuple[str, bool, str]] = []
    seen: list[tuple[int, int]] = []
    for pattern, strong, negatable in ((_REFUSAL, True, False), (_STRONG_REQUEST, True, True),
                                       (_WEAK_REQUEST, False, True)):
        for match in pattern.finditer(sentence):
            if any(a <= match.start() < b or match.start() <= a < match.end() for a, b in seen):
                continue
            seen.append(match.span())
            result.append((match.group(0), strong,
                           _why_not(sentence, match.start(), match.end(), negatable, strong)))
    for word, start, end in _fuzzy_keywords(sentence, seen):
        result.append((word, False, _why_not(sentence, start, end, True, False)))
    return result


def _why_not(sentence: str, start: int, end: int, negatable: bool, strong: bool) -> str:
    clause = _CLAUSE_BREAK.split(sentence[:start])[-1]
    segment = clause + sentence[start:end] + _CLAUSE_BREAK.split(sentence[end:])[0]
    if _HYPOTHETICAL.search(segment):
        return "is about a later decision"
    # A request naming the writer ("remove me") is about someone else only in its own
    # clause; a bare keyword is, wherever the sentence names another person.
    other = (_SOMEONE_ELSE.search(segment if strong else sentence)
             or _SOMEONE_ELSE.search(sentence[end:end + 40]) or _THIRD_PERSON_BEFORE.search(clause))
    if other and not _INCLUDES_SELF.search(sentence):
        return "is about someone else"
    if not negatable:
        return ""
    if _negated(sentence, start) or _NEGATOR.search(sentence[start:end]) \
            or _NEGATOR_AFTER.match(sentence[end:]):
        return "is negated"
    return ""


def _negated(text: str, start: int) -> bool:
    """A negation in the clause before ``start`` that is not about knowing or being able."""
    clause = _CLAUSE_BREAK.split(text[:start])[-1]
    return bool(_NEGATOR.search(clause)) and not _BLOCKING.search(clause)


def _fold(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text.lower())
                   if not unicodedata.combining(ch))


def _fuzzy_keywords(sentence: str, seen: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    result = []
    for match in re.finditer(r"[^\W\d_]{7,16}", sentence):
        if any(a <= match.start() < b for a, b in seen):
            continue
        word = _fold(match.group(0))
        if word.endswith("ed"):
            continue
        for keyword in _FUZZY_WORDS:
            if word[:3] != keyword[:3] or abs(len(word) - len(keyword)) > 2 or word == keyword:
                continue
            if _distance(word, keyword) <= (2 if len(keyword) >= 9 else 1):
                result.append((match.group(0), match.start(), match.end()))
                break
    return result


def _distance(a: str, b: str) -> int:
    """Edit distance with swapped neighbours counted once (Damerau)."""
    rows = [list(range(len(b) + 1))] + [[i] + [0] * len(b) for i in range(1, len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[-1][-1]
