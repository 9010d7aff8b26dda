"""Publication dates: find date expressions with a pattern, parse them with dateparser."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Optional

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY_NAME = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
DATE = re.compile(rf"""(?ix)
    \b(?:
        {_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}      # March 1, 2019
      | \d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}  # 1 March 2019
      | \d{{4}}-\d{{2}}-\d{{2}}(?=T\d|\b)                   # 2019-03-01, 2019-03-01T10:45:00Z
      | \d{{4}}/\d{{1,2}}/\d{{1,2}}                            # 2019/03/01
      | \d{{1,2}}([.-])\d{{1,2}}\1\d{{4}}                      # 01.03.2019, 01-03-2019: day first
    )(?:\b|(?=T\d))""")
TIME = re.compile(r"(?i)\b(?:at\s+)?\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*))?"
                  r"|\b\d{1,2}\s*[ap]\.?m\.?\b")
_DATE_WORDS = re.compile(rf"(?i)\b(?:first|published|updated|posted|last|modified|on|at|date|{_DAY_NAME})\b|[|:,•·–—()\-]")


def find_dates(text: str) -> list[str]:
    """ISO dates of every full date (day, month, year) written in `text`, in order."""
    found = []
    for match in DATE.finditer(text):
        iso = parse_date(match.group(0))
        if iso:
            found.append(iso)
    return found


_LAYOUTS = ("%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%Y/%m/%d",
            "%d.%m.%Y", "%d-%m-%Y")


@lru_cache(maxsize=4096)
def parse_date(expression: str) -> Optional[str]:
    """The common layouts through the standard library; anything else through dateparser."""
    plain = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b|\bof\s+|\.(?=\s)", "", expression).strip()
    plain = re.sub(r"\bSept\b", "Sep", plain)
    for layout in _LAYOUTS:
        try:
            parsed = dt.datetime.strptime(plain, layout)
        except ValueError:
            continue
        return parsed.date().isoformat() if 1900 <= parsed.year <= 2100 else None
    import dateparser  # slow to import; only for unusual layouts

    parsed = dateparser.parse(expression, languages=["en"],
                              settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                                        "PREFER_DATES_FROM": "past", "DATE_ORDER": "MDY"})
    if parsed is None or not 1900 <= parsed.year <= 2100:
        return None
    return parsed.date().isoformat()


def has_date(text: str) -> bool:
    return DATE.search(text) is not None


def is_date_line(text: str) -> bool:
    """A block that is a date and little else ("March 1, 2019 at 1:45 pm", "Updated: 2019-03-01")."""
    if not DATE.search(text):
        return False
    rest = _DATE_WORDS.sub(" ", TIME.sub(" ", DATE.sub(" ", text))).split()
    # little else, or a name beside the date ("Jane Doe | 04.03.2021 - Update: 05.03.2021")
    return len(rest) <= 2 or (len(rest) <= 5 and all(word[:1].isupper() for word in rest))


def date_line_kind(text: str) -> str:
    """'updated' when the line says so; a publication date is preferred over an update."""
    return "updated" if re.search(r"(?i)\b(?:updated|modified)\b", text) else "published"
