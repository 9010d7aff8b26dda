"""What page furniture looks like, kept as data (cf. trafilatura's selectors).

Every pattern here describes web pages in general (comment widgets, share bars,
photo credits, feed footers); none is taken from one site or one article.
"""
import re

from .dates import DATE

_I = re.IGNORECASE

# A block that opens the comments or the post navigation: nothing after it belongs to the article.
SECTION_END = re.compile(r"""^(?:
    be\ the\ first\ to\ comment\b.* | leave\ a\ (?:comment|reply)\b.* | post\ a\ comment\b.* | add\ a\ comment\b.*
  | \[?\ ?\d+\ comments?\b.* | comments?\ ?(?:\(\d+\))? | view\ (?:all\ )?(?:\d+\ )?comments\b.* | show\ comments\b.*
  | (?:top|most|newest|oldest|featured|reader)\ (?:rated\ )?comments | discussion
  | join\ the\ (?:conversation|discussion)\b.* | have\ your\ say\b.*
  | your\ email\ address\ will\ not\ be\ published\b.* | required\ fields\ are\ marked\b.*
  | you\ must\ be\ logged\ in\b.* | log\ ?in\ to\ (?:comment|reply)\b.* | comment\ policy\b.*
  | (?:previous|next|older|newer)\ (?:post|article|story|entry)\b.{0,200} | post\ navigation
)$""", _I | re.VERBOSE)

# A whole block that is a prompt, widget label or link line, at any position.
PROMPTS = re.compile(r"""^(?:
    what\ do\ you\ think\ ?\??
  | check\ out\b.{0,120} | you\ can\ (?:watch|read|listen\ to|see|find|follow)\b.{0,120}
  | share(?:\ this)?(?:\ (?:article|story|post|page))?(?:\ (?:on|via)\ \w+)?:? | share\ on\ \w+
  | (?:tweet|email|print|facebook|twitter|whatsapp|linkedin|reddit|telegram|pinterest|copy\ link)(?:\ (?:this|it))?
  | related(?:\ (?:content|articles?|stories|posts|coverage|news|topics|reading))? | recommended(?:\ for\ you)?
  | (?:you\ (?:may|might)\ also\ like|more\ (?:from|on|in)\ [\w\ ]{0,40}|trending(?:\ now)?|most\ (?:read|popular|viewed))
  | (?:read|see|watch|listen)\ (?:more|also|next|now)\b.{0,200} | also\ read\b.{0,200} | see\ also\b.{0,200}
  | (?:read|watch|listen|related|more|see\ also|also\ read)\s*[:|»›>\-–—].{0,200}
  | advertisement | sponsored(?:\ content)? | (?:story|article)\ continues\ (?:below|after).* | scroll\ to\ continue.*
  | skip\ to\ (?:content|main).* | back\ to\ top | tags?:.* | filed\ under:?.* | topics?:.*
  | click\ here\b.{0,120} | (?:sign\ up|subscribe)\b.{0,160} | get\ the\ latest\b.{0,160} | follow\ us\b.{0,160}
  | download\ (?:our|the)\ app\b.{0,120} | support\ (?:our|independent)\ journalism\b.{0,160}
  | (?:all\ rights\ reserved|terms\ of\ (?:use|service)|privacy\ policy|cookie\ (?:policy|settings)).{0,120}
  | .{0,80}\ all\ rights\ reserved\.?
  | (?:editing|edited|compiled|produced|graphics|design)\ by\b.{0,160} | our\ standards:?.{0,120}
  | \d+\ min(?:ute)?s?\ read | listen\ to\ (?:this\ )?(?:article|story).{0,40} | gift\ (?:this\ )?article
  | (?:image|photo|picture|slide)\ \d+\ of\ \d+ | continue\ reading.{0,80} | read\ the\ full\ (?:story|article).{0,80}
  | (?:this|the)\ (?:story|article|post)\ (?:was\ |has\ been\ )?(?:originally\ |first\ )?(?:published|appeared|updated)\b.{0,200}
  | (?:editor['’]s\ note|correction|clarification):.{0,300} | the\ views\ expressed\b.{0,200}
  | .{0,120}\bcontributed\ (?:to\ )?(?:this\ )?(?:report|story|reporting|article)\b.{0,120}
  | this\ material\ may\ not\ be\ published\b.{0,200} | loading\.{0,3} | sign\ in | log\ in | save | bookmark
  | follow\ (?:@\w+|[\w\ .]{1,60}\ on\ (?:twitter|x|facebook|instagram|threads|bluesky|linkedin|telegram)).{0,60}
)$""", _I | re.VERBOSE)

# News agencies, as a wire credit names them: "(Reuters) -", "Xinhua | Updated:", "...(AFP)", "Kyodo reports".
# General knowledge of the world's wire services (their usual short names), not of any one article.
NEWS_AGENCIES = {
    "reuters": "Reuters", "ap": "AP", "associated press": "Associated Press", "afp": "AFP",
    "agence france-presse": "AFP", "xinhua": "Xinhua", "tass": "TASS", "ria novosti": "RIA Novosti",
    "interfax": "Interfax", "anadolu": "Anadolu Agency", "anadolu agency": "Anadolu Agency", "efe": "EFE",
    "ansa": "ANSA", "dpa": "dpa", "kyodo": "Kyodo", "kyodo news": "Kyodo News", "yonhap": "Yonhap", "pti": "PTI",
    "ians": "IANS", "ani": "ANI", "uni": "UNI", "bernama": "Bernama", "antara": "Antara", "pa": "PA",
    "pa media": "PA Media", "press association": "Press Association", "bloomberg": "Bloomberg", "upi": "UPI",
    "jta": "JTA", "wafa": "WAFA", "kuna": "KUNA", "wam": "WAM", "spa": "SPA", "irna": "IRNA", "mena": "MENA",
    "sana": "SANA", "ukrinform": "Ukrinform", "unian": "UNIAN", "kazinform": "Kazinform", "belta": "BelTA",
    "pap": "PAP", "mti": "MTI", "tanjug": "Tanjug", "hina": "HINA", "lusa": "Lusa", "nan": "NAN", "kna": "KNA",
    "apa": "APA", "qna": "QNA", "petra": "Petra", "bna": "BNA", "vna": "VNA", "pna": "PNA", "aap": "AAP",
    "cp": "CP", "canadian press": "Canadian Press", "ips": "IPS", "tasnim": "Tasnim",
    "mehr": "Mehr", "isna": "ISNA", "fars": "Fars", "kcna": "KCNA", "ptinews": "PTI", "sputnik": "Sputnik",
}
_WIRE = "|".join(sorted((re.escape(name).replace("\\ ", "\\s") for name in NEWS_AGENCIES), key=len, reverse=True))
# Words that end the name of a news outlet ("The Example Gazette", "Example News", "Example TV"): a short
# line of capitalised words ending in one, above the story, is the masthead; a byline naming one is the outlet's.
OUTLET = re.compile(r"^(?:The\ )?(?:[A-Z][\w'’&.-]*+\ ){1,3}(?:Gazette|Times|News|Post|Herald|Telegraph|Tribune|Journal|"
                    r"Daily|Weekly|Press|Media|Network|TV|Radio|Wire|Bulletin|Express|Mail|Standard|Observer|Chronicle|"
                    r"Courier|Monitor|Review|Magazine|Today|Online|Newspapers?|Broadcasting|Insider|Independent|Star|"
                    r"Sun|Mirror|Guardian|Nation|Globe|Record|Reporter|Examiner|Inquirer|Dispatch|Gazeta)$", re.VERBOSE)

# Where a text names the wire service it comes from: a meta line "Reuters | Updated ...", a credit at the
# end of the story "(AFP)" / "— Xinhua" / "/ AP", a "Source: Reuters" line, "..., Kazinform reports."
WIRE_CREDIT = re.compile(rf"""(?:
    ^(?P<meta>{_WIRE})\s*[|•·]
  | ^source\s*:\s*(?P<source>{_WIRE})\.?$
  | (?:\((?P<paren>{_WIRE})\)|[—–/]\s*(?P<dash>{_WIRE}))\s*$
  | [,;]\s*(?P<reports>{_WIRE})\s+reports\.?$
)""", _I | re.VERBOSE)

# Photo agencies and credit words; a credit names one of these or a person with a slash.
_AGENCY = (r"getty(?:\ images)?|afp|ap(?:\ photo)?|reuters|epa|efe|xinhua|anadolu|shutterstock|istock(?:photo)?|alamy"
           r"|pool|file\ photo|wikimedia(?:\ commons)?|flickr|handout|associated\ press|sputnik|tass|ria\ novosti")

# The tail of a block that credits a picture: "[Name/Agency]", "(Office of X)", "Photo courtesy of ...", "Via X".
CREDIT_TAIL = re.compile(rf"""(?:
    \[[^\[\]]{{2,100}}\]                                   # [Mikhail Svetlov/Getty Images]
  | (?<=[.!?”"’)])\s*\((?-i:[^()a-z]{{0,3}}(?>[A-Z][\w'’.&-]*+|of|the|and|for|de|via|[/,\s]){{2,80}})\)  # (Office of the X)
  | \((?:photo|photograph|image|picture|credit|courtesy|file|source)\b[^()]{{0,100}}\)
  | (?:^|(?<=[.!?]\s)|(?<=[.!?]))\s*(?:photo|photograph|image|picture|credit|photo\ courtesy|courtesy|via|source|illustration)
        \b(?:\ (?:of|by|credit))?:?\s+[^.!?]{{1,100}}
  | \b(?:{_AGENCY})\s*$
  | \((?-i:[A-Z][\w'’.-]*+(?:\ [A-Z][\w'’.-]*+){{0,4}})\ ?/\ ?[^()/]{{1,40}}\)    # (Jane Roe/Example Agency)
  | \b(?:photo|image|picture)?\ ?credits?\ ?:\ ?[^.!?:]{{1,60}}                      # Credit: Jane Roe/Agency
)\s*$""", re.VERBOSE | _I)
# A source credited after a paragraph's last sentence: "...he said. / Agencies".
SOURCE_TAIL = re.compile(r"(?<=[.!?”\"’])\s*/\s*[A-Z][\w.&'’-]*+(?:\ [A-Z][\w.&'’-]*+){0,3}\s*$")

# Furniture a copy glues before the headline on one line: a date label, a follow prompt, a picture credit.
_DATE = DATE.pattern.removeprefix("(?ix)")
HEADLINE_PREFIX = re.compile(rf"""^(?:(?:date|published|posted|updated|created)\s*:?\s*(?:{_DATE})\s+)?
    (?:follow\ us\ on\s+)?(?:(?:image|photo|picture)\ (?:source|credit)s?\s*:\s*\S+\s+)?
    (?:(?-i:[A-Z][a-z]++){{3,}}(?=(?-i:[A-Z])))?   # a breadcrumb glued to the headline: "HomeNewsWorldStorm hits..."
    """, _I | re.VERBOSE)

# Words that place people in a picture: "(L)", ", left,", "(second from right)".
POSITION_MARK = re.compile(r"\((?:L|R|C|l|r|c|left|right|centre|center|(?:second|third)\ from\ (?:left|right)|top|bottom)\)"
                           r"|,\s(?:left|right|centre|center|(?:second|third)\ from\ (?:left|right)),\s", re.VERBOSE)

# A caption sentence on its own: "Illustrative.", "File photo.", "Pictured: ...".
CAPTION_START = re.compile(r"^(?:photo|image|picture|pictured|illustrative(?:\ photo)?|file\ photo|caption|credit)\b"
                           r"(?:\s*[:.\-–—]|$)", _I | re.VERBOSE)
# A caption that describes the picture: "An aerial image of the bay", "A photo showing the crowd".
CAPTION_DESCRIBES = re.compile(r"^(?:an?|the|this)\ (?:[\w-]+\ ){0,2}?(?:image|photo(?:graph)?|picture|view|screenshot"
                               r"|illustration|still)\ (?:of|shows|showing|taken)\b", _I | re.VERBOSE)
# A credit that is never part of a sentence: "(Jane Roe/Agency)", "Credit: Jane Roe".
PLAIN_CREDIT = re.compile(r"^\s*(?:\([^()]*/[^()]*\)$|(?:photo\ |image\ |picture\ )?credits?\ ?:)", _I | re.VERBOSE)
CAPTION_WORD = re.compile(rf"\b(?:illustrative|file\ photo|pictured|photo\ courtesy|{_AGENCY})\b", _I | re.VERBOSE)

URL = re.compile(r"(?:https?://|www\.)\S+|(?<![\w-])[\w-]++\.(?:com|net|org|tt|ly|co|io|news)/\S*", _I)

# Caption style without a credit: a present-tense picture verb early on and the date of the picture
# ("X speaks during a news conference in Jerusalem on March 3, 2019.").
CAPTION_VERB = re.compile(r"^(?:\S+\s+){0,12}?(?:speaks|attends|gestures|looks on|arrives|waves|listens|talks|meets|"
                          r"greets|shakes hands|poses|delivers|holds|stands|walks|sits|is seen|are seen|react|reacts|"
                          r"gather|gathers|march|marches|chant|chants|take part|takes part)\b")  # lower case: not "March 3"
# An embedded social-media post's attribution: "— Name (@handle) March 3, 2019".
SOCIAL_ATTRIBUTION = re.compile(r"\(@\w{1,30}\)|\bpic\.twitter\.com/|^[—–-]\s*[^.]{0,60}\(@\w+\)")

# "JERUSALEM (JTA) —", "MOSCOW, March 1 (Reuters) -": a dateline naming the agency.
DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.]*(?:\s\d{1,2})?)?)\s*"
                      r"(?:\((?P<agency>[A-Za-z][\w.&' -]{0,40})\)\s*)?[—–-]{1,2}\s*(?=[A-Z“\"])")

# A broadcaster's credit opening the lede without a place: "(CNN)The storm ...", "(Example News) - The ...".
LEDE_CREDIT = re.compile(r"^\((?P<agency>[A-Z][\w.&' -]{0,30})\)\s*(?:[—–-]{1,2}\s*)?(?=[A-Z“\"])")

# Bylines: "By Jane Doe", "(By Jane Doe, March 3, 2019)", "Written by ...", "Author: ...".
# Words are possessive (a word is never split) and "and" is never a name word: a byline of many names
# then has one reading, and a failed match cannot backtrack through every split.
_NAME_WORD = r"(?!(?i:and|by|in|on|at)\b)[A-Z][\w'’.-]++"
NAME = rf"{_NAME_WORD}(?:\s+(?:(?:de|del|da|van|von|der|al|bin|ibn|le|la)\s+)?{_NAME_WORD}){{1,3}}"
BYLINE = re.compile(rf"^\(?\s*(?:by:?|written\ by|posted\ by|reported\ by|words\ by|author:?"
                    rf"|(?:additional\ )?reporting\ by|writing\ by)\s+"
                    rf"(?P<name>{NAME}(?:\s*(?:,|and|&)\s*{NAME})*)\s*(?P<rest>[,|•·–—-].*)?\)?$", _I | re.VERBOSE)
# A byline a page's meta line runs into when copied: "Aug. 1, 2022 9:30 AM ETBy: Jane Doe, News Editor".
BYLINE_INSIDE = re.compile(rf"By:\s*(?P<name>{NAME})")
# A sign-off, on its own line or ending a paragraph: "JANE DOE reports", "...; Jane Doe writes."
SIGN_OFF = re.compile(rf"(?:^|(?<=[;,—–])\s?)(?P<name>{NAME})\s+(?:reports|writes)\.?$")
# A meta line that ends with the writer: "Posted on 14 March 2023 by Jane Doe".
BYLINE_END = re.compile(rf"\b[Bb]y\s+(?P<name>{NAME}(?:\s*(?:,|and|&)\s*{NAME})*)\s*$")
_JOURNALIST_WORDS = "reporter|correspondent|editor|writer|columnist|journalist|contributor"
# The outlet in the writer's title: "Jane Doe, Example News Editor" ("Example News", when OUTLET agrees).
TITLE_OUTLET = re.compile(rf",\s*(?P<outlet>(?:[A-Z][\w'’&.-]*+\s){{1,4}}?)(?:(?i:senior|chief|staff)\s)?"
                          rf"(?i:{_JOURNALIST_WORDS})")
# A source line under the headline: an acronym alone ("XBC"), as syndicated copies credit the outlet.
SOURCE_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
# A short note about the writer at the end: "Jane Doe is a reporter for ...".
AUTHOR_BIO = re.compile(rf"^(?P<name>{NAME})\s+(?:is|was)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,6}}"
                        rf"(?:{_JOURNALIST_WORDS}|fellow|analyst|producer|author)\b")
JOURNALIST = re.compile(rf"(?i)\b(?:{_JOURNALIST_WORDS}|staff)\b")
# A feed footer that ends with the writer's name: "via RSS https://... Jane Doe".
FEED_AUTHOR = re.compile(rf"(?:{URL.pattern})\s+(?P<name>{NAME})$")
COPYRIGHT_START = re.compile(r"(?i)^(?:©|copyright\b)")
# "Copyright © 2019 Publisher", "© Publisher 2019".
COPYRIGHT = re.compile(r"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<name>[A-Z][\w&.' -]{1,60}?)"
                       r"\s*(?:\d{4})?\.?(?:\s*all rights reserved\.?)?$", _I)

# A list item: "•", "-", "*", "1.", "2)", "(a)", "1-".
BULLET = re.compile(r"^(?:[•·▪●◦‣∙*+-]|[–—]|\d{1,2}\s?[.)\-–]|\(?[a-z0-9]\))\s+")

# Sentence ends (also inside closing quotes) and a colon that introduces what follows.
TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$|[\"”’»]\s*$")
# A real sentence end: what a lede paragraph ends with (a headline may end in a bare quote).
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")
