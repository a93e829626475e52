"""Hmong (White Hmong, RPA): the finder's built-in vocabulary, and how Hmong is written (see en.py).

Hmong words do not change form, so they are compared whole, with no stemmer; most signals are
phrases of several words ("hluav taws", "tsis ua pa"). "Now" is said by "tam sim no", and a verb
going on by "tab tom". pyspellchecker has no Hmong dictionary: typos are tolerated only against the
finder's own words and the situations' words. No word is a negator: "tsis" may stand before another
verb ("kuv tsis paub, nws los ntshav"), so a negation that makes a description safe is written out
whole (SAFE, and NEUTRAL so its danger word does not count). "hluav taws xob" is electricity,
"foob pob hluav taws" fireworks, "lom zem" fun and "xov tooj" a phone, not a fire, poison or fallen
line (NEUTRAL).
"""

from home.finder.languages.places import CITY_PLACES, OUTSIDE_PLACES

GROUPS = {
    "person": """kuv nws lawv peb koj neeg ib tug leej twg txiv neej poj niam menyuam tus tub tus ntxhais niam
        txiv yawg pog tij laug muam kwv tus phooj ywg neeg zej zog""",
    "family": """menyuam me nyuam tub ntxhais niam txiv yawg pog tij laug muam kwv tus tub tus ntxhais""",
    "home": "tsev hauv tsev chav qhov rooj qhov rais garage",
    "door": "qhov rooj rooj qhov rais",
}

# English that residents mix in, compared whole.
_ENGLISH = """shooting | gun | knife | overdose | bleeding | not breathing | fire | smoke | help | emergency |
ambulance | 911"""

DANGER = {
    "medical": f"""tsis paub qab hau | ua tsis tau pa | los ntshav | ntshav | ntshav tawm | ntshav ntws |
        tsis ua pa | ua tsis taus pa | nyuaj ua pa | tsis tshua ua pa | txhaws pa | txhaws caj pas | tsis nco qab |
        tsaus muag | qaug dab peg | dab peg | mob hauv siab | mob plawv | lub plawv | tsis txav | tsis teb |
        tsis sawv | ntog | ntog lawm | vau | raug mob | mob hnyav | mob heev | tawv ncauj xiav | xiav lawm |
        noj tshuaj ntau | tshuaj ntau dhau | siv tshuaj ntau | raug lom | noj lom | tshuaj lom | kub hnyiab tes |
        hlawv | tsheb thauj neeg mob | yuav tuag | tuag | tuag lawm | poob dej | nyob hauv dej | poob rau hauv dej |
        pob txha lov | ntshav qab zib | yug menyuam | yuav yug | xeeb tub | ua xua | o caj pas | mob stroke |
        ncauj yoj | tsis hais tau lus | {_ENGLISH}""",
    "violence": """phom | rab phom | tua phom | tua neeg | tua kuv | tua nws | raug tua | yuav tua | riam |
        rab riam | chob | raug chob | sib ntaus | ntaus kuv | ntaus nws | ntaus lawv | ntaus menyuam |
        ntaus poj niam | ntaus neeg | raug ntaus | tab tom ntaus | nplawm | hem | hem tias | ua phem rau kuv |
        ua phem rau nws | ua phem rau menyuam | ua phem rau poj niam | yuam | quaj qw | qw pab | qw |
        nyiag menyuam | nqa menyuam mus | cab mus | sib tua""",
    "fire": """hluav taws | hluavtaws | hluav taws kub | kub hnyiab | hnyiab | pa taws | tsw roj | ntxhiab roj |
        hnov tsw roj | roj xau | roj ntws | gas | xov ... poob | xov ... tawg | fais fab poob | fais fab tawg""",
    "intruder": """tab tom nkag | sim nkag | xav nkag | muaj neeg nyob hauv | muaj neeg hauv | neeg txawv |
        neeg tsis paub | neeg kuv tsis paub | lawv qab kuv | raws kuv qab | raws qab | caum | caum kuv | nkaum |
        tsoo qhov rooj | qhib qhov rooj | ntaus qhov rooj | saib qhov rais | tub sab nyob hauv | tseem nyob hauv |
        tub sab tseem | neeg txawv txawv""",
    "fear": """ntshai | kuv ntshai | ntshai heev | pab | pab kuv | pab peb | txaus ntshai | phom sij |
        kev phom sij | xwm txheej ceev | ceev ceev""",
    "crisis": """tua tus kheej | tua nws tus kheej | xav tuag | tsis xav ua neej | tsis xav nyob | dhia choj |
        dhia | ua mob rau nws tus kheej | ua mob rau tus kheej | vwm | hnov suab | puas hlwb""",
    "missing": """nrhiav tsis tau @family | nrhiav tsis pom @family | @family ploj | @family ... ploj |
        menyuam ploj | tsis tau los tsev | tsis los tsev | tsis nco qab txhua yam | autism | ib leeg hauv tsev""",
    "driving": """qaug cawv tsav tsheb | tsav tsheb qaug cawv | qaug cawv | tsav tsheb txaus ntshai |
        tsav ceev heev | nruab nrab kev | tsav rov qab""",
}

NEUTRAL = """hluav taws xob | foob pob hluav taws | foob pob | tsis muaj leej twg raug mob |
tsis muaj neeg raug mob | tsis muaj leej twg mob | tsis muaj leej twg raug | tsis raug mob | tsis tau raug mob |
pab nrog | pab sau | pab ua | tsis txaus ntshai | lom zem | xov tooj | tsis yog xwm txheej ceev | tsev kho mob |
roj tsheb | tas roj | nyiag roj"""

SAFE = """tsis muaj leej twg raug mob | tsis muaj neeg raug mob | tsis muaj leej twg mob | tsis muaj leej twg raug |
tsis raug mob | tsis tau raug mob | txhua tus nyob zoo | peb nyob zoo | kuv nyob zoo | tsis yog xwm txheej ceev |
tsis txaus ntshai"""

NOW_STRONG = """tam sim no | tamsim no | tam sim | nim no | tseem | tab tom | tabtom | right now"""
NOW_WORDS = ""  # "tam sim no" and "tab tom" are phrases of NOW_STRONG
JUST = ""
JUST_NOT_NOW = ""
ACTORS = ""
PRESENT_AUX = ""
PROGRESSIVE = ()
PROGRESSIVE_MIN_LENGTH = 0
NOT_VERBS = ""

PAST = """nag hmo | nagmo | hnub nag | nag hmo no | lim tiam dhau los | lim tiam tas los | lub lim tiam tas los |
hli tas los | tag kis no | thaum sawv ntxov | twb | lawm | khiav lawm | mus lawm | tsis nyob lawm | pom tias |
thaum kuv los txog | thaum kuv los tsev | rov qab los | tshaj tawm | ntawv ceeb toom | daim ntawv | ntaub ntawv |
pov hwm | rooj plaub | ob peb hnub | ntau hnub | hnub dhau los | ua ntej"""
PAST_FORMS = ""

CRIME = """nyiag | tub sab | nkag los | nkag tsev | nkag hauv tsev | tub nyiag | tsoo | ua puas | tsoo iav |
tha xim | kos npe | nyiag lawm | raug nyiag | tab tom nyiag | tab tom tsoo"""

NUISANCE = """suab nrov | nrov nrov | nrov heev | suab paj nruag | paj nruag | noj haus | lom zem | party |
aub tom | aub nrov | aub | nres tsheb | thaiv | thaiv kev | thaiv txoj kev | poob nyiaj | poob | nrhiav tau | dag |
dag nyiaj | nyiaj | txhab nyiaj | daim npav | credit card | tsheb tso tseg | pov tseg | ntaub ntawv |
ntawv ceeb toom | pov hwm | rooj plaub"""

OUTSIDE_CALLER = f"""sab nraum nroog | nraum nroog | tsis nyob hauv minneapolis | tsis nyob hauv nroog |
lwm lub nroog | lwm lub xeev | mus ncig | {OUTSIDE_PLACES}"""
IN_CITY = f"""minneapolis | mpls | hauv nroog | tub ceev xwm minneapolis | {CITY_PLACES}"""

CONTRACTIONS = {"rn": "right now"}
IS_AFTER = frozenset()
IRREGULAR = {}


def strip(word):
    """Hmong words do not change form."""
    return word


SPELLING = None
KEEP_APOSTROPHES = True

NEGATORS = ""
CLAUSE_BREAKS = "thiab tab sis tiam sis"
CONTINUING = ""
STOPWORDS = """kuv koj nws peb lawv nej yog muaj ib tus lub rau hauv ntawm thiab los mus tau lawm no ntawd
    li cas dab tsi twg thov hu tias yuav nyob"""
JOINED = {}
