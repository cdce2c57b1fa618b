"""The kit's fixed texts in each language: the session plan, the safety preface, headings, the directory."""

from __future__ import annotations

WORDS: dict[str, dict] = {
    "es": {
        "title": "Policía en Modo Niñez",
        "subtitle": "Kit de taller para imprimir",
        "page": "pág.",
        "contents": "Contenido",
        "ages": {"early": "3 a 5 años", "school": "6 a 11 años", "adolescent": "12 a 17 años"},
        "plan_title": "Plan de la sesión (2 h 40 min)",
        "plan_intro": (
            "Un taller por el juego, como los de Huánuco, Tingo María y Pucallpa: primero los policías "
            "juegan a ser las niñas y los niños, y después vuelven a ser policías. Para 10 a 40 "
            "participantes, con un proyector y el juego en modo Taller (facilitador)."
        ),
        "plan": [
            (
                "0:00",
                "15 min",
                "Bienvenida y acuerdos",
                (
                    "Leer juntos la página «Antes de empezar». Acordar la confidencialidad del grupo y la "
                    "señal para salir un momento."
                ),
            ),
            (
                "0:15",
                "15 min",
                "Prueba de entrada",
                (
                    "En el modo taller («Prueba de entrada») la sala vota cada decisión; o en papel, cada "
                    "uno solo (hojas de este kit)."
                ),
            ),
            (
                "0:30",
                "35 min",
                "Roles invertidos: jugar a ser el niño",
                (
                    "En parejas, con las tarjetas: una persona es la niña o el niño y la otra el policía. "
                    "El policía dice la respuesta; quien hace de niño lee lo que sintió. Luego cambian. "
                    "Comentar en la sala: ¿qué se siente desde abajo?"
                ),
            ),
            (
                "1:05",
                "10 min",
                "Pausa activa",
                ("Respiración cuadrada: inhalar 4, sostener 4, exhalar 4, sostener 4, cinco veces."),
            ),
            (
                "1:15",
                "40 min",
                "Volver a ser policías: un escenario en sala",
                (
                    "Modo taller: la sala vota, se revela la elección, su porqué y lo que sintió el niño. "
                    "Tecla D: la pregunta para el grupo."
                ),
            ),
            (
                "1:55",
                "20 min",
                "Banco de frases",
                (
                    "Por grupos de edad: leer en voz alta lo que sí decir y practicarlo con la voz y a la "
                    "altura de los ojos."
                ),
            ),
            ("2:15", "10 min", "Directorio local", "Completar juntos los teléfonos y nombres de la zona."),
            (
                "2:25",
                "15 min",
                "Prueba de salida y cierre",
                (
                    "Otro escenario de la misma dificultad. Cierre: ¿qué hará distinto mañana? ¿Con quién "
                    "hablará después de un caso difícil?"
                ),
            ),
        ],
        "plan_columns": ("Hora", "Duración", "Actividad", "Cómo"),
        "materials": (
            "Materiales: proyector y una PC con el juego; tarjetas de roles (una hoja por pareja); banco de "
            "frases y directorio (uno por participante); hojas de la prueba; lapiceros."
        ),
        "safety_title": "Antes de empezar: cuidarnos en el taller",
        "safety": [
            (
                "Estos casos pueden tocar la propia historia.",
                (
                    "Muchas personas vivieron violencia de niñas o niños, o la viven en su familia. Es "
                    "normal que algo de lo que se juega hoy remueva recuerdos."
                ),
            ),
            (
                "Puede salir cuando lo necesite.",
                (
                    "No hace falta explicar nada: levante la tarjeta o salga un momento. Nadie está "
                    "obligado a representar un papel ni a contar algo propio."
                ),
            ),
            (
                "Con quién hablar.",
                (
                    "Con quien facilita, en la pausa o al final; con el psicólogo o la psicóloga de su "
                    "unidad o de Sanidad; con la Línea 100 (gratuita, las 24 horas) si lo que se removió es "
                    "violencia que vive hoy."
                ),
            ),
            (
                "Lo que se dice aquí, se queda aquí.",
                ("Se comentan los casos del juego, no las historias personales de los compañeros."),
            ),
            (
                "Cuidar a quien cuida.",
                (
                    "Atender a niñas y niños que vivieron violencia cansa y duele. Notar el propio estrés, "
                    "respirar antes y después de un caso, pedir u ofrecer una conversación con un colega o "
                    "un jefe es parte del trabajo, no una debilidad."
                ),
            ),
        ],
        "grounding": (
            "Un ejercicio de un minuto: pies en el piso, mirar cinco cosas alrededor, respirar lento tres "
            "veces, y volver."
        ),
        "cards_title": "Tarjetas de roles invertidos",
        "cards_how": (
            "Una persona hace de niña, niño o adolescente; la otra, de policía. El policía dice la "
            "respuesta; quien hace de niño lee en voz alta lo que sintió. Después, la otra respuesta."
        ),
        "situation": "Situación",
        "if_say": "Si el policía dice o hace:",
        "child_feels": "Lo que siente",
        "good": "Respuesta cuidadosa",
        "poor": "Respuesta que daña",
        "sheet": "hoja",
        "phrases_title": "Banco de frases",
        "say": "Decir",
        "avoid": "No decir",
        "why": "Por qué",
        "phrases_how": (
            "Frases tomadas de los escenarios: a la izquierda las que cuidan, a la derecha las que dañan y "
            "por qué. Se dicen a la altura de los ojos, con calma, una idea por frase."
        ),
        "directory_title": "Directorio local (complételo en el taller)",
        "directory_columns": ("Servicio", "Nombre y contacto", "Teléfono", "Dirección y horario"),
        "directory": [
            ("CEM (Centro Emergencia Mujer, programa Warmi Ñan)", ""),
            ("Fiscalía penal de turno", ""),
            ("Fiscalía de Familia", ""),
            ("Juzgado de Familia", ""),
            ("UPE (Unidad de Protección Especial) o DEMUNA acreditada", ""),
            ("Instituto de Medicina Legal (IML)", ""),
            ("Centro de salud u hospital (kit de emergencia)", ""),
            (
                "Intérpretes: Central de Interpretación y Traducción (CIT), Ministerio de Cultura",
                "(01) 618-9383, 24 h",
            ),
            ("Intérprete de lengua de señas peruana", ""),
            ("Línea 100 (violencia, gratuita, 24 h)", "100"),
            ("Línea 1818, opción 1 (trata de personas)", "1818"),
            ("DIRCTPTIM (PNP, trata) y FISTRAP (fiscalía especializada)", ""),
        ],
        "test_title": {"pre": "Prueba de entrada", "post": "Prueba de salida"},
        "test_how": (
            "Los mismos escenarios que el modo taller usa como prueba de entrada y de salida. En papel, "
            "cada participante marca una opción por situación, sin nombre (un código basta)."
        ),
        "code": "Código:",
        "question": "Situación",
        "choose": "¿Qué hace usted? Marque una.",
        "key_title": "Clave para quien facilita",
        "best": "Máximo",
        "key_how": (
            "Puntos de cada opción (la suma de las competencias del escenario). Sume los de cada hoja y "
            "compare la entrada con la salida."
        ),
        "option_letters": "ABCD",
    },
    "en": {
        "title": "Policía en Modo Niñez",
        "subtitle": "A printable workshop kit",
        "page": "p.",
        "contents": "Contents",
        "ages": {"early": "ages 3 to 5", "school": "ages 6 to 11", "adolescent": "ages 12 to 17"},
        "plan_title": "Session plan (2 h 40 min)",
        "plan_intro": (
            "A workshop through play, like those in Huánuco, Tingo María and Pucallpa: first the officers "
            "play the children, then they are officers again. For 10 to 40 participants, with a projector "
            "and the game in Workshop (facilitator) mode."
        ),
        "plan": [
            (
                "0:00",
                "15 min",
                "Welcome and agreements",
                (
                    'Read the "Before we start" page together. Agree '
                    "on the group's confidentiality and the signal for stepping out."
                ),
            ),
            (
                "0:15",
                "15 min",
                "Pre-test",
                (
                    'In workshop mode ("Pre-test") the room votes on each decision; '
                    "or on paper, each person alone (sheets in this kit)."
                ),
            ),
            (
                "0:30",
                "35 min",
                "Role reversal: playing the child",
                (
                    "In pairs, with the cards: one is the child and the other the officer. The officer says "
                    "the answer; the one playing the child reads what the child felt. Then swap. Discuss in "
                    "the room: how does it feel from down there?"
                ),
            ),
            ("1:05", "10 min", "Active break", "Box breathing: in 4, hold 4, out 4, hold 4, five times."),
            (
                "1:15",
                "40 min",
                "Officers again: a scenario in the room",
                (
                    "Workshop mode: the room votes, the choice is revealed with its why and what the child "
                    "felt. Key D: the question for the room."
                ),
            ),
            (
                "1:55",
                "20 min",
                "Phrase bank",
                ("By age group: read aloud what to say and practise it with the voice and at eye level."),
            ),
            ("2:15", "10 min", "Local directory", "Fill in the area's numbers and names together."),
            (
                "2:25",
                "15 min",
                "Post-test and closing",
                (
                    "Another scenario of the same difficulty. Closing: what will you do differently "
                    "tomorrow? Whom will you talk to after a hard case?"
                ),
            ),
        ],
        "plan_columns": ("Time", "Length", "Activity", "How"),
        "materials": (
            "Materials: a projector and a PC with the game; role cards (one sheet per pair); phrase bank "
            "and directory (one per participant); test sheets; pens."
        ),
        "safety_title": "Before we start: looking after ourselves in the workshop",
        "safety": [
            (
                "These cases can touch your own story.",
                (
                    "Many people lived through violence as children, or live with it in their family. It is "
                    "normal for something played today to stir up memories."
                ),
            ),
            (
                "You can step out whenever you need to.",
                (
                    "No explanation needed: raise the card or leave for a moment. Nobody has to play a part "
                    "or tell anything of their own."
                ),
            ),
            (
                "Whom to talk to.",
                (
                    "The facilitator, at the break or at the end; your unit's or the health service's "
                    "psychologist; Línea 100 (free, 24 hours) if what came up is violence you live with "
                    "today."
                ),
            ),
            (
                "What is said here stays here.",
                "We discuss the game's cases, not colleagues' personal stories.",
            ),
            (
                "Caring for the caregiver.",
                (
                    "Seeing children who have lived through violence is tiring and painful. Noticing your "
                    "own stress, breathing before and after a case, asking for or offering a talk with a "
                    "colleague or a supervisor is part of the job, not a weakness."
                ),
            ),
        ],
        "grounding": (
            "A one-minute exercise: feet on the floor, look at five things around you, breathe slowly three "
            "times, and come back."
        ),
        "cards_title": "Role-reversal cards",
        "cards_how": (
            "One person plays the child or adolescent; the other, the officer. The officer says the answer; "
            "the one playing the child reads aloud what the child felt. Then the other answer."
        ),
        "situation": "Situation",
        "if_say": "If the officer says or does:",
        "child_feels": "What the child feels",
        "good": "A careful answer",
        "poor": "An answer that harms",
        "sheet": "sheet",
        "phrases_title": "Phrase bank",
        "say": "Say",
        "avoid": "Don't say",
        "why": "Why",
        "phrases_how": (
            "Phrases taken from the scenarios: on the left those that care, on the right those that harm "
            "and why. Say them at eye level, calmly, one idea per sentence."
        ),
        "directory_title": "Local directory (fill it in at the workshop)",
        "directory_columns": ("Service", "Name and contact", "Phone", "Address and hours"),
        "directory": [
            ("CEM (women's emergency centre, Warmi Ñan programme)", ""),
            ("Criminal prosecutor on duty", ""),
            ("Family Prosecutor", ""),
            ("Family Court", ""),
            ("UPE (special protection unit) or accredited DEMUNA", ""),
            ("Institute of Legal Medicine (IML)", ""),
            ("Health centre or hospital (emergency kit)", ""),
            (
                "Interpreters: Central de Interpretación y Traducción (CIT), Ministry of Culture",
                "(01) 618-9383, 24 h",
            ),
            ("Peruvian Sign Language interpreter", ""),
            ("Línea 100 (violence, free, 24 h)", "100"),
            ("Línea 1818, option 1 (human trafficking)", "1818"),
            ("DIRCTPTIM (PNP, trafficking) and FISTRAP (specialised prosecutor)", ""),
        ],
        "test_title": {"pre": "Pre-test", "post": "Post-test"},
        "test_how": (
            "The same scenarios workshop mode uses as pre-test and post-test. On paper, each participant "
            "marks one option per situation, without a name (a code is enough)."
        ),
        "code": "Code:",
        "question": "Situation",
        "choose": "What do you do? Mark one.",
        "key_title": "Key for the facilitator",
        "best": "Best possible",
        "key_how": (
            "Points of each option (the sum of the scenario's competencies). Add up each sheet and compare "
            "the pre-test with the post-test."
        ),
        "option_letters": "ABCD",
    },
}
