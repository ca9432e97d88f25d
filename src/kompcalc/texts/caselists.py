"""Texts of case lists in spreadsheets: what a list cannot hold, the template, its
guide sheet, and a help text and an example for every column
(:mod:`kompcalc.core.columns`)."""

TEXTS: dict[str, tuple[str, str]] = {
    # kompcalc convert
    "err_convert_suffix": (
        "{file}: en sagsliste kan skrives som .yaml, .json, .xlsx eller .csv",
        "{file}: a case list can be written as .yaml, .json, .xlsx or .csv",
    ),
    "convert_written": (
        "Skrev {count} {count:sag|sager} til {file}.",
        "Wrote {count} {count:case|cases} to {file}.",
    ),
    "convert_written_one": ("Skrev 1 sag til {file}.", "Wrote 1 case to {file}."),
    "err_no_example": (
        "eksemplet {name} mangler i denne installation af kompcalc",
        "the example {name} is missing from this installation of kompcalc",
    ),
    "convert_failed": (
        "{file} er ikke skrevet: {count} {count:sag|sager} kunne ikke læses; ret fejlene ovenfor.",
        "{file} was not written: {count} {count:case|cases} could not be read; "
        "mend the errors above.",
    ),
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
    "sheet_guide": ("Vejledning", "Guide"),
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
    # kompcalc template
    "template_written": ("Skrev skabelonen til {file}.", "Wrote the template to {file}."),
    "err_template_suffix": (
        "{file}: en skabelon skrives som .xlsx eller .csv (efter filens endelse)",
        "{file}: a template is written as .xlsx or .csv (by the file's suffix)",
    ),
    "tpl_example_id": ("# Eksempel – slet denne række", "# Example – delete this row"),
    "tpl_example_person": ("Fastholdt i job. Kvinde, 53 år", "Kept in work. Woman, 53"),
    "tpl_example_occupation": ("Bandagist", "Orthotist"),
    "tpl_example_description": (
        "Fastholdes i sit job med personlig assistance",
        "Kept in her job with personal assistance",
    ),
    "tpl_example_pa": ("Tunge løft og lange gåture", "Heavy lifting and long walks"),
    "tpl_comment_example": ("Eksempel: {example}", "Example: {example}"),
    # the guide sheet
    "guide_title": ("Sådan udfylder du sagslisten", "How to fill in the case list"),
    "guide_one_row": (
        "Skriv én sag pr. række på fanen {sheet}. Kolonner, du ikke bruger, kan du slette. "
        "Overskrifterne må stå på dansk eller engelsk.",
        "Write one case per row on the sheet {sheet}. Columns you do not use may be "
        "deleted. The headers may be in Danish or English.",
    ),
    "guide_empty": (
        "En tom celle betyder »ikke angivet«: så gælder standarden (fx 100 % sandsynlighed, "
        "hele perioden).",
        "An empty cell means 'not given': the default holds (e.g. 100 % probability, the "
        "whole period).",
    ),
    "guide_schemes": (
        "En ordning hører med til sagen, når mindst én af dens kolonner er udfyldt. Hver "
        "ordning kan stå én gang pr. sag.",
        "A scheme is part of the case when at least one of its columns is filled in. Each "
        "scheme can appear once per case.",
    ),
    "guide_meta": (
        "Over overskriftsrækken må der stå rækker med {labels} i kolonne A og værdien i "
        "kolonne B. De bruges i rapportens overskrift.",
        "Above the header row there may be rows with {labels} in column A and the value in "
        "column B. They are used in the report's heading.",
    ),
    "guide_notes": (
        "En kolonne, hvis overskrift begynder med #, er til dine egne noter og læses ikke. "
        "En række, hvis Sag begynder med #, springes over (som eksemplet i skabelonen).",
        "A column whose header starts with # holds your own notes and is not read. A row "
        "whose Case starts with # is skipped (like the template's example).",
    ),
    "guide_items": (
        "Hjælpemidler med navn: navn=beløb, adskilt af semikolon, fx {example}. Et beløb "
        "uden navn skrives alene.",
        "Aids with names: name=amount, separated by semicolons, e.g. {example}. An amount "
        "without a name is written alone.",
    ),
    "guide_path": (
        "Ydelse: en ydelse fra satstabellen, eller flere efter hinanden med antal måneder, "
        "fx {example}. Den sidste kan stå uden måneder: så varer den resten af perioden.",
        "Benefit: a benefit of the rate table, or several one after the other with their "
        "months, e.g. {example}. The last may have no months: it then lasts for the rest "
        "of the period.",
    ),
    "guide_numbers": (
        "Tal skrives som tal (6,5 eller 8.507), datoer som datoer (1.3.2026).",
        "Numbers are written as numbers (6.5 or 8507), dates as dates (2026-03-01).",
    ),
    "guide_h_da": ("Overskrift (dansk)", "Header (Danish)"),
    "guide_h_en": ("Overskrift (engelsk)", "Header (English)"),
    "guide_h_holds": ("Indhold", "What it holds"),
    "guide_h_example": ("Eksempel", "Example"),
    "guide_h_required": ("Påkrævet", "Required"),
    "guide_required_scheme": ("når ordningen bruges", "when the scheme is used"),
    "guide_group_case": ("Sagen", "The case"),
    "guide_group_expected": (
        "Forventede tal (kontrolleres med --check)",
        "Expected figures (checked with --check)",
    ),
    # one help text ("col_") and one example ("ex_") per column, by group and key
    "col_case_id": (
        "Sagens nummer eller navn; entydigt i listen.",
        "The case's number or name; unique in the list.",
    ),
    "ex_case_id": ("2024-117", "2024-117"),
    "col_case_person": (
        "Om borgeren (fritekst; bruges ikke i beregningen).",
        "About the citizen (free text; not used in the calculation).",
    ),
    "ex_case_person": ("Sygemeldt. Kvinde, 43 år", "On sick leave. Woman, 43"),
    "col_case_occupation": ("Borgerens job (fritekst).", "The citizen's job (free text)."),
    "ex_case_occupation": ("Planlægger", "Planner"),
    "col_case_condition": (
        "Helbredsoplysninger (fritekst). Følsomme: vises kun med --include-conditions.",
        "Health information (free text). Sensitive: shown only with --include-conditions.",
    ),
    "ex_case_condition": ("Diskusprolaps", "Herniated disc"),
    "col_case_description": (
        "Hvad sagen handler om (fritekst).",
        "What the case is about (free text).",
    ),
    "ex_case_description": (
        "Vender tilbage i job med hjælpemidler",
        "Returns to work with aids",
    ),
    "col_case_benefit": (
        "Ydelsen borgeren ellers ville have fået: en ydelse fra satstabellen, eller flere "
        "efter hinanden (ydelse=måneder; ydelse).",
        "The benefit the citizen would otherwise have drawn: a benefit of the rate table, "
        "or several one after the other (benefit=months; benefit).",
    ),
    "ex_case_benefit": ("sygedagpenge", "sygedagpenge"),
    "col_case_benefit_week": (
        "Ugen af ydelsen borgeren er i, når ordningen starter (1 = første). For ydelser på "
        "refusionstrappen. Ikke sammen med Ydelsesmåned.",
        "The week of the benefit the citizen is in when the scheme starts (1 = the first). "
        "For benefits on the refund staircase. Not with Benefit month.",
    ),
    "ex_case_benefit_week": ("11", "11"),
    "col_case_benefit_month": (
        "Måneden af ydelsen borgeren er i, når ordningen starter (1 = første). Ikke sammen "
        "med Ydelsesuge.",
        "The month of the benefit the citizen is in when the scheme starts (1 = the first). "
        "Not with Benefit week.",
    ),
    "ex_case_benefit_month": ("9", "9"),
    "col_case_benefit_limit_months": (
        "Højst så mange måneder ville ydelsen være blevet udbetalt.",
        "The benefit would have been paid for at most this many months.",
    ),
    "ex_case_benefit_limit_months": ("14", "14"),
    "col_case_probability": (
        "Sandsynligheden i procent (0-100) for, at borgeren ellers ville have fået ydelsen. "
        "Tom: 100.",
        "The chance in per cent (0-100) that the citizen would otherwise have drawn the "
        "benefit. Empty: 100.",
    ),
    "ex_case_probability": ("60", "60"),
    "col_case_date": (
        "Regn med satserne gældende denne dag. Tom: kørslens satser.",
        "Compute with the rates in force on this day. Empty: the run's rates.",
    ),
    "ex_case_date": ("1.3.2026", "2026-03-01"),
    "col_personal_assistance_hours_per_week": (
        "Personlig assistance: timer om ugen.",
        "Personal assistance: hours per week.",
    ),
    "ex_personal_assistance_hours_per_week": ("12", "12"),
    "col_personal_assistance_months": (
        "Personlig assistance: antal måneder. Tom: hele perioden.",
        "Personal assistance: number of months. Empty: the whole period.",
    ),
    "ex_personal_assistance_months": ("24", "24"),
    "col_personal_assistance_description": (
        "Personlig assistance: hvad den dækker (fritekst).",
        "Personal assistance: what it covers (free text).",
    ),
    "ex_personal_assistance_description": ("Tunge løft", "Heavy lifting"),
    "col_education_assistance_hours_per_week": (
        "Personlig assistance under uddannelse: timer om ugen (normalt højst 20, aldrig over 37).",
        "Personal assistance in education: hours per week (normally at most 20, never over 37).",
    ),
    "ex_education_assistance_hours_per_week": ("8", "8"),
    "col_education_assistance_months": (
        "Personlig assistance under uddannelse: antal måneder. Tom: hele perioden.",
        "Personal assistance in education: number of months. Empty: the whole period.",
    ),
    "ex_education_assistance_months": ("10", "10"),
    "col_education_assistance_description": (
        "Personlig assistance under uddannelse: hvad den dækker (fritekst).",
        "Personal assistance in education: what it covers (free text).",
    ),
    "ex_education_assistance_description": ("Notatteknik", "Note-taking"),
    "col_aids_amount": (
        "Hjælpemidler: samlet engangsbeløb i kr. Brug denne kolonne eller Hjælpemidler, "
        "ikke begge.",
        "Aids: the one-off total in kroner. Use this column or Aids, not both.",
    ),
    "ex_aids_amount": ("8507", "8507"),
    "col_aids_items": (
        "Hjælpemidler med navn og beløb: navn=beløb; navn=beløb. Brug denne kolonne eller "
        "Hjælpemidler kr., ikke begge.",
        "Aids with name and amount: name=amount; name=amount. Use this column or Aids kr., "
        "not both.",
    ),
    "ex_aids_items": ("Cobra CCTV=25000; Lupper=3150", "Cobra CCTV=25000; Magnifiers=3150"),
    "col_aids_description": (
        "Hjælpemidler: hvad de er (fritekst).",
        "Aids: what they are (free text).",
    ),
    "ex_aids_description": ("Ståstøttestol og ståmåtte", "Standing stool and mat"),
    "col_mentor_hours_per_week": ("Mentorstøtte: timer om ugen.", "Mentor: hours per week."),
    "ex_mentor_hours_per_week": ("3", "3"),
    "col_mentor_hourly_rate": (
        "Mentorstøtte: den aftalte timesats i kr.",
        "Mentor: the agreed hourly rate in kroner.",
    ),
    "ex_mentor_hourly_rate": ("350", "350"),
    "col_mentor_months": ("Mentorstøtte: antal måneder.", "Mentor: number of months."),
    "ex_mentor_months": ("6", "6"),
    "col_mentor_description": (
        "Mentorstøtte: hvad den dækker (fritekst).",
        "Mentor: what it covers (free text).",
    ),
    "ex_mentor_description": ("Støtte i de første måneder", "Support in the first months"),
    "col_icebreaker_monthly": (
        "Isbryderordningen: løntilskuddet til arbejdsgiveren i kr. pr. måned.",
        "Icebreaker scheme: the wage subsidy to the employer in kroner per month.",
    ),
    "ex_icebreaker_monthly": ("15000", "15000"),
    "col_icebreaker_months": (
        "Isbryderordningen: antal måneder.",
        "Icebreaker scheme: number of months.",
    ),
    "ex_icebreaker_months": ("6", "6"),
    "col_icebreaker_description": (
        "Isbryderordningen: om ansættelsen (fritekst).",
        "Icebreaker scheme: about the job (free text).",
    ),
    "ex_icebreaker_description": ("Første job efter uddannelsen", "First job after graduating"),
    "col_recurring_cost_name": (
        "En anden løbende udgift for kommunen, fx et fleksjobtilskud: dens navn.",
        "Another recurring cost to the municipality, e.g. a flex-job subsidy: its name.",
    ),
    "ex_recurring_cost_name": ("Fleksjob, kommunens tilskud", "Flex job, municipal subsidy"),
    "col_recurring_cost_monthly": (
        "Den anden udgift i kr. pr. måned, netto (der gives ingen refusion).",
        "The other cost in kroner per month, net (no refund is given).",
    ),
    "ex_recurring_cost_monthly": ("3850", "3850"),
    "col_recurring_cost_months": (
        "Den anden udgift: antal måneder. Tom: hele perioden.",
        "The other cost: number of months. Empty: the whole period.",
    ),
    "ex_recurring_cost_months": ("12", "12"),
    "col_recurring_cost_description": (
        "Den anden udgift: hvad den dækker (fritekst).",
        "The other cost: what it covers (free text).",
    ),
    "ex_recurring_cost_description": ("Ansat 20 timer om ugen", "Employed 20 hours a week"),
    "col_priority_access_flag": (
        "Fortrinsadgang: ja, når borgeren har fortrinsadgang (ingen udgift for kommunen).",
        "Priority access: yes when the citizen has priority access (no cost to the municipality).",
    ),
    "ex_priority_access_flag": ("ja", "yes"),
    "col_priority_access_description": (
        "Fortrinsadgang: om stillingen (fritekst).",
        "Priority access: about the post (free text).",
    ),
    "ex_priority_access_description": ("Stilling i kommunen", "Post in the municipality"),
    "col_expected_tolerance": (
        "Så meget må kompcalcs tal afvige fra de forventede (kr.; måneder for break-even). Tom: 0.",
        "How far kompcalc's figures may differ from the expected ones (kroner; months for "
        "break-even). Empty: 0.",
    ),
    "ex_expected_tolerance": ("1", "1"),
    "col_expected_one_off_gross": (
        "Forventet engangsudgift før refusion, kr.",
        "Expected one-off cost before the refund, kroner.",
    ),
    "ex_expected_one_off_gross": ("8507", "8507"),
    "col_expected_one_off_refund": (
        "Forventet refusion af engangsudgiften, kr.",
        "Expected refund of the one-off cost, kroner.",
    ),
    "ex_expected_one_off_refund": ("4253,50", "4253.50"),
    "col_expected_one_off_net": (
        "Forventet engangsudgift efter refusion, kr.",
        "Expected one-off cost after the refund, kroner.",
    ),
    "ex_expected_one_off_net": ("4253,50", "4253.50"),
    "col_expected_monthly_gross": (
        "Forventet udgift pr. måned før refusion (første måned), kr.",
        "Expected cost per month before the refund (first month), kroner.",
    ),
    "ex_expected_monthly_gross": ("5958,77", "5958.77"),
    "col_expected_monthly_refund": (
        "Forventet refusion pr. måned (første måned), kr.",
        "Expected refund per month (first month), kroner.",
    ),
    "ex_expected_monthly_refund": ("2979,38", "2979.38"),
    "col_expected_monthly_net": (
        "Forventet udgift pr. måned efter refusion (første måned), kr.",
        "Expected cost per month after the refund (first month), kroner.",
    ),
    "ex_expected_monthly_net": ("2979,39", "2979.39"),
    "col_expected_avoided_benefit": (
        "Forventet undgået ydelse i første måned, kr.",
        "Expected benefit avoided in the first month, kroner.",
    ),
    "ex_expected_avoided_benefit": ("11200", "11200"),
    "col_expected_monthly_saving": (
        "Forventet besparelse i første måned, kr.",
        "Expected saving in the first month, kroner.",
    ),
    "ex_expected_monthly_saving": ("8220,61", "8220.61"),
    "col_expected_break_even_months": (
        "Forventet break-even i måneder.",
        "Expected break-even in months.",
    ),
    "ex_expected_break_even_months": ("0,38", "0.38"),
    "col_expected_note": (
        "Om de forventede tal, fx den trykte formel (fritekst).",
        "About the expected figures, e.g. the printed formula (free text).",
    ),
    "ex_expected_note": ("12t x 114,68 kr. x 4,33 uger", "12h x 114.68 kr. x 4.33 weeks"),
    "col_expected_savings": (
        "Forventet samlet besparelse efter så mange måneder, kr.; én kolonne pr. måned "
        "(12, 24, 36 ...).",
        "Expected total saving after that many months, kroner; one column per month "
        "(12, 24, 36 ...).",
    ),
    "ex_expected_savings": ("98647,32", "98647.32"),
}
