from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden from the current build")


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """One build of seeds/ shared by the end-to-end tests."""
    from generator import build
    from generator.config import Config

    out = tmp_path_factory.mktemp("docs")
    result = build.run(Config(seeds=SEEDS, out=out, corrections=None, cache=out.parent / "cache"))
    return result, out
