"""Texts of case lists in spreadsheets: what a list cannot hold, and its drop-downs."""

TEXTS: dict[str, tuple[str, str]] = {
    # what a case list cannot hold
    "cl_no_id": (
        "sagen har intet id; en sagsliste skal have et i kolonnen Sag",
        "the case has no id; a case list needs one in the column Case",
    ),
    "cl_case_number": ("sag nr. {position}: {message}", "case no. {position}: {message}"),
    "cl_comment_id": (
        "et id, der begynder med #, kan ikke stå i kolonnen Sag: rækken ville blive "
        "sprunget over som en kommentar",
        "an id that starts with # cannot go in the column Case: the row would be skipped "
        "as a comment",
    ),
    "cl_two_of_a_kind": (
        "sagen har {kind} mere end én gang; en sagsliste har én række pr. sag, med plads "
        "til hver ordning én gang",
        "the case has {kind} more than once; a case list has one row per case, with room "
        "for each scheme once",
    ),
    "cl_item_separator": (
        'hjælpemidlets navn "{name}" indeholder ; eller =, som i en sagsliste skiller '
        "hjælpemidler og beløb",
        'the aid\'s name "{name}" holds ; or =, which in a case list separate the aids '
        "and their amounts",
    ),
    "cl_step_separator": (
        'ydelsens navn "{name}" indeholder ; eller =, som i en sagsliste skiller ydelser '
        "og måneder",
        'the benefit\'s name "{name}" holds ; or =, which in a case list separate the '
        "benefits and their months",
    ),
    "cl_cell_too_long": (
        "teksten fylder {length} tegn; en celle i et regneark kan højst rumme {limit}",
        "the text is {length} characters long; a spreadsheet cell holds at most {limit}",
    ),
    "cl_line_break": (
        "teksten har et linjeskift; CSV-filen gemmer det i anførselstegn, men ikke alle "
        "programmer læser det rigtigt",
        "the text has a line break; the CSV file keeps it in quotes, but not every "
        "program reads it right",
    ),
    "flag_yes": ("ja", "yes"),
    "flag_no": ("nej", "no"),
    "sheet_lists": ("Lister", "Lists"),
    # drop-downs
    "dv_benefit_title": ("Ukendt ydelse", "Unknown benefit"),
    "dv_benefit_message": (
        "Ikke en ydelse fra satstabellen. En række af ydelser med måneder, fx "
        "sygedagpenge=5; ledighedsydelse, er også gyldig.",
        "Not a benefit of the rate table. A path of benefits with months, e.g. "
        "sygedagpenge=5; ledighedsydelse, is also valid.",
    ),
    "dv_flag_title": ("Ja eller nej", "Yes or no"),
    "dv_flag_message": ("Skriv ja eller nej.", "Write yes or no."),
}
