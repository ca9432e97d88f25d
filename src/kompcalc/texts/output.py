"""Texts of the human output: cards, tiers, staircases and the rates."""

TEXTS: dict[str, tuple[str, str]] = {
    # human output
    "h_intervention": ("Indsats", "Intervention"),
    "h_economy": ("Økonomi", "Economy"),
    "h_benefit": ("Undgået ydelse", "Benefit avoided"),
    "h_result": ("Resultat", "Result"),
    "kind_personal_assistance": ("Personlig assistance", "Personal assistance"),
    "kind_education_assistance": (
        "Personlig assistance under uddannelse",
        "Personal assistance in education",
    ),
    "kind_aids": ("Hjælpemidler", "Aids and adaptations"),
    "kind_mentor": ("Mentor", "Mentor"),
    "kind_icebreaker": ("Isbryderordningen", "Icebreaker wage subsidy"),
    "kind_recurring_cost": ("Løbende udgift", "Recurring cost"),
    "kind_priority_access": ("Fortrinsadgang", "Priority access"),
    "for_months": ("i {months} mdr.", "for {months} months"),
    "no_cost": ("ingen udgift", "no cost"),
    "monthly_amount": ("{amount} pr. måned", "{amount} per month"),
    "pa_what": ("{hours} timer om ugen", "{hours} hours a week"),
    "pa_formula": (
        "{hours} t × {rate} × {weeks} uger = {gross}",
        "{hours} h × {rate} × {weeks} weeks = {gross}",
    ),
    "aids": ("Hjælpemidler", "Aids and adaptations"),
    "per_month": ("pr. måned", "per month"),
    "one_off": ("engangsudgift", "one-off"),
    "no_refund": ("uden refusion", "no refund"),
    "gross": ("Udgift i alt", "Gross cost"),
    "refund": ("Statsrefusion {pct}", "State refund {pct}"),
    "net": ("Jobcenterets udgift", "The jobcentre's cost"),
    "tier_range": ("måned {start}–{end}", "months {start}–{end}"),
    "tier_single": ("måned {start}", "month {start}"),
    "tier_open": ("fra måned {start}", "from month {start}"),
    "benefit_start": (
        "Borgeren er i måned {month} af ydelsen, når indsatsen starter.",
        "The citizen is in month {month} of the benefit when the scheme starts.",
    ),
    "monthly_saving": ("Besparelse pr. måned", "Saving per month"),
    "break_even": ("Break-even (tilbagebetalingstid)", "Break-even (payback time)"),
    "break_even_now": ("straks", "at once"),
    "break_even_months": ("efter {months} måneder", "after {months} months"),
    "break_even_never": ("nås ikke", "never"),
    "saving_after": (
        "Samlet besparelse efter {months} mdr.",
        "Total saving after {months} months",
    ),
    "rates_used": ("Satser", "Rates"),
    "rates_caption": (
        "{title} [{layers}], gældende {day}, kontrolsum {hash}",
        "{title} [{layers}], in force on {day}, hash {hash}",
    ),
    "overridden": (
        "  Ændret: {key}{value} ({by}{was})",
        "  Overridden: {key}{value} ({by}{was})",
    ),
    "was": ("; var {value}", "; was {value}"),
    "per_week": ("pr. uge", "per week"),
    "week_range": ("uge {start}–{end}", "weeks {start}–{end}"),
    "week_open": ("fra uge {start}", "from week {start}"),
    "stairs_rule": ("Beregning", "Computed as"),
    "stairs_text": (
        "{gross} {per} brutto; {label} ({kind}): {steps}",
        "{gross} {per} gross; {label} ({kind}): {steps}",
    ),
    "stairs_refund": ("statsrefusion", "state refund"),
    "stairs_cofinance": ("kommunens andel", "the municipality's share"),
    "benefit_start_week": (
        "Borgeren er i uge {week} af ydelsen, når indsatsen starter.",
        "The citizen is in week {week} of the benefit when the scheme starts.",
    ),
    "period": ("periode {start}–{end}", "period {start}–{end}"),
    "source": ("Kilde", "Source"),
    "value": ("Værdi", "Value"),
    "key": ("Sats", "Rate"),
    "r_pa_hourly_rate": ("Timesats, personlig assistance", "Hourly rate, personal assistance"),
    "r_weeks_per_month": ("Uger pr. måned", "Weeks per month"),
    "r_pa_normal_max": ("Normal grænse for PA, timer/uge", "Normal PA limit, hours/week"),
    "r_education_normal_max": (
        "Normal grænse for PA under uddannelse, timer/uge",
        "Normal limit for PA in education, hours/week",
    ),
    "r_education_max": (
        "Højeste grænse for PA under uddannelse, timer/uge",
        "Highest limit for PA in education, hours/week",
    ),
    "r_refund": ("Statsrefusion, {scheme}", "State refund, {scheme}"),
    "r_tier": ("{benefit}, {range}", "{benefit}, {range}"),
    "sources": ("Kilder", "Sources"),
    "dates": ("Gælder", "In force"),
    "checked_on": ("(kontrolleret {day})", "(checked {day})"),
    "unavailable": (
        "Uden værdi på dagen (kan ikke bruges): {names}",
        "No value on the day (cannot be used): {names}",
    ),
    "negative_from": (
        "Besparelsen bliver negativ efter {months} mdr.",
        "The saving turns negative after {months} months",
    ),
    "col_negative_from": ("Negativ fra, mdr.", "Negative from, months"),
    "path_step": ("{name} i {months} mdr.", "{name} for {months} months"),
    "path_then": (", derefter ", ", then "),
    "probability": ("Sandsynlighed", "Probability"),
    "probability_value": (
        "{pct} (forventet værdi: ydelsen ganget med sandsynligheden for, at den ellers "
        "var udbetalt)",
        "{pct} (expected value: the benefit times the chance it would otherwise have been paid)",
    ),
    "warn_certain_counterfactual": (
        "sagen har kun indsatser uden udgift, og hele besparelsen hviler på, at borgeren "
        "med sikkerhed ellers ville have fået ydelsen (sandsynlighed 100 %); angiv "
        "probability for sagen eller --probability",
        "the case has only interventions that cost nothing, so the whole saving rests on "
        "the citizen certainly drawing the benefit otherwise (probability 100 %); give "
        "the case a probability or use --probability",
    ),
    "list_default": ("(standard)", "(default)"),
    "list_open": ("åben", "open"),
    "unavailable_refunds": (
        "Ingen statsrefusion på dagen (sager med ordningen kan ikke beregnes): {names}",
        "No state refund on the day (cases with the scheme cannot be computed): {names}",
    ),
    # the batch table on a terminal (kompcalc.render.page)
    "table_left_out": (
        "Ikke vist: {columns} (se alle kolonner med --wide eller -o resultat.xlsx)",
        "Not shown: {columns} (see every column with --wide or -o results.xlsx)",
    ),
    "table_left_out_count": (
        "{count} {count:kolonne|kolonner} ikke vist; se alle med --wide eller -o resultat.xlsx",
        "{count} {count:column|columns} not shown; see them all with --wide or -o results.xlsx",
    ),
    "table_more_rows": (
        "… og {count} {count:sag|sager} mere; "
        "se dem alle med -o resultat.xlsx eller > resultat.txt",
        "… and {count} more {count:case|cases}; see them all with -o results.xlsx or > results.txt",
    ),
}
