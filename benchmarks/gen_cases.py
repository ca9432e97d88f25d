"""Write N realistic synthetic cases in kompcalc's case-file format to stdout.

    python benchmarks/gen_cases.py 100000 > /tmp/cases.yaml
    python benchmarks/gen_cases.py 50 --seed 7 --bad 5   # with 5 broken cases
    python benchmarks/gen_cases.py 10000 --one-row       # each case fits one spreadsheet row

The cases look like a jobcentre's own list: free text on the person, the condition,
the occupation and what was granted; one or two interventions of every kind, in the
proportions a jobcentre sees them; the catalogue's benefits, some with the citizen
already months into the benefit period. The same N and seed give the same file.
``--bad K`` breaks K cases in the ways users do (a negative amount, a typo in a key,
hours as text, an unknown benefit), for tests of bad data at scale.
"""

import argparse
import random
import sys
from collections.abc import Callable
from decimal import Decimal

PERSONS = [
    "Sygemeldt. Kvinde, {age} år",
    "Sygemeldt. Mand, {age} år",
    "Fastholdt i job. Kvinde, {age} år",
    "Fastholdt i job. Mand, {age} år",
    "Ledighedsydelse. Kvinde, {age} år",
    "Ledighedsydelse. Mand, {age} år",
    "Nyuddannet. Kvinde, {age} år",
    "Nyuddannet. Mand, {age} år",
]
CONDITIONS = [
    "Har diskusprolaps i lænden",
    "Har sclerose",
    "Har svær synsnedsættelse",
    "Er døv og bruger tegnsprog",
    "Har nedslidte knæ",
    "Har kronisk tarmsygdom",
    "Har gigt i hænderne",
    "Har ADHD og ordblindhed",
    "Har epilepsi",
    "Mangler højre hånd",
    "Har Parkinsons sygdom",
    "Har hørenedsættelse",
]
OCCUPATIONS = [
    "Pædagog",
    "Lagermedarbejder og chauffør",
    "Bankassistent",
    "Radiograf",
    "Landmand",
    "Kontorassistent i en kommune",
    "Selvstændig revisor",
    "Ingeniør",
    "Sygeplejerske",
    "Butiksassistent",
    "Tømrer",
    "Underviser på en erhvervsskole",
]
AIDS = [
    ("Hæve-sænkebord", 4500, 9000),
    ("Ståstøttestol", 2500, 6000),
    ("CCTV-læseapparat", 18000, 32000),
    ("Skærmlæser og licens", 6000, 15000),
    ("Trappelift", 60000, 95000),
    ("Høreslynge", 1500, 4000),
    ("Ergonomisk mus og tastatur", 600, 2000),
    ("Tilpasset værktøj", 800, 5000),
]
BENEFITS = ["sygedagpenge"] * 6 + ["ledighedsydelse"] * 3 + ["løntilskud"]


def _kr(rng: random.Random, low: int, high: int) -> str:
    """An amount in kroner, sometimes with øre."""
    amount = Decimal(rng.randint(low * 100, high * 100)) / 100
    return str(amount if rng.random() < 0.3 else amount.to_integral_value())


def _hours(rng: random.Random, low: int, high: int) -> str:
    return str(Decimal(rng.randint(low * 2, high * 2)) / 2)


def _pa(rng: random.Random) -> list[str]:
    return [
        "      - kind: personal_assistance",
        f"        hours_per_week: {_hours(rng, 2, 22)}",
        '        description: "Hjælp til tunge løft og kørsel"',
    ]


def _education(rng: random.Random) -> list[str]:
    return [
        "      - kind: education_assistance",
        f"        hours_per_week: {_hours(rng, 2, 20)}",
        f"        months: {rng.randint(3, 24)}",
    ]


def _aids(rng: random.Random) -> list[str]:
    chosen = rng.sample(AIDS, rng.randint(1, 3))
    if len(chosen) == 1:
        name, low, high = chosen[0]
        return [
            "      - kind: aids",
            f'        description: "{name}"',
            f"        amount: {_kr(rng, low, high)}",
        ]
    lines = ["      - kind: aids", "        items:"]
    for name, low, high in chosen:
        lines.append(f'          - {{name: "{name}", amount: {_kr(rng, low, high)}}}')
    return lines


def _mentor(rng: random.Random) -> list[str]:
    return [
        "      - kind: mentor",
        f"        hours_per_week: {_hours(rng, 1, 6)}",
        f"        hourly_rate: {rng.choice(['250', '285.50', '310', '345'])}",
        f"        months: {rng.randint(3, 12)}",
    ]


def _icebreaker(rng: random.Random) -> list[str]:
    return [
        "      - kind: icebreaker",
        f"        monthly: {_kr(rng, 12000, 16000)}",
        f"        months: {rng.choice([6, 9, 12])}",
    ]


def _flexjob(rng: random.Random) -> list[str]:
    return [
        "      - kind: recurring_cost",
        '        name: "Fleksjob, kommunens tilskud"',
        f"        monthly: {_kr(rng, 2500, 6000)}",
    ]


def _priority(rng: random.Random) -> list[str]:
    return ["      - kind: priority_access", '        description: "Samtale om stilling"']


KINDS: list[tuple[Callable[[random.Random], list[str]], int]] = [
    (_pa, 40),
    (_aids, 30),
    (_mentor, 10),
    (_icebreaker, 5),
    (_education, 5),
    (_flexjob, 5),
    (_priority, 5),
]


def case_lines(rng: random.Random, number: int, *, one_row: bool = False) -> list[str]:
    """One case in block style, as a caseworker would write it; with ``one_row`` no
    kind of intervention twice (as one spreadsheet row holds it)."""
    makers, weights = zip(*KINDS, strict=True)
    count = 1 if rng.random() < 0.75 else 2
    lines = [
        f"  - id: sag-{number:06d}",
        f'    person: "{rng.choice(PERSONS).format(age=rng.randint(20, 66))}"',
        f'    condition: "{rng.choice(CONDITIONS)}"',
        f'    occupation: "{rng.choice(OCCUPATIONS)}"',
        '    description: "Fastholdes i sit job med støtte fra jobcentret"',
        f"    benefit: {rng.choice(BENEFITS)}",
    ]
    if rng.random() < 0.3:
        lines.append(f"    benefit_month: {rng.randint(2, 20)}")
    lines.append("    interventions:")
    chosen = rng.choices(makers, weights, k=count)
    if one_row:
        chosen = list(dict.fromkeys(chosen))
    for maker in chosen:
        lines += maker(rng)
    return lines


def _negative(lines: list[str]) -> list[str]:
    """The first amount or hours made negative."""
    for i, line in enumerate(lines):
        key, sep, _ = line.partition(": ")
        if sep and key.strip() in ("hours_per_week", "amount", "monthly", "hourly_rate"):
            return [*lines[:i], f"{key}: -100", *lines[i + 1 :]]
    kept = [line for line in lines if not line.startswith("    benefit_month:")]
    return [*kept, "    benefit_month: 0"]  # never a second benefit_month (a file error)


BREAKAGES: list[Callable[[list[str]], list[str]]] = [
    _negative,
    lambda lines: [line.replace("    benefit:", "    benefti:") for line in lines],
    lambda lines: [line.replace("benefit: ", "benefit: kontanthjælp-") for line in lines],
    lambda lines: [*lines[:6], '    benefit_week: "6,5"', *lines[6:]],
]
"""Ways users break a case: a negative number, a typo in a key, an unknown benefit,
a number written as text with a decimal comma."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int, help="how many cases")
    parser.add_argument("--seed", type=int, default=2014, help="random seed (default 2014)")
    parser.add_argument("--bad", type=int, default=0, help="how many cases to break")
    parser.add_argument(
        "--one-row",
        action="store_true",
        help="no kind of intervention twice in a case, so each case fits one spreadsheet row",
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    bad = set(rng.sample(range(1, args.count + 1), min(args.bad, args.count)))
    out = sys.stdout
    out.write(f"# {args.count} syntetiske sager fra benchmarks/gen_cases.py (seed {args.seed})\n")
    out.write("cases:\n")
    for number in range(1, args.count + 1):
        lines = case_lines(rng, number, one_row=args.one_row)
        if number in bad:
            lines = rng.choice(BREAKAGES)(lines)
        out.write("\n".join(lines))
        out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
