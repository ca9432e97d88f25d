"""Texts about files, YAML and validation (kompcalc's and pydantic's error types)."""

TEXTS: dict[str, tuple[str, str]] = {
    # files and YAML
    "file_missing": ("filen findes ikke", "file not found"),
    "file_is_dir": ("er en mappe, ikke en fil", "is a folder, not a file"),
    "file_not_utf8": (
        "er ikke en UTF-8-tekstfil; er det tekst, så gem den som UTF-8 (i Notesblok: Gem "
        "som, Kodning: UTF-8)",
        "is not a UTF-8 text file; if it is text, save it as UTF-8 (in Notepad: Save as, "
        "Encoding: UTF-8)",
    ),
    "file_control_char": (
        "indeholder styretegnet {code}, som ikke må stå i en YAML-fil; er det den rigtige fil?",
        "holds the control character {code}, which a YAML file may not hold; is it the right file?",
    ),
    "file_unreadable": ("kan ikke læses: {reason}", "cannot be read: {reason}"),
    "os_no_such_file": ("filen eller mappen findes ikke", "No such file or directory"),
    "os_no_access": ("adgang nægtet", "Permission denied"),
    "os_disk_full": ("der er ikke mere plads på drevet", "No space left on device"),
    "os_read_only": ("drevet er skrivebeskyttet", "Read-only file system"),
    "os_is_dir": ("det er en mappe", "Is a directory"),
    "os_not_dir": ("en del af stien er ikke en mappe", "Not a directory"),
    "os_name_too_long": ("navnet er for langt", "File name too long"),
    "os_io_error": ("fejl ved læsning eller skrivning på drevet", "Input/output error"),
    "file_empty": ("filen er tom", "the file is empty"),
    "file_not_mapping": (
        "filen skal indeholde en YAML-mapping (nøgle: værdi)",
        "the file must hold a YAML mapping (key: value)",
    ),
    "yaml_invalid": (
        "ikke gyldig YAML: se efter indrykning, kolon og anførselstegn her og på linjen "
        "over ({detail})",
        "not valid YAML: check the indentation, colons and quotes here and on the line "
        "above ({detail})",
    ),
    "yaml_invalid_hint": (
        "ikke gyldig YAML: {hint} ({detail})",
        "not valid YAML: {hint} ({detail})",
    ),
    "yaml_hint_tab": (
        "der står en tabulator i indrykningen; brug mellemrum, ikke tabulator",
        "there is a tab in the indentation; use spaces, not tabs",
    ),
    "yaml_hint_indent_deeper": (
        "linjen er rykket længere ind end linjen over, som allerede har en værdi; ret indrykningen",
        "the line is indented further than the line above, which already has a value; "
        "correct the indentation",
    ),
    "yaml_hint_indent": (
        "indrykningen passer ikke med linjerne over; felter på samme niveau skal stå præcis "
        "under hinanden",
        "the indentation does not match the lines above; entries at the same level must "
        "line up exactly",
    ),
    "yaml_hint_no_space": (
        'der mangler et mellemrum efter kolon: skriv "{fixed}"',
        'a space is missing after the colon: write "{fixed}"',
    ),
    "yaml_hint_no_colon": (
        'linjen har ingen nøgle med ": " efter; fortsætter den teksten over, skal den rykkes '
        "ind under den",
        'the line has no key followed by ": "; if it continues the text above, indent it '
        "under that",
    ),
    "yaml_hint_colon_missing": (
        'der mangler ":" efter "{key}"',
        'a ":" is missing after "{key}"',
    ),
    "yaml_hint_colon_in_text": (
        'teksten indeholder ": "; sæt hele teksten i anførselstegn',
        'the text holds ": "; put the whole text in quotes',
    ),
    "yaml_hint_unclosed_quote": (
        "anførselstegnet ({quote}) her bliver aldrig lukket",
        "the quote ({quote}) here is never closed",
    ),
    "yaml_hint_quote_runs_on": (
        "anførselstegnet ({quote}) her lukkes først i linje {line}; mangler der et {quote} "
        "sidst på linjen?",
        "the quote ({quote}) here is only closed at line {line}; is a closing {quote} "
        "missing at the end of the line?",
    ),
    "yaml_hint_after_quote": (
        "der står tekst efter det afsluttende anførselstegn; skriv {quote} inde i teksten "
        "som {escaped}",
        "text follows the closing quote; write {quote} inside the text as {escaped}",
    ),
    "yaml_hint_unclosed_bracket": (
        '"{opening}" her bliver ikke lukket med "{closing}"',
        '"{opening}" here is not closed with "{closing}"',
    ),
    "yaml_hint_bracket_comma": (
        'der mangler et komma eller "{closing}"',
        'a comma or "{closing}" is missing',
    ),
    "yaml_bad_number": ('"{text}" kan ikke læses som et tal', 'cannot read "{text}" as a number'),
    "yaml_bad_tag": (
        "YAML-mærket {tag} understøttes ikke",
        "the YAML tag {tag} is not supported",
    ),
    "yaml_bad_bool": (
        '"{text}" kan ikke læses som ja/nej (true eller false)',
        'cannot read "{text}" as yes/no (true or false)',
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
    # validation (kompcalc's own error types)
    "val_bool_not_number": ("skal være et tal, ikke ja/nej", "expected a number, not yes/no"),
    "val_not_number": ("skal være et tal", "expected a number"),
    "val_text_not_number": (
        'skal være et tal, ikke teksten "{text}"',
        'expected a number, not the text "{text}"',
    ),
    "val_text_decimal_comma": (
        'skal være et tal; skriv decimaler med punktum i YAML: {point} (ikke "{text}")',
        'expected a number; write decimals with a point in YAML: {point} (not "{text}")',
    ),
    "val_text_comma": (
        'skal være et tal, ikke teksten "{text}"; skriv decimaler med punktum i YAML, '
        "uden tusindtalsskilletegn",
        'expected a number, not the text "{text}"; write decimals with a point in YAML, '
        "with no thousands separator",
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
    "val_refund_left_out": (
        "satstabellen giver ingen statsrefusion for denne ordning (den er udeladt); "
        "tilføj refund_pct.{scheme} med sin kilde, eller prøv med --set refund_pct.{scheme}=PCT",
        "the rate table gives no state refund for this scheme (it is left out); add "
        "refund_pct.{scheme} with its source, or try --set refund_pct.{scheme}=PCT",
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
    "val_no_such_date": (
        '"{text}" findes ikke i kalenderen (måned 1-12, og en dag måneden har)',
        '"{text}" is not in the calendar (month 1-12, and a day the month has)',
    ),
    "val_bad_date": (
        '"{text}" er ikke en dato; skriv den som ÅÅÅÅ-MM-DD, fx 2024-01-31',
        '"{text}" is not a date; write it as YYYY-MM-DD, e.g. 2024-01-31',
    ),
    "val_too_long_text": (
        "er for lang: højst {most} tegn (her {length})",
        "is too long: at most {most} characters (here {length})",
    ),
    "val_too_long_list": (
        "har for mange: højst {most} (her {length})",
        "has too many: at most {most} (here {length})",
    ),
    "val_amount_nor_items": (
        "mangler et beløb: giv amount (ét beløb) eller items (en liste)",
        "has no amount: give amount (one sum) or items (a list)",
    ),
    "val_month_and_week": (
        "angiv enten benefit_month eller benefit_week, ikke begge",
        "give either benefit_month or benefit_week, not both",
    ),
    "no_shipped_table": (
        'kompcalc har ingen satstabel ved navn "{name}" (medfølgende: {known})',
        'kompcalc ships no rate table named "{name}" (shipped: {known})',
    ),
    "no_file_or_table": (
        'der er hverken en fil eller en medfølgende satstabel ved navn "{name}" '
        "(medfølgende: {known})",
        'there is neither a file nor a shipped rate table named "{name}" (shipped: {known})',
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
    "err_unknown_rate_near": (
        'ukendt sats "{key}"; mente du "{near}"? Satser der kan ændres: {known}',
        'unknown rate "{key}"; did you mean "{near}"? Rates you can set: {known}',
    ),
    "err_unknown_benefit_near": (
        'Ukendt ydelse "{name}"; mente du "{near}"? Satstabellen kender: {known}.',
        'Unknown benefit "{name}"; did you mean "{near}"? The rate table knows: {known}.',
    ),
    "val_unknown_source": (
        'ukendt kilde "{source}" (kendte kilder: {known})',
        'unknown source "{source}" (known sources: {known})',
    ),
    # pydantic's error types
    "untranslated": ("{text}", "{text}"),
    "val_ambiguous_zero": (
        '"{text}" er tvetydigt: i YAML gør et 0 foran tallet oktalt. Skriv {plain}.',
        '"{text}" is ambiguous: in YAML a leading 0 makes the number octal. Write {plain}.',
    ),
    "val_ambiguous_number": (
        '"{text}" er tvetydigt: i YAML læses et tal med kolon eller 0x, 0o eller 0b foran '
        "i et andet talsystem. Skriv tallet i titalsystemet, uden kolon og uden 0x, 0o "
        "eller 0b.",
        '"{text}" is ambiguous: in YAML a number with a colon, or 0x, 0o or 0b in front, is '
        "read in another base. Write the number in base ten, with no colon and no 0x, 0o "
        "or 0b.",
    ),
    "yaml_too_deep": (
        "lister og afsnit ligger mere end {limit} niveauer inden i hinanden; "
        "filen er ødelagt eller ikke en kompcalc-fil",
        "lists and mappings nest more than {limit} levels deep; the file is broken or not "
        "a kompcalc file",
    ),
    "val_control_character_private": (
        "indeholder et kontroltegn ({char}); fjern det",
        "contains a control character ({char}); remove it",
    ),
    "val_not_one_line": (
        '"{text}" skal stå på én linje',
        '"{text}" must be on one line',
    ),
    "val_path_open_step": (
        "trin {step} har ingen måneder; kun det sidste trin i en ydelsesrække må være åbent",
        "step {step} has no months; only the last step of a benefit path may be open",
    ),
    "val_path_and_limit": (
        "ydelsesrækkens sidste trin har måneder, og benefit_limit_months er også givet; "
        "angiv kun det ene",
        "the benefit path's last step has months and benefit_limit_months is given too; "
        "give only one",
    ),
    "val_control_character": (
        '"{text}" indeholder et kontroltegn ({char}); fjern det',
        '"{text}" contains a control character ({char}); remove it',
    ),
    "problem_at": ("{where}: {message}", "{where}: {message}"),
    "pyd_missing": ("mangler", "is missing"),
    "pyd_extra_forbidden": (
        "ukendt felt (stavefejl?)",
        "unknown field (a typo?)",
    ),
    "extra_key_near": ('ukendt felt; mente du "{near}"?', 'unknown field; did you mean "{near}"?'),
    "extra_key_known": (
        "ukendt felt (felterne her er: {known})",
        "unknown field (the fields here are: {known})",
    ),
    "extra_key_no_space": (
        'ukendt felt; der mangler et mellemrum efter kolon: skriv "{fixed}"',
        'unknown field; a space is missing after the colon: write "{fixed}"',
    ),
    "mapping_no_space": (
        "skal være en mapping (nøgle: værdi); der mangler et mellemrum efter kolon: "
        'skriv "{fixed}"',
        'must be a mapping (key: value); a space is missing after the colon: write "{fixed}"',
    ),
    "tag_unknown_near": (
        'ukendt {discriminator} "{tag}"; mente du "{near}"? (kendte: {expected_tags})',
        'unknown {discriminator} "{tag}"; did you mean "{near}"? (known: {expected_tags})',
    ),
    "tag_no_space": (
        'mangler {discriminator}; der mangler et mellemrum efter kolon: skriv "{fixed}"',
        '{discriminator} is missing; a space is missing after the colon: write "{fixed}"',
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
    "pyd_model_attributes_type": (
        "skal være en mapping (nøgle: værdi)",
        "must be a mapping (key: value)",
    ),
    "pyd_tuple_type": ("skal være en liste", "must be a list"),
    "pyd_too_short": (
        "skal have mindst {min_length} {min_length:element|elementer}",
        "needs at least {min_length} {min_length:item|items}",
    ),
    "pyd_date_type": ("skal være en dato (ÅÅÅÅ-MM-DD)", "must be a date (YYYY-MM-DD)"),
    "pyd_literal_error": ("skal være {expected}", "must be {expected}"),
    "pyd_union_tag_invalid": (
        'ukendt {discriminator} "{tag}" (kendte: {expected_tags})',
        'unknown {discriminator} "{tag}" (known: {expected_tags})',
    ),
    "pyd_union_tag_not_found": ("mangler {discriminator}", "{discriminator} is missing"),
}
