"""Spanish: the finder's built-in vocabulary, and how Spanish is written (see en.py for what each name means).

Written as residents of Minneapolis type it: without accents (they are folded, "está" is "esta"), with
Mexican and Central American words ("troca", "ahorita", "cuete") and English mixed in ("shooting").
Words are compared by a light stemmer that strips plural, gender and verb endings ("sangra",
"sangrando" and "sangre" meet). Where a present and a past form would meet ("roban", "robaron"), the
past form is written exactly ("=robaron") or in PAST_FORMS.
"""

from home.finder.languages.places import CITY_PLACES, OUTSIDE_PLACES

GROUPS = {
    "person": """me te lo la le los las nos alguien persona personas gente hombre mujer senor senora nino nina
        ninos ninas bebe hijo hija mama papa madre padre abuela abuelo esposo esposa marido novio novia pareja
        hermano hermana tio tia primo prima amigo amiga vecino vecina muchacho muchacha chavo chava joven
        morro morra chamaco chamaca familia el ella ellos""",
    "family": """nino nina bebe hijo hija mama papa madre padre abuela abuelo abuelita abuelito esposo esposa
        hermano hermana tio tia primo prima nieto nieta chamaco chamaca morro morra muchacho muchacha""",
    "home": "casa apartamento depa departamento edificio cuarto sotano garaje cochera puerta ventana patio",
    "door": "puerta puertas ventana ventanas chapa cerradura manija",
}

# English that residents mix in: the same signals, compared through the Spanish stemmer.
_ENGLISH = """shooting | shots fired | gun | knife | stabbed | overdose | not breathing | bleeding | fire | smoke |
help | emergency | 911"""

DANGER = {
    "medical": f"""inconsciente | desmayo | desmayada | desmayado | se desmayo | perdio el conocimiento |
        no despierta | no se despierta | no reacciona | no responde | no se mueve | no respira | no puede respirar |
        no esta respirando | dejo de respirar | casi no respira | le cuesta respirar | dificultad para respirar |
        respira mal | se esta ahogando | se ahoga | ahogando | ahogandose | atragantado | atragantada |
        atragantando | convulsion | convulsiones | convulsionando | ataque | temblando todo | derrame | embolia |
        cara caida | cara torcida | boca chueca | no puede hablar | habla raro | habla arrastrado | brazo dormido |
        dolor de pecho | dolor en el pecho | le duele el pecho | me duele el pecho | infarto | corazon |
        sobredosis | narcan | muchas pastillas | demasiadas pastillas | tomo ... pastillas | se tomo |
        labios morados | labios azules | poniendo azul | se puso morado | sangre | sangra | sangrando |
        desangrando | sangrado | hemorragia | herido | herida | heridos | lastimado | lastimada | lastimados |
        corte profundo | se corto con | alergia | alergica | alergico | reaccion alergica | garganta cerrando |
        se le cierra la garganta | hinchando | epipen | picadura | se cayo | se cae | cayo | caida |
        no se puede levantar | no puede levantarse | tirado en el piso | tirada en el piso | tirado en el suelo |
        en el piso y | en el suelo y | quemado | quemada | quemadura | envenenado | envenenada | veneno |
        embarazada ... sangr | dando a luz | trabajo de parto | contracciones | se le rompio la fuente |
        ambulancia | paramedicos | diabetico | diabetica | azucar baja | insulina | muriendo | se muere |
        se esta muriendo | muerto | muerta | se murio | atrapado | atrapada | hueso roto | pierna rota |
        brazo roto | fractura | golpe en la cabeza | atropellado | atropellada | atropellaron | lo atropello |
        la atropello | en el agua | en el rio | en el lago | en la alberca | en la piscina | bajo el hielo |
        se hundio | muy enfermo | muy enferma | vomitando sangre | mareado y | insolacion | hipotermia |
        carro caliente | emergencia medica | asma | {_ENGLISH}""",
    "violence": """pistola | pistolas | arma | armas | armado | armada | rifle | escopeta | cuerno de chivo |
        balazo | balazos | balacera | bala | balas | disparo | disparos | disparando | dispararon | =tiros | =tiro |
        =tirotearon | tiroteo | le dieron un tiro | cuchillo | cuchillos | navaja | machete | filero | punal |
        apunalado | apunalada | acuchillado | acuchillada | acuchillaron | pelea | peleando | pelean |
        se estan peleando | golpeando | golpea | golpean | golpeo | golpearon | le pega | me pega | nos pega |
        pegando | pegandole | pateando | patadas | agrediendo | agresion | asalto | asaltando | asaltaron |
        atacando | ataco | atacaron | ataque con | amenaza | amenazando | amenazo | amenazas | matar | matarme |
        matarla | matarlo | matarnos | me va a matar | violencia | violencia domestica | abuso | abusando | abusa |
        violacion | violaron | violo | secuestro | secuestrado | secuestrada | secuestraron |
        se lo llevaron a la fuerza | se la llevaron a la fuerza | arrastrando | estrangulando | ahorcando |
        gritando | gritos | grita | rehen | orden de restriccion | orden de proteccion | bate | aventando |
        tirando piedras | a la fuerza""",
    "fire": """fuego | incendio | incendiando | se quema | se esta quemando | quemandose | en =llamas | humo |
        sale humo | hay humo | huele a humo | olor a humo | huele a quemado | gas | huele a gas | olor a gas |
        fuga de gas | monoxido | monoxido de carbono | alarma de monoxido | cable caido | cables caidos |
        cable de luz | cables de luz | linea electrica | chispas | chispeando | explosion | exploto |
        derrame quimico | olor a quimicos""",
    "intruder": """esta entrando | estan entrando | quiere entrar | quieren entrar | tratando de entrar |
        intentando entrar | trata de entrar | quiso entrar | quisieron entrar | tratando de abrir |
        intentando abrir | trata de abrir | quiere abrir | forzando la @door | alguien adentro | alguien dentro |
        alguien en mi | alguien esta en mi | hay alguien en | hay alguien afuera | alguien afuera |
        un hombre en mi | un extrano | extrano en | extrano afuera | intruso | intrusos | me sigue | me siguen |
        me esta siguiendo | me estan siguiendo | siguiendome | persiguiendo | me persigue | acechando |
        vigilando mi casa | vigilandome | espiando | mirando por la ventana | asomandose | escondido | escondida |
        escondiendose | merodeando | rondando | sospechoso | sospechosa | sospechosos | golpeando la @door |
        pateando la @door | rompiendo la @door | jalando la @door | moviendo la @door | oigo a alguien |
        escucho a alguien | escucho pasos | oigo pasos | ruidos raros | ruido raro | ruidos extranos | oigo ruidos |
        escucho ruidos | esta adentro | estan adentro | sigue adentro | siguen adentro | todavia esta adentro |
        todavia estan adentro""",
    "fear": """miedo | tengo miedo | asustado | asustada | aterrado | aterrada | ayuda | ayudame | ayudenme |
        auxilio | socorro | peligro | en peligro | no me siento seguro | no me siento segura | panico | emergencia""",
    "crisis": """suicidio | suicida | suicidarse | se quiere matar | quiere matarse | me quiero matar | matarse |
        quitarse la vida | quitarme la vida | no quiere vivir | no quiero vivir | se quiere morir | quiere morir |
        me quiero morir | se va a tirar | tirarse del puente | saltar del puente | en el puente | cortandose |
        se esta cortando | hacerse dano | hacerme dano | crisis | crisis mental | brote psicotico | psicotico |
        psicotica | alucinando | escucha voces | oye voces | fuera de control""",
    "missing": """desaparecido | desaparecida | @family desaparecio | desaparecio mi @family | no encuentro a |
        no encontramos a | no encuentro a mi @family | no aparece mi @family | se perdio mi @family |
        @family se perdio | @family esta perdido | @family esta perdida | @family ... no ha regresado |
        @family ... no regreso | @family ... no volvio | @family ... no llego | perdi a | perdimos a |
        se me perdio mi @family | se nos perdio | no ha vuelto a casa | no regreso a casa | no llego a casa |
        @family ... no ha llegado | se salio de la casa | se escapo de la casa | demencia | alzheimer | autismo |
        autista | alerta amber | solo en casa | sola en casa | dejaron solo | dejaron sola""",
    "driving": """conductor borracho | manejando borracho | borracho manejando | maneja borracho |
        manejando como loco | manejando peligroso | zigzag | zigzagueando | en sentido contrario |
        contra el trafico | casi atropella | casi me atropella | casi choca | bloqueando el trafico |
        en medio de la calle | en medio de la interseccion | arrancones | carreras en la calle""",
}

NEUTRAL = """me pegaron al carro | le pegaron al carro | pegaron al carro | pego al carro | pegaron a la troca |
estacion de bomberos | departamento de bomberos | hidrante | gasolinera | estacion de gas | tanque de gas |
sin gas | se acabo el gas | echar gas | gas del carro | tienda de humo | alarma del carro | alarma de carro |
alarma de la troca | ayuda con | ayuda para reportar | ayudarme a reportar | ayudarme con | sala de emergencias |
cuarto de emergencia | fuegos artificiales | dar seguimiento | seguimiento | pila de la alarma |
bateria de la alarma | pila del detector | bateria del detector | sin heridos | cuetes | cohetes | gas de la troca |
robaron la gasolina | robaron gasolina | golpearon mi carro | le pegaron a mi carro | pegaron a mi carro |
chocaron mi carro | le pegaron a mi troca | se corto la luz"""

SAFE = """no es emergencia | no es una emergencia | nadie esta herido | nadie salio herido | nadie herido |
no hay heridos | todos estan bien | todos bien | estamos bien | estoy bien | estoy a salvo | estamos a salvo |
nadie lastimado | nadie esta lastimado"""

NOW_STRONG = """sigue en | siguen en | sigue por | siguen por | anda por | andan por | ahora mismo | ahorita |
orita | ahorita mismo | en este momento | en este instante | todavia | aun esta | aun estan | esta pasando |
estan pasando | sigue pasando | acaba de | acaban de | acabo de | en vivo | right now | esta aqui | estan aqui |
esta afuera | estan afuera | otra vez aqui | =volvio | =volvieron | sigue aqui | siguen aqui | sigue ahi |
siguen ahi | sigue alli | =esta =robando | =estan =robando | =esta =rompiendo | =estan =rompiendo |
=esta =forzando | =estan =forzando | =esta =quebrando | =estan =quebrando | =estan =llevandose |
=se =estan =llevando | =se =esta =llevando | =esta =pintando | =estan =pintando | =esta =rayando | =estan =rayando |
=esta =entrando | =estan =entrando"""
NOW_WORDS = "ahora"
JUST = ""  # Spanish says "acaba de", a phrase of NOW_STRONG
JUST_NOT_NOW = ""
ACTORS = """alguien hombre mujer tipo senor senora nino ninos joven jovenes persona personas gente ellos el
    ella ladron vecino muchacho muchachos chavo chavos morro morros vato batos cholos"""
PRESENT_AUX = "esta estan estoy estamos sigue siguen anda andan"
PROGRESSIVE = ("ando", "iendo", "yendo")
PROGRESSIVE_MIN_LENGTH = 6
NOT_VERBS = "cuando mando comando armando fernando orlando hernando blando bando"

PAST = """ayer | anoche | antier | antenoche | la semana pasada | el mes pasado | el fin de semana | hace ... dias |
hace ... horas | hace ... semana | hace ... semanas | hace rato | hace un rato | esta manana | en la manana |
mas temprano | temprano | durante la noche | mientras dormia | mientras dormiamos | mientras estaba |
mientras no estaba | cuando no estaba | ya se fue | ya se fueron | se fue | se fueron | ya no esta | ya no estan |
ya paso | ya termino | =encontre | =descubri | cuando =llegue | al llegar | =regrese | =volvi | llegue a casa |
=desperte | al despertar | reporte | reportar | denuncia | poner una denuncia | hacer un reporte | numero de caso |
mi caso | el caso | el seguro | mi seguro | aseguranza | reclamo | como reporto | donde reporto | como hago |
ya no | =fue =robado | =fue =robada | me lo =robaron | no hay nadie | ya no hay nadie"""
PAST_FORMS = """robaron robaste robado robada robados robadas rompieron quebraron rompio quebro forzaron
    forzado rayaron rayado pintaron ponchado ponchadas poncharon llevaron tomaron hackearon estafaron
    desaparecio cortaron chocaron pegaron"""

CRIME = """robando | roban | roba | robar | =robaron | =robado | ladron | asaltando | se metio | se metieron |
metiendose | forzando | quebrando | rompiendo | romper | grafiti | graffiti | pintando | vandalismo | vandalizando |
rayando | rayaron | ponchando | ponchar | llevandose | se estan llevando | catalitico | carterista | robo"""

NUISANCE = """ruido | ruidoso | musica | fiesta | fiestas | bocinas | ladrando | ladra | perro ladrando | cuetes |
cohetes | fuegos artificiales | construccion | estacionado | estacionada | estacionamiento | estacionaron |
bloqueando mi entrada | bloqueando la entrada | bloqueando mi cochera | bloqueando el garaje | alarma de carro |
abandonado | abandonada | no se ha movido | llantas ponchadas | perdi | se me perdio | encontre una | encontre un |
estafa | estafaron | estafador | fraude | robo de identidad | identidad | hackearon | tarjeta | cheque | cargos |
en linea | internet | facebook | marketplace | reporte | reporte policial | aseguranza | numero de caso |
copia del reporte | bache | basura | dinero | cuenta | banco | zelle | cash app | venmo | paypal | por semanas |
por dias | hace semanas | desde hace | varios dias"""

OUTSIDE_CALLER = f"""fuera de la ciudad | afuera de la ciudad | fuera de minneapolis | no estoy en minneapolis |
no estoy en la ciudad | otro estado | otra ciudad | suburbio | de viaje | de vacaciones | en mexico | en el norte |
{OUTSIDE_PLACES}"""
IN_CITY = f"""minneapolis | mpls | en la ciudad | policia de minneapolis | policia de la ciudad |
fuera de la ciudad | {CITY_PLACES}"""

CONTRACTIONS = {
    "q": "que",
    "k": "que",
    "xq": "porque",
    "pq": "porque",
    "porq": "porque",
    "x": "por",
    "d": "de",
    "pa": "para",
    "tmb": "tambien",
    "xfa": "por favor",
    "porfa": "por favor",
    "toy": "estoy",
    "ta": "esta",
    "rn": "right now",
}
IS_AFTER = frozenset()
# Forms the stemmer cannot bring together, or must keep apart ("caso" is not "casa").
IRREGULAR = {
    "caso": "caso",
    "casos": "caso",
    "siguio": "sigue",
    "siguieron": "sigue",
    "seguir": "sigue",
    "seguia": "sigue",
    "persiguio": "persigue",
    "perseguir": "persigue",
    "hirio": "herido",
    "hirieron": "herido",
    "ladron": "robar",
    "ladrones": "robar",
    "ratero": "robar",
    "rateros": "robar",
    "hurto": "robar",
    "troca": "carro",
    "troka": "carro",
    "trocas": "carro",
    "camioneta": "carro",
    "coche": "carro",
    "auto": "carro",
    "vehiculo": "carro",
    "bici": "bicicleta",
    "ninos": "nino",
    "chamaco": "nino",
    "morro": "nino",
    "policias": "policia",
    "choque": "chocar",
    "choco": "chocar",
    "chocaron": "chocar",
    "accidente": "chocar",
    "muerto": "muerto",
    "muerta": "muerto",
    "cuete": "cuete",
    "cuetes": "cuete",
    # "ll" for "y" is the most common slip (both sound alike), too far apart for the spelling tolerance.
    "desmallo": "desmayo",
    "desmallado": "desmayado",
    "desmallada": "desmayada",
    "callo": "cayo",
    "callendo": "cayendo",
}
_ENDINGS = (
    "iendo yendo ando aron ieron aban aba ados adas idos idas ado ada ido ida ar er ir as os es an en a o e s"
).split()


def strip(word):
    """The word without one plural, gender or verb ending, keeping at least three letters."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


SPELLING = "es"
KEEP_APOSTROPHES = True

_NEGATORS = "no ni nadie nunca ninguno ninguna ningun nada sin tampoco"
CLAUSE_BREAKS = "y e pero porque entonces o mientras cuando pues"
# "no para de sangrar", "no deja de": what follows goes on.
CONTINUING = "para paran deja dejan parar dejar"
_STOPWORDS = """a al ante con de del el la las los lo le les un una unos unas y o que en es son fue era por
    para mi mis tu su sus me te se nos yo usted ustedes ella ellos ellas este esta esto estos estas ese esa eso
    hay ha han he muy mas como donde quien alguien tengo tiene llamar llamo favor hola buenas tambien aqui
    alli ahi pues bueno si"""
# Matching compares stems: the list holds the words and their stems.
NEGATORS = " ".join({*_NEGATORS.split(), *map(strip, _NEGATORS.split())})
STOPWORDS = " ".join({*_STOPWORDS.split(), *map(strip, _STOPWORDS.split())})
JOINED = {}
