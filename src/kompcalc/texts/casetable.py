"""Texts of the report's table of all cases and of which cases get a card (``--cards``)."""

TEXTS: dict[str, tuple[str, str]] = {
    "asm_cases_count": ("{count} {count:sag|sager}", "{count} {count:case|cases}"),
    "tab_heading": ("Alle sager", "All cases"),
    "tab_cards_heading": ("Udvalgte sager", "Selected cases"),
    "tab_kroner": ("kr.", "kr."),
    "tab_note": ("Bemærk", "Note"),
    "tab_never": ("tjener sig ikke hjem", "never pays back"),
    "tab_negative": ("bliver negativ", "turns negative"),
    "tab_fragile": ("skrøbelig", "fragile"),
    "tab_to_card": ("Se sagens kort", "See the case's card"),
    "tab_to_row": ("Sagen i tabellen", "The case in the table"),
    "tab_cards_notable": (
        "Kort vises for {shown} {shown:bemærkelsesværdig sag|bemærkelsesværdige sager}; alle "
        "{total} sager står i tabellen.",
        "Cards are shown for {shown} notable {shown:case|cases}; all {total} cases are in the "
        "table.",
    ),
    "tab_cards_worst": (
        "Kort vises for de {shown} af {notable} bemærkelsesværdige sager, der taber mest ved "
        "horisonten; alle {total} sager står i tabellen, og de bemærkelsesværdige er "
        "markeret under Bemærk. Vælg selv kortene med --cards.",
        "Cards are shown for the {shown} of {notable} notable cases that lose most at the "
        "horizon; all {total} cases are in the table, the notable ones marked under Note. "
        "Choose the cards yourself with --cards.",
    ),
    "tab_cards_no_notable": (
        "Ingen sag er bemærkelsesværdig, så der vises ingen kort; alle {total} sager står i "
        "tabellen.",
        "No case is notable, so no cards are shown; all {total} cases are in the table.",
    ),
    "tab_cards_asked": (
        "Kort vises for de {shown} {shown:sag|sager}, der er bedt om; alle {total} sager står "
        "i tabellen.",
        "Cards are shown for the {shown} {shown:case|cases} asked for; all {total} cases are "
        "in the table.",
    ),
    "tab_cards_all": (
        "Kort vises for alle {total} sager; de står også i tabellen.",
        "Cards are shown for all {total} cases; they are also in the table.",
    ),
    "tab_cards_none": (
        "Der vises ingen kort; alle {total} sager står i tabellen.",
        "No cards are shown; all {total} cases are in the table.",
    ),
    "tab_notable_about": (
        "Bemærkelsesværdig er en sag, der ikke tjener sig hjem inden for {period}, og en "
        "sag, hvis besparelse bliver negativ efter at have været positiv.",
        "A case is notable when it does not pay back within {period}, or when its saving "
        "turns negative after having been positive.",
    ),
    "tab_notable_about_sens": (
        "Bemærkelsesværdig er en sag, der ikke tjener sig hjem inden for {period}, en sag, "
        "hvis besparelse bliver negativ efter at have været positiv, og en skrøbelig sag: "
        "på mindst én antagelse ligger dens skifteværdi mellem dagens værdi og den "
        "fjerneste prøvede værdi.",
        "A case is notable when it does not pay back within {period}, when its saving "
        "turns negative after having been positive, or when it is fragile: on at least "
        "one assumption its switching value lies between today's value and the farthest "
        "value tried.",
    ),
    "err_cards_empty": (
        "--cards skal være all, none eller sagernes id'er adskilt af komma, fx --cards sag-1,sag-7",
        "--cards must be all, none or the cases' ids separated by commas, e.g. "
        "--cards case-1,case-7",
    ),
    "err_cards_unknown": (
        "ingen sag har id'et \"{id}\"; --cards tager all, none eller sagernes id'er",
        'no case has the id "{id}"; --cards takes all, none or the cases\' ids',
    ),
    "err_cards_unknown_near": (
        'ingen sag har id\'et "{id}"; mente du "{near}"?',
        'no case has the id "{id}"; did you mean "{near}"?',
    ),
}
