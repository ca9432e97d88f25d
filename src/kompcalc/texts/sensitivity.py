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
    # the assumptions
    "sens_probability": ("Sandsynlighed for ydelsen", "Probability of the benefit"),
    "sens_benefit_limit_months": ("Ydelsens varighed", "Duration of the benefit"),
    "sens_months": ("Horisont", "Horizon"),
    "sens_discount": ("Diskonteringsrente", "Discount rate"),
    "sens_months_value": ("{months} {months:md.|mdr.}", "{months} {months:month|months}"),
    "sens_own": ("sagens egen", "each case's own"),
    # the text and the report
    "sens_heading": (
        "Følsomhed: kommunens besparelse efter {months} mdr., alle sager: {total}",
        "Sensitivity: the municipality's saving after {months} months, all cases: {total}",
    ),
    "sens_heading_pv": (
        "Følsomhed: kommunens nutidsværdi efter {months} mdr., alle sager: {total}",
        "Sensitivity: the municipality's present value after {months} months, all cases: {total}",
    ),
    "sens_about": (
        "Hver antagelse prøvet lav og høj for sig, de andre som i dag; størst udsving først.",
        "Each assumption tried low and high on its own, the others as today; largest swing first.",
    ),
    "sens_col_assumption": ("Antagelse", "Assumption"),
    "sens_col_today": ("I dag", "Today"),
    "sens_col_low": ("Lav", "Low"),
    "sens_col_high": ("Høj", "High"),
    "sens_col_at_low": ("Besparelse ved lav", "Saving at low"),
    "sens_col_at_high": ("Besparelse ved høj", "Saving at high"),
    "sens_col_switch": ("Skifteværdi", "Switching value"),
    "sens_col_range": ("Søgt mellem", "Looked for in"),
    "sens_col_fragile": ("Skrøbelige sager", "Fragile cases"),
    "sens_col_case": ("Sag", "Case"),
    "sens_legend": (
        "░ lav værdi  █ høj værdi  │ i dag",
        "░ low value  █ high value  │ today",
    ),
    "sens_switch_heading": (
        "Skifteværdier: værdien, hvor besparelsen efter {months} mdr. bliver 0",
        "Switching values: the value at which the saving after {months} months is 0",
    ),
    "sens_switch_about": (
        "Givet på den side, hvor sagerne stadig sparer: den højeste timesats, den laveste "
        "sandsynlighed, de færreste måneder.",
        "Given on the side where the cases still save: the highest hourly rate, the "
        "lowest probability, the fewest months.",
    ),
    "sens_none": ("ingen", "none"),
    "sens_not_affected": ("påvirker ikke", "no effect"),
    "sens_range": ("{low}–{high}", "{low}–{high}"),
    "sens_fragile_heading": (
        "Skrøbelige sager: {count} af {cases} (skifteværdien ligger mellem værdien i dag "
        "og den fjerneste prøvede)",
        "Fragile cases: {count} of {cases} (the switching value lies between today's "
        "value and the farthest one tried)",
    ),
    "sens_fragile_none": (
        "Ingen skrøbelige sager: ingen skifteværdi ligger mellem værdien i dag og den "
        "fjerneste prøvede.",
        "No fragile cases: no switching value lies between today's value and the "
        "farthest one tried.",
    ),
    "sens_fragile_more": (
        "… og {count} mere; se dem alle med --json eller -o resultat.xlsx",
        "… and {count} more; see them all with --json or -o results.xlsx",
    ),
    # the XLSX sheet
    "sheet_sensitivity": ("Følsomhed", "Sensitivity"),
    "sens_col_key": ("Nøgle", "Key"),
    "sens_col_swing": ("Udsving", "Swing"),
    "sens_col_switch_all": ("Skifteværdi, alle sager", "Switching value, all cases"),
    "sens_col_from": ("Søgt fra", "Looked for from"),
    "sens_col_to": ("Søgt til", "Looked for to"),
    "sens_col_saving": ("Besparelse efter {months} mdr.", "Saving after {months} months"),
    "sens_col_fragile_on": ("Skrøbelig på", "Fragile on"),
    "sens_cases_heading": (
        "Skifteværdier pr. sag (værdien, hvor sagens besparelse efter {months} mdr. bliver 0)",
        "Switching values per case (the value at which the case's saving after {months} "
        "months is 0)",
    ),
    # the report
    "rep_sensitivity": ("Følsomhed og skifteværdier", "Sensitivity and switching values"),
    "rep_chart_tornado": (
        "Samlet besparelse efter {months} mdr. med hver antagelse lav og høj",
        "Total saving after {months} months with each assumption low and high",
    ),
    "rep_axis_total": (
        "Samlet besparelse efter {months} mdr., kr.",
        "Total saving after {months} months, kr.",
    ),
    "rep_tornado_today": ("I dag: {total}", "Today: {total}"),
    "rep_tornado_low": ("lav værdi", "low value"),
    "rep_tornado_high": ("høj værdi", "high value"),
    "rep_sens_tried": ("Prøvet: lav / høj", "Tried: low / high"),
    "rep_switching": ("Skifteværdier pr. sag", "Switching values per case"),
    "rep_switching_about": (
        "Værdien af hver antagelse, hvor sagens besparelse efter {months} mdr. bliver 0.",
        "The value of each assumption at which the case's saving after {months} months is 0.",
    ),
    "rep_fragile_note": (
        "Fremhævet: skrøbelig, dvs. skifteværdien ligger mellem værdien i dag og den "
        "fjerneste prøvede; {count} af {cases} sager er skrøbelige på mindst én "
        "antagelse. –: antagelsen påvirker ikke sagens besparelse.",
        "Marked: fragile, i.e. the switching value lies between today's value and the "
        "farthest one tried; {count} of {cases} cases are fragile on at least one "
        "assumption. –: the assumption does not change the case's saving.",
    ),
    # the same, of the present value (with --discount)
    "sens_col_at_low_pv": (
        "Nutidsværdi ved lav",
        "Present value at low",
    ),
    "sens_col_at_high_pv": (
        "Nutidsværdi ved høj",
        "Present value at high",
    ),
    "sens_switch_heading_pv": (
        "Skifteværdier: værdien, hvor nutidsværdien efter {months} mdr. bliver 0",
        "Switching values: the value at which the present value after {months} months is 0",
    ),
    "sens_col_saving_pv": (
        "Nutidsværdi efter {months} mdr.",
        "Present value after {months} months",
    ),
    "sens_cases_heading_pv": (
        "Skifteværdier pr. sag (værdien, hvor sagens nutidsværdi efter {months} mdr. bliver 0)",
        "Switching values per case (the value at which the case's present value after "
        "{months} months is 0)",
    ),
    "rep_switching_about_pv": (
        "Værdien af hver antagelse, hvor sagens nutidsværdi efter {months} mdr. bliver 0.",
        "The value of each assumption at which the case's present value after {months} "
        "months is 0.",
    ),
    "rep_axis_total_pv": (
        "Samlet nutidsværdi efter {months} mdr., kr.",
        "Total present value after {months} months, kr.",
    ),
    "rep_chart_tornado_pv": (
        "Samlet nutidsværdi efter {months} mdr. med hver antagelse lav og høj",
        "Total present value after {months} months with each assumption low and high",
    ),
}
