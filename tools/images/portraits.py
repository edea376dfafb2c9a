"""Who gets a portrait, and what each looks like in words a student can check against a
photograph of the period. The game finds a portrait by the member's id in the scenario files
(`presidium: - id: beria`), so the keys here are those ids.

For the best-known faces the description names what everyone recognises (Khrushchev's bald head,
Beria's pince-nez, Brezhnev's eyebrows, Bulganin's and Ulbricht's pointed beards, Mao's collar,
Castro's beard and cap). For the less-known members it gives only what their official portraits
show plainly (hair, glasses, build, dress); those are likenesses in type, not in detail.
"""

from __future__ import annotations

from dataclasses import dataclass

from faces import Look
from inkprint import INK, LIGHT, MID


@dataclass(frozen=True)
class Sitter:
    name: str
    words: str  # what the portrait shows, for the README and a reviewer's check
    look: Look


GREY = MID
WHITE = LIGHT

SITTERS: dict[str, Sitter] = {
    # --- the First Secretary --------------------------------------------------------------------
    "khrushchev": Sitter(
        "Nikita Khrushchev",
        "bald crown with a grey fringe over the ears, a broad round face, small eyes, a mole "
        "beside the nose, a ready smile; dark suit with three gold Hero stars",
        Look(face="broad", age=62, hair="bald", hair_colour=GREY, eyes=0.75, smile=0.7,
             nose=1.2, mole=(-0.36, 0.62), stars=3)),
    # --- the Presidium, 1953-1964 -----------------------------------------------------------------
    "beria": Sitter(
        "Lavrentiy Beria",
        "pince-nez on a cord, a high bald forehead with thin dark hair at the sides, a round "
        "face and tight lips; dark suit",
        Look(face="round", age=54, hair="bald", hair_colour=INK, glasses="pince-nez",
             smile=-0.4)),
    "malenkov": Sitter(
        "Georgy Malenkov",
        "a heavy, soft round face with a double chin, dark hair combed straight back; the grey "
        "closed party tunic",
        Look(face="broad", age=51, hair="swept", eyes=0.85, dress="tunic", suit=GREY)),
    "molotov": Sitter(
        "Vyacheslav Molotov",
        "pince-nez, a small clipped moustache, a broad high forehead with receding grey hair; "
        "dark suit",
        Look(face="square", age=63, hair="receding", hair_colour=GREY, glasses="pince-nez",
             moustache="clipped", smile=-0.3)),
    "kaganovich": Sitter(
        "Lazar Kaganovich",
        "a broad, thick dark moustache, thick dark hair combed straight back, a heavy face; "
        "dark suit",
        Look(face="broad", age=60, hair="wavy", moustache="full", smile=-0.2)),
    "voroshilov": Sitter(
        "Kliment Voroshilov",
        "a marshal's uniform with the Marshal's Star at the collar, shoulder boards and "
        "ribbons; grey hair combed back, a small moustache",
        Look(face="oval", age=72, hair="swept", hair_colour=WHITE, moustache="clipped",
             dress="marshal", medals=3, stars=2)),
    "bulganin": Sitter(
        "Nikolai Bulganin",
        "a neat pointed white beard and moustache, grey hair swept back; dark suit",
        Look(face="oval", age=58, hair="swept", hair_colour=WHITE, beard="goatee")),
    "mikoyan": Sitter(
        "Anastas Mikoyan",
        "a full moustache, a long narrow face and a long nose, thick greying hair combed back in "
        "waves; dark suit",
        Look(face="long", age=58, hair="wavy", hair_colour=GREY, moustache="full", nose=1.15)),
    "pervukhin": Sitter(
        "Mikhail Pervukhin",
        "a broad face, dark hair combed back from a wide forehead; light suit",
        Look(face="square", age=49, hair="receding", suit=GREY)),
    "saburov": Sitter(
        "Maksim Saburov",
        "a full round face, thinning hair combed back; dark suit",
        Look(face="round", age=53, hair="receding", hair_colour=GREY)),
    "suslov": Sitter(
        "Mikhail Suslov",
        "spectacles, a long gaunt face, thin hair combed back; dark suit",
        Look(face="long", age=55, hair="receding", hair_colour=GREY, glasses="round",
             smile=-0.3)),
    "kirichenko": Sitter(
        "Aleksei Kirichenko",
        "a broad heavy face, dark hair combed back; dark suit",
        Look(face="broad", age=50, hair="swept")),
    "zhukov": Sitter(
        "Georgy Zhukov",
        "a marshal's uniform with rows of ribbons and four Hero stars, a square jaw, a stern "
        "mouth, receding hair",
        Look(face="square", age=60, hair="receding", dress="marshal", medals=4, stars=4,
             smile=-0.5)),
    "brezhnev": Sitter(
        "Leonid Brezhnev",
        "thick dark eyebrows, thick dark hair swept back, a broad face; dark suit",
        Look(face="broad", age=52, hair="wavy", brows=2.3)),
    "kozlov": Sitter(
        "Frol Kozlov",
        "wavy hair combed back, a full face; dark suit",
        Look(face="oval", age=53, hair="wavy", hair_colour=GREY)),
    "kosygin": Sitter(
        "Alexei Kosygin",
        "a long, sober face with heavy-lidded eyes and a down-turned mouth, dark hair combed "
        "back; dark suit",
        Look(face="long", age=58, hair="swept", eyes=0.7, smile=-0.6)),
    "podgorny": Sitter(
        "Nikolai Podgorny",
        "a round face, receding hair combed back; light suit",
        Look(face="round", age=59, hair="receding", hair_colour=GREY, suit=GREY)),
    "polyansky": Sitter(
        "Dmitry Polyansky",
        "the youngest face of the Presidium, thick dark wavy hair; dark suit",
        Look(face="oval", age=45, hair="wavy")),
    "furtseva": Sitter(
        "Ekaterina Furtseva",
        "the only woman of the Presidium: dark hair waved back from the face, a jacket over a "
        "pale blouse, a brooch",
        Look(face="oval", age=47, hair="waved", dress="blouse", eyes=1.05, smile=0.2)),
    "aristov": Sitter(
        "Averky Aristov",
        "spectacles, dark hair combed back; dark suit",
        Look(face="oval", age=54, hair="swept", glasses="heavy")),
    "belyaev": Sitter(
        "Nikolai Belyaev",
        "a round face, receding dark hair; light suit",
        Look(face="round", age=55, hair="receding", suit=GREY)),
    "ignatov": Sitter(
        "Nikolai Ignatov",
        "a square face, dark hair combed straight back; dark suit",
        Look(face="square", age=56, hair="swept")),
    "kuusinen": Sitter(
        "Otto Kuusinen",
        "the oldest member: a lined face, white hair receding, spectacles; dark suit",
        Look(face="oval", age=78, hair="receding", hair_colour=WHITE, glasses="round")),
    "mukhitdinov": Sitter(
        "Nuritdin Mukhitdinov",
        "a young member: black hair combed back, a broad calm face; dark suit",
        Look(face="broad", age=42, hair="swept", eyes=0.85)),
    "shvernik": Sitter(
        "Nikolai Shvernik",
        "an elderly face with a grey clipped moustache, grey hair receding; light suit",
        Look(face="oval", age=70, hair="receding", hair_colour=WHITE, moustache="brush",
             suit=GREY)),
    "shelepin": Sitter(
        "Aleksandr Shelepin",
        "a young, lean face, dark hair slicked back; dark suit",
        Look(face="long", age=42, hair="swept", smile=-0.2)),
    "voronov": Sitter(
        "Gennady Voronov",
        "a broad face, grey hair receding; dark suit",
        Look(face="broad", age=53, hair="receding", hair_colour=GREY)),
    "kirilenko": Sitter(
        "Andrei Kirilenko",
        "a square face, dark brows, hair combed back; dark suit",
        Look(face="square", age=56, hair="swept", brows=1.6)),
    # --- the KGB chairman of 1961-67 (not a member; he appears in the events) ---------------------
    "semichastny": Sitter(
        "Vladimir Semichastny",
        "a young round face, thick wavy hair; dark suit",
        Look(face="round", age=38, hair="wavy")),
    # --- foreign leaders: a pale roundel ringed in red ----------------------------------------
    "eisenhower": Sitter(
        "Dwight D. Eisenhower",
        "a bald crown with a thin pale fringe, a lean face, a broad smile; dark suit",
        Look(face="oval", age=65, hair="bald", hair_colour=WHITE, smile=1.0, foreign=True)),
    "kennedy": Sitter(
        "John F. Kennedy",
        "a full head of hair with a side parting, a youthful face; dark suit and narrow tie",
        Look(face="oval", age=44, hair="parted", smile=0.3, foreign=True)),
    "mao": Sitter(
        "Mao Zedong",
        "hair swept back from a high forehead, a full face, a mole on the chin; the grey "
        "buttoned tunic with its turned-down collar and four pockets",
        Look(face="round", age=62, hair="receding", dress="mao", suit=GREY,
             mole=(0.14, 0.9), foreign=True)),
    "tito": Sitter(
        "Josip Broz Tito",
        "a pale marshal's uniform with shoulder boards and a star at the collar, hair combed "
        "back, a firm jaw",
        Look(face="square", age=63, hair="swept", hair_colour=GREY, dress="white-uniform",
             suit=WHITE, foreign=True)),
    "nagy": Sitter(
        "Imre Nagy",
        "a full moustache, round pince-nez, a plump face, receding hair; dark suit",
        Look(face="round", age=60, hair="receding", hair_colour=GREY, glasses="pince-nez",
             moustache="full", foreign=True)),
    "gomulka": Sitter(
        "Władysław Gomułka",
        "a bald head, a lean face, spectacles; dark suit",
        Look(face="long", age=51, hair="bald", hair_colour=GREY, glasses="round",
             smile=-0.3, foreign=True)),
    "ulbricht": Sitter(
        "Walter Ulbricht",
        "a pointed goatee, spectacles, receding hair; dark suit",
        Look(face="oval", age=65, hair="receding", hair_colour=GREY, beard="goatee",
             glasses="round", foreign=True)),
    "castro": Sitter(
        "Fidel Castro",
        "a full black beard, the olive patrol cap, an open field shirt",
        Look(face="long", age=34, hair="cap", beard="full", dress="fatigues", suit=MID,
             foreign=True)),
}
