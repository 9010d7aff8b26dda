"""One exception family. Every message names the file and says what to do."""
from __future__ import annotations

from .model import Diagnostic
from .untrusted import printable


class BriefingError(Exception):
    """Base of every error the generator raises on purpose."""

    code = "E000"

    def __init__(self, file: str, message: str):
        super().__init__(printable(f"{file}: {self.code}: {message}"))
        self.file = file
        self.message = message

    def diagnostic(self) -> Diagnostic:
        return Diagnostic(self.file, self.code, self.message, "error")


class SeedError(BriefingError):
    """A seed file cannot be turned into an article; the build skips it."""

    code = "E100"


class EmptySeed(SeedError):
    code = "E101"


class BinarySeed(SeedError):
    code = "E102"


class TooLargeSeed(SeedError):
    code = "E103"


class UndecodableSeed(SeedError):
    code = "E104"


class FrontMatterError(SeedError):
    code = "E105"


class DuplicateSeed(SeedError):
    code = "E106"


class NoArticleText(SeedError):
    code = "E107"


class OverBudget(SeedError):
    """Cleaning or extracting one article ran past the time budget; the build skips it."""

    code = "E121"


class ConfigError(BriefingError):
    """The configuration or the corrections file is wrong; nothing is built."""

    code = "E200"


class OutputError(BriefingError):
    """The output folder cannot be written (full disk, no permission, another build): nothing is lost."""

    code = "E202"


class RenderError(BriefingError):
    """A generated page would not read back as written; a bug of the generator, never of an article."""

    code = "E400"


class StrictModeError(BriefingError):
    """Strict mode turns diagnostics into a failed build."""

    code = "E300"
