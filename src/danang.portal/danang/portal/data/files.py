"""Where the city's data files are: the catalogue the loader reads, the sample generator's profiles."""

from pathlib import Path

DATA_DIR = Path(__file__).parent
CATALOGUE_DIR = DATA_DIR / "catalogue"
SECTORS_FILE = CATALOGUE_DIR / "sectors.csv"
AGENCIES_FILE = CATALOGUE_DIR / "agencies.csv"
REAL_SERVICES_FILE = CATALOGUE_DIR / "services.json"
# Written by danang.portal.devtools.sample (README.md, "The 2019 figures, and the generator").
SAMPLE_SERVICES_FILE = CATALOGUE_DIR / "services-sample.json"
# The sample generator's templates; the portal itself never reads them.
SAMPLE_PROFILES_FILE = DATA_DIR / "sample-profiles.json"
