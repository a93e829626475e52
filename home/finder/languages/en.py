"""English: the finder's built-in vocabulary, and how English is written. What signals an emergency,
what says "it is over", and what is a nuisance however current. It ships with the code and editors
cannot remove any of it; they may add emergency words of their own (GuidancePage.extra_emergency_words).

Phrases are written as residents write them and compared by stem, so "breaking", "broke" and
"break" are one word. In a phrase, "..." stands for up to three other words, and "@name" for any
word of the group `name` in GROUPS.
"""

from home.finder.languages.places import CITY_PLACES, OUTSIDE_PLACES

GROUPS = {
    "person": """me him her them us he she they someone somebody anyone people person man woman child son daughter
        grandson granddaughter mom mother dad father grandma grandmother grandpa grandfather husband
        wife brother sister aunt uncle cousin boyfriend girlfriend partner roommate friend neighbor
        stepdad stepmom teen teenager girl boy student elderly grandparent family""",
    "family": """child son daughter grandson granddaughter mom mother dad father grandma grandmother grandpa
        grandfather husband wife brother sister aunt uncle cousin grandparent boy girl teen teenager""",
    "home": "house home apartment apt place building room basement garage door window yard backyard porch",
    "door": "door doors handle handles window windows lock",
}

# Danger to a person: the answer is 911 whatever else the description says.
DANGER = {
    "medical": """unconscious | on the floor | will not answer | not answering | too many pills | took ... pills |
        swallowed pills | not talk right | face is going down | half her face | half his face | nobody =moving |
        no one =moving | @person ... not =moving | and not =moving | and is not =moving | unresponsive |
        not responsive | not responding | not respond | will not respond | not wake | will not wake |
        can not wake | not waking | passed out | pass out | blacked out | collapsed | collapse | fainted |
        not breathing | barely breathing | stopped breathing | can not breathe | can not breath |
        trouble breathing | hard to breathe | difficulty breathing | struggling to breathe | gasping | choking |
        seizure | seizing | convulsing | convulsion | shaking all over | eyes rolled | stroke | face droop |
        face is droopy | face looks droopy | drooping | slurring | slurred | can not talk right | can not lift |
        arm is weak | arm is numb | chest pain | chest hurts | clutching ... chest | heart attack | cardiac |
        no pulse | overdose | overdosed | narcan | bunch of pills | took pills | needle in | turning blue |
        lips are blue | blue lips | bleeding | bleed | blood | cut ... bad | deep cut | allergic | anaphylaxis |
        throat is swelling | throat swelling | lips swelling | epipen | epi pen | bee sting | drowning | drown |
        through the ice | in the water | in the river | in the lake | in the pool | underwater | went under |
        not come back up | not come up | under the water | fell and | fell down | fell off | fell from |
        fell in | had a fall | can not get up | will not move | laying on | laying in | face down | slumped |
        on the ground | lying in | lying on | hurt | injured | bent wrong | broken bone | broken leg |
        broken arm | head injury | hit by a car | hit by a bus | struck | ambulance | paramedic | diabetic |
        insulin | pregnant ... bleeding | having the baby | in labor | contractions | water broke | burned |
        swallowed | poison | poisoned | hot car | hypothermia | frostbite | heat stroke | throwing up blood |
        very sick | really sick | dying | trapped | airbags | flipped over | on its roof | on its side |
        car in the river | medical""",
    "violence": """gun | guns | pistol | rifle | firearm | armed | shoot | shots | shots fired | gunpoint | knife |
        knives | machete | blade | stab | stabbed | weapon | bat | hit @person | =hitting | hit my @person |
        beat @person | =beating | end me | beat up | punch | punched | punching | kick @person |
        kicking @person | attack | attacked | attacking | assault | assaulted | fight | fighting | fights |
        brawl | jump a @person | jumping a | choking @person | choking a | strangle | strangling | threaten |
        threatening | threatened | threats | kill | murder | hurt @person | hurting @person | domestic | abuse |
        abusing | rape | raped | molest | kidnap | kidnapped | abducted | drag ... into | dragged |
        grabbed @person | throwing things | throwing rocks | =swinging | violent | screaming | scream |
        yelling for help | restraining order | exposing himself | exposing herself | road rage | waving a |
        carjack | carjacking | hostage""",
    "fire": """fire | on fire | flames | burning | smoke | smoking outlet | smoke pouring | smoke coming |
        smell gas | smells like gas | smell of gas | gas smell | gas leak | leaking gas | gas leaking |
        rotten eggs | hissing | carbon monoxide | co alarm | co detector | monoxide | power line | power lines |
        powerline | wire down | wires down | downed line | live wire | sparking | sparks | explosion |
        exploded | chemical spill""",
    "intruder": """follow @person | tailing | tail me | on my tail | footsteps | luring | waving kids |
        offering ... candy | following | followed | been behind me | stalking | stalker | prowler | prowling |
        lurking | hiding in | hiding from | hiding outside | peeking | peeping | looking in ... window |
        looking into car | trying ... @door | pulling on ... @door | trying to get in | trying to break |
        trying to open | get in my | someone is in my | someone in my | someone is inside | someone inside |
        is inside my | stranger in | stranger at | intruder | home invasion | kicking in | kicked in |
        banging on | forced open | messing with ... @door | tampering | jiggling | picking the lock |
        hear someone | someone downstairs | someone upstairs | watching me | watching my house |
        watching the house | ski mask | ski masks | @person is outside | @person outside my | is outside my |
        @person ... at my door | man in my | someone here | suspicious @person | suspicious car |
        suspicious vehicle | suspicious activity | acting suspicious | still in there""",
    "fear": """scared | afraid | frightened | terrified | freaked out | freaking out | help | help me |
        please help | send help | need help | danger | in danger | not safe | unsafe | not feel safe | panic |
        emergency""",
    "crisis": """suicide | want to be alive | not want to live | razor | locked herself in | locked himself in |
        about jumping | jump off | standing on the bridge | on the ledge | suicidal | kill himself |
        kill herself | kill myself | kill themselves | end my life | end it all | want to die | wants to die |
        going to jump | hurt himself | hurt herself | hurt myself | hurting myself | hurting himself |
        hurting herself | self harm | selfharm | cutting herself | cutting himself | cutting myself |
        psychotic | psychosis | breakdown | mental health crisis | crisis | hallucinating | hearing voices |
        that are not there | running in traffic""",
    "missing": """missing @family | missing person | not find my ... old | @family is gone | @family ... missing |
        old ... missing | gone missing | been missing | not find my @family | not find @person | autism |
        autistic | @family ... wandered | wandered off | wandered away | wandered out | walked away from |
        @family ... ran off | @family ... ran away | did not come home | has not come home |
        @family ... disappeared | amber alert | left alone | dementia | alzheimers | memory problems""",
    "driving": """drunk driver | middle of the intersection | in the intersection | middle of the road |
        middle of the street | drunk driving | swerving | weaving | wrong way | all over the road |
        all over the lanes | driving crazy | driving reckless | reckless driver | almost hit | nearly hit |
        dui | blocking traffic | blocking the intersection | lanes blocked | lanes are blocked |
        blocking the road | blocking lanes | sideways""",
}

# Words that would otherwise read as a signal, in phrases that do not mean one.
NEUTRAL = """fire hydrant | fire station | fire department | gas station | gas tank | out of gas |
siphoned gas | gas cap | smoke shop | smoke detector battery | smoking weed | car alarm | follow up |
following up | fire sale | shot my shot | shoot my shot | followed up | help with | help me report |
help me find | help me file | help me get | help finding | hit and run on my parked | hit my parked |
hit while parked | nobody inside | no one inside | backed into | in my name | emergency room | stuff missing |
things missing | is missing from | missing from my | missing mail | hit and run | shooting off |
shooting fireworks | set off | setting off"""

# The description itself says nobody is in danger (like "nobody is hurt").
SAFE = """not an emergency | non emergency | everyone is fine | everyone is ok | everyone is okay |
everyone ok | we are fine | we are ok | i am fine | i am ok | i am safe | we are safe | safe now | all fine |
no one hurt"""

# Said of something going on now. These beat words that say it is over ("still there"
# after "last week"); NOW_WORDS and a verb going on ("is breaking") lose to them.
NOW_STRONG = """right now | still | in progress | currently | as we speak | at the moment | just now |
happening now | this second | is happening | are happening"""
# The subject of a sentence in the present ("someone stealing", "guy is breaking").
ACTORS = """someone somebody people man woman child teen teenager guy person they he she who kids boys girls
    stranger thief"""
PRESENT_AUX = "is are am keep keeps"

# Said of something that is over.
PAST = """yesterday | last night | last week | last month | last weekend | last year | overnight |
over the weekend | earlier | this morning | ago | gone | been there | few days | couple days | couple of days |
while i was | while we were | sometime | already | long gone | gone now | they are gone | they were gone |
are gone | happened | found | find | discovered | noticed | came home to | woke up | came back | got back |
came home | got home | nobody is here | nobody here | nobody there | nobody is there | they left | report |
reported | police report | case | case number | report number | insurance | claim | status | update | how do i |
who do i | no longer | not anymore | not happening | over now | left a note | was stolen | were stolen |
got stolen | was taken | got taken | got broke | got broken | was broken | were broken | was broke |
was smashed | were smashed | been stolen | got hit"""
# Past forms of crime verbs: weak evidence that it is over, unless "just" comes before.
PAST_FORMS = """stole stolen took taken broke broken smashed keyed slashed painted tagged egged vandalized
    busted robbed snatched jacked siphoned cut scammed hacked used went"""

# Crimes: when they happen now they are emergencies, when they are over they are reports.
CRIME = """steal | breakin | break into | broke into | broken into | break in | rob | robbing | smash | vandal |
vandalism | vandalize | graffiti | spray paint | spray painting | tag | tagging | keyed | slashed | egged |
shoplift | shoplifting | snatch | snatched | yank | yanked | grab | grabbed | siphon | siphoned | swipe |
swiped | knocked over | stuff missing | things missing | was gone | were gone | is missing | was missing |
pickpocket | jack | jacking | loot | trespass | trespassing | taking | saw off | sawing | cut off |
cutting off | busting | break my | breaking my | breaking"""

# Nuisances and reports: a non-emergency line even while they happen.
NUISANCE = """noise | party | parties | bass | stereo | blast | bark | barking | firework | firecracker |
firecrackers | bottle rockets | construction | so loud | parked | parking | driveway | blocking my | car alarm |
alarm keeps going off | catfish | catfished | dating app | abandoned | has not moved | flat tires | junk car |
lost | left my | found a | scam | scammed | scammer | fraud | fraudulent | identity | hacked | card |
credit card | debit card | social security | fake check | charges | online | seller | contractor | marketplace |
craigslist | report | police report | insurance | case | status | copy of | update | pothole | streetlight |
street light | garbage | trash | venmo | paypal | cash app | zelle | bank | money | account | been sitting |
sitting there | for a month | for weeks | for days | never moves | not moved | has not moved"""

# The caller is outside the city...
OUTSIDE_CALLER = f"""outside the city | outside city | outside city limits | outside minneapolis |
not in the city | not in minneapolis | out of state | another city | another state | suburb | suburbs |
{OUTSIDE_PLACES} | up north | cabin | out of town | on vacation | traveling | travelling"""
# ...and what needs help is in it.
IN_CITY = f"""minneapolis | mpls | mpd | in the city | city police | outside the city | outside city |
{CITY_PLACES} | north minneapolis"""

# How words are written and compared.
# Contractions, with or without the apostrophe.
CONTRACTIONS = {
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "werent": "were not",
    "aint": "is not",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "cant": "can not",
    "cannot": "can not",
    "couldnt": "could not",
    "wont": "will not",
    "wouldnt": "would not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "shouldnt": "should not",
    "im": "i am",
    "ive": "i have",
    "youre": "you are",
    "theyre": "they are",
    "were": "were",
    "hes": "he is",
    "shes": "she is",
    "theres": "there is",
    "whats": "what is",
    "thats": "that is",
    "someones": "someone is",
    "somebodys": "somebody is",
    "theyve": "they have",
    "rn": "right now",
    "yr": "year",
    "yrs": "years",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "u": "you",
    "ppl": "people",
    "pls": "please",
    "plz": "please",
}
# "'s" after these is "is"; after anything else it marks a possessive and is dropped.
IS_AFTER = {"he", "she", "it", "there", "that", "what", "who", "someone", "somebody", "here", "where"}

# Forms that suffix stripping cannot reach.
IRREGULAR = {
    "broke": "break",
    "broken": "break",
    "stole": "steal",
    "stolen": "steal",
    "stollen": "steal",
    "theft": "steal",
    "thief": "steal",
    "thieves": "steal",
    "fell": "fall",
    "fallen": "fall",
    "ran": "run",
    "burnt": "burn",
    "lost": "lose",
    "saw": "see",
    "seen": "see",
    "left": "leave",
    "took": "take",
    "taken": "take",
    "shot": "shoot",
    "fought": "fight",
    "beaten": "beat",
    "children": "child",
    "kids": "child",
    "kid": "child",
    "toddler": "child",
    "baby": "child",
    "men": "man",
    "guy": "man",
    "guys": "man",
    "dude": "man",
    "women": "woman",
    "lady": "woman",
    "breakin": "breakin",
    "burglary": "breakin",
    "burglar": "breakin",
    "burglarized": "breakin",
    "burgled": "breakin",
    "vehicle": "car",
    "auto": "car",
    "truck": "car",
    "suv": "car",
    "van": "car",
    "bicycle": "bike",
    "loud": "noise",
    "noisy": "noise",
    "music": "noise",
    "fireworks": "firework",
    "neighbour": "neighbor",
    "neighbours": "neighbor",
    "cops": "police",
    "cop": "police",
    "robbery": "rob",
    "robber": "rob",
    "accident": "crash",
    "collision": "crash",
    "wreck": "crash",
    "injured": "hurt",
    "injury": "hurt",
    "injuries": "hurt",
    "hurting": "hurt",
    "hurts": "hurt",
    "driveway": "driveway",
    "alarm": "alarm",
    "gunshot": "shoot",
    "gunshots": "shoot",
    "gunfire": "shoot",
    "od": "overdose",
    "odd": "odd",
    "happened": "happened",  # over, where "happening" is not
    "oding": "overdose",
    "odeing": "overdose",
}


def strip(word):
    """The word without its ending: breaking, breaks -> break (IRREGULAR first)."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls":  # "robb(ing)" -> "rob"
        word = word[:-1]
    if len(word) > 3 and word.endswith("e"):  # "bike" and "bik(es)" meet
        word = word[:-1]
    return word


# pyspellchecker's dictionary: a real word of it is never "corrected" into a vocabulary word.
SPELLING = "en"
# Apostrophes mark contractions (above), not part of a word.
KEEP_APOSTROPHES = False

NEGATORS = "no not nobody none never without nothing non neither nor noone"
# A negation does not reach past these ("nobody answered and he is bleeding").
CLAUSE_BREAKS = "and but so because then or while when"
# "not stop", "never stopped": what follows goes on.
CONTINUING = "stop stopped stopping quit"
STOPWORDS = """a an and are at be been by can do for from has have i if in into is it its me my of on or our should so
    some that the their there they this to was we what when where who with you your call please just
    im he she his her them him us get got been being would could will someone somebody anyone people"""

# A word that says "now" by itself, unless something says it is over.
NOW_WORDS = "now"
# "just" before a verb says it just happened, except before these ("I just want to ask").
JUST = "just"
JUST_NOT_NOW = "want wanted need needed wonder wondering curious ask asking wanna like"
# A verb going on now ("is breaking", "guy smashing"): its ending, and words with it that are not verbs.
PROGRESSIVE = ("ing",)
PROGRESSIVE_MIN_LENGTH = 6
NOT_VERBS = """morning evening building ceiling thing something nothing anything everything ring king wedding
    sibling during awning pudding string spring wing parking going thinking"""
# Two-word forms that mean one thing (by stem).
JOINED = {("break", "in"): "breakin", ("break", "into"): "breakin", ("spray", "paint"): "spraypaint"}
