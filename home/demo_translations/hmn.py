# ruff: noqa: E501 (the keys are the English segments, whole, as wagtail-localize extracts them)
"""Hmong (White Hmong, RPA). DRAFT written for the demo, not reviewed by a qualified translator (see __init__.py).

The home page, the guidance page's call options and rule of thumb, and the Contact numbers wording;
the rest of the guidance page shows in English until it is translated.
"""

WHO_FOR_EMERGENCY = (
    "Yuav tsum tau tub ceev xwm, tub tua hluav taws los yog kev pab kho mob tuaj rau qhov chaw koj nyob tam sim no."
)
WHO_FOR_NON_EMERGENCY = (
    "Kev qhia txog kev ua txhaum cai uas tsis yog xwm txheej ceev, los yog tej yam uas twb dhau los lawm thiab tsis "
    "tas tub ceev xwm tuaj."
)
WHO_FOR_OUTSIDE_CITY = "Koj nyob sab nraum ciam teb lub nroog Minneapolis tiam sis xav tau tub ceev xwm Minneapolis tuaj pab tam sim ntawd."

TEXTS = {
    # Addresses (slugs): /hmn/<slug>/
    "home": "nplooj-tsev",
    "when-to-call": "thaum-twg-hu-911",
    # Home page
    "Minneapolis 911": "Minneapolis 911",
    "Minneapolis 911: when to call 911, 311 or the outside-city line": (
        "Minneapolis 911: thaum twg hu 911, 311 los yog tus xov tooj rau sab nraum lub nroog"
    ),
    "Minneapolis 911 answers emergency calls and sends police, fire and ambulance help.": (
        "Minneapolis 911 teb cov xov tooj xwm txheej ceev thiab xa tub ceev xwm, tub tua hluav taws thiab tsheb "
        "thauj neeg mob tuaj pab."
    ),
    "Minneapolis 911 answers emergency calls and sends police, fire and ambulance help to the people of Minneapolis.": (
        "Minneapolis 911 teb cov xov tooj xwm txheej ceev thiab xa tub ceev xwm, tub tua hluav taws thiab tsheb "
        "thauj neeg mob tuaj pab cov neeg nyob hauv Minneapolis."
    ),
    "Examples of what to call 911 for, and what to call 311 for.": "Piv txwv tias thaum twg hu 911, thiab thaum twg hu 311.",
    "Who answers your call and how the center works.": "Leej twg teb koj tus xov tooj thiab lub chaw ua haujlwm li cas.",
    "News and recognition": "Xov xwm thiab khoom plig (ua lus Askiv)",
    "Awards, nominations and news.": "Khoom plig, kev xaiv tsa thiab xov xwm, sau ua lus Askiv.",
    "Ask 911 staff to speak at your block party or community meeting.": (
        "Thov cov neeg ua haujlwm 911 tuaj hais lus ntawm koj lub rooj sib txoos hauv zej zog."
    ),
    "How quickly 911 calls are answered each month, against the national standard.": (
        "Txhua hli, lawv teb cov xov tooj hu 911 sai npaum li cas, piv rau lub teb chaws tus qauv."
    ),
    "Meet 911 staff at open houses, block parties and National Night Out.": (
        "Ntsib cov neeg ua haujlwm 911 ntawm hnub qhib qhov rooj, rooj sib txoos hauv zej zog thiab National Night Out."
    ),
    # Guidance page
    "When to call 911": "Thaum twg yuav tsum hu 911",
    "When to call 911, when to call 311, and the line to call from outside city limits.": (
        "Thaum twg hu 911, thaum twg hu 311, thiab tus xov tooj hu thaum koj nyob sab nraum lub nroog."
    ),
    "Call 911 when police, fire or medical help must come to you now. For everything else there is a better number, which keeps 911 lines free.": (
        "Hu 911 thaum tub ceev xwm, tub tua hluav taws los yog kev pab kho mob yuav tsum tuaj txog koj tam sim no. "
        "Rau lwm yam muaj lwm tus xov tooj zoo dua, kom cov kab xov tooj 911 khoob rau cov xwm txheej ceev."
    ),
    "Police, fire or medical help needs to respond to your location now.": WHO_FOR_EMERGENCY,
    "A crime happening now": "Kev ua txhaum cai uas tab tom tshwm sim tam sim no",
    "A fire or a smell of gas": "Hluav taws kub los yog hnov ntxhiab roj gas",
    "Someone badly hurt or not breathing": "Ib tug neeg raug mob hnyav los yog tsis ua pa",
    "A crash with injuries": "Tsheb tsoo sib thiab muaj neeg raug mob",
    "Non-emergency crime reports, or prior incidents that do not require a police response.": WHO_FOR_NON_EMERGENCY,
    "A theft you discovered later": "Raug nyiag khoom thiab koj mam pom tom qab",
    "A car break-in after the person has gone": "Muaj neeg tsoo koj lub tsheb thiab nws twb khiav lawm",
    "Graffiti or vandalism": "Kos duab phab ntsa los yog ua puas tsuaj rau khoom",
    "You are outside Minneapolis city limits but need an immediate Minneapolis Police response.": WHO_FOR_OUTSIDE_CITY,
    "You are in a suburb and someone in Minneapolis is in danger right now": (
        "Koj nyob lwm lub nroog ze ze thiab muaj ib tug neeg hauv Minneapolis muaj kev txaus ntshai tam sim no"
    ),
    "If anyone is in danger, or it is happening now, call 911.": (
        "Yog muaj leej twg muaj kev txaus ntshai, los yog tab tom tshwm sim tam sim no, hu 911."
    ),
    # Contact numbers wording (the numbers themselves are never translated)
    "Emergency": "Xwm txheej ceev",
    "Police, fire or medical help needs to come to your location now.": WHO_FOR_EMERGENCY,
    "Text 911 if you can't call: send your address and what is happening; no photos or group texts.": (
        "Yog koj hu tsis tau, xa ntawv (text) rau 911: sau koj qhov chaw nyob thiab qhov tab tom tshwm sim; tsis "
        "txhob xa duab los yog ntawv pab pawg."
    ),
    "Call 911 with your TTY and press any key. A silent call is treated as a possible TTY call, so stay on the line. Relay and video relay users can also ask for 911.": (
        "Siv koj lub TTY hu 911 thiab nias ib lub pob twg. Kev hu uas ntsiag to yuav raug suav tias yog kev hu TTY, "
        "yog li tsis txhob daig xov tooj. Cov neeg siv kev pab xa lus (relay) thiab video relay kuj thov tau 911."
    ),
    "Say the language you speak, in English: an interpreter will join the call.": (
        "Hais koj hom lus ua lus Askiv, xws li “Hmong”: yuav muaj ib tug neeg txhais lus koom rau hauv kev hu."
    ),
    "Non-emergency": "Tsis yog xwm txheej ceev",
    "Non-emergency crime reports, or incidents that already happened and need no police response.": WHO_FOR_NON_EMERGENCY,
    "Monday–Friday 7 a.m.–7 p.m., Saturday–Sunday 8 a.m.–4:30 p.m.": (
        "Monday–Friday 7 teev sawv ntxov–7 teev tsaus ntuj, Saturday–Sunday 8 teev sawv ntxov–4:30 teev tav su"
    ),
    "Outside city limits": "Sab nraum lub nroog",
    "988 Suicide &amp; Crisis Lifeline": "988 Kab Xov Tooj Pab Tiv Thaiv Kev Tua Tus Kheej",
    "A mental-health, suicide or substance-use crisis: call or text, any time. If someone is in danger now, call 911: Minneapolis can send a Behavioral Crisis Response team.": (
        "Kev kub ntxhov txog lub hlwb, kev xav tua tus kheej los yog kev siv yeeb tshuaj: hu los yog xa ntawv, txhua "
        "lub sij hawm. Yog muaj leej twg muaj kev txaus ntshai tam sim no, hu 911: Minneapolis xa tau ib pab neeg "
        "pab thaum muaj kev kub ntxhov."
    ),
}
