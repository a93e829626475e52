"""The demo guidance page's situations, written as residents say them: (title, keywords, number, reason).

Data only (no models), so `make eval-finder` can score the finder without a database.
"""

from site911.lines import EMERGENCY, NON_EMERGENCY, OUTSIDE_CITY

SITUATIONS = [
    # Emergencies: something happening now, or someone in danger.
    (
        "I hear gunshots or someone is shooting",
        "shots fired gunshots gunfire shooting shot guns popping",
        EMERGENCY,
        "Gunfire puts everyone nearby in danger. Get inside and away from windows, then call.",
    ),
    (
        "Someone has a gun, a knife or another weapon",
        "gun knife weapon armed pistol machete bat threatening waving pointing",
        EMERGENCY,
        "A weapon can turn into an injury at any moment.",
    ),
    (
        "A fight or an assault is happening",
        "fight fighting assault attack attacked jumped beating punching brawl",
        EMERGENCY,
        "Violence in progress is a threat to life and is handled first.",
    ),
    (
        "Someone is hurting a partner or family member",
        "domestic violence abuse hitting beating boyfriend girlfriend husband wife partner ex restraining order",
        EMERGENCY,
        "Domestic violence can get worse quickly. If you cannot talk, stay on the line: the call taker listens.",
    ),
    (
        "Someone is following me or lurking near my home",
        "following followed stalking prowler prowling lurking peeping looking in windows suspicious stranger",
        EMERGENCY,
        "Police can find the person while they are still nearby.",
    ),
    (
        "Someone is breaking into a home or garage right now",
        "burglary breakin break-in intruder inside house apartment garage trying door kicking in home invasion",
        EMERGENCY,
        "A crime in progress threatens life and property: police need to come now.",
    ),
    (
        "Someone is breaking into or stealing a car right now",
        "car vehicle breakin break-in stealing smashing window trying doors catalytic converter jacking",
        EMERGENCY,
        "Police may catch them in the act: call while it is happening.",
    ),
    (
        "Someone is robbing a person or a store right now",
        "robbery robbing robbed gunpoint holdup mugging purse snatched store",
        EMERGENCY,
        "A robbery in progress puts people in danger.",
    ),
    (
        "Someone is stealing or damaging property right now",
        "stealing smashing breaking spray painting damaging windows packages porch",
        EMERGENCY,
        "While it is happening, police can come and stop it.",
    ),
    (
        "A child or a vulnerable adult is missing",
        "missing lost child kid son daughter dementia alzheimers wandered ran off cannot find",
        EMERGENCY,
        "The first minutes matter most when someone who cannot look after themselves is missing.",
    ),
    (
        "Someone is unconscious or will not wake up",
        "unconscious unresponsive passed out collapsed fainted not waking",
        EMERGENCY,
        "An unconscious person needs an ambulance now; the call taker can guide you until it arrives.",
    ),
    (
        "Someone is not breathing or is struggling to breathe",
        "not breathing breathing trouble breathe choking blue lips gasping",
        EMERGENCY,
        "Every minute without air counts. The call taker can talk you through CPR.",
    ),
    (
        "Someone is choking",
        "choking choke food stuck throat",
        EMERGENCY,
        "The call taker can guide you through what to do while help comes.",
    ),
    (
        "Someone is having a seizure",
        "seizure seizing convulsing shaking fit epilepsy",
        EMERGENCY,
        "An ambulance can help if the seizure is long or the person is hurt.",
    ),
    (
        "Signs of a stroke: face drooping, arm weakness, slurred speech",
        "stroke face droop drooping slurring slurred speech arm weak numb confused",
        EMERGENCY,
        "Stroke treatment works best in the first hour: call at once.",
    ),
    (
        "Chest pain or a heart attack",
        "chest pain heart attack cardiac arm numb sweating",
        EMERGENCY,
        "A heart attack needs an ambulance now.",
    ),
    (
        "Someone has overdosed",
        "overdose overdosed od pills drugs needle narcan turning blue",
        EMERGENCY,
        "An overdose can stop breathing. Give naloxone (Narcan) if you have it, and call.",
    ),
    (
        "Someone is bleeding badly",
        "bleeding blood cut wound stabbed injured hurt",
        EMERGENCY,
        "Press hard on the wound while you wait; the call taker can help.",
    ),
    (
        "A severe allergic reaction",
        "allergic reaction anaphylaxis swelling throat lips epipen bee sting peanuts",
        EMERGENCY,
        "Swelling can close the airway quickly. Use an EpiPen if there is one, then call.",
    ),
    (
        "Someone is drowning or has gone through the ice",
        "drowning water lake river pool ice fell through",
        EMERGENCY,
        "Do not go in after them. Call, and throw something that floats.",
    ),
    (
        "Someone fell or is badly hurt",
        "fell fall injured hurt broken bone head injury cannot get up",
        EMERGENCY,
        "A bad fall or injury needs medical help at your location.",
    ),
    (
        "A fire, or smoke in a building",
        "fire smoke burning flames house fire kitchen garage car on fire",
        EMERGENCY,
        "Fire spreads in minutes. Get out first, then call.",
    ),
    (
        "A smell of gas, or a carbon monoxide alarm",
        "gas leak smell gas rotten eggs hissing carbon monoxide co alarm detector",
        EMERGENCY,
        "Leave the building first, then call from outside. Do not switch anything on or off.",
    ),
    (
        "Power lines are down",
        "power line lines down wires sparking downed storm electric",
        EMERGENCY,
        "Stay at least 30 feet away: a fallen line can be live.",
    ),
    (
        "A drunk or dangerous driver on the road",
        "drunk driver swerving weaving wrong way reckless road rage speeding dui",
        EMERGENCY,
        "Say where the car is going and what it looks like. Do not follow it.",
    ),
    (
        "A car crash with injuries or cars blocking traffic",
        "accident collision crash injured hurt traffic blocking hit pedestrian struck",
        EMERGENCY,
        "Injuries and blocked roads need police, fire or ambulance at the scene.",
    ),
    (
        "Someone is threatening suicide or is in a mental-health crisis",
        "suicide suicidal kill himself herself myself self-harm crisis mental health psychotic breakdown jump",
        EMERGENCY,
        "When someone may be in danger now, 911 can send help, including a crisis team.",
    ),
    (
        "Someone is threatening to hurt me or someone else",
        "threat threatening threatened kill hurt scared",
        EMERGENCY,
        "A threat to hurt someone can become violence: police can come now.",
    ),
    (
        "A child left alone in a hot car or in danger",
        "child kid baby left alone car hot",
        EMERGENCY,
        "A child alone in a car can be harmed within minutes.",
    ),
    # Non-emergencies: it is over, nobody is in danger, or it is a nuisance.
    (
        "My car was broken into and whoever did it is gone",
        "vehicle car break-in window smashed broken into theft from car overnight",
        NON_EMERGENCY,
        "Nobody is in danger now. The non-emergency line takes the report.",
    ),
    (
        "My home or garage was broken into and they are gone",
        "burglary house garage apartment storage broken into vacation",
        NON_EMERGENCY,
        "If they could still be inside, leave and call 911. If they are gone, 311 takes the report.",
    ),
    (
        "My catalytic converter was stolen",
        "catalytic converter stolen cut off exhaust",
        NON_EMERGENCY,
        "A theft discovered later is a report. Have your car's details ready.",
    ),
    (
        "My bike, scooter or package was stolen earlier",
        "stolen theft bike bicycle scooter package porch mail delivery",
        NON_EMERGENCY,
        "A past theft with no suspect nearby is a report, not an emergency.",
    ),
    (
        "My car was stolen",
        "car vehicle stolen stole missing taken",
        NON_EMERGENCY,
        "If it was taken from you by force, or just now, call 911. Otherwise 311 takes the report.",
    ),
    (
        "My licence plate or tabs were stolen",
        "licence license plate plates tabs stolen",
        NON_EMERGENCY,
        "A missing plate is a report for the non-emergency line.",
    ),
    (
        "My wallet, phone or purse was stolen earlier",
        "wallet phone purse bag stolen pickpocketed theft",
        NON_EMERGENCY,
        "A theft that is over is a report for the non-emergency line.",
    ),
    (
        "Fraud, a scam or identity theft",
        "scam scammed fraud fraudulent identity theft credit card debit card bank account hacked fake check",
        NON_EMERGENCY,
        "Fraud that has already happened is a report for the non-emergency line.",
    ),
    (
        "Graffiti or damage to property found later",
        "vandalism graffiti tagging property damage broken window keyed slashed tires egged",
        NON_EMERGENCY,
        "Damage that already happened, with nobody nearby, is a report for 311.",
    ),
    (
        "I lost something or found something",
        "lost found wallet keys phone passport bag property",
        NON_EMERGENCY,
        "Lost and found property is a non-emergency report.",
    ),
    (
        "A car has been parked on my street for days",
        "abandoned vehicle car parked junk flat tires not moved",
        NON_EMERGENCY,
        "An abandoned vehicle is a city service request, not an emergency.",
    ),
    (
        "A parking problem or a blocked driveway",
        "parking parked blocking driveway alley sidewalk spot",
        NON_EMERGENCY,
        "Parking problems go to the non-emergency line.",
    ),
    (
        "Loud music, a party, fireworks or a barking dog",
        "noise loud music party neighbors stereo bass barking dog fireworks firecrackers",
        NON_EMERGENCY,
        "Noise is not an emergency: call 311, not 911. Police handle music complaints after calls "
        "where life or property is in danger, so expect a wait.",
    ),
    (
        "A minor crash: nobody is hurt and the cars are out of traffic",
        "accident collision crash fender bender no injuries rear ended parked car hit",
        NON_EMERGENCY,
        "With nobody hurt and the road clear, 311 takes the report.",
    ),
    (
        "I need a police report for insurance",
        "police report copy insurance claim report number",
        NON_EMERGENCY,
        "Reports and copies of reports are handled through the non-emergency line.",
    ),
    (
        "I want to follow up on a report or a case",
        "follow up update case number status report add information",
        NON_EMERGENCY,
        "Updates to an earlier report go through the non-emergency line.",
    ),
    # Outside the city.
    (
        "I am outside the city and someone in Minneapolis needs police now",
        "outside city limits suburb another city edina st paul bloomington minneapolis police",
        OUTSIDE_CITY,
        "Calling 911 outside the city reaches that area's 911 center; this line reaches Minneapolis 911 directly.",
    ),
]

# MERGE: replaced by the finder languages data
# Draft translations written for the demo, not reviewed by a qualified translator:
# {language: {English title: (title, keywords, reason)}}.
TRANSLATED_SITUATIONS = {
    "es": {
        "I hear gunshots or someone is shooting": (
            "Oigo disparos o alguien está disparando",
            "disparos balazos tiros balacera pistola arma",
            "Los disparos ponen en peligro a todos los que están cerca. Entre a un lugar y aléjese de las ventanas; "
            "luego llame.",
        ),
        "Someone is not breathing or is struggling to breathe": (
            "Alguien no respira o le cuesta respirar",
            "no respira ahogo asfixia sin aire",
            "Cada minuto sin aire cuenta. La persona que contesta puede guiarle para dar RCP.",
        ),
        "My car was broken into and whoever did it is gone": (
            "Entraron a mi carro y quien lo hizo ya se fue",
            "carro auto coche ventana rota robo ya se fue",
            "Nadie está en peligro ahora. La línea que no es de emergencia toma la denuncia.",
        ),
    },
    "so": {
        "I hear gunshots or someone is shooting": (
            "Waxaan maqlayaa rasaas ama qof ayaa toogtoogtaya",
            "rasaas toogasho qori bastoolad",
            "Rasaastu waxay khatar gelisaa qof kasta oo u dhow. Gudaha gal, daaqadaha ka fogow, kadibna wac.",
        ),
        "Someone is not breathing or is struggling to breathe": (
            "Qof aan neefsanayn ama neefsashadu ku adag tahay",
            "neefsan neef ceejin",
            "Daqiiqad kasta oo aan neef lahayn waa muhiim. Qofka ka jawaabaya wuxuu kugu hagi karaa CPR.",
        ),
        "My car was broken into and whoever did it is gone": (
            "Baabuurkayga waa la jebiyay, qofkii sameeyayna wuu tagay",
            "baabuur gaari daaqad jaban xatooyo",
            "Qofna hadda khatar kuma jiro. Khadka aan degdegga ahayn ayaa qaata warbixinta.",
        ),
    },
    "hmn": {
        "I hear gunshots or someone is shooting": (
            "Kuv hnov phom tua los yog muaj neeg tab tom tua phom",
            "phom tua phom mos txwv",
            "Kev tua phom ua rau txhua tus neeg nyob ze muaj kev txaus ntshai. "
            "Mus rau hauv tsev, nyob deb ntawm qhov rais, ces hu.",
        ),
        "Someone is not breathing or is struggling to breathe": (
            "Ib tug neeg tsis ua pa los yog ua pa nyuaj",
            "tsis ua pa ua pa nyuaj txhaws",
            "Txhua feeb uas tsis muaj pa tseem ceeb heev. Tus neeg teb xov tooj yuav qhia koj ua CPR.",
        ),
        "My car was broken into and whoever did it is gone": (
            "Muaj neeg tsoo kuv lub tsheb thiab nws twb khiav lawm",
            "tsheb qhov rais tawg nyiag",
            "Tam sim no tsis muaj leej twg muaj kev txaus ntshai. "
            "Tus xov tooj tsis yog xwm txheej ceev yuav sau daim ntawv qhia.",
        ),
    },
}
