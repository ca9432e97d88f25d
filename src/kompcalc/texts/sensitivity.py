"""Texts of the sensitivity analysis and switching values (``--sensitivity``, ``--vary``)."""

TEXTS: dict[str, tuple[str, str]] = {
    "err_sensitivity_csv": (
        "en CSV-fil har kun plads til én tabel; få følsomheden som tekst, med --json "
        "eller i et regneark med -o resultat.xlsx",
        "a CSV file holds one table only; get the sensitivity as text, with --json or "
        "in a spreadsheet with -o results.xlsx",
    ),
    "err_sensitivity_check": (
        "kontrolrapporten har ikke plads til følsomheden; brug --check med --json "
        "eller -o resultat.xlsx, eller kør dem hver for sig",
        "the check report has no room for the sensitivity; use --check with --json or "
        "-o results.xlsx, or run them one at a time",
    ),
    # --vary
    "err_vary_format": (
        '"{text}" skal skrives som NØGLE=LAV:HØJ, fx --vary pa_hourly_rate=100:130',
        '"{text}" must be written as KEY=LOW:HIGH, e.g. --vary pa_hourly_rate=100:130',
    ),
    "err_vary_order": (
        '"{text}": den lave værdi skal komme først (LAV:HØJ)',
        '"{text}": the low value must come first (LOW:HIGH)',
    ),
    "err_vary_months": (
        '"{text}": måneder skal være hele tal fra 1 til {max}',
        '"{text}": months must be whole numbers from 1 to {max}',
    ),
    "err_vary_pct": (
        '"{text}": en procent skal ligge fra 0 til 100',
        '"{text}": a per cent must lie from 0 to 100',
    ),
    "err_vary_discount_rates": (
        "{key} bruges ikke direkte i beregningen; variér diskonteringsrenten med "
        "--vary discount=LAV:HØJ",
        "{key} is not used in the calculation as it is; vary the discount rate with "
        "--vary discount=LOW:HIGH",
    ),
    "err_vary_unknown_near": (
        'ukendt antagelse "{key}"; mente du "{near}"? Du kan variere: {known}',
        'unknown assumption "{key}"; did you mean "{near}"? You can vary: {known}',
    ),
    "err_vary_unknown": (
        'ukendt antagelse "{key}". Du kan variere: {known}',
        'unknown assumption "{key}". You can vary: {known}',
    ),
}
