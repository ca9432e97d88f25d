"""Texts about spreadsheet case lists (XLSX and CSV): places, cells and files."""

TEXTS: dict[str, tuple[str, str]] = {
    # where in a spreadsheet
    "problem_at_cell": ("{file}: {place}: {message}", "{file}: {place}: {message}"),
    "place_cell": ("{cell} ({header})", "{cell} ({header})"),
    "place_cell_alone": ("{cell}", "{cell}"),
    "place_row_column": ("række {row}, kolonne {column}", "row {row}, column {column}"),
    "sheet_cell_beyond_header": (
        "cellen har ingen overskrift, så den hører ikke til noget felt; i en CSV-fil skal "
        "en celle med ; stå i anførselstegn",
        "the cell has no header, so it belongs to no field; in a CSV file a cell holding "
        "the separator must be in quotes",
    ),
    "note_sheet_thousands": (
        "Bemærk: {count} {count:celle|celler} med punktum som tusindtalsseparator er læst "
        "som hele tal, "
        'fx {place}: "{text}" som {value}.',
        "Note: {count} {count:cell|cells} with a point as thousands separator {count:was|were} "
        "read as whole "
        'numbers, e.g. {place}: "{text}" as {value}.',
    ),
    "case_no_id_row": (
        "udfyld Sag (sagens nummer eller navn)",
        "fill in Case (its number or name)",
    ),
    "place_row_header": ("række {row} ({header})", "row {row} ({header})"),
    "place_sheet_row_header": ("{sheet}, række {row} ({header})", "{sheet}, row {row} ({header})"),
    "place_sheet_row": ("{sheet}, række {row}", "{sheet}, row {row}"),
    "place_row": ("række {row}", "row {row}"),
    # cells
    "cell_uncached_formula": (
        "formlen {formula} har ingen gemt værdi; åbn filen i Excel og gem den, så "
        "værdien bliver regnet ud",
        "the formula {formula} has no saved value; open the file in Excel and save it, so "
        "the value is computed",
    ),
    "cell_excel_error": (
        "cellen viser Excel-fejlen {error}; ret formlen eller skriv værdien",
        "the cell shows the Excel error {error}; mend the formula or type the value",
    ),
    "cell_not_a_number": ('"{text}" er ikke et tal', '"{text}" is not a number'),
    "cell_date_not_number": (
        "{text} er en dato, ikke et tal; formatér cellen som tal",
        "{text} is a date, not a number; format the cell as a number",
    ),
    "cell_percent_fraction": (
        "{value} er tvetydigt: skriv {percent} for {percent} %, eller {value} % for {value} %",
        "{value} is ambiguous: write {percent} for {percent} %, or {value} % for {value} %",
    ),
    "cell_date_serial": (
        "{text} er et tal, ikke en dato; formatér cellen som dato eller skriv fx 1.3.2026",
        "{text} is a number, not a date; format the cell as a date or write e.g. 2026-03-01",
    ),
    "cell_not_a_flag": (
        '"{text}" skal være ja eller nej (eller x for ja)',
        '"{text}" must be yes or no (or x for yes)',
    ),
    "cell_item_no_amount": (
        'hjælpemidlet "{text}" har intet beløb; skriv fx Lupper=3150',
        'the aid "{text}" has no amount; write e.g. Magnifiers=3150',
    ),
    "cell_step_no_name": (
        '"{text}": et trin mangler ydelsens navn; skriv fx sygedagpenge=5; ressourceforløbsydelse',
        '"{text}": a step has no benefit name; write e.g. sygedagpenge=5; ressourceforløbsydelse',
    ),
    "cell_flag_needed": (
        "skriv ja her, når der står en beskrivelse af fortrinsadgangen",
        "write yes here when there is a description of the priority access",
    ),
    # the sheet
    "sheet_no_intervention": (
        "rækken har ingen ordning; udfyld fx PA timer pr. uge eller Hjælpemidler kr.",
        "the row has no intervention; fill in e.g. PA hours per week or Aids kr.",
    ),
    "sheet_unknown_header": (
        'ukendt kolonne "{header}" (en kolonne til egne noter skal begynde med #)',
        'unknown column "{header}" (a column for your own notes must start with #)',
    ),
    "sheet_unknown_header_near": (
        'ukendt kolonne "{header}"; mente du "{near}"? (en kolonne til egne noter skal '
        "begynde med #)",
        'unknown column "{header}"; did you mean "{near}"? (a column for your own notes '
        "must start with #)",
    ),
    "sheet_duplicate_header": (
        'kolonnen "{header}" står der allerede (som "{first}")',
        'the column "{header}" is there already (as "{first}")',
    ),
    "sheet_missing_column": (
        "overskriftsrækken mangler kolonnen {da} ({en}); kompcalc læser arket Sager "
        "(eller Cases), ellers det første ark",
        "the header row has no column {en} ({da}); kompcalc reads the sheet Cases (or "
        "Sager), else the first sheet",
    ),
    "sheet_no_header": (
        "filen har ingen overskriftsrække med kolonnen Sag (Case); se kompcalc template",
        "the file has no header row with the column Case (Sag); see kompcalc template",
    ),
    "sheet_no_header_in": (
        "arket {sheet} har ingen overskriftsrække med kolonnen Sag (Case); se kompcalc template",
        "the sheet {sheet} has no header row with the column Case (Sag); see kompcalc template",
    ),
    "sheet_no_cases": (
        "regnearket har ingen sager (ingen udfyldte rækker under overskriftsrækken)",
        "the spreadsheet has no cases (no filled rows below the header row)",
    ),
    "sheet_ods": (
        "er et regneark i et format, kompcalc ikke læser; gem det som Excel-projektmappe "
        "(.xlsx) eller som CSV",
        "is a spreadsheet in a format kompcalc does not read; save it as an Excel workbook "
        "(.xlsx) or as CSV",
    ),
    "case_duplicate_id_row": (
        "sagen findes allerede i række {line}",
        "the case is already in row {line}",
    ),
    # CSV files
    "csv_is_xlsx": (
        "er en Excel-projektmappe (XLSX), ikke en CSV-fil; giv den endelsen .xlsx",
        "is an Excel workbook (XLSX), not a CSV file; give it the suffix .xlsx",
    ),
    "csv_is_xls": (
        "er en Excel-fil i det gamle format, ikke en CSV-fil; åbn den i Excel og gem den "
        "som Excel-projektmappe (.xlsx)",
        "is an Excel file in the old format, not a CSV file; open it in Excel and save it "
        "as an Excel workbook (.xlsx)",
    ),
    "sheet_needs_suffix": (
        "er en Excel-projektmappe; giv filen endelsen .xlsx",
        "is an Excel workbook; give the file the suffix .xlsx",
    ),
    "csv_binary": ("er ikke en tekstfil (CSV)", "is not a text file (CSV)"),
    "csv_broken_row": (
        "rækken kan ikke læses som CSV ({reason})",
        "the row cannot be read as CSV ({reason})",
    ),
    "csv_long_cell": (
        "en celle er længere end {limit} tegn; det er ikke en sagsliste",
        "a cell is longer than {limit} characters; this is not a case list",
    ),
    "note_csv_read": (
        "Bemærk: {file} er læst som {encoding} med {separator} mellem felterne.",
        "Note: {file} was read as {encoding} with {separator} between the fields.",
    ),
    "sep_semicolon": ("semikolon", "semicolons"),
    "sep_comma": ("komma", "commas"),
    "sep_tab": ("tabulator", "tabs"),
    # XLSX files
    "xlsx_encrypted": (
        "er beskyttet med en adgangskode; åbn den i Excel, fjern adgangskoden (Filer > "
        "Oplysninger > Beskyt projektmappe) og gem den igen",
        "is protected by a password; open it in Excel, remove the password (File > Info > "
        "Protect Workbook) and save it again",
    ),
    "xlsx_is_xls": (
        "er en Excel-fil i det gamle .xls-format; åbn den i Excel og vælg Filer > Gem som "
        "> Excel-projektmappe (.xlsx)",
        "is an Excel file in the old .xls format; open it in Excel and choose File > Save "
        "As > Excel Workbook (.xlsx)",
    ),
    "xlsx_not_zip": (
        "er ikke en Excel-projektmappe (XLSX); gem den fra Excel som .xlsx eller som CSV",
        "is not an Excel workbook (XLSX); save it from Excel as .xlsx or as CSV",
    ),
    "xlsx_unreadable": (
        "kan ikke læses som Excel-projektmappe: {reason}",
        "cannot be read as an Excel workbook: {reason}",
    ),
    "xlsx_no_sheet": ("projektmappen har intet regneark", "the workbook has no worksheet"),
}
