"""Texts of the HTML report."""

TEXTS: dict[str, tuple[str, str]] = {
    # the report's conclusion
    "con_month": ("{months} måned", "{months} month"),
    "con_months": ("{months} måneder", "{months} months"),
    "con_cost_both": (
        "{one_off} én gang og {monthly} om måneden",
        "{one_off} once and {monthly} a month",
    ),
    "con_cost_one_off": ("{one_off} én gang", "{one_off} once"),
    "con_cost_monthly": ("{monthly} om måneden", "{monthly} a month"),
    "con_cost_nothing": ("ingenting", "nothing"),
    "con_costs_one": ("Sagen koster kommunen {cost}.", "The case costs the municipality {cost}."),
    "con_costs_many": (
        "{count:Den|De} {count} {count:sag|sager} koster kommunen {cost}.",
        "The {count} {count:case costs|cases cost} the municipality {cost}.",
    ),
    "con_after": ("{saving}; {paid_back}.", "{saving}; {paid_back}."),
    "con_saved_one": (
        "Efter {period} har den sparet kommunen {amount}",
        "After {period} it has saved the municipality {amount}",
    ),
    "con_saved_many": (
        "Efter {period} har de sparet kommunen {amount}",
        "After {period} they have saved the municipality {amount}",
    ),
    "con_lost_one": (
        "Efter {period} har den kostet kommunen {amount} mere, end den har sparet",
        "After {period} it has cost the municipality {amount} more than it has saved",
    ),
    "con_lost_many": (
        "Efter {period} har de kostet kommunen {amount} mere, end de har sparet",
        "After {period} they have cost the municipality {amount} more than they have saved",
    ),
    "con_even_one": (
        "Efter {period} har den sparet kommunen lige så meget, som den har kostet",
        "After {period} it has saved the municipality as much as it has cost",
    ),
    "con_even_many": (
        "Efter {period} har de sparet kommunen lige så meget, som de har kostet",
        "After {period} they have saved the municipality as much as they have cost",
    ),
    "con_paid_back_one": (
        "den har tjent sig hjem inden for {period}",
        "it has paid for itself within {period}",
    ),
    "con_not_paid_back_one": (
        "den har ikke tjent sig hjem inden for {period}",
        "it has not paid for itself within {period}",
    ),
    "con_paid_back_all": (
        "alle {total} har tjent sig hjem inden for {period}",
        "all {total} have paid for themselves within {period}",
    ),
    "con_paid_back_none": (
        "ingen af dem har tjent sig hjem inden for {period}",
        "none of them has paid for itself within {period}",
    ),
    "con_paid_back_some": (
        "{count} af {total} har tjent sig hjem inden for {period}",
        "{count} of {total} have paid for themselves within {period}",
    ),
    "con_no_cases": (
        "Rapporten har ingen sager, der kunne regnes, og derfor ingen tal.",
        "The report has no case that could be computed, and so no figures.",
    ),
    "con_failed_one": (
        "{count} sag kunne ikke regnes og er ikke med i tallene.",
        "{count} case could not be computed and is not in the figures.",
    ),
    "con_failed_many": (
        "{count} sager kunne ikke regnes og er ikke med i tallene.",
        "{count} cases could not be computed and are not in the figures.",
    ),
    # the report's assumptions
    "asm_start_month": ("fra måned {month} af ydelsen", "from month {month} of the benefit"),
    "asm_start_week": ("fra uge {week} af ydelsen", "from week {week} of the benefit"),
    "asm_limit": ("i højst {period}", "for at most {period}"),
    "asm_avoided_all": ("sparet i alle periodens måneder", "avoided in every month of the period"),
    "asm_avoided_some": (
        "sparet i {count} af periodens {months} måneder",
        "avoided in {count} of the period's {months} months",
    ),
    "asm_avoided_never": ("aldrig sparet i perioden", "never avoided in the period"),
    "asm_cases_one": ("{count} sag: {ids}", "{count} case: {ids}"),
    "asm_cases_many": ("{count} sager: {ids}", "{count} cases: {ids}"),
    "rep_assumptions": ("Forudsætninger", "Assumptions"),
    "rep_asm_compared": ("Hvad sammenlignes", "What is compared"),
    "rep_asm_compare": (
        "Rapporten sammenligner kommunens nettoudgift til ordningerne, efter statens "
        "refusion, med den ydelse, borgeren ellers ville have fået, også regnet som "
        "kommunens nettoudgift efter statens refusion. Den antager, at borgeren uden "
        "ordningen med sikkerhed ville have fået ydelsen, som det står nedenfor.",
        "The report compares the municipality's net cost of the schemes, after the "
        "state's refund, with the benefit the citizen would otherwise have drawn, also "
        "counted as the municipality's net cost after the state's refund. It assumes "
        "that without the scheme the citizen would certainly have drawn the benefit, as "
        "set out below.",
    ),
    "rep_asm_counterfactual": (
        "Uden ordningerne ville borgerne have fået:",
        "Without the schemes the citizens would have drawn:",
    ),
    "rep_asm_perspectives": ("Hvem betaler og hvem sparer", "Who pays and who saves"),
    "rep_asm_perspectives_text": (
        "Tallene er kommunens, som i kataloget. Tabellerne over hvem der betaler og hvem "
        "der sparer viser også statens (refusionen af ordningerne mod statens del af "
        "ydelsen) og det offentliges (hele udgiften mod hele ydelsen). Statens del kendes "
        "kun for en ydelse med bruttobeløb og refusionstrappe, ikke for en ydelse angivet "
        "netto. Break-even er tilbagebetalingstiden; besparelse pr. krone brugt er "
        "besparelsen ved periodens slutning delt med det, der er brugt indtil da.",
        "The figures are the municipality's, as in the catalogue. The tables of who pays "
        "and who saves also show the state's (the refund of the schemes against the "
        "state's part of the benefit) and the public sector's (the whole cost against "
        "the whole benefit). The state's part is known only for a benefit with a gross "
        "amount and a refund staircase, not for one given net. Break-even is the payback "
        "time; the saving per krone spent is the saving at the end of the period divided "
        "by what was spent by then.",
    ),
    "rep_asm_discount": (
        "Nutidsværdien er besparelsen i dagens penge: besparelsen i måned m er ganget med "
        "(1 + r)^(-m/12) efter diskonteringsrenten {rate}; engangsudgiften falder ved "
        "start og diskonteres ikke.",
        "The present value is the saving in today's money: the saving of month m is "
        "multiplied by (1 + r)^(-m/12) at the discount rate {rate}; the one-off cost "
        "falls at the start and is not discounted.",
    ),
    "rep_asm_period": ("Perioden", "The period"),
    "rep_asm_horizon": (
        "Tallene dækker {period} fra ordningernes start. En engangsudgift falder i første "
        "måned; løbende udgifter og den sparede ydelse regnes måned for måned.",
        "The figures cover {period} from the start of the schemes. A one-off cost falls "
        "in the first month; monthly costs and the benefit avoided are counted month by "
        "month.",
    ),
    "rep_asm_rates": (
        "Satserne kommer fra satstabellen {title} [{layers}], som gælder {years}, med de "
        "satser, der var gældende {day}.",
        "The rates come from the rate table {title} [{layers}], which holds for {years}, "
        "as in force on {day}.",
    ),
    "rep_set_here": ("for denne beregning", "for this calculation"),
    "rep_asm_excluded": ("Ikke medregnet", "Not included"),
    "rep_excl_admin": (
        "kommunens udgifter til administration og sagsbehandling",
        "the municipality's administration and casework",
    ),
    "rep_excl_employer": ("arbejdsgiverens udgifter", "the employer's costs"),
    "rep_excl_taxes": (
        "den skat, borgeren betaler af sin løn",
        "the taxes the citizen pays on the wage",
    ),
    "rep_excl_benefits": ("andre ydelser end den nævnte", "benefits other than the one named"),
    "rep_excl_discounting": (
        "diskontering: en krone om tre år tæller som en krone i dag",
        "discounting: a krone in three years counts as a krone today",
    ),
    # the HTML report
    "rep_conclusion": ("Konklusion", "Conclusion"),
    "rep_byline_author": ("Udarbejdet af {author}, {day}", "Prepared by {author}, {day}"),
    "rep_byline": ("Udarbejdet {day}", "Prepared on {day}"),
    "rep_about": ("Om beregningen", "About the calculation"),
    "rep_hash": (
        "Satsernes kontrolsum er {hash}. To udskrifter med samme kontrolsum bygger på de "
        "samme satser.",
        "The rates' hash is {hash}. Two printouts with the same hash used the same rates.",
    ),
    "note_conditions_left_out": (
        "Sagernes helbredsoplysninger (condition) er udeladt af rapporten; brug "
        "--include-conditions for at tage dem med.",
        "The cases' health information (condition) is left out of the report; use "
        "--include-conditions to include it.",
    ),
    "rep_default_title": ("Kompenserende ordninger: besparelser", "Compensation schemes: savings"),
    "rep_made": (
        "Beregnet med kompcalc {version} den {day} ud fra sagsfilen {file}.",
        "Computed with kompcalc {version} on {day} from the case file {file}.",
    ),
    "rep_summary": ("Oversigt", "Summary"),
    "rep_cases": ("Sager", "Cases"),
    "rep_failed": ("Sager med fejl (ikke med)", "Cases with errors (left out)"),
    "rep_one_off": ("Engangsudgifter i alt, netto", "One-off costs in all, net"),
    "rep_monthly": ("Løbende udgift pr. md. i alt, netto", "Monthly costs in all, net"),
    "rep_break_even_counts": ("Break-even (tilbagebetalingstid)", "Break-even (payback time)"),
    "rep_conditions_hidden": (
        "Helbredsoplysninger (sagernes condition) er udeladt af rapporten.",
        "Health information (the cases' condition) is left out of this report.",
    ),
    "rep_conditions_shown": (
        "Rapporten viser helbredsoplysninger (sagernes condition). Behandl den fortroligt.",
        "This report shows health information (the cases' condition). Treat it as confidential.",
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
        "Rapport over {count} {count:sag|sager} skrevet til {file}.",
        "Report on {count} {count:case|cases} written to {file}.",
    ),
    "err_json_and_format": (
        "--json og --format kan ikke bruges sammen (--json er --format json).",
        "--json and --format cannot be used together (--json is --format json).",
    ),
    "err_output_suffix": (
        'kompcalc skriver ikke filtypen "{suffix}"; brug .xlsx, .csv, .json eller .txt, '
        "eller vælg med --format.",
        'kompcalc does not write "{suffix}" files; use .xlsx, .csv, .json or .txt, or '
        "choose with --format.",
    ),
    "err_output_html": (
        "batch skriver ikke HTML; en rapport, fx til et udvalg, laves med: kompcalc "
        "report SAGSFIL -o {name}",
        "batch does not write HTML; a report, for a council say, is made by: kompcalc "
        "report CASEFILE -o {name}",
    ),
    "err_xlsx_needs_output": (
        "--format xlsx skriver en fil; angiv den med -o, fx -o sager.xlsx.",
        "--format xlsx writes a file; name it with -o, e.g. -o cases.xlsx.",
    ),
    "err_output_is_input": (
        "-o er sagsfilen selv; vælg en anden fil, så sagerne ikke overskrives.",
        "-o is the case file itself; choose another file so the cases are not overwritten.",
    ),
    "errors_more": ("... og {count} fejl mere", "... and {count} more {count:error|errors}"),
    "warnings_more": (
        "... og {count} {count:advarsel|advarsler} mere (alle står i --json)",
        "... and {count} more {count:warning|warnings} (--json has them all)",
    ),
    "rep_negative": ("bliver negativ inden horisonten", "turn negative within the horizon"),
    "con_negative_one": (
        "1 sag sparer først, men bliver negativ inden for {period}.",
        "1 case saves at first but turns negative within {period}.",
    ),
    "con_negative_many": (
        "{count} sager sparer først, men bliver negative inden for {period}.",
        "{count} cases save at first but turn negative within {period}.",
    ),
    "asm_probability": (
        "sandsynlighed for at ydelsen ellers var udbetalt: {pct}",
        "probability that the benefit would otherwise have been paid: {pct}",
    ),
    # the switching values per case above the cards' threshold (counts come formatted)
    "rep_switching_fragile": (
        "Skifteværdier vises for {count:den|de} {count} skrøbelige {count:sag|sager}; alle "
        "{total} sager står i JSON- og XLSX-outputtet (kompcalc batch --sensitivity --json "
        "eller -o resultat.xlsx).",
        "Switching values are shown for the {count} fragile {count:case|cases}; all {total} "
        "cases are in the JSON and XLSX output (kompcalc batch --sensitivity --json or "
        "-o results.xlsx).",
    ),
    "rep_switching_worst": (
        "Skifteværdier vises for {shown:den|de} {shown} af {count} skrøbelige sager, der er "
        "skrøbelige på flest antagelser og derefter taber mest ved horisonten; alle {total} "
        "sager står i JSON- og XLSX-outputtet (kompcalc batch --sensitivity --json eller "
        "-o resultat.xlsx).",
        "Switching values are shown for the {shown} of {count} fragile cases that {shown:is|are} "
        "fragile on the most assumptions and then {shown:loses|lose} most at the horizon; all "
        "{total} cases are in the JSON and XLSX output (kompcalc batch --sensitivity --json or "
        "-o results.xlsx).",
    ),
    "rep_switching_none": (
        "Ingen sag er skrøbelig, så der vises ingen skifteværdier pr. sag; alle {total} sager "
        "står i JSON- og XLSX-outputtet (kompcalc batch --sensitivity --json eller "
        "-o resultat.xlsx).",
        "No case is fragile, so no switching values per case are shown; all {total} cases are "
        "in the JSON and XLSX output (kompcalc batch --sensitivity --json or -o results.xlsx).",
    ),
}
