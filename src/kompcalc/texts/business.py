"""Texts of the business case: present value, perspectives, sensitivity."""

TEXTS: dict[str, tuple[str, str]] = {
    "val_discount_bands": (
        "båndene skal starte ved år 0 og stige (from_year 0, 35, …)",
        "the bands must start at year 0 and rise (from_year 0, 35, …)",
    ),
}
