"""Texts of the command line: numbers, options and the batch's summary."""

TEXTS: dict[str, tuple[str, str]] = {
    # the note on rates that may not be today's (stderr and the report)
    "note_prefix": ("Bemærk", "Note"),
    "rn_historical": (
        "Satstabellen {table} er historisk: den gælder {years}.",
        "The rate table {table} is historical: it holds for {years}.",
    ),
    "rn_historical_reform": (
        "Satstabellen {table} er historisk: den gælder {years}, før refusionsreformen "
        "1. januar 2016.",
        "The rate table {table} is historical: it holds for {years}, before the refund "
        "reform of 1 January 2016.",
    ),
    "rn_historical_advice": (
        "Brug aktuelle satser med --rates dk-seneste (følger med kompcalc), eller lav din "
        "egen tabel med kompcalc rates init.",
        "For current rates use --rates dk-seneste (shipped with kompcalc), or make your "
        "own table with kompcalc rates init.",
    ),
    "rn_historical_meaning": (
        "Tallene viser derfor ikke, hvad ordningerne sparer med nutidens satser.",
        "The figures therefore do not show what the schemes save at today's rates.",
    ),
    "rn_years_open": ("fra {year}", "from {year}"),
    "rn_old": (
        "Satstabellen {table} bruger beløb, der trådte i kraft over et år før {day}, og "
        "som kan være forældede: {values}.",
        "The rate table {table} uses amounts that took effect over a year before {day} "
        "and may be out of date: {values}.",
    ),
    "rn_old_value": ("{name} (fra {day})", "{name} (from {day})"),
    "rn_more": ("{values} og {count} {count:mere|flere}", "{values} and {count} more"),
    # command-line numbers
    "note_thousands": (
        'Bemærk: {option} "{text}" er læst som {value} (punktum som tusindtalsseparator).',
        'Note: {option} "{text}" was read as {value} (a point as thousands separator).',
    ),
    "err_not_a_number": (
        '"{text}" er ikke et tal. Skriv fx 8507, 8.507 eller 6,5.',
        '"{text}" is not a number. Write e.g. 8507, 8.507 or 6,5.',
    ),
    "err_stdout_unwritable": (
        "resultatet kan ikke skrives til standard-output: {reason}",
        "the result cannot be written to standard output: {reason}",
    ),
    "err_probability": (
        '"{text}" er ikke en sandsynlighed; skriv et tal fra 0 til 100 (procent)',
        '"{text}" is not a probability; write a number from 0 to 100 (per cent)',
    ),
    "err_output_not_file": (
        "{file} er ikke en almindelig fil (men en mappe, en FIFO eller en enhed); angiv et filnavn",
        "{file} is not a regular file (but a folder, a FIFO or a device); give a file name",
    ),
    "err_space_in_number": (
        '"{text}" har et mellemrum, der ikke skiller tusinder. Skriv fx 8507, 8 507 eller 6,5.',
        '"{text}" has a space that does not separate thousands. Write e.g. 8507, 8 507 or 6,5.',
    ),
    "err_too_many_decimals_kroner": (
        '"{text}" har for mange decimaler (højst {places}). Et beløb på otte tusind fem '
        "hundrede og syv kroner skrives 8507 eller 8.507.",
        '"{text}" has too many decimals (at most {places}). Eight thousand five hundred and '
        "seven kroner is written 8507 or 8.507.",
    ),
    "err_too_many_decimals": (
        '"{text}" har for mange decimaler (højst {places}).',
        '"{text}" has too many decimals (at most {places}).',
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
    "chk_refund_left_out": (
        "ingen statsrefusion i tabellen: sager med denne ordning kan ikke beregnes; "
        "tilføj den med sin kilde",
        "no state refund in the table: cases with this scheme cannot be computed; "
        "add it with its source",
    ),
    "chk_gap": (
        "ingen værdi fra {start} til {end}",
        "no value from {start} to {end}",
    ),
    "chk_year_without_pa_rate": (
        "ingen timesats for personlig assistance fastsat for {year} (den fastsættes hvert år)",
        "no PA hourly rate set for {year} (it is set every year)",
    ),
    "chk_year_without_amount": (
        "intet beløb fastsat for {year} (ydelsernes satser reguleres hvert år)",
        "no amount set for {year} (benefit amounts are adjusted every year)",
    ),
    "chk_summary_bad": (
        "{count} {count:problem|problemer} fundet.",
        "{count} {count:problem|problems} found.",
    ),
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
    "err_lang_missing": (
        "--lang mangler et sprog: da eller en.",
        "--lang needs a language: da or en.",
    ),
    "err_missing_option": ("{option} mangler.", "{option} is missing."),
    "err_option_needs_value": (
        "{option} skal have en værdi. Se {path} --help.",
        "{option} needs a value. See {path} --help.",
    ),
    "err_no_such_command": (
        'Ukendt kommando "{command}". Se {path} --help.',
        'Unknown command "{command}". See {path} --help.',
    ),
    "err_no_such_command_like": (
        'Ukendt kommando "{command}". Mente du {like}? Se {path} --help.',
        'Unknown command "{command}". Did you mean {like}? See {path} --help.',
    ),
    "err_value_is_directory": (
        "{option}: {value} er en mappe; angiv en fil.",
        "{option}: {value} is a folder; give a file.",
    ),
    "err_value_not_choice": (
        '{option}: "{value}" kendes ikke; vælg {choices}.',
        '{option}: "{value}" is not known; choose {choices}.',
    ),
    "err_value_not_whole": (
        "{option} skal være et helt tal. Se {path} --help.",
        "{option} must be a whole number. See {path} --help.",
    ),
    "err_no_such_option": (
        "Ukendt tilvalg {option}. Se {path} --help.",
        "Unknown option {option}. See {path} --help.",
    ),
    "err_no_such_option_like": (
        "Ukendt tilvalg {option}. Mente du {like}? Se {path} --help.",
        "Unknown option {option}. Did you mean {like}? See {path} --help.",
    ),
    "err_option_takes_no_value": (
        "{option} tager ingen værdi. Se {path} --help.",
        "{option} takes no value. See {path} --help.",
    ),
    "err_extra_arguments": (
        "For mange argumenter: {args}. Se {path} --help.",
        "Too many arguments: {args}. See {path} --help.",
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
    "col_one_off": ("Engangsudgift", "One-off"),
    "col_monthly": ("Udgift pr. md.", "Monthly"),
    "col_whose": ("{heading}, {who}", "{heading}, {who}"),
    "col_per_krone": ("Pr. krone brugt, {months} mdr.", "Per krone spent, {months} months"),
    "col_present_value": ("Nutidsværdi {months} mdr.", "Present value {months} months"),
    "col_discounted_break_even": (
        "Break-even diskonteret, mdr.",
        "Break-even discounted, months",
    ),
    "col_not_computed": ("ikke opgjort", "not computed"),
    "total": ("I alt", "Total"),
    "n_cases": ("{count} {count:sag|sager}", "{count} {count:case|cases}"),
    "sheet_cases": ("Sager", "Cases"),
    "sheet_summary": ("Oversigt", "Summary"),
    "summary_cases": (
        "Sager: {computed} regnet, {failed} fejlet.",
        "Cases: {computed} computed, {failed} failed.",
    ),
    "within_months": (
        "inden for {months} md.: {count}",
        "within {months} {months:month|months}: {count}",
    ),
    "summary_break_even": (
        "Break-even {within}; nås ikke: {never}; bliver negativ inden horisonten: {negative}.",
        "Break-even {within}; never: {never}; turn negative within the horizon: {negative}.",
    ),
    "summary_per_krone": (
        "{who}: besparelse pr. krone brugt efter {months} mdr., alle sager: {amount} kr.",
        "{who}: saving per krone spent after {months} months, all cases: {amount} kr.",
    ),
    "summary_present_value": (
        "Nutidsværdi efter {months} mdr. i alt: {value}; diskonteringsrente {rate}.",
        "Present value after {months} months in all: {value}; discount rate {rate}.",
    ),
    "summary_not_computed": (
        "{who}: {reason} ({count} af {cases} {cases:sag|sager}).",
        "{who}: {reason} ({count} of {cases} {cases:case|cases}).",
    ),
    "summary_whose": ("{who}: {text}", "{who}: {text}"),
    "summary_stopped": (
        "Kørslen stoppede ved første fejl (--fail-fast).",
        "The run stopped at the first failure (--fail-fast).",
    ),
    "summary_failed": (
        "{count} {count:sag|sager} fejlede og er ikke med i tallene; se fejlene ovenfor.",
        "{count} {count:case|cases} failed and {count:is|are} not in the figures; "
        "see the errors above.",
    ),
    "chk_mismatch": (
        "{where}: {case}: {figure}: beregnet {computed}, trykt {expected}{difference} "
        "(tolerance {tolerance})",
        "{where}: {case}: {figure}: computed {computed}, printed {expected}{difference} "
        "(tolerance {tolerance})",
    ),
    "chk_difference": (", forskel {amount}", ", difference {amount}"),
    "chk_summary": (
        "Kontrol: {checked} {checked:sag|sager} med forventede tal, "
        "{mismatches} {mismatches:afvigelse|afvigelser}.",
        "Check: {checked} {checked:case|cases} with expected figures, "
        "{mismatches} {mismatches:mismatch|mismatches}.",
    ),
    "progress": ("Regner sager", "Computing cases"),
}
