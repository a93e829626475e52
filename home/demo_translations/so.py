# ruff: noqa: E501 (the keys are the English segments, whole, as wagtail-localize extracts them)
"""Somali. DRAFT written for the demo, not reviewed by a qualified translator (see __init__.py).

The home page, the guidance page's call options and rule of thumb, and the Contact numbers wording;
the rest of the guidance page shows in English until it is translated.
"""

WHO_FOR_EMERGENCY = (
    "Booliis, dab-demis ama caawimaad caafimaad ayaa loo baahan yahay inay hadda yimaadaan meesha aad joogto."
)
WHO_FOR_NON_EMERGENCY = (
    "Warbixinno dambi oo aan degdeg ahayn, ama dhacdooyin horay u dhacay oo aan u baahnayn in booliis yimaado."
)
WHO_FOR_OUTSIDE_CITY = (
    "Waxaad joogtaa meel ka baxsan xuduudka magaalada Minneapolis, laakiin waxaad u baahan tahay in booliiska "
    "Minneapolis ay isla markiiba yimaadaan."
)

TEXTS = {
    # Addresses (slugs): /so/<slug>/
    "home": "bogga-hore",
    "when-to-call": "goorma-la-wacayaa-911",
    # Home page
    "Minneapolis 911": "Minneapolis 911",
    "Minneapolis 911: when to call 911, 311 or the outside-city line": (
        "Minneapolis 911: goorma la wacayo 911, 311 ama khadka ka baxsan magaalada"
    ),
    "Minneapolis 911 answers emergency calls and sends police, fire and ambulance help.": (
        "Minneapolis 911 waxay ka jawaabtaa wicitaannada degdegga ah, waxayna soo dirtaa booliis, dab-demis iyo ambalaas."
    ),
    "Minneapolis 911 answers emergency calls and sends police, fire and ambulance help to the people of Minneapolis.": (
        "Minneapolis 911 waxay ka jawaabtaa wicitaannada degdegga ah, waxayna booliis, dab-demis iyo ambalaas u "
        "dirtaa dadka Minneapolis."
    ),
    "Examples of what to call 911 for, and what to call 311 for.": "Tusaalooyin waxa 911 loo waco iyo waxa 311 loo waco.",
    "Who answers your call and how the center works.": "Cidda ka jawaabta wicitaankaaga iyo sida xaruntu u shaqeyso.",
    "News and recognition": "Warar iyo abaalmarino (af Ingiriisi)",
    "Awards, nominations and news.": "Abaalmarino, magacaabis iyo warar, af Ingiriisi ku qoran.",
    "Ask 911 staff to speak at your block party or community meeting.": (
        "Ka codso shaqaalaha 911 inay ka hadlaan xafladda xaafaddaada ama shirka bulshadaada."
    ),
    "How quickly 911 calls are answered each month, against the national standard.": (
        "Sida degdegga ah ee wicitaannada 911 looga jawaabo bil kasta, marka la barbardhigo heerka qaranka."
    ),
    "Meet 911 staff at open houses, block parties and National Night Out.": (
        "La kulan shaqaalaha 911 maalmaha albaabada furan, xafladaha xaafadda iyo National Night Out."
    ),
    # Guidance page
    "When to call 911": "Goorma la wacayaa 911",
    "When to call 911, when to call 311, and the line to call from outside city limits.": (
        "Goorma la wacayo 911, goorma la wacayo 311, iyo khadka la wacayo marka aad ka baxsan tahay magaalada."
    ),
    "Call 911 when police, fire or medical help must come to you now. For everything else there is a better number, which keeps 911 lines free.": (
        "Wac 911 marka booliis, dab-demis ama caawimaad caafimaad ay tahay inay hadda kuu yimaadaan. Wax kasta oo "
        "kale waxaa u jira lambar ka habboon, si khadadka 911 ay u bannaanaadaan."
    ),
    "Police, fire or medical help needs to respond to your location now.": WHO_FOR_EMERGENCY,
    "A crime happening now": "Dambi hadda dhacaya",
    "A fire or a smell of gas": "Dab ama ur gaas",
    "Someone badly hurt or not breathing": "Qof si xun u dhaawacmay ama aan neefsanayn",
    "A crash with injuries": "Shil baabuur oo dad ku dhaawacmeen",
    "Non-emergency crime reports, or prior incidents that do not require a police response.": WHO_FOR_NON_EMERGENCY,
    "A theft you discovered later": "Xatooyo aad goor dambe ogaatay",
    "A car break-in after the person has gone": "Baabuur la jebiyay, qofkiina wuu tagay",
    "Graffiti or vandalism": "Qoraal darbi lagu xumeeyay ama burburin",
    "You are outside Minneapolis city limits but need an immediate Minneapolis Police response.": WHO_FOR_OUTSIDE_CITY,
    "You are in a suburb and someone in Minneapolis is in danger right now": (
        "Waxaad joogtaa magaalo u dhow, qof Minneapolis jooga ayaa hadda khatar ku jira"
    ),
    "If anyone is in danger, or it is happening now, call 911.": "Haddii qof khatar ku jiro, ama ay hadda dhacayso, wac 911.",
    # Contact numbers wording (the numbers themselves are never translated)
    "Emergency": "Degdeg",
    "Police, fire or medical help needs to come to your location now.": WHO_FOR_EMERGENCY,
    "Text 911 if you can't call: send your address and what is happening; no photos or group texts.": (
        "Haddii aadan wici karin, fariin qoraal ah u dir 911: qor cinwaankaaga iyo waxa dhacaya; ha dirin sawirro "
        "ama fariimo koox."
    ),
    "Call 911 with your TTY and press any key. A silent call is treated as a possible TTY call, so stay on the line. Relay and video relay users can also ask for 911.": (
        "Ku wac 911 qalabkaaga TTY oo riix fure kasta. Wicitaan aamusan waxaa loo qaataa wicitaan TTY ah, ee khadka "
        "ku sii jir. Dadka isticmaala adeegga gudbinta (relay) iyo gudbinta fiidiyowga sidoo kale way weydiisan karaan 911."
    ),
    "Say the language you speak, in English: an interpreter will join the call.": (
        "Af Ingiriisi ku sheeg luqadda aad ku hadasho, tusaale “Somali”: turjubaan ayaa ku soo biiraya wicitaanka."
    ),
    "Non-emergency": "Aan degdeg ahayn",
    "Non-emergency crime reports, or incidents that already happened and need no police response.": WHO_FOR_NON_EMERGENCY,
    "Monday–Friday 7 a.m.–7 p.m., Saturday–Sunday 8 a.m.–4:30 p.m.": (
        "Isniin–Jimce 7 subaxnimo–7 fiidnimo, Sabti–Axad 8 subaxnimo–4:30 galabnimo"
    ),
    "Outside city limits": "Ka baxsan magaalada",
    "988 Suicide &amp; Crisis Lifeline": "988 Khadka Caawimaadda Is-dilka iyo Qalalaasaha",
    "A mental-health, suicide or substance-use crisis: call or text, any time. If someone is in danger now, call 911: Minneapolis can send a Behavioral Crisis Response team.": (
        "Qalalaase caafimaad maskaxeed, is-dil ama maandooriye: wac ama qoraal u dir, wakhti kasta. Haddii qof hadda "
        "khatar ku jiro, wac 911: Minneapolis waxay soo diri kartaa koox ka jawaabta qalalaasaha dabeecadda."
    ),
}
