# ruff: noqa: E501 (the keys are the English segments, whole, as wagtail-localize extracts them)
"""Spanish. DRAFT written for the demo, not reviewed by a qualified translator (see __init__.py)."""

TEXTS = {
    # Addresses (slugs): /es/<slug>/ (the home page's is not in its address)
    "home": "inicio",
    "when-to-call": "cuando-llamar-al-911",
    "about": "acerca-de-minneapolis-911",
    "request-a-speaker": "pida-una-charla",
    # Home page
    "Minneapolis 911": "Minneapolis 911",
    "Minneapolis 911: when to call 911, 311 or the outside-city line": (
        "Minneapolis 911: cuándo llamar al 911, al 311 o a la línea para fuera de la ciudad"
    ),
    "Minneapolis 911 answers emergency calls and sends police, fire and ambulance help.": (
        "Minneapolis 911 contesta las llamadas de emergencia y envía ayuda de la policía, los bomberos y la ambulancia."
    ),
    "Minneapolis 911 answers emergency calls and sends police, fire and ambulance help to the people of Minneapolis.": (
        "Minneapolis 911 contesta las llamadas de emergencia y envía ayuda de la policía, los bomberos y la "
        "ambulancia a la gente de Minneapolis."
    ),
    "Examples of what to call 911 for, and what to call 311 for.": (
        "Ejemplos de cuándo llamar al 911 y cuándo llamar al 311."
    ),
    "Who answers your call and how the center works.": "Quién contesta su llamada y cómo funciona el centro.",
    "News and recognition": "Noticias y reconocimientos (en inglés)",
    "Awards, nominations and news.": "Premios, nominaciones y noticias, en inglés.",
    "Ask 911 staff to speak at your block party or community meeting.": (
        "Pida que personal del 911 hable en la fiesta de su cuadra o en una reunión de su comunidad."
    ),
    "How quickly 911 calls are answered each month, against the national standard.": (
        "Qué tan rápido se contestan las llamadas al 911 cada mes, comparado con el estándar nacional."
    ),
    "Meet 911 staff at open houses, block parties and National Night Out.": (
        "Conozca al personal del 911 en jornadas de puertas abiertas, fiestas de cuadra y National Night Out."
    ),
    # Guidance page
    "When to call 911": "Cuándo llamar al 911",
    "When to call 911, when to call 311, and the line to call from outside city limits.": (
        "Cuándo llamar al 911, cuándo llamar al 311 y qué línea llamar desde fuera de los límites de la ciudad."
    ),
    "Call 911 when police, fire or medical help must come to you now. For everything else there is a better number, which keeps 911 lines free.": (
        "Llame al 911 cuando la policía, los bomberos o la ayuda médica deban venir a donde usted está ahora. "
        "Para todo lo demás hay un número mejor, y así las líneas del 911 quedan libres."
    ),
    "Police, fire or medical help needs to respond to your location now.": (
        "La policía, los bomberos o la ayuda médica deben venir a donde usted está ahora."
    ),
    "A crime happening now": "Un delito que está pasando ahora",
    "A fire or a smell of gas": "Un incendio o olor a gas",
    "Someone badly hurt or not breathing": "Alguien gravemente herido o que no respira",
    "A crash with injuries": "Un choque con heridos",
    "Non-emergency crime reports, or prior incidents that do not require a police response.": (
        "Denuncias de delitos que no son emergencias, o hechos que ya pasaron y no necesitan que venga la policía."
    ),
    "A theft you discovered later": "Un robo que descubrió después",
    "A car break-in after the person has gone": "Alguien entró a su carro y ya se fue",
    "Graffiti or vandalism": "Grafiti o vandalismo",
    "You are outside Minneapolis city limits but need an immediate Minneapolis Police response.": (
        "Usted está fuera de los límites de Minneapolis pero necesita que la policía de Minneapolis responda ya."
    ),
    "You are in a suburb and someone in Minneapolis is in danger right now": (
        "Usted está en un suburbio y alguien en Minneapolis está en peligro ahora mismo"
    ),
    "In 2013, there were on average over one thousand police, fire and ambulance responses a day. Police calls are handled in order of urgency.": (
        "En 2013 hubo en promedio más de mil respuestas de policía, bomberos y ambulancia al día. "
        "Las llamadas a la policía se atienden por orden de urgencia."
    ),
    "Threats to life or property are handled first.": "Primero se atienden las amenazas a la vida o a la propiedad.",
    "Calls where the situation is more stable come next.": "Después vienen las llamadas en que la situación es más estable.",
    "This means incidents like music complaints may have to wait while crimes like robberies and assaults are dealt with.": (
        "Por eso, quejas como la música alta pueden tener que esperar mientras se atienden delitos como robos y agresiones."
    ),
    "Answering 911 lines is everyone's first job at Minneapolis 911.": (
        "Contestar las líneas del 911 es el primer trabajo de todos en Minneapolis 911."
    ),
    "Say where you are first: the address, or the nearest intersection or landmark.": (
        "Diga primero dónde está: la dirección, o el cruce de calles o el lugar conocido más cercano."
    ),
    "Say what is happening. Help is often being sent while you answer the questions.": (
        "Diga qué está pasando. Muchas veces la ayuda ya va en camino mientras usted contesta las preguntas."
    ),
    "Stay on the line until the call taker says you can hang up. If you called by mistake, stay on the line and say so.": (
        "No cuelgue hasta que la persona que contesta le diga que puede colgar. Si llamó por error, no cuelgue y dígalo."
    ),
    "If anyone is in danger, or it is happening now, call 911.": (
        "Si alguien está en peligro, o si está pasando ahora, llame al 911."
    ),
    # About page
    "About Minneapolis 911": "Acerca de Minneapolis 911",
    "Who answers Minneapolis 911 calls, and how the emergency communications center works.": (
        "Quién contesta las llamadas al 911 de Minneapolis y cómo funciona el centro de comunicaciones de emergencia."
    ),
    "The Minneapolis Emergency Communications Center answers 911 calls and dispatches police, fire and ambulance help.": (
        "El Centro de Comunicaciones de Emergencia de Minneapolis contesta las llamadas al 911 y envía ayuda de la "
        "policía, los bomberos y la ambulancia."
    ),
    "Minneapolis 911 staffs about 80 men and women who work together as a motivated team of valued, competent and highly trained employees. We are committed to treating the public and each other with respect and professionalism.": (
        "En Minneapolis 911 trabajan unos 80 hombres y mujeres que forman un equipo motivado de empleados valorados, "
        "competentes y muy bien capacitados. Nos comprometemos a tratar al público y a nuestros compañeros con respeto "
        "y profesionalismo."
    ),
    "What we do": "Lo que hacemos",
    "Our job is to provide police, fire and ambulance services to the people of Minneapolis. We work directly with the Minneapolis Police Department, the Minneapolis Fire Department, Hennepin County Ambulance Dispatch and North Memorial Ambulance Dispatch.": (
        "Nuestro trabajo es dar servicios de policía, bomberos y ambulancia a la gente de Minneapolis. Trabajamos "
        "directamente con el Departamento de Policía de Minneapolis, el Departamento de Bomberos de Minneapolis, el "
        "despacho de ambulancias del condado de Hennepin y el despacho de ambulancias de North Memorial."
    ),
    "In 2013, the year these figures describe:": "En 2013, el año que describen estas cifras:",
    "Over 1,000 police, fire and ambulance responses a day, on average.": (
        "Más de 1,000 respuestas de policía, bomberos y ambulancia al día, en promedio."
    ),
    "About 2,000 calls answered every day by 911 Operators and Police-Fire Dispatchers.": (
        "Unas 2,000 llamadas contestadas cada día por operadores del 911 y despachadores de policía y bomberos."
    ),
    "Answering 911 lines is everyone's prime directive at Minneapolis 911.": (
        "Contestar las líneas del 911 es la primera obligación de todos en Minneapolis 911."
    ),
    "Our goal": "Nuestra meta",
    "Our work supports the City goal: <b>A Safe Place to Call Home</b>. Minneapolis 911 is proud to serve the people of Minneapolis, and proud of how we do it.": (
        "Nuestro trabajo apoya la meta de la ciudad: <b>Un lugar seguro al que llamar hogar</b>. Minneapolis 911 está "
        "orgulloso de servir a la gente de Minneapolis, y de cómo lo hace."
    ),
    "Public education": "Educación pública",
    "Our public education staff attend block parties and community meetings to answer questions and concerns about 911 service.": (
        "Nuestro personal de educación pública va a fiestas de cuadra y reuniones comunitarias para contestar "
        "preguntas y dudas sobre el servicio del 911."
    ),
    # Speaker request page
    "Request a speaker": "Pida una charla",
    "Ask Minneapolis 911 public education staff to speak at your block party or community meeting.": (
        "Pida que el personal de educación pública de Minneapolis 911 hable en la fiesta de su cuadra o en una "
        "reunión de su comunidad."
    ),
    "Our public education staff attend block parties and community meetings to answer questions and concerns about 911 service: when to call 911 and when to call 311, what happens when you call, and what it is like to work at 911.": (
        "Nuestro personal de educación pública va a fiestas de cuadra y reuniones comunitarias para contestar "
        "preguntas y dudas sobre el servicio del 911: cuándo llamar al 911 y cuándo al 311, qué pasa cuando usted "
        "llama y cómo es trabajar en el 911."
    ),
    "This form sends your request straight to the outreach supervisor, with everything they need to reply.": (
        "Este formulario envía su solicitud directamente a la supervisora de divulgación, con todo lo que necesita "
        "para responderle."
    ),
    "The supervisor reads every request and replies by e-mail to confirm a visit or to suggest another date.": (
        "La supervisora lee cada solicitud y responde por correo electrónico para confirmar la visita o proponer "
        "otra fecha."
    ),
    # Contact numbers wording (the numbers themselves are never translated)
    "Emergency": "Emergencia",
    "Police, fire or medical help needs to come to your location now.": (
        "La policía, los bomberos o la ayuda médica deben venir a donde usted está ahora."
    ),
    "Text 911 if you can't call: send your address and what is happening; no photos or group texts.": (
        "Si no puede llamar, mande un texto al 911: escriba su dirección y qué está pasando; sin fotos ni mensajes "
        "de grupo."
    ),
    "Call 911 with your TTY and press any key. A silent call is treated as a possible TTY call, so stay on the line. Relay and video relay users can also ask for 911.": (
        "Llame al 911 con su TTY y presione cualquier tecla. Una llamada en silencio se trata como una posible "
        "llamada de TTY, así que no cuelgue. Quienes usan servicios de relevo o de video relevo también pueden "
        "pedir el 911."
    ),
    "Say the language you speak, in English: an interpreter will join the call.": (
        "Diga en inglés el idioma que habla, por ejemplo “Spanish”: un intérprete se unirá a la llamada."
    ),
    "Non-emergency": "No es emergencia",
    "Non-emergency crime reports, or incidents that already happened and need no police response.": (
        "Denuncias de delitos que no son emergencias, o hechos que ya pasaron y no necesitan que venga la policía."
    ),
    "Monday–Friday 7 a.m.–7 p.m., Saturday–Sunday 8 a.m.–4:30 p.m.": (
        "De lunes a viernes de 7 a. m. a 7 p. m.; sábados y domingos de 8 a. m. a 4:30 p. m."
    ),
    "Outside city limits": "Fuera de la ciudad",
    "988 Suicide &amp; Crisis Lifeline": "988 Línea de Prevención del Suicidio y Crisis",
    "A mental-health, suicide or substance-use crisis: call or text, any time. If someone is in danger now, call 911: Minneapolis can send a Behavioral Crisis Response team.": (
        "Una crisis de salud mental, de suicidio o de consumo de sustancias: llame o mande un texto, a cualquier "
        "hora. Si alguien está en peligro ahora, llame al 911: Minneapolis puede enviar un equipo de respuesta a "
        "crisis de conducta."
    ),
}
