"""Texts of the help screens: each option and argument, and the word for its value.

``help_opt_NAME`` is what option ``--NAME`` (or argument ``NAME``) does, and
``help_meta_NAME`` the word shown for its value (``--hours TIMER``); a command's own
text is ``help_opt_COMMAND__NAME`` (``help_opt_rates_init__output``). A name's dashes
are underscores. :mod:`kompcalc.cli.helpscreen` looks them up; an option that is a
flag (``--json``) has no value word.
"""

TEXTS: dict[str, tuple[str, str]] = {
    # every command
    "help_opt_lang": (
        "Sprog: da (dansk) eller en (engelsk), hvor som helst på linjen; ellers "
        "miljøvariablen KOMPCALC_LANG.",
        "Language: da (Danish) or en (English), anywhere on the line; else the "
        "environment variable KOMPCALC_LANG.",
    ),
    "help_opt_help": ("Vis denne hjælp.", "Show this help."),
    "help_opt_version": ("Vis kompcalcs version.", "Show kompcalc's version."),
    # pa and aid
    "help_opt_hours": (
        "Timer om ugen, fx 12 eller 6,5.",
        "Hours per week, e.g. 12 or 6,5 (a decimal comma).",
    ),
    "help_meta_hours": ("TIMER", "HOURS"),
    "help_opt_amount": (
        "Hele beløbet i kr., fx 8507 eller 8.507.",
        "The whole amount in kroner, e.g. 8507 or 8.507 (a thousands point).",
    ),
    "help_meta_amount": ("BELØB", "AMOUNT"),
    "help_opt_item": (
        'Ét hjælpemiddel med navn og pris, fx "Cobra CCTV=25000"; i stedet for --amount.',
        'One aid with its name and price, e.g. "Cobra CCTV=25000"; instead of --amount.',
    ),
    "help_meta_item": ("NAVN=BELØB", "NAME=AMOUNT"),
    "help_opt_benefit": (
        "Den ydelse, borgeren ellers ville have fået.",
        "The benefit the citizen would otherwise have drawn.",
    ),
    "help_meta_benefit": ("YDELSE", "BENEFIT"),
    "help_opt_benefit_month": (
        "Den måned af ydelsen, borgeren er i, når ordningen begynder (1 = den første); "
        "fx 9, når borgeren har fået ydelsen i 8 måneder.",
        "The month of the benefit the citizen is in when the scheme starts (1 = the "
        "first); e.g. 9 when the citizen has drawn it for 8 months.",
    ),
    "help_meta_benefit_month": ("MÅNED", "MONTH"),
    "help_opt_benefit_week": (
        "Den uge af ydelsen, borgeren er i (1 = den første), for ydelser på "
        "refusionstrappen; ikke sammen med --benefit-month.",
        "The week of the benefit the citizen is in (1 = the first), for benefits on the "
        "refund staircase; not with --benefit-month.",
    ),
    "help_meta_benefit_week": ("UGE", "WEEK"),
    "help_opt_months": (
        "Hvor mange måneder der regnes frem (1-600).",
        "How many months to compute ahead (1-600).",
    ),
    "help_meta_months": ("MÅNEDER", "MONTHS"),
    "help_opt_probability": (
        "Chancen i procent (0-100) for, at borgeren ellers ville have fået ydelsen; "
        "den undgåede ydelse ganges med den. [standard: 100]",
        "The chance in per cent (0-100) that the citizen would otherwise have drawn "
        "the benefit; the avoided benefit is multiplied by it. [default: 100]",
    ),
    "help_meta_probability": ("PROCENT", "PERCENT"),
    "help_opt_discount": (
        "Diskontér fremtidige besparelser til nutidsværdi: en rente i procent om året, fx "
        "3,5, eller navnet på en rente i satstabellen, fx fm2021 (i dk-seneste). Ellers "
        "ingen diskontering, som i kataloget.",
        "Discount future savings to present value: a rate in per cent a year, e.g. 3,5, "
        "or the name of a rate in the rate table, e.g. fm2021 (in dk-seneste). Else no "
        "discounting, as in the catalogue.",
    ),
    "help_meta_discount": ("RENTE", "RATE"),
    "help_opt_perspective": (
        "Hvis tal der vises: kommune (kommunens nettoudgift mod dens del af ydelsen), "
        "stat (refusionen mod statens del) eller offentlig (bruttoudgiften mod hele "
        "ydelsen); også municipality, state, public. JSON har altid alle tre.",
        "Whose figures are shown: kommune (the municipality's net cost against its part "
        "of the benefit), stat (the refund against the state's part) or offentlig (the "
        "gross cost against the whole benefit); also municipality, state, public. The "
        "JSON always has all three.",
    ),
    "help_meta_perspective": ("HVEM", "WHO"),
    "help_opt_sensitivity": (
        "Følsomhed: den samlede besparelse ved horisonten regnet igen med hver vigtig "
        "antagelse lav og høj (timesats, refusion, sandsynlighed, varighed, horisont, "
        "diskontering), og skifteværdien pr. sag og for alle: værdien, hvor besparelsen "
        "bliver 0.",
        "Sensitivity: the total at the horizon computed again with each key assumption "
        "low and high (hourly rate, refund, probability, duration, horizon, discount "
        "rate), and the switching value per case and for all: where the saving is 0.",
    ),
    "help_opt_vary": (
        "Prøv en antagelse mellem to værdier i følsomheden (slår den til), fx "
        "pa_hourly_rate=100:130 eller probability=40:80; en --set-nøgle eller "
        "probability, months, benefit_limit_months, discount.",
        "Try an assumption between two values in the sensitivity (turns it on), e.g. "
        "pa_hourly_rate=100:130 or probability=40:80; a --set key or probability, "
        "months, benefit_limit_months, discount.",
    ),
    "help_meta_vary": ("NØGLE=LAV:HØJ", "KEY=LOW:HIGH"),
    "help_opt_rates": (
        "En anden satstabel: en fil eller navnet på en medfølgende tabel (kompcalc rates list).",
        "Another rate table: a file, or the name of a shipped table (kompcalc rates list).",
    ),
    "help_meta_rates": ("TABEL", "TABLE"),
    "help_opt_rates_check__rates": (
        "Satstabellen, der kontrolleres: en fil eller navnet på en medfølgende tabel "
        "(kompcalc rates list). Ellers standardtabellen.",
        "The rate table to check: a file, or the name of a shipped table (kompcalc "
        "rates list). Else the default table.",
    ),
    "help_opt_date": (
        "Brug satserne, der gælder denne dag, fx 2026-03-01 eller 1.3.2026.",
        "Use the rates in force on this day, e.g. 2026-03-01 or 1.3.2026.",
    ),
    "help_meta_date": ("DATO", "DATE"),
    "help_opt_set": (
        "Ændr én sats for denne kørsel, fx pa_hourly_rate=127,86 eller refund_pct.aids=40.",
        "Change one rate for this run, e.g. pa_hourly_rate=127,86 or refund_pct.aids=40.",
    ),
    "help_meta_set": ("NAVN=VÆRDI", "NAME=VALUE"),
    "help_opt_json": (
        "Udskriv resultatet som JSON (til andre programmer).",
        "Print the result as JSON (for other programs).",
    ),
    # case lists: batch, report, convert
    "help_opt_file": (
        "Sagslisten: en .yaml-, .json-, .xlsx- eller .csv-fil.",
        "The case list: a .yaml, .json, .xlsx or .csv file.",
    ),
    "help_meta_file": ("FIL", "FILE"),
    "help_opt_source": (
        "Sagslisten, der skal konverteres: .yaml, .json, .xlsx eller .csv.",
        "The case list to convert: .yaml, .json, .xlsx or .csv.",
    ),
    "help_meta_source": ("FIL", "FILE"),
    "help_meta_output": ("FIL", "FILE"),
    "help_opt_batch__output": (
        "Skriv resultatet til denne fil i stedet for skærmen; formatet følger "
        "endelsen (.csv, .xlsx, .json).",
        "Write the result to this file instead of the screen; the format follows the "
        "suffix (.csv, .xlsx, .json).",
    ),
    "help_opt_format": (
        "Resultatets format; xlsx kræver -o. Ellers efter -o's endelse, eller text.",
        "The result's format; xlsx needs -o. Else from -o's suffix, or text.",
    ),
    "help_opt_check": (
        "Sammenlign med tallene under expected i hver sag; afslut med kode 1 ved en afvigelse.",
        "Compare with the figures under expected in each case; exit code 1 on a mismatch.",
    ),
    "help_opt_fail_fast": (
        "Stop ved den første sag, der fejler, og skriv intet.",
        "Stop at the first case that fails, and write nothing.",
    ),
    "help_opt_wide": (
        "Vis alle tabellens kolonner på skærmen, også når tabellen bliver bredere end "
        "den. I en fil er alle kolonner altid med.",
        "Show every column of the table on a terminal, even when it gets wider than the "
        "terminal. A file or a pipe always gets them all.",
    ),
    "help_opt_include_conditions": (
        "Tag sagernes helbredsoplysninger (condition) med; ellers er de udeladt.",
        "Include the cases' health information (condition); it is left out otherwise.",
    ),
    "help_opt_report__output": (
        "HTML-filen, der skrives, fx rapport.html.",
        "The HTML file to write, e.g. report.html.",
    ),
    "help_opt_organisation": (
        "Hvem rapporten er fra, fx et jobcenter (ellers sagslistens organisation).",
        "Who the report is from, e.g. a jobcentre (else the case list's organisation).",
    ),
    "help_meta_organisation": ("NAVN", "NAME"),
    "help_opt_author": (
        "Hvem der har lavet rapporten (ellers sagslistens author).",
        "Who made the report (else the case list's author).",
    ),
    "help_meta_author": ("NAVN", "NAME"),
    "help_opt_cards": (
        "Hvilke sager der får et kort: all, none eller id'er adskilt af komma, fx "
        "sag-1,sag-7. Ellers alle op til 50 sager, og over 50 de bemærkelsesværdige "
        "(tjener sig ikke hjem, bliver negativ, skrøbelig); alle sager står i tabellen.",
        "Which cases get a card: all, none or ids separated by commas, e.g. "
        "case-1,case-7. Else every case up to 50 cases, and above 50 the notable ones "
        "(never pays back, turns negative, fragile); every case is in the table.",
    ),
    "help_meta_cards": ("all|none|ID,…", "all|none|ID,…"),
    "help_opt_convert__output": (
        "Den nye fil; formatet følger endelsen: .yaml, .json, .xlsx eller .csv.",
        "The new file; the format follows the suffix: .yaml, .json, .xlsx or .csv.",
    ),
    "help_opt_force": (
        "Overskriv filen, hvis den findes.",
        "Overwrite the file if it exists.",
    ),
    # template and example
    "help_opt_template__output": (
        "Skriv skabelonen til denne fil (.xlsx eller .csv); ellers CSV på skærmen.",
        "Write the template to this file (.xlsx or .csv); else CSV on the screen.",
    ),
    "help_opt_example__output": (
        "Skriv sagerne til denne fil i stedet for skærmen: .yaml som den er, eller "
        ".json, .xlsx eller .csv.",
        "Write the cases to this file instead of the screen: .yaml as it is, or .json, "
        ".xlsx or .csv.",
    ),
    # rates init
    "help_opt_year": (
        "Året, tabellen gælder for, fx 2027.",
        "The year the table is for, e.g. 2027.",
    ),
    "help_meta_year": ("ÅR", "YEAR"),
    "help_opt_rates_init__output": (
        "Skriv skabelonen til denne fil i stedet for skærmen.",
        "Write the template to this file instead of the screen.",
    ),
}
