"""Texts of the help screens: their headings, and each command's summary, description
and examples.

``help_cmd_PATH`` is a command's one line in its group's list, ``help_about_PATH``
what it does (else its one line is used), and ``help_ex_PATH`` its examples: lines
that end in a colon say what the command line under them does. ``PATH`` is the
command's path after ``kompcalc`` with underscores (``rates_init``); the top is
``kompcalc``. Options are in :mod:`kompcalc.texts.help_options`.
"""

TEXTS: dict[str, tuple[str, str]] = {
    # the words of every screen (Click's own, in both languages)
    "help_usage": ("Brug", "Usage"),
    "help_options": ("Tilvalg", "Options"),
    "help_arguments": ("Argumenter", "Arguments"),
    "help_commands": ("Kommandoer", "Commands"),
    "help_examples": ("Eksempler", "Examples"),
    "help_options_metavar": ("[TILVALG]", "[OPTIONS]"),
    "help_command_metavar": ("KOMMANDO", "COMMAND"),
    "help_default": ("[standard: {value}]", "[default: {value}]"),
    "help_required": ("[skal angives]", "[required]"),
    "help_repeatable": ("[kan gentages]", "[repeatable]"),
    "help_more": (
        "Skriv {command} KOMMANDO --help for en kommandos tilvalg og eksempler.",
        "Run {command} COMMAND --help for a command's options and examples.",
    ),
    "help_benefit_names": (
        "Satstabellen {table} kender: {names}.",
        "The rate table {table} knows: {names}.",
    ),
    # the case list that batch, report and convert read
    "help_case_list": ("Sagslisten", "The case list"),
    "help_case_list_about": (
        "En sagsfil i YAML eller JSON (formatet: kompcalc schema) eller et regneark i "
        "XLSX eller CSV med én række pr. sag (et tomt at udfylde: kompcalc template). "
        "kompcalc example skriver katalogets ti sager. Én sag som CSV og som YAML:",
        "A case file in YAML or JSON (the format: kompcalc schema) or a spreadsheet in "
        "XLSX or CSV with one row per case (an empty one to fill in: kompcalc "
        "template). kompcalc example writes the catalogue's ten cases. One case as CSV "
        "and as YAML:",
    ),
    "help_case_list_csv": (
        "Sag;Ydelse;PA timer pr. uge\nsag-1;sygedagpenge;12",
        "Case,Benefit,PA hours per week\ncase-1,sygedagpenge,12",
    ),
    "help_case_list_yaml": (
        "cases:\n  - id: sag-1\n    benefit: sygedagpenge\n"
        "    interventions: [{{kind: personal_assistance, hours_per_week: 12}}]",
        "cases:\n  - id: case-1\n    benefit: sygedagpenge\n"
        "    interventions: [{{kind: personal_assistance, hours_per_week: 12}}]",
    ),
    # kompcalc
    "help_about_kompcalc": (
        "Hvad kompenserende ordninger sparer kommunen: kommunens udgift til personlig "
        "assistance, hjælpemidler og de andre ordninger efter statsrefusion, mod den "
        "ydelse borgeren ellers ville have fået, med break-even og besparelsen over "
        'tid. Regnet nøjagtigt, til øre, som i kataloget "Kompensering med gevinst".',
        "What the compensation schemes save the municipality: its cost of personal "
        "assistance, aids and the other schemes after the state refund, against the "
        "benefit the citizen would otherwise have drawn, with the break-even point and "
        "the saving over time. Computed exactly, to the øre, as in the catalogue "
        '"Kompensering med gevinst".',
    ),
    "help_ex_kompcalc": (
        "Personlig assistance 12 timer om ugen, mod sygedagpenge:\n"
        "kompcalc pa --hours 12\n"
        "Hjælpemidler for 8.507 kr.:\n"
        "kompcalc aid --amount 8507\n"
        "En sagsliste fra Excel:\n"
        "kompcalc batch sager.xlsx",
        "Personal assistance 12 hours a week, against sygedagpenge:\n"
        "kompcalc pa --hours 12\n"
        "Aids for 8,507 kroner:\n"
        "kompcalc aid --amount 8507\n"
        "A case list from Excel:\n"
        "kompcalc batch cases.xlsx",
    ),
    # pa
    "help_cmd_pa": ("Personlig assistance: timer om ugen", "Personal assistance: hours per week"),
    "help_about_pa": (
        "Hvad personlig assistance et antal timer om ugen koster kommunen efter "
        "statsrefusion, og hvad den sparer mod den ydelse, borgeren ellers ville have "
        "fået: break-even og besparelsen efter 12, 24 og 36 måneder. Tal skrives på "
        "dansk: 6,5 er seks og en halv.",
        "What personal assistance for some hours a week costs the municipality after "
        "the state refund, and what it saves against the benefit the citizen would "
        "otherwise have drawn: the break-even point and the saving after 12, 24 and 36 "
        "months. Numbers are written the Danish way: 6,5 is six and a half.",
    ),
    "help_ex_pa": (
        "12 timer om ugen, mod sygedagpenge:\n"
        "kompcalc pa --hours 12\n"
        "Med aktuelle satser, når borgeren er i 11. uge på sygedagpenge:\n"
        "kompcalc pa --hours 12 --rates dk-seneste --benefit-week 11\n"
        "Nutidsværdien efter Finansministeriets rente (fra dk-seneste):\n"
        "kompcalc pa --hours 12 --rates dk-seneste --discount fm2021",
        "12 hours a week, against sygedagpenge:\n"
        "kompcalc pa --hours 12\n"
        "At current rates, with the citizen in week 11 of sygedagpenge:\n"
        "kompcalc pa --hours 12 --rates dk-seneste --benefit-week 11\n"
        "The present value at the Finance Ministry's rate (from dk-seneste):\n"
        "kompcalc pa --hours 12 --rates dk-seneste --discount fm2021",
    ),
    # aid
    "help_cmd_aid": (
        "Hjælpemidler og arbejdspladsindretning: et engangsbeløb",
        "Aids and workplace adaptations: a one-off amount",
    ),
    "help_about_aid": (
        "Hvad hjælpemidler og arbejdspladsindretning (et engangsbeløb) koster kommunen "
        "efter statsrefusion, og hvornår udgiften er tjent hjem i sparet ydelse. Angiv "
        "hele beløbet med --amount eller hvert hjælpemiddel med --item. 8.507 læses som "
        "otte tusind fem hundrede og syv kroner.",
        "What aids and workplace adaptations (a one-off amount) cost the municipality "
        "after the state refund, and when the cost is earned back in benefit saved. "
        "Give the whole amount with --amount or each aid with --item. 8.507 is read as "
        "eight thousand five hundred and seven kroner.",
    ),
    "help_ex_aid": (
        "Et samlet beløb:\n"
        "kompcalc aid --amount 8507\n"
        "Hvert hjælpemiddel for sig:\n"
        'kompcalc aid --item "Cobra CCTV=25000" --item "Lupper=3150"\n'
        "Mod ledighedsydelse, som JSON:\n"
        "kompcalc aid --amount 8507 --benefit ledighedsydelse --json",
        "One amount for all:\n"
        "kompcalc aid --amount 8507\n"
        "Each aid on its own:\n"
        'kompcalc aid --item "Cobra CCTV=25000" --item "Magnifiers=3150"\n'
        "Against ledighedsydelse, as JSON:\n"
        "kompcalc aid --amount 8507 --benefit ledighedsydelse --json",
    ),
    # batch
    "help_cmd_batch": (
        "Regn en hel sagsliste (YAML, JSON, XLSX eller CSV)",
        "Compute a whole case list (YAML, JSON, XLSX or CSV)",
    ),
    "help_about_batch": (
        "Regner alle sager i en sagsliste på én gang: en tabel med én linje pr. sag, "
        "totalerne og hvor mange sager der når break-even. Resultatet kan også "
        "skrives som CSV, XLSX eller JSON.",
        "Computes every case of a case list in one run: a table with one line per "
        "case, the totals and how many cases break even. The result can also be "
        "written as CSV, XLSX or JSON.",
    ),
    "help_ex_batch": (
        "Et regneark med sager:\n"
        "kompcalc batch sager.xlsx\n"
        "Katalogets sager, regnet efter og sammenlignet med de trykte tal:\n"
        "kompcalc example -o sager.yaml && kompcalc batch sager.yaml --check\n"
        "Statens tal med aktuelle satser:\n"
        "kompcalc batch sager.xlsx --rates dk-seneste --perspective stat",
        "A spreadsheet of cases:\n"
        "kompcalc batch cases.xlsx\n"
        "The catalogue's cases, recomputed and compared with the printed figures:\n"
        "kompcalc example -o cases.yaml && kompcalc batch cases.yaml --check\n"
        "The state's figures at current rates:\n"
        "kompcalc batch cases.xlsx --rates dk-seneste --perspective state",
    ),
    # report
    "help_cmd_report": (
        "Lav en rapport (HTML) over en sagsliste, fx til et udvalg",
        "Make a report (HTML) of a case list, e.g. for a committee",
    ),
    "help_about_report": (
        "Skriver en rapport i HTML over en sagsliste med hver sags udregning og "
        "totalerne, fx til et udvalg eller en ledelse. Den åbnes i en browser og kan "
        "udskrives.",
        "Writes a report in HTML of a case list with each case's calculation and the "
        "totals, e.g. for a committee or the management. It opens in a browser and "
        "can be printed.",
    ),
    "help_ex_report": (
        "En rapport over et regneark med sager:\n"
        "kompcalc report sager.xlsx -o rapport.html\n"
        "Med dit navn på:\n"
        'kompcalc report sager.xlsx -o rapport.html --author "Anne Hansen"\n'
        "Med nutidsværdier, diskonteret med 3,5 % om året:\n"
        "kompcalc report sager.xlsx -o rapport.html --discount 3,5",
        "A report of a spreadsheet of cases:\n"
        "kompcalc report cases.xlsx -o report.html\n"
        "With your name on it:\n"
        'kompcalc report cases.xlsx -o report.html --author "Anne Hansen"\n'
        "With present values, discounted at 3,5 % a year:\n"
        "kompcalc report cases.xlsx -o report.html --discount 3,5",
    ),
    # template
    "help_cmd_template": (
        "Skriv en tom sagsliste (XLSX eller CSV) at udfylde",
        "Write an empty case list (XLSX or CSV) to fill in",
    ),
    "help_about_template": (
        "Skriver en tom sagsliste at udfylde: et regneark (XLSX) med en kolonne pr. "
        "felt, hjælp til hver kolonne, en eksempelrække og et ark med vejledning, "
        "eller en CSV-fil. Ydelserne kan vælges fra satstabellen (--rates).",
        "Writes an empty case list to fill in: a spreadsheet (XLSX) with a column per "
        "field, help on each column, an example row and a sheet with a guide, or a "
        "CSV file. The benefits can be picked from the rate table (--rates).",
    ),
    "help_ex_template": (
        "Et tomt regneark at udfylde:\n"
        "kompcalc template -o sager.xlsx\n"
        "Med engelske overskrifter:\n"
        "kompcalc template -o cases.xlsx --lang en",
        "An empty spreadsheet to fill in:\n"
        "kompcalc template -o cases.xlsx\n"
        "With Danish headers:\n"
        "kompcalc template -o sager.xlsx --lang da",
    ),
    # example
    "help_cmd_example": (
        "Skriv katalogets ti eksempelsager som sagsliste",
        "Write the catalogue's ten example cases as a case list",
    ),
    "help_about_example": (
        'Skriver ti af sagerne fra kataloget "Kompensering med gevinst" (SJH, 2014) '
        "som sagsliste, med katalogets trykte tal under expected, så kompcalc batch "
        "--check kan regne dem efter. Uden -o kommer YAML-filen på skærmen.",
        'Writes ten of the cases of the catalogue "Kompensering med gevinst" (SJH, '
        "2014) as a case list, with the catalogue's printed figures under expected, "
        "so kompcalc batch --check can recompute them. Without -o the YAML file goes "
        "to the screen.",
    ),
    "help_ex_example": (
        "Som sagsfil:\n"
        "kompcalc example -o sager.yaml\n"
        "Som regneark:\n"
        "kompcalc example -o sager.xlsx\n"
        "Regnet efter og sammenlignet med katalogets tal:\n"
        "kompcalc example -o sager.yaml && kompcalc batch sager.yaml --check",
        "As a case file:\n"
        "kompcalc example -o cases.yaml\n"
        "As a spreadsheet:\n"
        "kompcalc example -o cases.xlsx\n"
        "Recomputed and compared with the catalogue's figures:\n"
        "kompcalc example -o cases.yaml && kompcalc batch cases.yaml --check",
    ),
    # convert
    "help_cmd_convert": (
        "Konvertér en sagsliste mellem YAML/JSON og XLSX/CSV",
        "Convert a case list between YAML/JSON and XLSX/CSV",
    ),
    "help_about_convert": (
        "Læser en sagsliste og skriver den i et andet format efter filernes endelser: "
        "fra regneark (XLSX, CSV) til sagsfil (YAML, JSON) og tilbage. Intet skrives, "
        "hvis en sag ikke kan læses.",
        "Reads a case list and writes it in another format, by the files' suffixes: "
        "from a spreadsheet (XLSX, CSV) to a case file (YAML, JSON) and back. Nothing "
        "is written if a case cannot be read.",
    ),
    "help_ex_convert": (
        "Fra regneark til sagsfil:\n"
        "kompcalc convert sager.xlsx -o sager.yaml\n"
        "Fra sagsfil til regneark:\n"
        "kompcalc convert sager.yaml -o sager.xlsx",
        "From a spreadsheet to a case file:\n"
        "kompcalc convert cases.xlsx -o cases.yaml\n"
        "From a case file to a spreadsheet:\n"
        "kompcalc convert cases.yaml -o cases.xlsx",
    ),
    # schema
    "help_cmd_schema": (
        "Udskriv sagsfilens format som JSON Schema",
        "Print the case file's format as a JSON Schema",
    ),
    "help_about_schema": (
        "Udskriver sagsfilens format som JSON Schema, fx til en editor, der tjekker en "
        "sagsfil, mens den skrives. Nøglerne er engelske, for de er filformatet; "
        "beskrivelserne følger sproget.",
        "Prints the case file's format as a JSON Schema, e.g. for an editor that "
        "checks a case file as it is written. The keys are English, as they are the "
        "file format; the descriptions follow the language.",
    ),
    "help_ex_schema": (
        "Gem formatet til en editor:\n"
        "kompcalc schema > kompcalc-sager.schema.json\n"
        "Med engelske beskrivelser:\n"
        "kompcalc schema --lang en > kompcalc-cases.schema.json",
        "Save the format for an editor:\n"
        "kompcalc schema > kompcalc-cases.schema.json\n"
        "With Danish descriptions:\n"
        "kompcalc schema --lang da > kompcalc-sager.schema.json",
    ),
    # rates
    "help_cmd_rates": (
        "Satstabellen: vis, list, kontrollér, lav en ny",
        "The rate table: show, list, check, start a new one",
    ),
    "help_about_rates": (
        "Satstabellen er de satser, kompcalc regner med: timesats, refusion og "
        "ydelser, hver med kilde og dato. Uden en kommando vises satserne i kraft (som "
        "rates show). Standarden er katalogets satser fra 2014 (sjh-2014); aktuelle "
        "satser: --rates dk-seneste.",
        "The rate table holds the rates kompcalc computes with: the hourly rate, "
        "refunds and benefits, each with its source and date. Without a command the "
        "rates in force are shown (as rates show). The default is the catalogue's "
        "2014 rates (sjh-2014); current rates: --rates dk-seneste.",
    ),
    "help_ex_rates": (
        "Satserne i kraft:\n"
        "kompcalc rates\n"
        "De aktuelle satser:\n"
        "kompcalc rates --rates dk-seneste\n"
        "De medfølgende tabeller:\n"
        "kompcalc rates list",
        "The rates in force:\n"
        "kompcalc rates\n"
        "The current rates:\n"
        "kompcalc rates --rates dk-seneste\n"
        "The shipped tables:\n"
        "kompcalc rates list",
    ),
    "help_cmd_rates_show": (
        "Vis satserne i kraft på en dag, med kilder og datoer",
        "Show the rates in force on a day, with sources and dates",
    ),
    "help_about_rates_show": (
        "Viser satserne i kraft på en dag, med kilder og datoer: i dag, eller for en "
        "historisk tabel dens egen dato.",
        "Shows the rates in force on a day, with sources and dates: today, or for a "
        "historical table its own date.",
    ),
    "help_ex_rates_show": (
        "Satserne en bestemt dag:\n"
        "kompcalc rates show --rates dk-seneste --date 1.3.2026\n"
        "Som JSON:\n"
        "kompcalc rates show --json",
        "The rates on a given day:\n"
        "kompcalc rates show --rates dk-seneste --date 1.3.2026\n"
        "As JSON:\n"
        "kompcalc rates show --json",
    ),
    "help_cmd_rates_list": (
        "Vis de satstabeller, der følger med kompcalc",
        "List the rate tables that come with kompcalc",
    ),
    "help_ex_rates_list": (
        "De medfølgende tabeller:\nkompcalc rates list\nSom JSON:\nkompcalc rates list --json",
        "The shipped tables:\nkompcalc rates list\nAs JSON:\nkompcalc rates list --json",
    ),
    "help_cmd_rates_check": (
        "Find forældede, manglende og usammenhængende satser",
        "Find stale, missing and inconsistent rates",
    ),
    "help_about_rates_check": (
        "Kontrollerer en satstabel: satser, der er over et år gamle, mangler på en dag "
        "eller ikke hænger sammen. Afslutter med kode 1, hvis der er et problem.",
        "Checks a rate table: rates that are over a year old, missing on a day or "
        "inconsistent. Exits with code 1 if there is a problem.",
    ),
    "help_ex_rates_check": (
        "Din egen tabel:\n"
        "kompcalc rates check --rates satser-2027.yaml\n"
        "De aktuelle satser på en bestemt dag:\n"
        "kompcalc rates check --rates dk-seneste --date 1.3.2026",
        "Your own table:\n"
        "kompcalc rates check --rates rates-2027.yaml\n"
        "The current rates on a given day:\n"
        "kompcalc rates check --rates dk-seneste --date 1.3.2026",
    ),
    "help_cmd_rates_init": (
        "Skriv en skabelon til et års satser",
        "Write a template for a year's rates",
    ),
    "help_about_rates_init": (
        "Skriver en satstabel for et år, hvor hver værdi skal udfyldes fra sin kilde. "
        "Kør så kompcalc rates check --rates FIL, til den ikke finder mere.",
        "Writes a rate table for a year in which each value is to be filled in from "
        "its source. Then run kompcalc rates check --rates FILE until it finds nothing.",
    ),
    "help_ex_rates_init": (
        "En skabelon for 2027:\n"
        "kompcalc rates init --year 2027 -o satser-2027.yaml\n"
        "Når den er udfyldt:\n"
        "kompcalc rates check --rates satser-2027.yaml",
        "A template for 2027:\n"
        "kompcalc rates init --year 2027 -o rates-2027.yaml\n"
        "Once it is filled in:\n"
        "kompcalc rates check --rates rates-2027.yaml",
    ),
}
