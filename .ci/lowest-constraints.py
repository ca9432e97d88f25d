"""Print a pip constraints file that pins every dependency of kompcalc (and of its
test extra) to the lowest version pyproject.toml allows, so CI can check that the
declared lower bounds really work."""

import re
import sys
import tomllib
from pathlib import Path

project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())["project"]
requirements = [*project["dependencies"], *project["optional-dependencies"]["test"]]
for requirement in requirements:
    match = re.fullmatch(r"([A-Za-z0-9_.\-]+)(\[[^\]]*\])?>=([0-9][0-9A-Za-z.]*)", requirement)
    if match is None:
        sys.exit(f"no lower bound to pin in {requirement!r}")
    name, _, lowest = match.groups()
    print(f"{name}=={lowest}")
