"""The 15 most common demo situations in Somali and Hmong: {English title: (title, keywords, reason)}."""

# Drafts written for the demo, not reviewed by a qualified translator.
SITUATIONS_SO = {
    "I hear gunshots or someone is shooting": (
        "Waxaan maqlayaa rasaas ama qof baa tooganaya",
        "rasaas xabbad toogasho tooganaya toogtay qori bastoolad shooting",
        "Rasaastu waxay khatar gelisaa qof kasta oo u dhow. Gudaha gal oo daaqadaha ka fogow, kadibna wac.",
    ),
    "Someone has a gun, a knife or another weapon": (
        "Qof baa sita qori, mindi ama hub kale",
        "qori bastoolad mindi middi hub hubaysan seef hanjabaya",
        "Hubku wuxuu dhaawac keeni karaa daqiiqad kasta.",
    ),
    "A fight or an assault is happening": (
        "Dagaal ama weerar ayaa dhacaya",
        "dagaal dagaalamaya weerar weeraray garaacaya ku dhuftay",
        "Rabshad socota waa khatar nafeed, waana la hormariyaa.",
    ),
    "Someone is hurting a partner or family member": (
        "Qof baa dhibaateynaya xaaskiisa ama qoyskiisa",
        "tacaddi xadgudub garaacaya ninkayga xaaskayga qoys gacan ka hadal",
        "Rabshadda qoyska si degdeg ah ayay u xumaan kartaa. Haddii aadan hadli karin, khadka ku jir.",
    ),
    "Someone is breaking into a home or garage right now": (
        "Qof baa hadda guri ama garaash jabinaya",
        "soo galaya guriga albaabka jabinaya daaqadda garaash tuug guriga ku jira",
        "Dembi socda wuxuu khatar ku yahay nafta iyo hantida: booliisku hadda waa inay yimaadaan.",
    ),
    "A child or a vulnerable adult is missing": (
        "Ilmo ama qof weyn oo nugul ayaa maqan",
        "maqan lumay ilmo ilmaha wiil gabar lama helo xusuus lumis",
        "Daqiiqadaha ugu horreeya ayaa ugu muhiimsan marka qof aan is ilaalin karin maqan yahay.",
    ),
    "Someone is unconscious or will not wake up": (
        "Qof baa miyir la'aan ah ama aan soo kacayn",
        "miyir beel miyir laaan suuxay suuxday ma soo kacayo ma hadlayo",
        "Qof miyir la'aan ah hadda ambalaas buu u baahan yahay; qofka taleefanka qaata ayaa ku hagaya.",
    ),
    "Someone is not breathing or is struggling to breathe": (
        "Qof baan neefsanayn ama si dhib ah u neefsanaya",
        "ma neefsanayo neefsan kari waayay neef neefta ceshan",
        "Daqiiqad kasta oo hawo la'aan ah waa muhiim. Qofka taleefanka qaata ayaa kaa caawin kara CPR.",
    ),
    "Someone is bleeding badly": (
        "Qof baa dhiig badan ka baxaya",
        "dhiig dhiigbax dhiig baxaya dhaawac mindi la mudey",
        "Si adag u riix nabarka inta aad sugayso; qofka taleefanka qaata ayaa ku caawin kara.",
    ),
    "A fire, or smoke in a building": (
        "Dab, ama qiiq dhismo ku jira",
        "dab dabka qiiq gubanaya guri jiko garaash gaari",
        "Dabku daqiiqado ayuu ku faafaa. Marka hore bax, kadibna wac.",
    ),
    "A smell of gas, or a carbon monoxide alarm": (
        "Urta gaaska, ama alaarmiga kaarboon monoksaydh",
        "gaas gaaska ur urta daadanaya alaarmi kaarboon",
        "Marka hore dhismaha ka bax, kadib dibadda ka wac. Waxba ha shidin ha damin.",
    ),
    "My car was broken into and whoever did it is gone": (
        "Gaarigayga waa la jabiyey, kii sameeyeyna wuu tagay",
        "gaari gaariga daaqad la jabiyey jabiyeen xadeen xalay",
        "Hadda qofna khatar kuma jiro. Khadka aan degdegga ahayn ayaa qaata warbixinta.",
    ),
    "My car was stolen": (
        "Gaarigayga waa la xaday",
        "gaari gaariga la xaday xadeen maqan",
        "Haddii xoog lagaaga qaaday, ama hadda la qaaday, wac 911. Haddii kale 311 ayaa qaata warbixinta.",
    ),
    "Loud music, a party, fireworks or a barking dog": (
        "Muusig cod dheer, xaflad, fireworks ama eey ciyaya",
        "buuq muusig muusiko xaflad aroos deris eey ciyaya fireworks",
        "Buuqu ma aha xaalad degdeg ah: wac 311, ha wacin 911.",
    ),
    "A minor crash: nobody is hurt and the cars are out of traffic": (
        "Shil yar: qofna ma dhaawacmin, gaadiiduna jidka way ka baxeen",
        "shil gaari isku dhacay dhaawac ma jiro qofna ma dhaawacmin yar",
        "Haddii qofna uusan dhaawacmin oo jidku furan yahay, 311 ayaa qaata warbixinta.",
    ),
}

# Drafts written for the demo, not reviewed by a qualified translator.
SITUATIONS_HMN = {
    "I hear gunshots or someone is shooting": (
        "Kuv hnov suab phom los yog muaj neeg tua phom",
        "tua phom suab phom phom raug tua shooting",
        "Phom ua rau txhua tus nyob ze muaj kev phom sij. Nkag hauv tsev, nyob deb ntawm qhov rais, ces hu.",
    ),
    "Someone has a gun, a knife or another weapon": (
        "Muaj neeg tuav phom, riam los yog lwm yam riam phom",
        "phom rab phom riam rab riam riam phom hem",
        "Riam phom ua rau muaj neeg raug mob tau txhua lub sijhawm.",
    ),
    "A fight or an assault is happening": (
        "Muaj neeg sib ntaus los yog ua phem rau lwm tus",
        "sib ntaus ntaus neeg raug ntaus nplawm",
        "Kev sib ntaus uas tab tom muaj yog txoj sia muaj kev phom sij, yuav tsum pab ua ntej.",
    ),
    "Someone is hurting a partner or family member": (
        "Muaj neeg ua phem rau nws tus txij nkawm los yog tsev neeg",
        "ua phem rau poj niam ntaus poj niam ntaus menyuam tsev neeg yuam",
        "Kev ua phem hauv tsev neeg phem zuj zus sai. Yog koj hais lus tsis tau, tsis txhob muab xov tooj tso.",
    ),
    "Someone is breaking into a home or garage right now": (
        "Muaj neeg tab tom nkag tsev los yog garage tam sim no",
        "tab tom nkag sim nkag tsoo qhov rooj tub sab tsev garage",
        "Kev ua txhaum uas tab tom muaj ua rau txoj sia thiab khoom muaj kev phom sij: tub ceev xwm yuav tsum tuaj.",
    ),
    "A child or a vulnerable adult is missing": (
        "Menyuam los yog ib tug neeg laus uas xav tau kev saib xyuas ploj lawm",
        "ploj menyuam nrhiav tsis pom nrhiav tsis tau tsis nco qab",
        "Thawj feeb yog qhov tseem ceeb tshaj plaws thaum ib tug neeg uas tu tsis taus nws tus kheej ploj.",
    ),
    "Someone is unconscious or will not wake up": (
        "Muaj neeg tsis nco qab los yog tsis sawv",
        "tsis nco qab tsaus muag tsis sawv tsis teb tsis txav",
        "Ib tug neeg tsis nco qab xav tau tsheb thauj neeg mob tam sim no.",
    ),
    "Someone is not breathing or is struggling to breathe": (
        "Muaj neeg tsis ua pa los yog ua pa nyuaj",
        "tsis ua pa ua tsis taus pa nyuaj ua pa txhaws pa",
        "Txhua feeb tsis muaj pa tseem ceeb. Tus txais xov tooj qhia tau koj ua CPR.",
    ),
    "Someone is bleeding badly": (
        "Muaj neeg los ntshav ntau",
        "los ntshav ntshav ntws raug mob raug chob",
        "Nias lub qhov txhab kom tuab thaum koj tos; tus txais xov tooj pab tau koj.",
    ),
    "A fire, or smoke in a building": (
        "Hluav taws, los yog pa taws hauv tsev",
        "hluav taws kub hnyiab pa taws tsev chav ua mov garage tsheb",
        "Hluav taws kis sai heev. Tawm ua ntej, ces hu.",
    ),
    "A smell of gas, or a carbon monoxide alarm": (
        "Hnov tsw roj, los yog lub tswb carbon monoxide nrov",
        "tsw roj ntxhiab roj roj xau gas tswb carbon monoxide",
        "Tawm hauv lub tsev ua ntej, ces hu ntawm sab nraud. Tsis txhob qhib los yog kaw dab tsi.",
    ),
    "My car was broken into and whoever did it is gone": (
        "Muaj neeg tsoo kuv lub tsheb thiab lawv twb khiav lawm",
        "tsheb tsoo iav qhov rais tub sab nyiag nag hmo",
        "Tam sim no tsis muaj leej twg muaj kev phom sij. Tus xov tooj tsis yog xwm txheej ceev txais daim ntawv.",
    ),
    "My car was stolen": (
        "Kuv lub tsheb raug nyiag",
        "tsheb raug nyiag nyiag lawm tub sab tsheb ploj",
        "Yog lawv siv zog txeeb, los yog nyuam qhuav nyiag, hu 911. Yog tsis yog, hu 311.",
    ),
    "Loud music, a party, fireworks or a barking dog": (
        "Suab paj nruag nrov, noj haus lom zem, foob pob hluav taws los yog aub tom",
        "suab nrov paj nruag noj haus lom zem party foob pob aub tom zej zog",
        "Suab nrov tsis yog xwm txheej ceev: hu 311, tsis txhob hu 911.",
    ),
    "A minor crash: nobody is hurt and the cars are out of traffic": (
        "Tsheb sib tsoo me me: tsis muaj leej twg raug mob",
        "tsheb sib tsoo me me tsis muaj leej twg raug mob tsis raug mob",
        "Yog tsis muaj leej twg raug mob thiab txoj kev qhib, 311 txais daim ntawv.",
    ),
}
