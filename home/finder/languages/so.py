"""Somali: the finder's built-in vocabulary, and how Somali is written (see en.py for what each name means).

Words are compared whole, with no stemmer: Somali verbs change inside the word ("xaday", "xadeen",
"xadaya"), so the forms residents write are listed. The apostrophe of "la'aan" is dropped ("laaan"
and "laan" are both written; it is often left out). pyspellchecker has no Somali dictionary: typos
are tolerated only against the finder's own words and the situations' words. No word is a negator:
"ma" is also the question word, so a negation that makes a description safe is written out whole
(SAFE, and NEUTRAL so its danger word does not count), and "ma neefsanayo" is a danger phrase.
"""

from home.finder.languages.places import CITY_PLACES, OUTSIDE_PLACES

GROUPS = {
    "person": """qof qofka qof baa nin naag ilmo ilmaha cunug wiil gabar hooyo aabe walaal walaashay walaalkay
        ninkayga xaaskayga odey islaan deris saaxiib""",
    "family": """ilmo ilmaha ilmahayga cunug cunuggayga wiil wiilkayga wiilkeyga gabar gabadhayda gabadheyda
        hooyo hooyaday aabe aabahay ayeeyo awoowe walaal walaashay walaalkay carruurta""",
    "home": "guri guriga gurigayga aqal qol qolka albaab albaabka daaqad daaqadda garaash",
    "door": "albaab albaabka albaabada daaqad daaqadda quful",
}

# English that residents mix in, compared whole.
_ENGLISH = """shooting | gun | knife | overdose | bleeding | not breathing | fire | smoke | help | emergency |
ambulance | 911"""

DANGER = {
    "medical": f"""kici karto | kici karo | ma kici karto | kici kari weyso | dhiig | dhiigga | dhiig baxaya |
        dhiig ka baxaya | dhiig ka imanaya | dhiigbax | dhiigbaxa | miyir | miyirka | miyir beel | miyir laaan |
        miyir laan | miyirkii | suuxay | suuxday | suuxsan | ma neefsanayo | ma neefsaneyso | ma neefsanayso |
        neefsan kari waayay | neefsan kari waayey | ma kici karo | kici kari waayay | kici kari weyday |
        neefsan waayay | neef la aan | neefta | neefsasho | ceshan kari waayay | ma soo kacayo | ma soo toosayo |
        ma hadlayo | ma dhaqaaqayo | ma dhaqaaqo | laab xanuun | xabad xanuun | wadne xanuun | wadnaha |
        wadne qabad | qalal | qallal | qallalayo | gariiraya | dhaawac | dhaawacmay | dhaawacantay | dhaawacmeen |
        dhaawac ah | hoos u dhacay | hoos u dhacday | ka dhacay | ka dhacday | dhulka ku dhacay | dhulka yaal |
        dhulka jiifa | laf jabtay | lafta jabtay | ambalaas | ambalaaska | kiniin badan | kiniino badan |
        daawo badan | sun | sumowday | gubtay | gubatay | gubasho | dhimanaya | dhimanayo | dhintay | dhimatay |
        foosha | umulaysa | dhalaysa | xanuun daran | biyaha ... dhacay | biyo ... dhacay | webiga ... dhacay |
        harada ... dhacay | barkadda ... dhacay | qarqan | qarqmay | qarqamaya | qarqantay | webiga | harada |
        sonkorow | xasaasiyad | cunaha bararay | bararay | istaroog | faalig | aad u jirran | aad u xanuunsan |
        qaniinay | xaalad caafimaad | {_ENGLISH}""",
    "violence": """xoog ku qaaday | xoog ku qaadeen | xoog ku kaxeeyay | qori | qoriga | bastoolad | bistoolad |
        bastoolada | hub | hubka | hubeysan | hubaysan | rasaas | xabbad | xabad | toogasho | toogtay | tooganaya |
        toogteen | la toogtay | mindi | mindida | middi | middida | seef | dagaal | dagaalamaya | dagaalanaya |
        garaacaya | garaacay | garaaceen | ku dhuftay | ku dhufanaya | dilaya | dili | dilayaa | i dili | dilo |
        weerar | weeraray | weeraray | kufsi | kufsaday | afduub | afduubay | hanjabaad | handadaad | ku hanjabay |
        i hanjabay | qaylinaya | qaylo | gacan ka hadal | tacaddi | xadgudub | faraxumeyn""",
    "fire": """dab | dabka | dab qabsaday | dab baa | gubanaya | qiiq | qiiqa | qiiq ka baxaya | gaas | gaaska |
        ur gaas | urta gaaska | gaas ur | gaas daadanaya | qarax | qaraxay | fiilooyin | siliga | siliga korontada |
        fiilada korontada""",
    "intruder": """qof guriga ku jira | qof baa guriga ku jira | qof gurigayga ku jira | guriga ku jira |
        soo galaya | soo galayaan | soo gelaya | isku dayaya inuu soo galo | isku dayaya | albaabka jabinaya |
        albaabka furaya | albaabka garaacaya | daaqadda jabinaya | daaqadda ka eegaya | i daba socda |
        i daba socdaa | i raacaya | i raacayaan | daba socda | na daba socda | dhuumanaya | ku dhuumanaya |
        qarsoon | qof aan aqoon | qof aanan aqoon | nin aan aqoon | shaki leh | shakiil | weli guriga ku jira""",
    "fear": """waan baqayaa | baqayaa | cabsi | cabsanayaa | baqdin | khatar | khatar ku jira | gargaar | i caawi |
        i caawiya | caawimaad | naftayda | degdeg | degdeg ah""",
    "crisis": """is goynaysa | is goynaya | isa goynaya | isdil | is dili | is dilo | isdilo | naftiisa | nafteeda |
        dhiman rabo | rabo inuu dhinto | rabta inay dhimato | isku dhaawacaya | is dhaawacaya | buundada | waalan |
        xanuun maskaxeed | maskaxda | cod maqlaya | codad maqlaya""",
    "missing": """ilmo maqan | ilmaha maqan | @family maqan | @family ... lumay | @family ... lama helo |
        @family ... ma heli karo | ma heli karo @family | waan waayay @family | xusuus lumis | waallida | otisam |
        autism | kaligiis guriga | kaligeed guriga""",
    "driving": """darawal sakhraan | sakhraan baa wadaya | sakhraan | si khatar ah u wadaya | si xun u wadaya |
        jidka dhexdiisa | waddada dhexdeeda | jid khaldan""",
}

NEUTRAL = """dhaawac ma jiro | qofna ma dhaawacmin | cidna ma dhaawacmin | qofna ma dhaawacmay |
cidna wax ma gaarin | qofna wax ma noqon | dab demis | xarunta dab demiska | gaas ka dhamaaday | cabsi ma jirto |
khatar ma aha | degdeg ma aha | degdeg maaha | isbitaalka degdega"""

SAFE = """dhaawac ma jiro | qofna ma dhaawacmin | cidna ma dhaawacmin | qofna ma dhaawacmay | cidna wax ma gaarin |
qofna wax ma noqon | waan nabad qabnaa | nabad baan ahay | dhammaan waa nabad | khatar ma aha | degdeg ma aha |
degdeg maaha"""

NOW_STRONG = """dhacaya | dhacaysa | dhacayaa | hadda | hada | imika | xilligan | weli | wali | hadda hadda |
wuu socdaa | way socotaa | hadda ayay dhacaysaa | weli way joogaan | weli wuu joogaa | weli halkan | xadaya |
xadayaan | jabinaya | jabinayaan | right now"""
NOW_WORDS = ""  # "hadda" is strong: Somali has no weak "now"
JUST = ""
JUST_NOT_NOW = ""
ACTORS = ""
PRESENT_AUX = ""
PROGRESSIVE = ()
PROGRESSIVE_MIN_LENGTH = 0
NOT_VERBS = ""

PAST = """shalay | xalay | saaka | usbuucii hore | toddobaadkii hore | todobaadkii hore | bishii hore | horay |
kahor | ka hor | waa tageen | way tageen | wuu tagay | ka tageen | baxsaday | baxsadeen | waxaan ogaaday |
markii aan soo noqday | markaan soo laabtay | markaan imid | waan helay | warbixin | kiis | kiiska | caymis |
caymiska | tan iyo | maalmo | dhowr maalmood | la xaday | lagu xaday | xadeen | jabiyeen | la jabiyey | la jabiyay |
ayaa la xaday"""
PAST_FORMS = "xaday xadeen jabiyey jabiyay jabiyeen burburiyey burburiyeen"

CRIME = """xad | xaday | xadaya | xadayaan | xadeen | la xaday | tuug | tuugo | tuuggii | jabiyey | jabiyay |
jabinaya | jabiyeen | burburiyey | dhac | la i dhacay | qoraal darbiga"""

NUISANCE = """buuq | buuqa | muusig | muusiko | heeso | xaflad | xafladda | aroos | eey ciyaya | eeyga | eey |
fireworks | baarkin | baakin | gaari taagan | gaari la dhigay | jidka ka xiray | jidkii ka xiray | khiyaano |
khayaano | lacag | lacagta | bangiga | kaarka | lumay | lumiyey | hilmaamay | warbixin | warbixin booliis | caymis |
kiis | gaari la dayacay | dayacan | wiifi | internet"""

OUTSIDE_CALLER = f"""magaalada dibaddeeda | magaalada ka baxsan | ka baxsan magaalada | ma joogo minneapolis |
ma joogo magaalada | gobol kale | magaalo kale | safar | {OUTSIDE_PLACES}"""
IN_CITY = f"""minneapolis | mpls | magaalada | booliska minneapolis | {CITY_PLACES}"""

CONTRACTIONS = {"rn": "right now"}
IS_AFTER = frozenset()
IRREGULAR = {}


def strip(word):
    """Somali words are compared whole."""
    return word


SPELLING = None
KEEP_APOSTROPHES = True

NEGATORS = ""
CLAUSE_BREAKS = "iyo laakiin oo"
CONTINUING = ""
STOPWORDS = """waa wuu way waxaa waxa ayaa baa ayuu ayay aan waan ku ka u la soo iyo oo in inuu inay si
    mid kan kaas tan taas halkan halkaas maxaa sidee yaa i na ma anigu aniga adiga isaga iyada annaga
    waxaan wax ah yahay ahay tahay jira jirta gurigayga"""
JOINED = {}
