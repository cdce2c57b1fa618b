"""`new`: a starter scenario that validates as written, with comments that teach the format.

The skeleton is one small but complete story (two decisions, a detour that rejoins, three endings)
so `play --text` works on it at once; the comments, in Spanish or English, say what each field is.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from .. import paths
from ..scenario import schema as s

MAX_ID = 64
RESERVED = {"principles"}  # principles.yaml lives beside the scenarios
# Names Windows gives to devices: no file can have them, whatever its extension.
DEVICE_NAMES = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))}


class StarterError(Exception):
    """The starter cannot be written: an unsafe id, or a file already there."""


def check_id(scenario_id: str) -> None:
    """Refuse an id that cannot be a scenario id and a file name on every system."""
    if scenario_id in RESERVED:
        raise StarterError(
            f"'{scenario_id}' is reserved ({scenario_id}.yaml is the rubric); choose another id"
        )
    if scenario_id.lower() in DEVICE_NAMES:
        raise StarterError(
            f"'{scenario_id}' is a device name on Windows: no file can be called "
            f"{scenario_id}.yaml there; choose another id"
        )
    if len(scenario_id) > MAX_ID or not re.fullmatch(s.SAFE_ID_PATTERN, scenario_id):
        hint = suggest_id(scenario_id)
        raise StarterError(
            f"'{scenario_id}' cannot be a scenario id: use lowercase letters a-z, digits and '_', in parts "
            f"joined by single '-', starting with a letter, at most {MAX_ID} characters"
            + (f" (for example '{hint}')" if hint else "")
        )


def suggest_id(text: str) -> str:
    """A safe id close to what was typed ('Mi Escenario Ñandú' -> 'mi-escenario-nandu'), or ''."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"-+", "-", re.sub(r"[^a-z0-9_]+", "-", plain)).strip("-_")
    slug = re.sub(r"^[^a-z]+", "", slug)[:MAX_ID].rstrip("-")
    return (
        slug if slug and slug not in RESERVED | DEVICE_NAMES and re.fullmatch(s.SAFE_ID_PATTERN, slug) else ""
    )


def default_folder() -> Path:
    """Where a new scenario goes unless the author says: the current folder (never the installed game)."""
    return Path.cwd()


def write_starter(scenario_id: str, folder: Path | None = None, language: str = "es") -> Path:
    """Write `<folder>/<id>.yaml`; never overwrites. Returns the path written."""
    check_id(scenario_id)
    folder = Path(folder) if folder is not None else default_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{scenario_id}.yaml"
    try:
        with open(path, "x", encoding="utf-8", newline="\n") as out:
            out.write(starter_text(scenario_id, schema_reference(folder), language))
    except FileExistsError:
        raise StarterError(
            f"{path} already exists; choose another id, or move that file away first"
        ) from None
    return path


def schema_reference(folder: Path) -> str:
    """The JSON Schema as the modeline names it: a path relative to the folder, else a file URL."""
    schema = paths.schema_path().resolve()
    try:
        return Path(os.path.relpath(schema, Path(folder).resolve())).as_posix()
    except ValueError:  # another drive (Windows): no relative path exists
        return schema.as_uri()


def starter_text(scenario_id: str, schema: str, language: str = "es") -> str:
    """The starter file's text, its comments in `language` ("es" or "en")."""
    notes = NOTES[language]
    title = scenario_id.replace("-", " ").replace("_", " ").capitalize()

    def comment(match: re.Match) -> str:
        indent, key = match.group(1), match.group(2)
        return "\n".join(f"{indent}# {line}".rstrip() for line in notes[key].splitlines())

    text = re.sub(r"^( *)#: (\w+)$", comment, SKELETON, flags=re.MULTILINE)
    text = re.sub(r"  #= (\w+)$", lambda m: "  # " + notes[m.group(1)], text, flags=re.MULTILINE)
    return f"# yaml-language-server: $schema={schema}\n" + text.replace("@ID@", scenario_id).replace(
        "@TITLE@", title
    ).replace("@CMD@", paths.command())


SKELETON = """\
#: intro
id: @ID@  #= id
version: 1  #= version
languages: [es, en]
#: text
title: {es: "@TITLE@", en: "@TITLE@"}
summary:
  es: "Nina, de 8 años, llega sola a la comisaría después del colegio."
  en: "Nina, 8, comes to the police station alone after school."
age_group: school  #= age_group
duration_minutes: 10
#: principles
principles: [safety, trust, communication]
#: characters
characters:
  nina: {name: "Nina", age: 8, portrait: girl_school}
#: variables
variables:
  comfort: {start: 30}
background: front_desk  #= background
start: llegada  #= start
#: trainer
trainer:
  premise:
    es: "Un martes por la tarde, en la mesa de partes de una comisaría, una niña de 8 años entra sola y se queda callada frente al mostrador."
    en: "One Tuesday afternoon, at a police station's front desk, a girl of 8 comes in alone and stands in silence at the counter."
  goals:
    - es: "Recibir a una niña que llega sola: a su altura, fuera del mostrador, diciendo quién es uno."
      en: "Receive a child who comes alone: at her height, away from the counter, saying who you are."
    - es: "Prometer solo lo que uno controla y explicar qué sigue."
      en: "Promise only what you control and explain what comes next."
  key_points:
    - es: "La llegada: una niña sola puede estar en peligro; nunca se la devuelve a casa sin escucharla."
      en: "Arrival: a child on her own may be in danger; she is never sent home without being heard."
    - es: "«¿Mi mamá se va a enterar?»: la verdad, con palabras simples, en vez de una promesa imposible."
      en: "\\"Will my mum find out?\\": the truth, in simple words, instead of an impossible promise."
#: states
states:
  llegada:
    speaker: narrator  #= speaker
    text:
      es: "Martes, cuatro de la tarde. Nina, de 8 años, entra sola con la mochila del colegio. Se queda parada frente al mostrador, que le llega a los ojos, y no dice nada."
      en: "Tuesday, four in the afternoon. Nina, 8, comes in alone with her school backpack. She stands at the counter, which comes up to her eyes, and says nothing."
    child: {who: nina, mood: scared}  #= child
    #: choices
    choices:
      - id: agacharse
        text:
          es: "Salgo del mostrador, me agacho a su altura y le digo: «Soy Carmen, soy policía. Aquí estás a salvo»."
          en: "I come out from behind the counter, crouch to her height and say: \\"I'm Carmen, I'm a police officer. You're safe here.\\""
        to: oficina
        score: {safety: 2, trust: 1, communication: 1}  #= score
        add: {comfort: 15}  #= add
        #: feedback
        feedback:
          es: "Bien: a su altura, fuera del mostrador y con su nombre, usted es una persona y no una ventanilla. «Aquí estás a salvo» responde a lo primero que necesita saber."
          en: "Good: at her height, away from the counter and giving your name, you are a person, not a window. \\"You're safe here\\" answers the first thing she needs to know."
        #: child_sees
        child_sees:
          es: "Se agachó. Es casi de mi tamaño. Se llama Carmen."
          en: "She crouched down. She's almost my size. Her name is Carmen."
      - id: desde_el_mostrador
        text:
          es: "Le pregunto desde el mostrador qué necesita y le pido que hable más fuerte, porque hay bulla."
          en: "From behind the counter I ask her what she needs and ask her to speak up, because it's noisy."
        to: bulla
        score: {safety: -2, communication: -1}
        add: {comfort: -10}
        feedback:
          es: "Desde arriba y delante de todos, una niña no puede hablar, y pedirle que hable más fuerte la expone aún más. Salga del mostrador, agáchese y llévela a un lugar tranquilo."
          en: "From above and in front of everyone, a child cannot speak, and asking her to speak up exposes her even more. Come out from the counter, crouch down and take her somewhere quiet."
        child_sees:
          es: "La señora está muy arriba. Todos me miran. Ya no quiero hablar."
          en: "The lady is way up high. Everyone is looking at me. I don't want to talk any more."
      - id: que_vuelva
        text:
          es: "Le explico con amabilidad que los niños no pueden hacer trámites solos y que vuelva mañana con su mamá o con su papá."
          en: "I explain kindly that children can't do paperwork on their own and that she should come back tomorrow with her mum or her dad."
        to: final_malo
        score: {safety: -2, trust: -2}
        add: {comfort: -20}
        feedback:
          es: "Una niña que llega sola a una comisaría puede estar en peligro. Nunca se la devuelve sin escucharla: atiéndala de inmediato, a su altura y en un lugar tranquilo."
          en: "A child who comes to a police station alone may be in danger. She is never sent back without being heard: see to her at once, at her height and somewhere quiet."
        child_sees:
          es: "Me dijo que me vaya. Pero yo no quiero volver a mi casa."
          en: "She told me to go. But I don't want to go back home."
  #: detour
  bulla:
    text:
      es: "Nina baja la mirada y aprieta las tiras de la mochila. Un señor de la cola se ríe de algo. Nina da un paso hacia la puerta."
      en: "Nina looks down and grips the straps of her backpack. A man in the queue laughs at something. Nina takes a step towards the door."
    child: {who: nina, mood: withdrawn}
    choices:
      - id: corregir
        text:
          es: "Salgo del mostrador, me agacho a su lado y le digo: «Perdona, aquí hay mucha bulla. ¿Vamos a un cuarto tranquilo?»"
          en: "I come out from the counter, crouch beside her and say: \\"Sorry, it's very noisy here. Shall we go to a quiet room?\\""
        to: oficina
        score: {safety: 1, communication: 1}
        add: {comfort: 10}
        feedback:
          es: "Bien corregido: reconocer el error y ofrecer un lugar tranquilo le devuelve algo de seguridad. Mejor aún es hacerlo desde el primer momento."
          en: "Well recovered: owning the mistake and offering a quiet place gives her back some safety. Better still is to do it from the first moment."
        child_sees:
          es: "Ahora sí me habla bajito. Me voy con ella."
          en: "Now she's talking quietly. I'll go with her."
      - id: apurarla
        text:
          es: "Le digo que no tenga miedo, que aquí nadie le va a hacer nada, y que me cuente rápido qué pasó para poder ayudarla."
          en: "I tell her not to be afraid, that nobody here will do anything to her, and to tell me quickly what happened so I can help her."
        to: oficina
        score: {trust: -1, communication: -1}
        add: {comfort: -5}
        feedback:
          es: "«No tengas miedo» no quita el miedo, y la prisa le dice que su historia molesta. Primero un lugar tranquilo y tiempo; contará lo que pasó cuando se sienta segura."
          en: "\\"Don't be afraid\\" does not take fear away, and hurrying tells her that her story is a bother. First a quiet place and time; she will tell what happened when she feels safe."
        child_sees:
          es: "Quiere que hable rápido. Se me olvidan las palabras."
          en: "She wants me to talk fast. The words go out of my head."
  oficina:
    text:
      es: "En la oficina, Nina se sienta en una silla bajita. Mira la puerta y pregunta: «¿Mi mamá se va a enterar de que vine?»"
      en: "In the office, Nina sits on a low chair. She looks at the door and asks: \\"Will my mum find out I came?\\""
    background: office
    child: {who: nina, mood: tense}
    choices:
      - id: prometer
        text:
          es: "Le prometo que nadie se va a enterar de nada, para que se quede tranquila y me cuente."
          en: "I promise her that nobody will find out anything, so she can relax and tell me."
        to: final_mixto
        score: {trust: -2}
        feedback:
          es: "Una promesa que no podrá cumplir rompe la confianza cuando la niña descubra que otros sí se enteran. Prometa solo lo que usted controla: escucharla y explicarle cada paso."
          en: "A promise you cannot keep breaks her trust when she finds out that others do hear about it. Promise only what you control: listening to her and explaining each step."
        child_sees:
          es: "Nadie se va a enterar. Entonces le puedo contar un poquito."
          en: "Nobody will find out. So I can tell her a little bit."
      - id: decir_la_verdad
        text:
          es: "Le digo la verdad con palabras simples: «Todavía no lo sé. Primero quiero escucharte; luego te explico qué hacemos»."
          en: "I tell her the truth in simple words: \\"I don't know yet. First I want to listen to you; then I'll explain what we'll do.\\""
        to: final_bueno
        score: {trust: 2, communication: 1}
        add: {comfort: 10}
        feedback:
          es: "Bien: no promete lo que no controla y le dice qué sigue. Una niña que recibe la verdad puede creer lo que usted le diga después."
          en: "Good: you do not promise what you do not control, and you tell her what comes next. A child who is told the truth can believe what you say later."
        child_sees:
          es: "No sabe todavía. Pero me va a explicar. Le creo."
          en: "She doesn't know yet. But she's going to explain. I believe her."
      - id: llamar_a_casa
        text:
          es: "Llamo a su mamá para que venga a recogerla; con una menor de edad es lo primero que corresponde."
          en: "I call her mum to come and pick her up; with a minor, that is the first thing to do."
        to: final_malo
        score: {safety: -2, trust: -1}
        add: {comfort: -20}
        feedback:
          es: "Antes de llamar a la familia hay que saber por qué vino sola: el peligro puede estar en casa. Escúchela primero, solo lo mínimo, y avise al CEM o a la Fiscalía de Familia."
          en: "Before calling the family, find out why she came alone: the danger may be at home. Listen to her first, only the minimum, and tell the CEM or the Family Prosecutor."
        child_sees:
          es: "Está llamando a mi casa. Ya no digo nada."
          en: "She's calling my home. I won't say anything now."
  #: endings
  final_bueno:
    ending: good
    text:
      es: "Nina respira más despacio y cuenta lo mínimo: en su casa hay gritos y tiene miedo. Usted anota sus palabras exactas y llama al CEM; una psicóloga la escuchará con calma, una sola vez."
      en: "Nina breathes more slowly and tells the minimum: there is shouting at home and she is scared. You write down her exact words and call the CEM; a psychologist will listen to her calmly, once."
    child: {who: nina, mood: relieved}
  final_mixto:
    ending: mixed
    text:
      es: "Nina cuenta un poco. Cuando usted llama al CEM, entiende que otros sí se van a enterar y deja de hablar. Habrá que recuperar su confianza."
      en: "Nina tells a little. When you call the CEM, she realises that others will hear about it and stops talking. Her trust will have to be won back."
    child: {who: nina, mood: sad}
  final_malo:
    ending: poor
    text:
      es: "Nina se va sin decir lo que vino a contar. Nadie sabe si esta noche estará a salvo."
      en: "Nina leaves without saying what she came to tell. Nobody knows whether she will be safe tonight."
    child: {who: nina, mood: withdrawn}
"""

NOTES = {
    "es": {
        "intro": """\
Escenario inicial escrito por `@CMD@ new`. Cambie la historia por la suya.
Después de cada cambio: @CMD@ validate ESTE_ARCHIVO
Para jugarlo en la terminal: @CMD@ play --text ESTE_ARCHIVO
Guía completa: docs/authoring.md (guia-autores.md junto a la aplicación). La línea 1 le da al editor el esquema del formato.""",
        "id": "igual al nombre del archivo, sin .yaml",
        "version": "súbala al publicar cambios: un intento a medias de otra versión no se retoma",
        "text": """\
Cada texto va en los dos idiomas: {es: "...", en: "..."}. Escriba primero el español.
Si falta `en`, el juego muestra el español y `validate` avisa.
`translations` agrega `en_from` a un texto: así sabe si el español cambió después de traducir.""",
        "age_group": "early (3-5) | school (6-11) | adolescent (12-17)",
        "principles": """\
Competencias que este escenario puntúa (ids de scenarios/principles.yaml): safety, trust, voice,
no_revictimization, communication, protection, collaboration, self_care. Cada una debe subir
en alguna elección y bajar en otra.""",
        "characters": """\
Personajes: id: {name, age, portrait, role}. role: child (por defecto) | adult | officer.
Retratos (assets/manifest.yaml): girl_early, boy_early, girl_school, boy_school, girl_teen,
boy_teen, mother, father, grandmother, officer, teacher, interpreter.""",
        "variables": """\
`comfort` (0-100) se muestra como el medidor de comodidad del niño o la niña.
Las elecciones lo mueven con `add: {comfort: 10}` o lo fijan con `set: {comfort: 50}`.""",
        "background": "waiting_room | front_desk | office (cada estado puede cambiarlo)",
        "start": "el primer estado",
        "trainer": "Lo que lee quien facilita el taller: la situación, 2-4 objetivos, 3-5 puntos clave.",
        "states": """\
Los estados: un momento de la historia. Si tiene `choices`, el policía decide;
si tiene `ending: good | mixed | poor`, la historia termina ahí.
Toda ruta debe llegar a un final, y ningún estado puede volver a uno anterior.""",
        "speaker": "narrator, officer o el id de un personaje",
        "child": "el retrato que se ve; mood: calm | scared | sad | withdrawn | relieved | tense",
        "choices": """\
3 o 4 elecciones por decisión. Las equivocadas son lo que un policía cansado y bienintencionado
haría de verdad; que ninguna sea obvia por su redacción, y varíe el lugar de la mejor.
Condición opcional para mostrar una elección: when: {comfort: {at_least: 50}}""",
        "score": "de -3 a 3, solo competencias de `principles`",
        "add": "suma al medidor de comodidad",
        "feedback": "Por qué, con palabras de la guía; si fue un error, qué hacer en su lugar (trate al policía de usted).",
        "child_sees": "Lo que sintió o pensó el niño o la niña, con su voz y su edad, en una o dos frases.",
        "detour": """\
Un desvío: las elecciones flojas pasan por un estado de consecuencia que vuelve a la ruta
principal con otro ánimo y otra comodidad.""",
        "endings": "Los finales: al menos uno de cada calidad (good, mixed, poor).",
    },
    "en": {
        "intro": """\
Starter scenario written by `@CMD@ new`. Replace the story with your own.
After every change: @CMD@ validate THIS_FILE
To play it in a terminal: @CMD@ play --text THIS_FILE
Full guide: docs/authoring.en.md (authoring-guide.md beside the app). Line 1 gives your editor the format's schema.""",
        "id": "the file name without .yaml",
        "version": "raise it when you publish changes: an unfinished attempt of another version is not resumed",
        "text": """\
Every text is in both languages: {es: "...", en: "..."}. Write the Spanish first.
Without `en` the game shows the Spanish, and `validate` warns.
`translations` adds `en_from` to a text, so it knows when the Spanish changed after translating.""",
        "age_group": "early (3-5) | school (6-11) | adolescent (12-17)",
        "principles": """\
Competencies this scenario scores (ids from scenarios/principles.yaml): safety, trust, voice,
no_revictimization, communication, protection, collaboration, self_care. Each must go up in
some choice and down in another.""",
        "characters": """\
Characters: id: {name, age, portrait, role}. role: child (the default) | adult | officer.
Portraits (assets/manifest.yaml): girl_early, boy_early, girl_school, boy_school, girl_teen,
boy_teen, mother, father, grandmother, officer, teacher, interpreter.""",
        "variables": """\
`comfort` (0-100) is shown as the child's comfort meter.
Choices move it with `add: {comfort: 10}` or set it with `set: {comfort: 50}`.""",
        "background": "waiting_room | front_desk | office (a state may change it)",
        "start": "the first state",
        "trainer": "What the facilitator reads: the situation, 2-4 goals, 3-5 key points.",
        "states": """\
States: a moment of the story. With `choices`, the officer decides;
with `ending: good | mixed | poor`, the story ends there.
Every path must reach an ending, and no state may lead back to an earlier one.""",
        "speaker": "narrator, officer or a character id",
        "child": "the portrait shown; mood: calm | scared | sad | withdrawn | relieved | tense",
        "choices": """\
3 or 4 choices per decision. Wrong ones are what a tired, well-meaning officer really does;
none should be obvious from its wording, and vary where the best one sits.
Optional condition to offer a choice: when: {comfort: {at_least: 50}}""",
        "score": "-3 to 3, only competencies listed in `principles`",
        "add": "added to the comfort meter",
        "feedback": "Why, in the guideline's terms; when it was wrong, what to do instead (the Spanish addresses the officer as usted).",
        "child_sees": "What the child felt or thought, in the child's own voice and age, in one or two sentences.",
        "detour": """\
A detour: weaker choices pass through a consequence state that rejoins the main path
with another mood and comfort.""",
        "endings": "Endings: at least one of each quality (good, mixed, poor).",
    },
}
