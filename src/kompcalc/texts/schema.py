"""Texts of ``kompcalc schema``: the title and descriptions of the case file's JSON
Schema (its keys stay English: they are the file format)."""

TEXTS: dict[str, tuple[str, str]] = {
    "schema_title": ("kompcalc sagsfil", "kompcalc case file"),
    "schema_case_file": (
        "En sagsfil: en titel, beskrivelse, organisation og forfatter til rapporten, og "
        "sagerne under cases.",
        "A case file: a title, description, organisation and author for the report, "
        "and the cases under cases.",
    ),
    "schema_organisation": (
        "Hvem rapporten er fra, fx et jobcenter (fri tekst).",
        "Who the report is from, e.g. a jobcentre (free text).",
    ),
    "schema_author": (
        "Hvem der har lavet rapporten (fri tekst).",
        "Who made the report (free text).",
    ),
    "schema_case": (
        "Én borgers sag. benefit_month eller benefit_week (ikke begge) er, hvor i "
        "ydelsesforløbet borgeren er, når ordningen begynder (1 = første måned eller "
        "uge); en borger, der har fået sygedagpenge i 8 måneder, har benefit_month: 9. "
        "benefit_limit_months er, hvor mange måneder ydelsen højst ville have varet. "
        "benefit kan være et forløb af trin (sygedagpenge i 5 måneder, så "
        "ressourceforløbsydelse). probability (procent) er chancen for, at borgeren "
        "uden ordningen ville have fået ydelsen; hver måneds undgåede ydelse ganges "
        "med den. date vælger satserne i kraft den dag. person, condition, occupation "
        "og description er fri tekst, der følger med i resultatet og aldrig bruges i "
        "beregningen.",
        "One citizen's case. benefit_month or benefit_week (not both) is where in the "
        "benefit period the citizen is when the scheme starts (1 = the first month or "
        "week); a citizen 8 months into sygedagpenge has benefit_month: 9. "
        "benefit_limit_months is how many months the benefit would have lasted at "
        "most. benefit may be a path of steps (sygedagpenge for 5 months, then "
        "ressourceforløbsydelse). probability (per cent) is the chance that, without "
        "the scheme, the citizen would have drawn the benefit; each month's avoided "
        "benefit is multiplied by it. date picks the rates in force on that day. "
        "person, condition, occupation and description are free text, carried into "
        "the output and never used in the calculation.",
    ),
    "schema_benefit_step": (
        "Ét trin i et ydelsesforløb: en ydelse fra satstabellen i months måneder (uden "
        "months: til slutningen, eller benefit_limit_months).",
        "One step of a benefit path: a benefit of the rate table for months months "
        "(without months: until the end, or benefit_limit_months).",
    ),
    "schema_expected": (
        "Tal, nogen har trykt for en sag, som kompcalcs resultat sammenlignes med "
        "(kompcalc batch --check). Hvert tal kan udelades; et givet tal må højst "
        "afvige tolerance kroner (måneder for break_even_months). savings er den "
        "samlede besparelse, der er trykt for en måned.",
        "Figures someone printed for a case, to check kompcalc's result against "
        "(kompcalc batch --check). Every figure is optional; each one given may differ "
        "by at most tolerance kroner (months for break_even_months). savings maps a "
        "month to the cumulative saving printed for it.",
    ),
    "schema_personal_assistance": (
        "Personlig assistance på arbejdet: timer om ugen, hver måned (eller i months måneder).",
        "Personal assistance at work: hours per week, every month (or for months).",
    ),
    "schema_education_assistance": (
        "Personlig assistance under videregående uddannelse: timer om ugen til "
        "undervisning og forberedelse, i months måneder eller uden slut. Satstabellens "
        "egne grænser gælder.",
        "Personal assistance during further education: hours per week of teaching "
        "and preparation, for months or open-ended. The rate table's own limits apply.",
    ),
    "schema_aids": (
        "Hjælpemidler og arbejdspladsindretning: et engangsbeløb, givet som ét amount "
        "eller som items (hver med sit beløb), ikke begge.",
        "Aids and workplace adaptations: a one-off cost, given as one amount or as "
        "items (each with its own amount), not both.",
    ),
    "schema_aid_item": (
        "Ét hjælpemiddel eller én indretning og dets pris (uden name: et samlet beløb).",
        "One aid or adaptation and what it costs (no name: a total given as one sum).",
    ),
    "schema_mentor": (
        "Mentorstøtte: timer om ugen til en lokalt aftalt timesats, i months måneder.",
        "Mentor support: hours per week at a locally agreed hourly rate, for months.",
    ),
    "schema_icebreaker": (
        "Isbryderordningen: et løntilskud pr. måned til arbejdsgiveren, i months måneder.",
        "The icebreaker scheme: a wage subsidy per month to the employer, for months.",
    ),
    "schema_recurring_cost": (
        "En anden løbende udgift for kommunen, givet netto (fx et fleksjobtilskud): "
        "ingen refusion.",
        "Another recurring municipal cost given net (e.g. a flex-job subsidy): no refund.",
    ),
    "schema_priority_access": (
        "Fortrinsadgang: ingen udgift for kommunen; med, så sagen tæller.",
        "Priority access: no cost to the municipality; recorded so the case counts.",
    ),
}
