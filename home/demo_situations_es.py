"""The demo situations in Spanish: {English title: (title, keywords, reason)}; the number is the English one's."""

# Drafts written for the demo, not reviewed by a qualified translator.
SITUATIONS_ES = {
    "I hear gunshots or someone is shooting": (
        "Escucho balazos o alguien está disparando",
        "balazos disparos tiros balacera disparando dispararon pistola cuetes shooting",
        "Los disparos ponen en peligro a todos los que están cerca. Entre y aléjese de las ventanas, luego llame.",
    ),
    "Someone has a gun, a knife or another weapon": (
        "Alguien tiene una pistola, un cuchillo u otra arma",
        "pistola cuchillo navaja arma armado machete bate amenazando apuntando",
        "Un arma puede causar una herida en cualquier momento.",
    ),
    "A fight or an assault is happening": (
        "Hay una pelea o un asalto",
        "pelea peleando asalto ataque atacando golpeando golpes pleito",
        "La violencia en curso amenaza la vida y se atiende primero.",
    ),
    "Someone is hurting a partner or family member": (
        "Alguien está lastimando a su pareja o a un familiar",
        "violencia doméstica abuso golpea pega esposo esposa novio novia pareja ex orden de restricción",
        "La violencia doméstica puede empeorar rápido. Si no puede hablar, quédese en la línea: la operadora escucha.",
    ),
    "Someone is following me or lurking near my home": (
        "Alguien me está siguiendo o anda rondando mi casa",
        "siguiendo sigue persigue acechando rondando merodeando espiando ventanas sospechoso extraño",
        "La policía puede encontrar a la persona mientras sigue cerca.",
    ),
    "Someone is breaking into a home or garage right now": (
        "Alguien está entrando a una casa o garaje ahora mismo",
        "entrando metiendose intruso adentro casa apartamento garaje cochera puerta forzando",
        "Un delito en curso amenaza vidas y bienes: la policía tiene que venir ya.",
    ),
    "Someone is breaking into or stealing a car right now": (
        "Alguien está abriendo o robando un carro ahora mismo",
        "carro troca robando quebrando ventana puertas catalitico llevandose",
        "La policía puede agarrarlos en el acto: llame mientras está pasando.",
    ),
    "Someone is robbing a person or a store right now": (
        "Alguien está asaltando a una persona o una tienda ahora mismo",
        "asalto asaltando robando tienda bolsa cartera arrebato",
        "Un asalto en curso pone a la gente en peligro.",
    ),
    "Someone is stealing or damaging property right now": (
        "Alguien está robando o dañando propiedad ahora mismo",
        "robando rompiendo quebrando pintando grafiti dañando ventanas paquetes porche",
        "Mientras está pasando, la policía puede venir y detenerlo.",
    ),
    "A child or a vulnerable adult is missing": (
        "Un niño o un adulto vulnerable está desaparecido",
        "desaparecido perdido niño niña hijo hija demencia alzheimer se salio no encuentro",
        "Los primeros minutos son los más importantes cuando falta alguien que no puede cuidarse solo.",
    ),
    "Someone is unconscious or will not wake up": (
        "Alguien está inconsciente o no despierta",
        "inconsciente desmayado desmayo no despierta no responde no reacciona",
        "Una persona inconsciente necesita una ambulancia ya; la operadora le guía hasta que llegue.",
    ),
    "Someone is not breathing or is struggling to breathe": (
        "Alguien no respira o le cuesta respirar",
        "no respira respirar ahogando labios morados asfixia",
        "Cada minuto sin aire cuenta. La operadora puede guiarle para dar RCP.",
    ),
    "Someone is choking": (
        "Alguien se está atragantando",
        "atragantado atragantando comida garganta ahogando",
        "La operadora le puede guiar mientras llega la ayuda.",
    ),
    "Someone is having a seizure": (
        "Alguien está teniendo una convulsión",
        "convulsion convulsiones convulsionando ataque epilepsia temblando",
        "Una ambulancia puede ayudar si la convulsión dura mucho o la persona se lastimó.",
    ),
    "Signs of a stroke: face drooping, arm weakness, slurred speech": (
        "Señales de derrame: cara caída, brazo débil, habla arrastrada",
        "derrame embolia cara caida brazo debil dormido habla arrastrado confundido",
        "El tratamiento del derrame funciona mejor en la primera hora: llame enseguida.",
    ),
    "Chest pain or a heart attack": (
        "Dolor de pecho o un infarto",
        "dolor pecho infarto corazon brazo dormido sudando",
        "Un infarto necesita una ambulancia ya.",
    ),
    "Someone has overdosed": (
        "Alguien tuvo una sobredosis",
        "sobredosis pastillas drogas aguja narcan poniendo azul",
        "Una sobredosis puede parar la respiración. Dé naloxona (Narcan) si la tiene, y llame.",
    ),
    "Someone is bleeding badly": (
        "Alguien está sangrando mucho",
        "sangrando sangre sangra herida cortada apuñalado herido lastimado",
        "Apriete fuerte la herida mientras espera; la operadora le puede ayudar.",
    ),
    "A severe allergic reaction": (
        "Una reacción alérgica grave",
        "alergia alergica reaccion hinchando garganta labios epipen picadura cacahuate",
        "La hinchazón puede cerrar la garganta rápido. Use un EpiPen si hay uno, luego llame.",
    ),
    "Someone is drowning or has gone through the ice": (
        "Alguien se está ahogando o cayó bajo el hielo",
        "ahogando agua lago rio alberca piscina hielo se hundio",
        "No se meta a sacarlo. Llame, y aviéntele algo que flote.",
    ),
    "Someone fell or is badly hurt": (
        "Alguien se cayó o está muy lastimado",
        "se cayo caida lastimado herido hueso roto golpe cabeza no se puede levantar",
        "Una caída fuerte o una herida necesita atención médica donde usted está.",
    ),
    "A fire, or smoke in a building": (
        "Un incendio, o humo en un edificio",
        "fuego incendio humo llamas quemando casa cocina garaje carro",
        "El fuego se extiende en minutos. Salga primero, luego llame.",
    ),
    "A smell of gas, or a carbon monoxide alarm": (
        "Olor a gas, o una alarma de monóxido de carbono",
        "gas fuga olor huele huevo podrido monoxido carbono alarma detector",
        "Salga primero del edificio y llame desde afuera. No prenda ni apague nada.",
    ),
    "Power lines are down": (
        "Hay cables de luz caídos",
        "cables luz caidos chispas poste tormenta electricidad",
        "Quédese a 10 metros por lo menos: un cable caído puede tener corriente.",
    ),
    "A drunk or dangerous driver on the road": (
        "Un conductor borracho o peligroso en la calle",
        "borracho manejando zigzag sentido contrario peligroso velocidad arrancones",
        "Diga hacia dónde va el carro y cómo es. No lo siga.",
    ),
    "A car crash with injuries or cars blocking traffic": (
        "Un choque con heridos o carros bloqueando el tráfico",
        "choque accidente chocaron heridos trafico bloqueando atropellado peaton",
        "Los heridos y las calles bloqueadas necesitan policía, bomberos o ambulancia en el lugar.",
    ),
    "Someone is threatening suicide or is in a mental-health crisis": (
        "Alguien amenaza con suicidarse o está en una crisis de salud mental",
        "suicidio suicidarse matarse quitarse la vida hacerse daño crisis salud mental psicotico puente",
        "Cuando alguien puede estar en peligro ahora, el 911 puede mandar ayuda, incluso un equipo de crisis.",
    ),
    "Someone is threatening to hurt me or someone else": (
        "Alguien amenaza con lastimarme a mí o a otra persona",
        "amenaza amenazando amenazo matar lastimar miedo",
        "Una amenaza de lastimar a alguien puede volverse violencia: la policía puede venir ya.",
    ),
    "A child left alone in a hot car or in danger": (
        "Un niño dejado solo en un carro caliente o en peligro",
        "niño niña bebe solo sola carro caliente encerrado",
        "Un niño solo en un carro puede sufrir daño en minutos.",
    ),
    "My car was broken into and whoever did it is gone": (
        "Se metieron a mi carro y ya se fueron",
        "carro troca ventana quebrada quebraron rompieron robaron del carro anoche",
        "Nadie está en peligro ahora. La línea que no es de emergencia toma el reporte.",
    ),
    "My home or garage was broken into and they are gone": (
        "Se metieron a mi casa o garaje y ya se fueron",
        "robo casa garaje cochera apartamento bodega se metieron vacaciones",
        "Si pueden seguir adentro, salga y llame al 911. Si ya se fueron, el 311 toma el reporte.",
    ),
    "My catalytic converter was stolen": (
        "Me robaron el catalizador",
        "catalitico catalizador robaron cortaron escape mofle",
        "Un robo que se descubre después es un reporte. Tenga a mano los datos del carro.",
    ),
    "My bike, scooter or package was stolen earlier": (
        "Me robaron la bici, el scooter o un paquete",
        "robaron robo bicicleta bici scooter paquete porche correo entrega",
        "Un robo pasado sin nadie cerca es un reporte, no una emergencia.",
    ),
    "My car was stolen": (
        "Me robaron el carro",
        "carro troca camioneta robaron robado se llevaron desaparecio",
        "Si se lo quitaron a la fuerza, o acaba de pasar, llame al 911. Si no, el 311 toma el reporte.",
    ),
    "My licence plate or tabs were stolen": (
        "Me robaron las placas o la calcomanía",
        "placa placas calcomania tabs robaron",
        "Una placa robada es un reporte para la línea que no es de emergencia.",
    ),
    "My wallet, phone or purse was stolen earlier": (
        "Me robaron la cartera, el teléfono o la bolsa",
        "cartera telefono celular bolsa mochila robaron carterista",
        "Un robo que ya pasó es un reporte para la línea que no es de emergencia.",
    ),
    "Fraud, a scam or identity theft": (
        "Fraude, estafa o robo de identidad",
        "estafa estafaron fraude identidad tarjeta credito debito banco cuenta hackearon cheque falso",
        "Un fraude que ya pasó es un reporte para la línea que no es de emergencia.",
    ),
    "Graffiti or damage to property found later": (
        "Grafiti o daños a la propiedad que encontré después",
        "vandalismo grafiti pintaron daños ventana rota rayaron llantas ponchadas huevos",
        "Un daño que ya pasó, sin nadie cerca, es un reporte para el 311.",
    ),
    "I lost something or found something": (
        "Perdí algo o encontré algo",
        "perdi perdido encontre cartera llaves telefono pasaporte bolsa",
        "Lo perdido y lo encontrado es un reporte que no es de emergencia.",
    ),
    "A car has been parked on my street for days": (
        "Un carro lleva días estacionado en mi calle",
        "abandonado carro troca estacionado llantas ponchadas no se ha movido dias semanas",
        "Un carro abandonado es un servicio de la ciudad, no una emergencia.",
    ),
    "A parking problem or a blocked driveway": (
        "Un problema de estacionamiento o la entrada bloqueada",
        "estacionado estacionamiento bloqueando entrada cochera callejon banqueta",
        "Los problemas de estacionamiento van a la línea que no es de emergencia.",
    ),
    "Loud music, a party, fireworks or a barking dog": (
        "Música alta, una fiesta, cuetes o un perro ladrando",
        "ruido musica alta fiesta vecinos bocinas perro ladrando cuetes cohetes",
        "El ruido no es una emergencia: llame al 311, no al 911. La policía atiende el ruido después de las"
        " llamadas donde hay vidas o bienes en peligro, así que puede tardar.",
    ),
    "A minor crash: nobody is hurt and the cars are out of traffic": (
        "Un choque leve: nadie está herido y los carros están fuera del tráfico",
        "choque accidente leve chocaron nadie herido sin heridos pegaron estacionado",
        "Sin heridos y con la calle libre, el 311 toma el reporte.",
    ),
    "I need a police report for insurance": (
        "Necesito un reporte de policía para el seguro",
        "reporte policia copia aseguranza seguro reclamo numero",
        "Los reportes y sus copias se piden por la línea que no es de emergencia.",
    ),
    "I want to follow up on a report or a case": (
        "Quiero dar seguimiento a un reporte o un caso",
        "seguimiento caso numero reporte estado agregar informacion",
        "Lo nuevo sobre un reporte anterior va por la línea que no es de emergencia.",
    ),
    "I am outside the city and someone in Minneapolis needs police now": (
        "Estoy fuera de la ciudad y alguien en Minneapolis necesita policía ya",
        "fuera de la ciudad suburbio otra ciudad edina st paul bloomington minneapolis policia",
        "Llamar al 911 fuera de la ciudad le comunica con el 911 de esa zona; esta línea llega directo al 911"
        " de Minneapolis.",
    ),
}
