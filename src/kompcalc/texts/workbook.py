"""Texts of the spreadsheet outputs of ``batch``: the extra columns of the CSV and the
XLSX, and the XLSX's title rows, footer and summary sheet."""

TEXTS: dict[str, tuple[str, str]] = {
    # the case's own text beside the figures (the same words as the case list's headers)
    "wb_col_person": ("Person", "Person"),
    "wb_col_occupation": ("Stilling", "Occupation"),
    "wb_col_condition": ("Helbred", "Condition"),
    "wb_col_description": ("Beskrivelse", "Description"),
    "wb_col_benefit_start": ("Start i ydelsen", "Benefit start"),
    "wb_start_month": ("måned {month}", "month {month}"),
    "wb_start_week": ("uge {week}", "week {week}"),
    # the printed page
    "wb_page": ("Side &P af &N", "Page &P of &N"),
    "wb_confidential": (
        "Indeholder helbredsoplysninger. Behandl fortroligt.",
        "Contains health information. Treat as confidential.",
    ),
    # the summary sheet
    "wb_totals": ("I alt for {count} {count:sag|sager}", "Total for {count} {count:case|cases}"),
}
