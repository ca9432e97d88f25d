"""Texts of the business case: present value, perspectives, sensitivity."""

TEXTS: dict[str, tuple[str, str]] = {
    "val_discount_bands": (
        "båndene skal starte ved år 0 og stige (from_year 0, 35, …)",
        "the bands must start at year 0 and rise (from_year 0, 35, …)",
    ),
    # --discount and --perspective
    "err_discount_range": (
        '"{text}" er ikke en diskonteringsrente: giv en sats fra 0 til 100 % om året, fx 3,5',
        '"{text}" is not a discount rate: give a rate from 0 to 100 % a year, e.g. 3,5',
    ),
    "err_discount_elsewhere": (
        'satstabellen {table} har ingen diskonteringsrente "{name}"; den findes i {tables} '
        "(--rates {first}); eller giv en sats i procent om året, fx --discount 3,5",
        'the rate table {table} has no discount rate "{name}"; it is in {tables} '
        "(--rates {first}); or give a rate in per cent a year, e.g. --discount 3,5",
    ),
    "err_discount_unknown_near": (
        'ukendt diskonteringsrente "{name}"; mente du "{near}"? Satstabellen kender: {known}',
        'unknown discount rate "{name}"; did you mean "{near}"? The rate table knows: {known}',
    ),
    "err_discount_unknown": (
        'ukendt diskonteringsrente "{name}" (satstabellen {table} kender: {known}); giv en '
        "sats i procent om året, fx 3,5, eller et navn fra satstabellens discount_rates",
        'unknown discount rate "{name}" (the rate table {table} knows: {known}); give a '
        "rate in per cent a year, e.g. 3,5, or a name from the rate table's discount_rates",
    ),
    "err_perspective_near": (
        'ukendt perspektiv "{text}"; mente du "{near}"? Vælg blandt: {known}',
        'unknown perspective "{text}"; did you mean "{near}"? Choose from: {known}',
    ),
    "err_perspective": (
        'ukendt perspektiv "{text}". Vælg blandt: {known}',
        'unknown perspective "{text}". Choose from: {known}',
    ),
    "r_discount": ("Diskonteringsrente {name}", "Discount rate {name}"),
    # the perspectives
    "persp_kommune": ("kommunen", "the municipality"),
    "persp_stat": ("staten", "the state"),
    "persp_offentlig": ("det offentlige", "the public sector"),
    "persp_row_kommune": ("Kommunen", "Municipality"),
    "persp_row_stat": ("Staten", "State"),
    "persp_row_offentlig": ("Det offentlige", "Public sector"),
    "persp_part_stat": ("statens del", "the state's part"),
    "persp_part_offentlig": ("hele ydelsen", "the whole benefit"),
    "persp_not_computed_net_benefit": (
        "ikke opgjort: ydelsen er angivet netto",
        "not computed: the benefit is given net",
    ),
    "h_result_for": ("Resultat for {who}", "Result for {who}"),
    "h_benefit_part": ("{name}, {part}", "{name}, {part}"),
    # the business case: payback, return per krone, present value
    "return_per_krone": (
        "Besparelse pr. krone brugt, {months} mdr.",
        "Saving per krone spent, {months} months",
    ),
    "per_krone_value": ("{amount} kr.", "{amount} kr."),
    "nothing_spent": ("intet brugt", "nothing spent"),
    "discount_rate": ("Diskonteringsrente", "Discount rate"),
    "discount_flat": ("{pct} om året", "{pct} a year"),
    "discount_band": ("{pct} fra år {year}", "{pct} from year {year}"),
    "discount_named": (
        "{name}: {label} ({bands}; kilde: {source})",
        "{name}: {label} ({bands}; source: {source})",
    ),
    "discount_short": ("{name} ({bands})", "{name} ({bands})"),
    "present_value_after": (
        "Nutidsværdi efter {months} mdr.",
        "Present value after {months} months",
    ),
    "payback_discounted": (
        "Break-even, diskonteret (tilbagebetalingstid)",
        "Break-even, discounted (payback time)",
    ),
    "h_perspectives": (
        "Hvem betaler og hvem sparer, efter {months} mdr.",
        "Who pays and who saves, after {months} months",
    ),
    "pt_spent": ("Udgift", "Cost"),
    "pt_avoided": ("Undgået ydelse", "Benefit avoided"),
    "pt_saving": ("Besparelse", "Saving"),
    "pt_per_krone": ("Pr. krone brugt", "Per krone spent"),
    "pt_payback": ("Tilbagebetalingstid", "Payback time"),
    "pt_months": ("{months} mdr.", "{months} months"),
    "pt_present_value": ("Nutidsværdi", "Present value"),
    "pt_cases": ("Sager opgjort", "Cases computed"),
    "pt_cases_of": ("{count} af {cases}", "{count} of {cases}"),
    "pt_payback_within": (
        "Tjent hjem inden for {months} mdr.",
        "Paid back within {months} months",
    ),
    "pt_not_computed_cases": (
        "{reason} ({count} af {cases} {cases:sag|sager})",
        "{reason} ({count} of {cases} {cases:case|cases})",
    ),
}
