"""Texts of the HTML report."""

TEXTS: dict[str, tuple[str, str]] = {
    # the HTML report
    "rep_default_title": ("Kompenserende ordninger: besparelser", "Compensation schemes: savings"),
    "rep_made": (
        "Beregnet med kompcalc {version} den {day} ud fra {file}.",
        "Computed with kompcalc {version} on {day} from {file}.",
    ),
    "rep_summary": ("Oversigt", "Summary"),
    "rep_cases": ("Sager", "Cases"),
    "rep_failed": ("Sager med fejl (ikke med)", "Cases with errors (left out)"),
    "rep_one_off": ("Engangsudgifter i alt, netto", "One-off costs in all, net"),
    "rep_monthly": ("Løbende udgift pr. md. i alt, netto", "Monthly costs in all, net"),
    "rep_break_even_counts": ("Break-even", "Break-even"),
    "rep_conditions_hidden": (
        "Helbredsoplysninger (sagernes condition) er udeladt af rapporten. Kør med "
        "--include-conditions for at vise dem.",
        "Health information (the cases' condition) is left out of this report. Run with "
        "--include-conditions to show it.",
    ),
    "rep_conditions_shown": (
        "Rapporten viser helbredsoplysninger (sagernes condition), fordi den er lavet med "
        "--include-conditions. Behandl den fortroligt.",
        "This report shows health information (the cases' condition) because it was made "
        "with --include-conditions. Treat it as confidential.",
    ),
    "rep_rates": ("Satser", "Rates"),
    "rep_chart_savings": (
        "Samlet nettobesparelse for alle sager over tid",
        "Cumulative net saving of all cases over time",
    ),
    "rep_chart_break_even": (
        "Break-even pr. sag, sorteret (måneder)",
        "Break-even per case, sorted (months)",
    ),
    "rep_axis_months": ("Måneder efter start", "Months from the start"),
    "rep_axis_kroner": ("Kroner", "Kroner"),
    "rep_axis_cases": (
        "Sagerne, sorteret efter break-even",
        "The cases, sorted by break-even",
    ),
    "rep_problems": ("Sager der ikke kunne regnes", "Cases that could not be computed"),
    "rep_cards": ("Sagerne", "The cases"),
    "rep_occupation": ("Job", "Occupation"),
    "rep_condition": ("Funktionsnedsættelse", "Condition"),
    "rep_card_curve": (
        "Samlet besparelse over tid for {id}",
        "Cumulative saving over time for {id}",
    ),
    "rep_card_caption": (
        "Samlet besparelse måned for måned over {months} måneder; den stiplede linje er 0 kr.",
        "Cumulative saving month by month over {months} months; the dashed line is 0 kr.",
    ),
    "rep_footer": (
        "Beløb i kroner, beregnet nøjagtigt i øre. Ydelserne er kommunens nettoudgift efter "
        "statsrefusion.",
        "Amounts in kroner, computed exactly to the øre. Benefits are the municipality's net "
        "cost after the state refund.",
    ),
    "report_written": (
        "Rapport over {count} sager skrevet til {file}.",
        "Report on {count} cases written to {file}.",
    ),
    "err_json_and_format": (
        "--json og --format kan ikke bruges sammen (--json er --format json).",
        "--json and --format cannot be used together (--json is --format json).",
    ),
    "err_xlsx_needs_output": (
        "--format xlsx skriver en fil; angiv den med -o, fx -o sager.xlsx.",
        "--format xlsx writes a file; name it with -o, e.g. -o cases.xlsx.",
    ),
    "err_output_is_input": (
        "-o er sagsfilen selv; vælg en anden fil, så sagerne ikke overskrives.",
        "-o is the case file itself; choose another file so the cases are not overwritten.",
    ),
    "errors_more": ("... og {count} fejl mere", "... and {count} more errors"),
    "rep_negative": ("bliver negativ inden horisonten", "turn negative within the horizon"),
}
