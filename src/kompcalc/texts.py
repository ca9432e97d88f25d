"""Every text kompcalc shows a user, in Danish (default) and English.

``t(lang, key, **values)`` formats one text. Keys starting with ``val_`` double as
pydantic error types (see :func:`kompcalc.core.modelbase.invalid`); keys starting with
``pyd_`` translate pydantic's own error types.
"""

from typing import Any

LANGS = ("da", "en")

_TEXTS: dict[str, tuple[str, str]] = {
    # command-line numbers
    "note_thousands": (
        'Bemærk: {option} "{text}" er læst som {value} (punktum som tusindtalsseparator).',
        'Note: {option} "{text}" was read as {value} (a point as thousands separator).',
    ),
    "err_not_a_number": (
        '"{text}" er ikke et tal. Skriv fx 8507, 8.507 eller 6,5.',
        '"{text}" is not a number. Write e.g. 8507, 8.507 or 6,5.',
    ),
    "err_too_many_decimals": (
        '"{text}" har for mange decimaler (højst {places}). Et beløb på otte tusind fem '
        "hundrede og syv kroner skrives 8507 eller 8.507.",
        '"{text}" has too many decimals (at most {places}). Eight thousand five hundred and '
        "seven kroner is written 8507 or 8.507.",
    ),
    "err_not_a_date": (
        '"{text}" er ikke en dato. Skriv fx 2026-11-23 eller 23.11.2026.',
        '"{text}" is not a date. Write e.g. 2026-11-23 or 23.11.2026.',
    ),
    "err_set_format": (
        '"{text}" skal skrives som NØGLE=VÆRDI, fx pa_hourly_rate=127,86.',
        '"{text}" must be written as KEY=VALUE, e.g. pa_hourly_rate=127.86.',
    ),
    "err_month_and_week": (
        "Angiv enten --benefit-month eller --benefit-week, ikke begge.",
        "Give either --benefit-month or --benefit-week, not both.",
    ),
    "err_init_year": (
        "--year skal være mellem {first} og {last}.",
        "--year must be between {first} and {last}.",
    ),
    "err_exists": (
        "filen findes allerede; brug --force for at overskrive den",
        "the file exists already; use --force to overwrite it",
    ),
    "init_written": (
        "Skabelon for {year} skrevet til {file}. Udfyld værdierne og kør kompcalc rates check.",
        "Template for {year} written to {file}. Fill in the values and run kompcalc rates check.",
    ),
    "file_unwritable": ("kan ikke skrives: {reason}", "cannot be written: {reason}"),
    "chk_problem": ("Problem", "Problem"),
    "chk_note": ("Bemærk", "Note"),
    "chk_historical": (
        "tabellens periode sluttede {end}: en historisk profil; kontroldatoer tjekkes ikke",
        "the table's period ended {end}: a historical profile; check dates are not checked",
    ),
    "chk_never_checked": (
        "værdien er aldrig kontrolleret mod sin kilde (checked mangler)",
        "the value was never checked against its source (no checked date)",
    ),
    "chk_stale": (
        "værdien blev sidst kontrolleret {checked}, for over et år siden",
        "the value was last checked on {checked}, over a year ago",
    ),
    "chk_gap": (
        "ingen værdi fra {start} til {end}",
        "no value from {start} to {end}",
    ),
    "chk_year_without_pa_rate": (
        "ingen timesats for personlig assistance fastsat for {year} (den fastsættes hvert år)",
        "no PA hourly rate set for {year} (it is set every year)",
    ),
    "chk_summary_bad": ("{count} problem(er) fundet.", "{count} problem(s) found."),
    "chk_summary_ok": ("Ingen problemer fundet i {name}.", "No problems found in {name}."),
    "err_ambiguous_point": (
        '"{text}" er tvetydigt: skriv {comma} for et decimaltal eller {plain} for et helt tal.',
        '"{text}" is ambiguous: write {comma} for a decimal or {plain} for a whole number.',
    ),
    "err_item_format": (
        '"{text}" skal skrives som NAVN=BELØB, fx "Cobra CCTV=25000".',
        '"{text}" must be written as NAME=AMOUNT, e.g. "Cobra CCTV=25000".',
    ),
    "err_amount_and_items": (
        "Angiv enten --amount eller --item, ikke begge.",
        "Give either --amount or --item, not both.",
    ),
    "err_no_amount": (
        "Angiv beløbet med --amount eller et eller flere --item.",
        "Give the amount with --amount or one or more --item.",
    ),
    "err_unknown_benefit": (
        'Ukendt ydelse "{name}". Satstabellen kender: {known}.',
        'Unknown benefit "{name}". The rate table knows: {known}.',
    ),
    "err_bad_lang": (
        'Ukendt sprog "{value}". Vælg da eller en.',
        'Unknown language "{value}". Choose da or en.',
    ),
    "err_months": (
        "Antal måneder skal være mellem 1 og {max}.",
        "The number of months must be between 1 and {max}.",
    ),
    "err_missing_option": ("{option} mangler.", "{option} is missing."),
    "err_no_such_option": (
        "Ukendt tilvalg {option}. Se kompcalc --help.",
        "Unknown option {option}. See kompcalc --help.",
    ),
    "err_prefix": ("Fejl", "Error"),
    "err_internal": (
        "Intern fejl i kompcalc ({error}). Det er ikke dine data; meld den gerne til "
        "udviklerne med kommandoen, der gav den.",
        "Internal error in kompcalc ({error}). It is not your data; please report it to "
        "the developers with the command that caused it.",
    ),
    "warn_prefix": ("Advarsel", "Warning"),
    "warn_pa_hours_above_normal": (
        "{hours} timer om ugen er over den normale grænse på {limit} timer for personlig "
        "assistance; det kræver helt særlige tilfælde.",
        "{hours} hours a week is above the normal limit of {limit} hours for personal "
        "assistance; it needs very special circumstances.",
    ),
    "warn_education_hours_above_normal": (
        "{hours} timer om ugen er over den normale grænse på {limit} timer for personlig "
        "assistance under uddannelse; det kræver særlige tilfælde.",
        "{hours} hours a week is above the normal limit of {limit} hours for personal "
        "assistance in education; it needs special circumstances.",
    ),
    "val_education_hours_above_max": (
        "{hours} timer om ugen er over grænsen på {limit} timer for personlig assistance "
        "under uddannelse",
        "{hours} hours a week is above the limit of {limit} hours for personal assistance "
        "in education",
    ),
    "case_no_id": (
        "sagen mangler et id (id: ...)",
        "the case has no id (id: ...)",
    ),
    "case_duplicate_id": (
        "id'et er allerede brugt af sagen i linje {line}",
        "the id is already used by the case at line {line}",
    ),
    "case_no_rates": (
        "ingen satser den {day}: {reason}",
        "no rates on {day}: {reason}",
    ),
    "case_file_not_mapping": (
        "en sagsfil skal begynde med nøglen cases: og en liste af sager (se README)",
        "a case file must start with the key cases: and a list of cases (see the README)",
    ),
    "case_file_no_cases": (
        "filen har ingen sager (nøglen cases: med en liste af sager mangler eller er tom)",
        "the file has no cases (the key cases: with a list of cases is missing or empty)",
    ),
    # batch
    "col_id": ("Sag", "Case"),
    "col_interventions": ("Indsats", "Intervention"),
    "col_one_off_net": ("Engangsudgift, netto", "One-off, net"),
    "col_monthly_net": ("Udgift pr. md., netto", "Monthly, net"),
    "col_benefit": ("Undgået ydelse", "Benefit avoided"),
    "col_avoided": ("Ydelse pr. md.", "Benefit per month"),
    "col_monthly_saving": ("Besparelse pr. md.", "Saving per month"),
    "col_break_even": ("Break-even, mdr.", "Break-even, months"),
    "col_saving": ("Besparelse {months} mdr.", "Saving {months} months"),
    "total": ("I alt", "Total"),
    "n_cases": ("{count} sager", "{count} cases"),
    "sheet_cases": ("Sager", "Cases"),
    "sheet_summary": ("Oversigt", "Summary"),
    "summary_cases": (
        "Sager: {computed} regnet, {failed} fejlet.",
        "Cases: {computed} computed, {failed} failed.",
    ),
    "within_months": ("inden for {months} md.: {count}", "within {months} months: {count}"),
    "summary_break_even": (
        "Break-even {within}; nås ikke: {never}.",
        "Break-even {within}; never: {never}.",
    ),
    "summary_stopped": (
        "Kørslen stoppede ved første fejl (--fail-fast).",
        "The run stopped at the first failure (--fail-fast).",
    ),
    "summary_failed": (
        "{count} sag(er) fejlede og er ikke med i tallene; se fejlene ovenfor.",
        "{count} case(s) failed and are not in the figures; see the errors above.",
    ),
    "chk_mismatch": (
        "{where}: {case}: {figure}: beregnet {computed}, trykt {expected}{difference} "
        "(tolerance {tolerance})",
        "{where}: {case}: {figure}: computed {computed}, printed {expected}{difference} "
        "(tolerance {tolerance})",
    ),
    "chk_difference": (", forskel {amount}", ", difference {amount}"),
    "chk_summary": (
        "Kontrol: {checked} sager med forventede tal, {mismatches} afvigelse(r).",
        "Check: {checked} cases with expected figures, {mismatches} mismatch(es).",
    ),
    "progress": ("Regner sager", "Computing cases"),
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
    # files and YAML
    "file_missing": ("filen findes ikke", "file not found"),
    "file_is_dir": ("er en mappe, ikke en fil", "is a folder, not a file"),
    "file_not_utf8": ("er ikke en UTF-8-tekstfil", "is not a UTF-8 text file"),
    "file_unreadable": ("kan ikke læses: {reason}", "cannot be read: {reason}"),
    "file_empty": ("filen er tom", "the file is empty"),
    "file_not_mapping": (
        "filen skal indeholde en YAML-mapping (nøgle: værdi)",
        "the file must hold a YAML mapping (key: value)",
    ),
    "yaml_invalid": ("ikke gyldig YAML: {detail}", "not valid YAML: {detail}"),
    "yaml_bad_number": ('"{text}" kan ikke læses som et tal', 'cannot read "{text}" as a number'),
    "yaml_bad_tag": (
        "YAML-mærket {tag} understøttes ikke",
        "the YAML tag {tag} is not supported",
    ),
    "yaml_bad_scalar": (
        '"{text}" kan ikke læses som {tag}',
        'cannot read "{text}" as {tag}',
    ),
    "yaml_recursive_alias": (
        "aliaset *{name} peger ind i sig selv",
        "the alias *{name} refers to itself",
    ),
    "yaml_unknown_alias": (
        "aliaset *{name} har intet anker (&{name}) før sig",
        "the alias *{name} has no anchor (&{name}) before it",
    ),
    "yaml_alias_bomb": (
        "aliaserne i filen fylder mere end {limit} elementer, når de foldes ud; filen læses ikke",
        "the aliases in the file expand to more than {limit} nodes; the file is not read",
    ),
    "yaml_bad_merge": (
        "en fletning (<<) skal pege på en mapping eller en liste af mappings",
        "a merge (<<) must refer to a mapping or a list of mappings",
    ),
    "yaml_many_documents": (
        "filen må kun indeholde ét YAML-dokument (fandt endnu et '---')",
        "the file must hold one YAML document only (found another '---')",
    ),
    "file_too_large": (
        "filen fylder {size} MB; kompcalc læser højst {limit} MB. Er det den rigtige fil?",
        "the file is {size} MB; kompcalc reads at most {limit} MB. Is it the right file?",
    ),
    "yaml_bad_key": ("en nøgle skal være en simpel værdi", "a key must be a plain value"),
    "yaml_duplicate_key": (
        'nøglen "{key}" står to gange (første gang i linje {line})',
        'duplicate key "{key}" (first at line {line})',
    ),
    "no_default_rates": (
        "den medfølgende satstabel blev ikke fundet; installationen er ufuldstændig",
        "the shipped rate table was not found; the installation is incomplete",
    ),
    # validation (kompcalc's own error types)
    "val_bool_not_number": ("skal være et tal, ikke ja/nej", "expected a number, not yes/no"),
    "val_not_number": ("skal være et tal", "expected a number"),
    "val_text_not_number": (
        'skal være et tal, ikke teksten "{text}"',
        'expected a number, not the text "{text}"',
    ),
    "val_text_decimal_comma": (
        'skal være et tal; skriv decimaler med punktum i YAML, fx 6.5 (ikke "{text}")',
        'expected a number; write decimals with a point in YAML, e.g. 6.5 (not "{text}")',
    ),
    "val_tier_order": (
        "to_month {end} ligger før from_month {start}",
        "to_month {end} is before from_month {start}",
    ),
    "val_tier_overlap": (
        "trin {tier} starter i måned {start} og overlapper trinnet før (forventet måned "
        "{expected})",
        "tier {tier} starts at month {start} and overlaps the one before (expected month "
        "{expected})",
    ),
    "val_tier_gap": (
        "trin {tier} starter i måned {start} og efterlader et hul (forventet måned {expected})",
        "tier {tier} starts at month {start} and leaves a gap (expected month {expected})",
    ),
    "val_tier_open_not_last": (
        "trin {tier} er uden slutmåned, men er ikke det sidste",
        "tier {tier} is open-ended but is not the last",
    ),
    "val_band_order": (
        "to_week {end} ligger før from_week {start}",
        "to_week {end} is before from_week {start}",
    ),
    "val_band_overlap": (
        "trin {tier} starter i uge {start} og overlapper trinnet før (forventet uge {expected})",
        "step {tier} starts at week {start} and overlaps the one before (expected week {expected})",
    ),
    "val_band_gap": (
        "trin {tier} starter i uge {start} og efterlader et hul (forventet uge {expected})",
        "step {tier} starts at week {start} and leaves a gap (expected week {expected})",
    ),
    "val_band_open_not_last": (
        "trin {tier} er uden slutuge, men er ikke det sidste",
        "step {tier} is open-ended but is not the last",
    ),
    "val_date_order": (
        "slutdatoen {end} ligger før startdatoen {start}",
        "the end date {end} is before the start date {start}",
    ),
    "val_series_needs_from": (
        "værdi nr. {entry} mangler from (datoen den gælder fra)",
        "entry {entry} has no from (the date it takes effect)",
    ),
    "val_series_duplicate": (
        "værdi nr. {entry} har samme dato ({day}) som værdien før",
        "entry {entry} has the same date ({day}) as the one before",
    ),
    "val_series_order": (
        "værdi nr. {entry} ({day}) står før en senere dato; skriv værdierne i datoorden",
        "entry {entry} ({day}) comes after a later date; list the entries in date order",
    ),
    "val_series_overlap": (
        "værdi nr. {entry} begynder {day}, før værdien før er slut (to)",
        "entry {entry} starts on {day}, before the one before it ends (to)",
    ),
    "val_gross_one_of": (
        "angiv enten gross_weekly eller gross_monthly (præcis én af dem)",
        "give either gross_weekly or gross_monthly (exactly one)",
    ),
    "val_reference_date": (
        "reference_date {day} ligger uden for tabellens periode",
        "reference_date {day} is outside the table's period",
    ),
    "val_no_value_on": (
        "ingen værdi gælder den {day} (første værdi gælder fra {first}); tilføj satsen for "
        "den dato eller vælg en anden dato med --date",
        "no value holds on {day} (the first takes effect {first}); add the rate for that "
        "date or choose another date with --date",
    ),
    "val_day_outside_period": (
        "tabellen gælder {start}–{end} og har ingen satser for {day}; brug --date eller en "
        "satstabel for den dato",
        "the table holds for {start}–{end} and has no rates for {day}; use --date or a rate "
        "table for that date",
    ),
    "val_unknown_staircase": (
        'ukendt refusionstrappe "{name}" (kendte: {known})',
        'unknown staircase "{name}" (known: {known})',
    ),
    "val_amount_or_items": (
        "giv enten amount (ét beløb) eller items (en liste), ikke begge",
        "give either amount (one sum) or items (a list), not both",
    ),
    "val_month_and_week": (
        "angiv enten benefit_month eller benefit_week, ikke begge",
        "give either benefit_month or benefit_week, not both",
    ),
    "no_shipped_table": (
        'kompcalc har ingen satstabel ved navn "{name}" (medfølgende: {known})',
        'kompcalc ships no rate table named "{name}" (shipped: {known})',
    ),
    "base_not_name": (
        "base skal være navnet på en medfølgende tabel eller en sti til en fil",
        "base must be the name of a shipped table or a path to a file",
    ),
    "base_cycle": (
        "tabellerne bygger på hinanden i ring eller for mange led: {chain}",
        "the tables build on each other in a circle or too deep: {chain}",
    ),
    "base_missing": (
        'grundtabellen "{name}" findes ikke (stien regnes fra denne fil)',
        'the base table "{name}" does not exist (the path is relative to this file)',
    ),
    "err_unknown_rate": (
        'ukendt sats "{key}". Satser der kan ændres: {known}',
        'unknown rate "{key}". Rates you can set: {known}',
    ),
    "val_unknown_source": (
        'ukendt kilde "{source}" (kendte kilder: {known})',
        'unknown source "{source}" (known sources: {known})',
    ),
    # pydantic's error types
    "pyd_missing": ("mangler", "is missing"),
    "pyd_extra_forbidden": (
        "ukendt felt (stavefejl?)",
        "unknown field (a typo?)",
    ),
    "pyd_greater_than": ("skal være større end {gt}", "must be greater than {gt}"),
    "pyd_greater_than_equal": (
        "skal være mindst {ge}",
        "must be at least {ge}",
    ),
    "pyd_less_than": ("skal være mindre end {lt}", "must be less than {lt}"),
    "pyd_less_than_equal": ("må højst være {le}", "must be at most {le}"),
    "pyd_decimal_max_places": (
        "må højst have {decimal_places} decimaler (i en fil er punktum et decimaltegn: "
        "otte tusind fem hundrede og syv skrives 8507, ikke 8.507)",
        "must have at most {decimal_places} decimals (in a file a point is a decimal point: "
        "eight thousand five hundred and seven is 8507, not 8.507)",
    ),
    "pyd_invalid_key": (
        "er et tal, hvor der skulle stå et navn; inden i {{ }} skiller et komma felterne, så "
        "6,5 bliver til 6 og en ny nøgle 5 (skriv 6.5)",
        "is a number where a name should be; inside {{ }} a comma separates the fields, so "
        "6,5 becomes 6 and a new key 5 (write 6.5)",
    ),
    "pyd_finite_number": ("skal være et endeligt tal", "must be a finite number"),
    "pyd_int_type": ("skal være et helt tal", "must be a whole number"),
    "pyd_string_type": ("skal være tekst", "must be text"),
    "pyd_string_too_short": ("må ikke være tom", "must not be empty"),
    "pyd_dict_type": ("skal være en mapping (nøgle: værdi)", "must be a mapping (key: value)"),
    "pyd_model_type": ("skal være en mapping (nøgle: værdi)", "must be a mapping (key: value)"),
    "pyd_tuple_type": ("skal være en liste", "must be a list"),
    "pyd_too_short": ("skal have mindst {min_length} element(er)", "needs at least {min_length}"),
    "pyd_date_type": ("skal være en dato (ÅÅÅÅ-MM-DD)", "must be a date (YYYY-MM-DD)"),
    "pyd_literal_error": ("skal være {expected}", "must be {expected}"),
    "pyd_union_tag_invalid": (
        'ukendt {discriminator} "{tag}" (kendte: {expected_tags})',
        'unknown {discriminator} "{tag}" (known: {expected_tags})',
    ),
    "pyd_union_tag_not_found": ("mangler {discriminator}", "{discriminator} is missing"),
}


def template(lang: str, key: str) -> str:
    """The unformatted text ``key`` in ``lang`` ("da" or "en")."""
    da, en = _TEXTS[key]
    return en if lang == "en" else da


def t(lang: str, key: str, /, **values: Any) -> str:
    """The text ``key`` in ``lang``, formatted with ``values``."""
    return template(lang, key).format(**values)


def has(key: str) -> bool:
    """Whether ``key`` is a known text."""
    return key in _TEXTS


_TEXTS.update(
    {
        # human output
        "h_intervention": ("Indsats", "Intervention"),
        "h_economy": ("Økonomi", "Economy"),
        "h_benefit": ("Undgået ydelse", "Benefit avoided"),
        "h_result": ("Resultat", "Result"),
        "pa": ("Personlig assistance", "Personal assistance"),
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
        "tier_after": ("derefter", "thereafter"),
        "benefit_start": (
            "Borgeren er i måned {month} af ydelsen, når indsatsen starter.",
            "The citizen is in month {month} of the benefit when the scheme starts.",
        ),
        "monthly_saving": ("Besparelse pr. måned", "Saving per month"),
        "break_even": ("Break-even", "Break-even"),
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
    }
)
