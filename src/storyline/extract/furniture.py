"""Page furniture: the parts of a page that are not the report's running text.

What it does: finds, line by line (a line is a paragraph in storyline's texts),
- photo captions that end in a credit line ("... in Madrid, on June 29, 2022. PIERRE-PHILIPPE
  MARCOU/AFP/Getty Images", "... EFE/ Ana Ruiz", a source's name in brackets glued to the last sentence
  "...the runway.( The Daily Ledger )", a known outlet after a dash "... after the quake. — AFP"): the whole
  paragraph is a ``caption`` and the credit line inside it a ``credit``; a paragraph that is only a credit
  ("Photo: Reuters") is a ``credit``; a known outlet after a dash closing the last paragraph signs the text
  (``byline``); a copyright sign after the caption's sentence ("... © Jane Roe / Velm Images") and who released
  the picture through an agency ("... (Coast Guard Press Office via AP)") are credits too;
- captions with no credit, by their words alone: one pointing at its picture ("In this photo released by ...",
  "This handout image shows ..."), and one telling its picture in the present tense and closing on the place and
  the full day it was taken ("Jane Roe visits the scene in Velm, Norland, Sunday, Oct. 30, 2022."), kind
  ``caption``;
- a transcript's marker alone on its line in square brackets ("[Sound bite: Mara Quell (Norlandic-English)]",
  "[Applause]"), kind ``marker``: no fact; ``bite_speaker`` reads who speaks in the clip it announces;
- section headings: a short line with no closing punctuation between two paragraphs of text
  ("Complex security situation"), kind ``heading``; the headline, the first line below nothing but
  furniture, may be longer ("5 crew found dead on plane involved in crash at airport, reports say"), and so may
  a page's first line over a longer paragraph when that opens on a dateline or the line is shaped as a headline
  ("Orla Venn: Norland frees jailed sailor in swap with smuggler", or title case);
- a page's time stamps alone on a line ("Published: Jan. 2, 2024 at 4:37 AM CST|Updated: 35 minutes ago"),
  kind ``stamp``;
- bylines ("By Jane Doe, CNN", "Jane Doe | Reuters", "Jane Doe" over "HARBOUR GAZETTE") near the top, a live
  blog entry's byline with its day and time ("Jane Doe 14 June 2023 09:01") and the wire trailer "(Reporting by
  ...; editing by ...)" wherever they stand, kind ``byline``;
- boilerplate ("Read more: ...", "Sign up for our newsletter", "Copyright ...", "Share this article", "This
  post will be updated ...", "Here's what we know", "Editor's note: ..."), a promotion of the site's other pages
  ("Watch more News on ...") and a note that the text was written or summarised by a machine ("This is AI
  generated summarization, which may have errors."), kind ``boilerplate``;
- a sub-heading put as a short question alone on its line ("What do we know about the debris field?", "So,
  when will he be sentenced?"), kind ``heading``;
- a blog's sub-heading closed by a full stop, in title case ("The Verdict.", "Harbour Grill Responds (sort of)."),
  kind ``heading``; and a sub-heading run into its paragraph, only it furniture: a short question in front of its
  answer ("What does this mean for anglers? Probably nothing ..."), or a few words that the paragraph's next sentence
  says again ("Major setback for the port. The ruling is a major setback for the port ...");
- a statement's signature line under it ("– Mara Quell, President, Harbour Affairs"), kind ``signature``, and the
  signer's name inside it, kind ``signer`` (``signer``): the person who speaks the statement above;
- a wire's sign-off, its name alone on the last line ("EFE"; ``dateline.sign_off``) or in brackets after the last
  sentence ("... of the event. (ILKHA)"; ``dateline.closing_tag``: only the tag), kind ``byline``;
- an embedded social-media post: its signature line ("— Name (@handle) August 23, 2023"), a line of the
  post's text that ends on its link ("pic.twitter.com/...") or on that signature, kind ``embed``;
- the dateline opening a paragraph, up to and including its dash ("MENDON, Mo. —", "TOKYO (Reuters) -",
  "New York, IRNA –"), kind ``dateline``: only this prefix, not its paragraph, is furniture. A dateline
  without a bracketed agency is taken only in the lede, the first paragraph of the body
  (``storyline.extract.dateline`` holds the shapes and their guards), or, in capitals ("NORPORT –"), in one of
  the first paragraphs of a report whose lede has none (a standfirst or two may stand above it);
- the label opening a paragraph of a live blog or an explainer, up to and including its colon ("Acquittal
  denied:", "Sentencing date:", "Trump’s reaction:"), kind ``label``: one to four words, a colon, then a
  capitalised word (not a quotation mark). Only the label is furniture, and only when the report has two
  such lines or more: a single "Trump said: ..." or a headline's "Poll: ..." has the same shape. A label that
  names a person ("Ruiz: We will win."), says who speaks ("Trump said:", "Q:", an interview's "BENENSON:", a
  label that recurs), or reads as a clause ("It is painstaking work:") is none; an explainer's stock label that
  opens on a question word ("Why it matters:", "What's next:") is one, whatever its words.

What it does NOT do: it does not remove anything (offsets stay those of the original text; later stages
skip text inside furniture), it does not look at HTML structure (ingest has done that), and it does not
judge a caption's content: a caption still names the people of the story, so the entity stage keeps
names in captions and drops only those in credits, headings, bylines and boilerplate.

Method: line shape rules written for storyline (length, capitalisation, final punctuation, a credit line
of slash-separated names ending in an agency or "Getty Images"), checked on the seed reports' furniture.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from storyline.calendar_words import WEEKDAY_NAMES, month_openings, month_word, weekday_abbreviation_or_name
from storyline.extract import dateline
from storyline.extract.lines import paragraphs
from storyline.ingest import outlets
from storyline.model import Article, Furniture, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A credit: capitalised names joined by "/" ("PIERRE-PHILIPPE MARCOU/AFP/Getty Images"), or a
# "Photo:"/"Credit:"/"(Photo by ...)" tag. It ends the paragraph.
# A space may stand after the slash ("EFE/ Ana Ruiz", "Jim Roe / Reuters.").
_CREDIT_SLASHES = re.compile(r"(?:^|(?<=[.!?)\]”\"] ))([A-Z][\w.'’\- ]{1,60}(?:/ ?[A-Z][\w.'’&\- ]{1,40}){1,3})\s*$")
# a source's name alone in brackets right after a caption's last sentence, often with no space before it
# ("... the runway.( The Daily Ledger )", "... on Monday. (Harbour Post)"): one to five capitalised words
# (the names may be joined by slashes, as an agency and its labs are: "... in July. (Space Agency/Velm Lab/MRS)")
_CREDIT_BRACKETED = re.compile(
    r"(?<=[.!?”\"])\s*(\(\s*[A-Z][\w.'’&\-]*(?:(?:\s+|\s?/\s?)[A-Z][\w.'’&\-]*){0,4}\s*\))\s*$"
)
# an agency's photo credit in brackets closing a caption, the photographer after a slash and perhaps a file mark
# ("... on Tuesday, May 14, 2024. (HP Photo/Jane Roe, File)", "(Harbour Wire Photo/Jane Roe)", "(HP Photo, File)"):
# commas and the slash put it beyond ``_CREDIT_BRACKETED``
_CREDIT_AGENCY_PHOTO = re.compile(
    r"(?<=[.!?”\"])\s*(\((?:[A-Z][\w.&'’-]*\s+){1,4}(?:Photo|Photograph|Image|Picture|Video)s?"
    r"(?:\s*/\s*[A-Z][\w.'’ -]{1,60})?(?:,\s*(?:File|Pool|Handout))?\))\s*$"
)
# a file photo's caption opens on its mark, whatever closes it ("FILE - Signs for a Harbour Grill restaurant are
# shown in Velm, May 14, 2023.", "FILE PHOTO: ..."): no report's paragraph opens so
_FILE_CAPTION = re.compile(r"^FILE(?: PHOTO)?\s*[-–—:]\s+[A-Z0-9]")
_MAX_FILE_CAPTION_WORDS = 80
# a transcript's marker alone on its line, wholly in square brackets ("[Sound bite: Mara Quell (Norlandic-English)]",
# "[Applause]", "[Video]"): it tells the reader what the broadcast played, and says nothing of its own
_MARKER = re.compile(r"\[[^\[\]\n]{2,150}\]")
_MAX_MARKER_WORDS = 20
# the marker that names who speaks in the clip it announces: "[Sound bite: Mara Quell (Norlandic-English)]", the
# language of the clip in brackets after the name; the name is group 1 (the quote stage reads it too)
BITE_MARKER = re.compile(
    r"\[\s*(?i:sound[ -]?bites?|sot|clip|audio|video|voice|interview|speech)\s*:\s*"
    r"(?P<who>[A-Z][^()\[\]\n:]{1,80}?)\s*(?:\([^()\[\]\n]{1,60}\))?\s*\]"
)
# a caption pointing at its picture ("In this photo released by the Coast Guard, divers ...", "This handout image
# shows ..."): a report's own text speaks of "a photo posted online", never of "this photo"
_THIS_PICTURE = re.compile(
    r"^(?:In (?:this|these)|(?:This|These))\s+(?:(?:undated|aerial|handout|file|drone|satellite|video|"
    r"released|provided|recent)\s+)*(?:photo(?:graph)?|image|picture|(?:video |frame |screen ?)grab|still)s?\b"
    r"(?:,\s+|\s+(?:released|provided|taken|made|obtained|posted|shared|issued|distributed|shows?|showing)\b)"
)
# a wire's name after a pipe closing a caption ("... on Friday. | REUTERS"), and a line of wire names alone
# ("AFP-JIJI", "AP/REUTERS"): a picture's or a copy's credit
_CREDIT_PIPED = re.compile(r"(?<=[.!?”\"])\s*(\|\s*[A-Z][A-Za-z.&'’ /-]{1,40})\s*$")
# a known outlet's name after a dash closing a caption ("... after the quake. — AFP"), or after a hyphen set apart
# by spaces as a dash ("... the chair said. - Guardian"): ``credit`` checks the name
_CREDIT_DASHED = re.compile(r"(?<=[.!?”\"])\s*((?:[—–]|(?<=\s)-(?=\s))\s*[A-Z][A-Za-z.&'’ /-]{1,40}?)\s*$")
_CREDIT_WIRES = re.compile(r"^\s*([A-Z]{2,10}(?:\s*[-/]\s*[A-Z]{2,10}){0,3})\s*$")
# a copyright sign opening the credit after a caption's last sentence ("... two poll workers. © Jane Roe / HARBOUR
# IMAGES / Velm Images via Harbour Wire"): what follows the sign names who owns the picture. A line that opens on it
# is the page's notice (``_BOILERPLATE``), not a caption's credit
_CREDIT_COPYRIGHT = re.compile(r"(?<=[.!?”\"] )(©[ \t]*[A-Z][^\n©]{1,120}?)\s*$")
# who released the picture, through a known agency, in brackets closing a caption ("... Friday, June 9, 2023.
# (Norland's Coast Guard Press Office via AP)"): ``credit`` checks the agency's name
_CREDIT_BRACKETED_VIA = re.compile(
    r"(?<=[.!?”\"])\s*(\((?:[A-Z][\w.'’&-]*\s+){1,6}?(?:via|for)\s+(?P<agency>[A-Z][\w.&'’ -]{1,40}?)\))\s*$"
)
_CREDIT_TAG = re.compile(
    r"(?:^|(?<=[.!?)\]”\"] ))(\(?(?:Photo|Photograph|Image|Picture|Credit|Photo credit|Source)s?"
    r"(?: by)?\s*[:\-–]?\s*[A-Z][^\n]{1,80}?\)?)\s*$"
)
# a bracketed list of labelled credits closing a caption, a video's and its picture's ("... to mourn the crew. (Video:
# Jane Roe, Tom Ash/Velm Gazette, Photo: Ana Ruiz/Velm Gazette)"): ``credit`` checks that names follow the label
_CREDIT_LABELLED = re.compile(
    r"(?<=[.!?”\"])\s*(\((?:Video|Photo|Photograph|Image|Picture|Graphic|Illustration)s?(?: by)?:\s*"
    r"[A-Z][^\n()]{1,200}\))\s*$"
)
# a credit glued to a caption's last word, its source in brackets after the label ("... in Velm, Norland
# Photograph:(Harbour Wire)"): the caption lost its full stop, the label and the brackets still mark the credit
_CREDIT_GLUED = re.compile(
    r"(?<=\S )((?:Photo|Photograph|Picture|Image|Video)s?[ \t]*:[ \t]*\([ \t]*[A-Z][\w.&'’ /-]{1,40}\))\s*$"
)
_CREDIT_TRAILER = re.compile(
    r"(?:^|(?<=[.!?)\]”\"] ))([A-Z][\w.'’\- ]{1,60}(?:for|via|/)\s*(?:Getty Images|AFP|Reuters|AP))\s*$"
)
# (a page may write "By:" or "by"; an outlet's name may hold a channel number: "By: Harbour 7")
_BYLINE = re.compile(r"^(?:By|BY|by|Written by|Reporting by):?\s+[A-Z][\w.'’\-]+"
                     r"(?:\s+(?:[A-Z][\w.'’\-]+|\d{1,3})){0,3}(?:\s*(?:,|and|&|\|)\s*[A-Z][\w.'’\- ]{1,40})*\s*$")
# a byline's person: two to four capitalised words ("Mara Quell", "J. Orin Tamsby"), "By" allowed before
_PERSON = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}"
_NAMES = rf"(?:By |BY )?{_PERSON}(?:(?:,| and| &) {_PERSON})*"
# a byline and its outlet on one line: "Mara Quell / Harbour Gazette", "Mara Quell | Harbour Gazette"
_BYLINE_OUTLET = re.compile(
    rf"(?P<names>{_NAMES})[ \t]*(?:/|\|)[ \t]*(?P<outlet>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){{0,4}})[ \t]*"
)
_BYLINE_NAMES = re.compile(rf"{_NAMES}[ \t]*")
# how far down a page a byline may stand (below a section name, the headline, a stamp)
_BYLINE_TOP_LINES = 6
_MONTH_NAME = month_word()
# a byline's day after "By" and the name, set apart by a bar, a dot, a dash, a comma or "on" ("| Oct 4, 2024", "on 4
# October 2024"), a weekday perhaps before it and the clock time of its posting perhaps after it
_SIGNED_DAY = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    rf"(?P<date>\d{{1,2}} (?:{_MONTH_NAME}),? \d{{4}}|(?:{_MONTH_NAME}) \d{{1,2}}, \d{{4}})"
    r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*(?i:[ap]\.?m\.?))?(?:[ \t]+[A-Z]{2,4})?)?"
)
_BYLINE_DAY = rf"(?:[ \t]*[|·•–—-][ \t]*|,?[ \t]+(?:on[ \t]+)?){_SIGNED_DAY}"
_BY = r"(?:(?:Posted|Published|Written) by|By|BY|by):?[ \t]+"
# a live blog's entry signed with its author and time ("Mara Quell 14 June 2023 09:01", "By Mara Quell June 14,
# 2023 9:01am"), and a page's byline with its day ("by Mara Quell | Oct 4, 2024"): the day of the entry or report.
# Without "By" the name and the day stand apart by a space or a bar only: "Harbour Fair, June 14, 2024" and "Velm
# City - Oct 4, 2024" are headings as well
_TIMED_BYLINE = re.compile(rf"{_BY}{_PERSON}{_BYLINE_DAY}[ \t]*")
_TIMED_NAME = re.compile(rf"{_PERSON}(?:[ \t]*[|·•][ \t]*|[ \t]+){_SIGNED_DAY}[ \t]*")
# a byline that names an outlet, not a reporter: "By: Harbour 7", "By Reuters", "By Velm Courier Staff", perhaps with
# its day ("By: Harbour 7 | Oct 4, 2024"); ``meta.byline_names_outlet`` tells the outlet's name from a person's
_BY_OUTLET = re.compile(
    rf"{_BY}(?P<outlet>[A-Z0-9][\w&'’.-]*(?: [A-Z0-9][\w&'’.-]*){{0,4}}?)"
    r"(?:[ \t]+(?:Staff(?: Reports?| Writers?)?|Reporters?|Newsroom|News Desk|Desk|Team|Wire Services?))?"
    rf"(?:{_BYLINE_DAY})?[ \t]*"
)
# the wire trailer: "(Reporting by Nils Arden; editing by Catrin Oduya)", anywhere in the text
_CREDIT_LINE = re.compile(
    r"^\(?(?:Reporting|Writing|Editing|Additional reporting|Compiled) by [A-Z][^\n]{1,150}?\)?$", re.IGNORECASE
)
_BOILERPLATE = re.compile(
    r"^(?:Read more|READ MORE|Read More|Related|RELATED|More:|Sign up|Subscribe|Click here|Follow us|Follow "
    r"\w+ on|Share this|Copyright|©|All rights reserved|Advertisement|ADVERTISEMENT|This story has been "
    r"updated|Want more|Listen to|Watch:|WATCH:|Download the|Get our|Newsletter|Story continues|"
    r"This (?:post|story|article|page) (?:will be|is being|has been|was|may be|could be) updated|"
    r"Here(?:'s|’s| is) (?:a guide to )?what we know|Here(?:'s|’s| is) what (?:to|you need to) know|"
    r"Editor(?:'s|’s|s)? [Nn]ote\b|"
    # a blog's comment form under the text, and a bare "Source" line over a credit that was not kept
    r"Leave a (?:Reply|Comment)|Your email address will not be published|Required fields are marked|Source\s*$|"
    # an author's sign-off asking the reader to follow them ("Please follow Jane Roe on X at @janeroe for ..."),
    # and a pointer to the page the text was taken from ("Read at www.harbourpost.com", "Read the full story on
    # harbourpost.com")
    r"(?:Please |You can )?[Ff]ollow [^.!?\n]{1,60}? on (?:X|Twitter|Facebook|Instagram|Threads|Bluesky|LinkedIn|"
    r"TikTok|YouTube|Mastodon)\b|"
    r"(?:Read|Continue reading)(?: (?:more|it|the (?:full|original|whole) (?:story|article|report)))? (?:at|on) "
    r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?\.?\s*$)",
)
# the arrows or bullet a page puts before a link's words (">> Read more trending news", "» Sign up")
_LINK_MARK = re.compile(r"^(?:>{1,3}|»|›|▶|►|→)\s*")
# a promotion of the site's other pages ("Watch more News on ChannelX", "Read the latest on the summit"): short
_PROMO = re.compile(r"^(?:Watch|Read|Listen to|See|Get) (?:more|the latest|all (?:the )?latest)\b[^.!?\n]{0,60}$")
# a newsletter sign-up put to the reader, however long its sales pitch runs ("Never miss a story — sign up for
# VELMWEEK's free daily newsletter to stay up-to-date on ..."): the request opens the line or follows a dash or a
# colon, as an imperative; a report that residents were urged to sign up tells a fact
_SIGN_UP = re.compile(r"(?:^|[—–:]\s*|\s-\s+)(?:[Ss]ign up|[Ss]ubscribe)\b[^.!?\n]{0,80}\b[Nn]ewsletters?\b")
_MAX_SIGN_UP_WORDS = 60
# a live blog inviting its reader to follow its coverage ("Follow Velm Gazette's live coverage of budget day below and
# join in the conversation in our comments section"): an imperative opening the line, with no sentence after it
_LIVE_INVITE = re.compile(
    r"(?:Follow|Keep up with|Stay with)\b[^.!?\n]{0,60}\blive (?:coverage|blog|updates|reporting)\b[^.!?\n]{0,120}[.!]?"
)
# a sentence pointing the reader to the page's player or to what stands above or below it ("Watch live coverage in
# the video player above.", "Stream the briefing below."): an imperative opening the sentence, the pointer closing
# it; it may be run into a paragraph of the report ("... at 8:31 p.m. Watch live coverage in the video player above.")
_POINTER = re.compile(
    r"(?:^|(?<=[.!?”\"] ))(?:Watch|Stream|View|Listen to|Listen)\b[^.!?\n]{0,80}?\b(?:(?:(?:video|audio|media) )?"
    r"player(?: (?:above|below))?|above|below)(?:[.!](?=\s|$)|[ \t]*$)"
)
# a note that the text (or a summary above it) was written by a machine: it names the machine's writing and
# speaks of the text itself ("..., which may have errors", "refer to the full article"); a report *about*
# AI-generated images names the one without the other
_MACHINE_WRITTEN = re.compile(
    r"(?i)\b(?:AI|A\.I\.|artificial intelligence|machine|automatically|computer)[- ]?"
    r"(?:generated|written|produced|translated|summari[sz](?:ed|ation))\b|"
    r"\b(?:generated|written|produced|translated|summari[sz]ed) (?:by|with|using) (?:an? )?(?:AI|A\.I\.|"
    r"artificial intelligence|machine|language model)\b"
)
_SELF_NOTE = re.compile(
    r"(?i)\bmay (?:have|contain|include) (?:errors|mistakes|inaccuracies)\b|"
    r"\b(?:refer|go) (?:back )?to the (?:full|original) (?:article|story|text|report)\b|"
    r"^This (?:summary|article|text|story|content|translation) (?:is|was|has been)\b"
)
# a page's time stamp alone on its line, perhaps two of them ("Published: May 2, 2024 at 4:37 AM CST|Updated:
# 35 minutes ago"): once the stamp words, month and day names, clock words, zones and figures are gone, nothing
# is left; it holds a figure or an "ago"
_STAMP_VOCABULARY = re.compile(
    r"(?i:\b(?:first |last )?(?:published|posted|updated|modified|date|on|at|ago|just|now|and)\b|"
    r"\b" + weekday_abbreviation_or_name(lower=True) + r"\b|"
    r"\b" + month_openings(lower=True) + r"[a-z]*\b|(?<![a-z])[ap]\.?m\b\.?|"
    r"\b(?:a |an |\d+ )?(?:sec|second|min|minute|hr|hour|day|week)s?\b)|(?<![A-Za-z])[A-Z]{2,4}(?![A-Za-z])|[\W\d_]+"
)
_STAMP_START = re.compile(r"(?i)^(?:first |last )?(?:published|posted|updated|modified)\b")
# a sub-heading put as a question ("What do we know about the debris field?", "So, when will he be
# sentenced?"): one short question alone, perhaps after a conjunction; no quotation marks and no comma in it
# ("Why did he turn back, she asked, when ...?" is a sentence)
_QUESTION_WORDS = r"What|Who|Why|How|When|Where|Which|Is|Are|Was|Were|Can|Could|Will|Would|Did|Does|Do|Has|Have"
_QUESTION_HEADING = re.compile(
    rf"^(?:(?:So|And|But|Now|Then|Yet|Or|Well),?\s+(?i:{_QUESTION_WORDS})|(?:{_QUESTION_WORDS}))\b"
    r"[^\n\"“”.,;!?]{3,70}\?$"
)
# an embedded post's signature: "— Ukrainska Pravda (@ukrpravda_news) August 23, 2023"
_EMBED_SIGNATURE = re.compile(r"^[—–-]\s*[^\n]{1,80}\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$")
# the same signature glued to the end of the post's text, as a page's text often keeps it
_EMBED_SIGNED = re.compile(r"[—–]\s*[^\n—–]{1,80}\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$")
# a post's text ends on its link; a report's own sentence never does
_EMBED_LINK = re.compile(r"(?:pic\.twitter\.com|https?://t\.co)/\w+\s*$")
_NEWSLETTER = re.compile(r"\bnewsletter\b|\bsign up\b|\bsubscribe\b", re.IGNORECASE)
# a label opening a paragraph: 1-4 words (the first capitalised), a colon, then a capitalised word
_LABEL = re.compile(r"([A-Z][\w.’'&\-]*(?: [\w.’'&\-]+){0,3}):[ \t]+(?=[A-Z0-9])")
# words that make a label a speaker's ("Trump said:", "As he put it:") or a clause ("It is painstaking
# work:", "Now we know:") rather than a topic
_LABEL_SPEECH = re.compile(
    r"\b(?:says?|said|tells?|told|adds?|added|asks?|asked|writes?|wrote|tweet(?:s|ed)?|posted|stated?|states|"
    r"declared?|announced?|explained?|warned?|insist(?:s|ed)?|noted?|argued?|repl(?:y|ies|ied)|respond(?:s|ed)?|"
    r"according|put it|here|there|quoted?|recalled?|continued?|i|we|you|he|she|it|they|is|are|was|were|am)\b",
    re.IGNORECASE,
)
# an explainer's stock label opening on a question word names a topic, though it holds a pronoun or a verb
# ("Why it matters:", "What's next:", "How it works:")
_TOPIC_LABEL = re.compile(r"(?:Why|What|How|Where|When)(?:['’]s)?\b(?! (?:\w+ )?(?:said|says|told|asked)\b)")
# a first-person opening after the colon is a speaker's turn ("Ruiz: We will win.")
_FIRST_PERSON = re.compile(r"(?:I|We|My|Our|Us|I[’']\w+|We[’']\w+)\b")
_MIN_LABELS = 2
_FINAL_PUNCT = ".!?:;,\"”’)…—–-"
_MAX_HEADING_WORDS = 10
# a reporter's past-tense attribution: a lede's ("..., police said"), never a headline's ("..., police say")
_REPORTED = re.compile(r"\b(?:said|told|reported|announced)\b")
# a headline, the first line below the page's furniture, runs longer than a section heading (a wire's title may
# run to 21 words: "Venn Is Freed in Prisoner Swap for ... in Deal Brokered by ...")
_MAX_TITLE_WORDS = 24
# how far down a page a given or inferred title's line may stand (below a section name, a stamp, a byline)
_TITLE_TOP_LINES = 5
# a headline's topic before its colon is a name or a few words ("Orla Venn:", "Prisoner exchange between A and B:")
_MAX_LABEL_WORDS = 8
# title case: most words of four letters or more capitalised ("Venn Is Freed in Swap for Smuggler ..."), small
# words ("in", "for", "by") aside
_LONG_WORD = re.compile(r"[A-Za-z][A-Za-z'’]{3,}")
_TITLE_MIN_WORDS = 4
_TITLE_SHARE = 0.8
# a short capitalised phrase in quotation marks alone on its line, with no sentence's end inside
_QUOTED_HEADING = re.compile(r"([\"“‘'])[A-Z][^\n.!?,;:\"“”‘’]{0,60}(?<!\s)[\"”’']")
# a headline closing on a quoted phrase after its own words, the phrase with no sentence's end of its own:
# "Attorneys Talk About Harbour Case: “The Truth Matters, Lies Have Consequences”"
_CLOSING_QUOTED_PHRASE = re.compile(
    r"(?<=[\s:])(?:“[A-Z][^\n“”\"]*[^\s.!?,;:…—–“”\"]”|\"[A-Z][^\n“”\"]*[^\s.!?,;:…—–“”\"]\"|‘[A-Z][^\n‘’]*[^\s.!?,;:…—–‘’]’)$"
)

# the close of a page's first line that a headline may have and a lede's sentence has not: a quoted phrase after
# the headline's own words, in any quotation marks and case ("... slams harbour fees: ‘port made $9M in profits’"),
# and a cut headline's run of dots ("... says 'it is absurd to claim'....", "... backs Venn....")
_HEADLINE_DOTS = re.compile(r"(?:\.{3,}|…)$")
_HEADLINE_QUOTED_CLOSE = re.compile(
    r"(?<=[\s:])(?:“[^\n“”\"]*[^\s.!?,;:…—–“”\"]”|\"[^\n“”\"]*[^\s.!?,;:…—–“”\"]\"|‘[^\n‘“”]*[^\s.!?,;:…—–‘’]’|"
    r"'[^\n'\"“”]*[^\s.!?,;:…—–'’]')$"
)
_MAX_TITLE_CHARS = 150


def headline_close(line: str) -> bool:
    """Whether ``line`` closes as only a headline does, on a quoted phrase after its own words or on a cut
    headline's dots ("Harbour union slams fees: ‘port made $9M in profits’", "Kestow backs Venn, says 'it is
    absurd to claim'...."), its own words before that not ending a sentence. The phrase has no sentence's end
    of its own, as a sentence quoting one would ("... he said: “No.”")."""
    line = line.strip()
    core = _HEADLINE_DOTS.sub("", line).rstrip()
    quoted = _HEADLINE_QUOTED_CLOSE.search(core)
    if quoted is None and core == line:
        return False
    own = core[: quoted.start()].rstrip() if quoted is not None else core
    return bool(own) and own[-1] not in ".!?;\"”’)…—–-"


def _closing_headline(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether a page's first line is its headline by its close (``headline_close``): a blank line after it, a
    headline's length, no dateline and no reporter's "said" (a lede that lost its full stop: "Venn said the plan
    was ‘dead’"), and a paragraph below that starts afresh rather than going on with the line's sentence."""
    if len(lines) < 2:
        return False
    (start, end), (n_start, _) = lines[0], lines[1]
    line = text[start:end]
    if text.count("\n", end, n_start) < 2 or len(line) > _MAX_TITLE_CHARS or len(line.split()) > _MAX_TITLE_WORDS:
        return False
    if dateline.find(text, start, end, in_lede=True) is not None or _REPORTED.search(line):
        return False
    first = text[n_start]
    return headline_close(line) and (first.isupper() or first.isdigit() or first in "\"“‘'")


# a subheading opening on a quoted phrase of the text below and naming where or whom it is about, in the short
# words and capitalised names of a title ("'Wide damage' in Port Alder", "“Not again” for Velm"): no verb, no
# closing punctuation
_QUOTED_LEAD = re.compile(r"([\"“‘'])[A-Z][^\n.!?,;:\"“”‘’]{0,60}(?<!\s)[\"”’']")
_HEADING_SMALL_WORDS = frozenset(
    "in at on for from of to near over across after before as and vs vs. versus with the a an".split()  # noqa: SIM905
)
_MAX_QUOTED_LEAD_TAIL = 6


def _quoted_lead_heading(line: str) -> bool:
    """Whether ``line`` is a quoted phrase and then a place or a name (``_QUOTED_LEAD``): after the phrase, one to
    six words, each a small word ("in", "for", "the") or a capitalised one or a figure, one capitalised at least.
    A short sentence opening on a quote has a verb in lower case after it ("'Help' arrived in Port Alder") or
    ends on its full stop."""
    m = _QUOTED_LEAD.match(line)
    if m is None or line[-1] in _FINAL_PUNCT:
        return False
    tail = line[m.end() :].split()
    return (
        0 < len(tail) <= _MAX_QUOTED_LEAD_TAIL
        and all(w in _HEADING_SMALL_WORDS or w[:1].isupper() or w[:1].isdigit() for w in tail)
        and any(w[:1].isupper() for w in tail)
    )


def _is_heading(line: str, has_before: bool, has_after: bool, max_words: int = _MAX_HEADING_WORDS) -> bool:
    """A short capitalised line with no closing punctuation, with text after it (a title has none before)."""
    words = line.split()
    if not words or len(words) > max_words or not has_after:
        return False
    if has_before and (_QUOTED_HEADING.fullmatch(line) or _quoted_lead_heading(line)):
        return True  # "'Extensive screening'": a subheading that quotes a phrase of the text below
    if (line[-1] in _FINAL_PUNCT and not _CLOSING_QUOTED_PHRASE.search(line)) or line[0] in "\"“‘'(-–—•*":
        return False
    if not line[0].isupper() and not line[0].isdigit():
        return False
    # a lone name or word in the middle of the text is as likely a dateline; keep 2+ words mid-text
    return has_before is False or len(words) >= 2


# a blog's sub-heading closed by a full stop, alone between paragraphs ("The Verdict.", "Harbour Grill Responds (sort
# of)."): two to six words outside brackets, each capitalised or a heading's small word; a short sentence of the
# report has a word in lower case ("Nobody was hurt.", "Ruiz resigned on Monday.")
_DOTTED_HEADING = re.compile(r"[A-Z][^\n.!?:;,\"“”‘’]{2,60}[^\s.]\.")
_MAX_DOTTED_HEADING_WORDS = 6


def _dotted_heading(line: str) -> bool:
    """Whether ``line`` is a sub-heading closed by a full stop (``_DOTTED_HEADING``), its words in title case."""
    if not _DOTTED_HEADING.fullmatch(line):
        return False
    words = re.sub(r"\([^()]*\)", " ", line.removesuffix(".")).split()
    return (
        2 <= len(words) <= _MAX_DOTTED_HEADING_WORDS
        and all(w[:1].isupper() or w in _HEADING_SMALL_WORDS for w in words)
        and sum(w[:1].isupper() for w in words) >= 2
    )


# a sub-heading run into its paragraph ahead of the sentence that says it again ("Major setback for the port. The
# ruling is a major setback for the port ..."): a few words, capitalised first, closed by a full stop, no quotation
_RUN_IN_HEADING = re.compile(r"([A-Z][^\n.!?:;,\"“”‘’()]{2,50}[^\s.A-Z]\.)[ \t]+(?=[A-Z])")
_MAX_RUN_IN_WORDS = 6
_MIN_RUN_IN_WORDS = 2
# a blogger's question put as a heading in front of its answer ("What does this mean for anglers? Probably ...")
_RUN_IN_QUESTION = re.compile(
    rf"((?:(?:So|And|But|Now|Then|Yet|Or|Well),?\s+(?i:{_QUESTION_WORDS})|(?:{_QUESTION_WORDS}))\b"
    r"[^\n\"“”‘’.,;!?]{3,70}\?)[ \t]+(?=[A-Z])"
)
_CONTENT_WORD = re.compile(r"[A-Za-z][a-z'’-]{2,}")
_RUN_IN_STOP = frozenset("the and for with from into over its their his her this that".split())  # noqa: SIM905


def _run_in_heading(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The sub-heading opening the paragraph ``text[start:end]``, as (start, end), or None: a short question in
    front of its answer (``_RUN_IN_QUESTION``), or a few words closed by a full stop whose every word the
    paragraph's next sentence says again (``_RUN_IN_HEADING``: "Major setback for the port. The ruling is a
    major setback for the port ..."). A short sentence of the report's own is not said again word for word right
    after it ("Nobody was hurt. The ferry was towed ..."); were one, the paragraph loses nothing. Never inside a
    quotation that runs on from the paragraphs above."""
    if _open_quotation(text, start):
        return None
    asked = _RUN_IN_QUESTION.match(text, start, end)
    if asked is not None:
        return start, asked.end(1)
    m = _RUN_IN_HEADING.match(text, start, end)
    if m is None or not _MIN_RUN_IN_WORDS <= len(m.group(1).split()) <= _MAX_RUN_IN_WORDS:
        return None
    words = {w.lower() for w in _CONTENT_WORD.findall(m.group(1))} - _RUN_IN_STOP
    after = m.end()
    stop = _SENTENCE_END.search(text, after, end)
    said = {w.lower() for w in _CONTENT_WORD.findall(text[after : stop.start() + 1 if stop else end])}
    if len(words) < _MIN_RUN_IN_WORDS or not words <= said:
        return None
    return start, m.end(1)


# a sub-heading between paragraphs that sums up the one below it in a sentence of its own with no full stop
# ("Officials say they're working "around the clock" on the search" over "Officials promised to work "around the
# clock" ..."): longer than a bare heading, it must say the paragraph below again
_MAX_SUMMING_HEADING_WORDS = 16
_MIN_SAID_AGAIN = 3
_SAID_AGAIN_SHARE = 0.5
_SUMMING_STOP = _RUN_IN_STOP | {
    "they", "they're", "they’re", "are", "was", "were", "has", "have", "had", "say", "says", "said", "will", "would",
    "not",
}


def _said_again_below(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether line ``i`` is a sub-heading summing up the paragraph below it: up to 16 words, not closed as a
    sentence, between two paragraphs that are (running text on both sides, not a standfirst under the title),
    and at least half of its words, three or more, said again in the paragraph below (a word's first five
    letters: "working" is "work" again). A report's own sentence that lost its full stop seldom repeats the next
    paragraph."""
    start, end = lines[i]
    line = text[start:end].strip()
    if not line or len(line.split()) > _MAX_SUMMING_HEADING_WORDS or _SENTENCE_CLOSE.search(line):
        return False
    if line[0] in "\"“‘'(-–—•*" or not line[0].isupper() or line.endswith((":", ";", ",")):
        return False
    above, below = (text[s:e].strip() for s, e in (lines[i - 1], lines[i + 1]))
    if not (_SENTENCE_CLOSE.search(above) and _SENTENCE_CLOSE.search(below)):
        return False
    words = {w.lower()[:5] for w in _CONTENT_WORD.findall(line) if w.lower() not in _SUMMING_STOP}
    said = {w.lower()[:5] for w in _CONTENT_WORD.findall(below)}
    shared = len(words & said)
    return shared >= _MIN_SAID_AGAIN and shared >= _SAID_AGAIN_SHARE * len(words)


def _over_caption(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether line ``i`` is a heading or a related story's link standing over a picture's caption: up to 16 words,
    opening on a capital or a figure ("12 passengers hurt in the ferry crash range in age from 8 to 70"), not closed
    as a sentence, after a paragraph that is, and right above a caption with its credit ("... on Tuesday. (Jane
    Roe/Harbour Wire)"). The report's own sentence keeps its full stop over a picture as anywhere else."""
    start, end = lines[i]
    line = text[start:end].strip()
    if not line or len(line.split()) > _MAX_SUMMING_HEADING_WORDS or _SENTENCE_CLOSE.search(line):
        return False
    if not (line[0].isupper() or line[0].isdigit()) or line.endswith((":", ";", ",")) or _QUOTE_MARKS.search(line):
        return False
    above, below = (text[s:e].strip() for s, e in (lines[i - 1], lines[i + 1]))
    closing = credit(below)
    return bool(_SENTENCE_CLOSE.search(above)) and closing is not None and closing.start(1) > 0


def _open_quotation(text: str, at: int) -> bool:
    """Whether a curly quotation opened before ``at`` is still open there (a quote running over paragraphs)."""
    return text.count("“", 0, at) > text.count("”", 0, at)


# a statement's signature line under it: a dash, the signer's name and perhaps their title ("– Mara Quell, President,
# Harbour Affairs"); an embedded post's signature ("— Name (@handle) June 3, 2024") is taken before
_SIGNATURE = re.compile(
    r"[–—-][ \t]*(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2} [A-Z][\w'’-]+)"
    r"(?:,[ \t]*[A-Z][^\n.!?;:\"“”()@]{1,80})?\.?[ \t]*"
)


def signer(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the signer's name stands in the signature line ``text[start:end]`` (``_SIGNATURE``), or None: a
    person's name, not an outlet's ("– Associated Press" signs the copy). The speaker of the statement above the
    line is this person."""
    m = _SIGNATURE.fullmatch(text, start, end)
    if m is None or outlets.canonical(m.group("name")) is not None:
        return None
    return m.start("name"), m.end("name")


def bite_speaker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the speaker's name stands in the transcript marker ``text[start:end]`` that announces a clip ("[Sound
    bite: Mara Quell (Norlandic-English)]": "Mara Quell"), or None. The marker is furniture (``marker``), no fact;
    the clip below it, a quotation with no attribution of its own, is this person's."""
    m = BITE_MARKER.fullmatch(text, start, end)
    if m is None:
        return None
    return m.start("who"), m.end("who")


def _is_signature(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether line ``i`` signs the statement above it: a signature's shape (``signer``) right under a paragraph
    closing a quotation."""
    if i == 0 or signer(text, *lines[i]) is None:
        return False
    above = text[lines[i - 1][0] : lines[i - 1][1]].rstrip()
    return above.endswith(("”", '"', "’", "”.", '".'))


def _is_stamp(line: str) -> bool:
    """A page's time stamp alone on its line: stamp words, dates, clock times and zones, nothing else."""
    if len(line) > 120 or not (any(ch.isdigit() for ch in line) or re.search(r"(?i)\bago\b", line)):
        return False
    starts = _STAMP_START.match(line) or line[:1].isdigit() or re.match(r"(?i)(?:mon|tue|wed|thu|fri|sat|sun)", line)
    return bool(starts) and not any(ch.isalpha() for ch in _STAMP_VOCABULARY.sub(" ", line))


# a box of advice to the reader set into the page ("What to do if you are hit by a data breach: ... Call the bank.
# Report the theft to the police."): a label on what the reader should do, a colon, then sentences put to "you"
_ADVICE_LABEL = re.compile(
    r"(?:What (?:to do|you (?:can|should|need to) do)|How to (?:protect|keep|avoid|spot|check|report|stay|guard|"
    r"secure|freeze|tell))\b[^:.!?\n]{0,80}?[ \t]?:[ \t]"
)
_YOU = re.compile(r"(?i)\byou(?:r|rs|rself)?\b")
_MIN_YOU = 2


def _advice_sidebar(line: str) -> bool:
    """Whether ``line`` is a box of advice to the reader (``_ADVICE_LABEL``) rather than the report's text: after
    its label, it speaks to the reader ("you", "your") twice or more. A report's own "What to do next: the
    council ..." speaks of others."""
    m = _ADVICE_LABEL.match(line)
    return m is not None and len(_YOU.findall(line, m.end())) >= _MIN_YOU


def _is_disclaimer(line: str) -> bool:
    """A note that the text above or below was written or summarised by a machine."""
    return len(line.split()) <= 40 and bool(_MACHINE_WRITTEN.search(line)) and bool(_SELF_NOTE.search(line))


def line_kind(line: str) -> str | None:
    """The furniture kind a line is by its own shape, whatever stands around it, or None.

    Covers the kinds that need no context: a credit or a caption ending in one, boilerplate, a promotion, a
    machine-writing disclaimer, a time stamp and an embedded post. Headings, bylines, datelines and labels
    depend on where the line stands and are left to ``find_furniture``. Used by ``infer_title`` to pass over
    the furniture above a headline.
    """
    line = line.strip()
    closing = credit(line)
    if closing is not None:
        return "caption" if closing.start(1) > 0 else "credit"
    if (_FILE_CAPTION.match(line) or _THIS_PICTURE.match(line)) and len(line.split()) <= _MAX_FILE_CAPTION_WORDS:
        return "caption"
    bare = _LINK_MARK.sub("", line)
    if (
        _BOILERPLATE.match(bare)
        or _PROMO.match(bare)
        or _LIVE_INVITE.fullmatch(bare)
        or _advice_sidebar(line)
        or _is_disclaimer(line)
        or (len(line.split()) <= 14 and _NEWSLETTER.search(line))
        or (len(line.split()) <= _MAX_SIGN_UP_WORDS and _SIGN_UP.search(line))
    ):
        return "boilerplate"
    if _is_stamp(line):
        return "stamp"
    if _MARKER.fullmatch(line) and len(line.split()) <= _MAX_MARKER_WORDS:
        return "marker"
    if _EMBED_LINK.search(line) or _EMBED_SIGNED.search(line):
        return "embed"
    return None


def credit(line: str) -> re.Match[str] | None:
    """The credit line closing ``line`` (group 1), or None: slash-joined names, a "Photo:" tag, a name in
    brackets or after a pipe, a known outlet after a dash ("— AFP"), a copyright sign after the caption's last
    sentence ("... © Jane Roe / Velm Images"), who released the picture through a known agency in brackets ("(Coast
    Guard Press Office via AP)"), or a line of wire names alone."""
    labelled = _CREDIT_LABELLED.search(line)
    if labelled is not None and _names(labelled.group(1)):
        return labelled
    glued = _CREDIT_GLUED.search(line)
    if glued is not None:
        return glued
    for pattern in (_CREDIT_SLASHES, _CREDIT_TRAILER, _CREDIT_TAG, _CREDIT_BRACKETED, _CREDIT_AGENCY_PHOTO,
                    _CREDIT_PIPED):
        m = pattern.search(line)
        if m and (pattern is not _CREDIT_TAG or (m.group(1).split()[0].strip("(").istitle() and _names(m.group(1)))):
            return m
    m = _CREDIT_DASHED.search(line)
    if m is not None and outlets.canonical(m.group(1).strip("—–- ")) is not None:
        return m
    m = _CREDIT_COPYRIGHT.search(line)
    if m is not None:
        return m
    m = _CREDIT_BRACKETED_VIA.search(line)
    if m is not None and outlets.canonical(m.group("agency")) is not None:
        return m
    return wire_credit(line)


def closing_outlet(text: str, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the known outlet after a dash closing the text's last paragraph ("... the chair said. -
    Guardian", "... after the quake. — AFP"), or None. The outlet signs the whole text (``find_furniture`` takes
    the credit as a byline): the text is its copy, run by whoever carries it. Any name of the outlet table counts,
    a short one that is a word as well ("Guardian") too: nothing but an outlet stands so after the last sentence."""
    if not lines:
        return None
    start, end = lines[-1]
    m = credit(text[start:end])
    if m is None or m.re is not _CREDIT_DASHED or m.start(1) == 0:
        return None
    name = m.group(1).lstrip("—–- ").rstrip(" .")
    at = start + m.start(1) + m.group(1).index(name)
    return at, at + len(name)


# the small words a credit's names may hold: "Getty Images via AFP", "Jane Roe for The Ledger", "File photo"
_CREDIT_SMALL_WORDS = frozenset(
    "by via for of and the courtesy file handout staff photo photos image images".split()  # noqa: SIM905
)
_MAX_CREDIT_COMMON_WORDS = 1


def _names(tagged: str) -> bool:
    """What a "Photo:" tag introduces names a source ("Photos: Getty Images/Jane Roe"), as a headline opening with
    the same word does not ("Photos: Workers trapped inside the tunnel rescued")."""
    common = [w for w in re.findall(r"[A-Za-z][\w'’-]*", tagged) if w.islower() and w not in _CREDIT_SMALL_WORDS]
    return len(common) <= _MAX_CREDIT_COMMON_WORDS


def wire_credit(line: str) -> re.Match[str] | None:
    """A line of known wire names alone ("AFP-JIJI", "AP/REUTERS"), or None."""
    m = _CREDIT_WIRES.match(line)
    if m is None or not all(outlets.canonical(part) for part in re.split(r"\s*[-/]\s*", m.group(1))):
        return None
    return m


def timed_byline(line: str) -> re.Match[str] | None:
    """A live blog's byline with the day and time of its entry alone on a line ("Mara Quell 14 June 2023 09:01"),
    or a page's byline with its day ("by Mara Quell | Oct 4, 2024", "By: Harbour 7 | Oct 4, 2024"), or None; group
    ``date`` is the day. The line signs the entry below it: its name is no one the report quotes, and its day is
    the report's."""
    line = line.strip()
    found = _TIMED_BYLINE.fullmatch(line) or _TIMED_NAME.fullmatch(line)
    if found is None:
        found = _BY_OUTLET.fullmatch(line)
        if found is None or found.group("date") is None:
            return None
        from storyline.ingest.meta import byline_names_outlet  # meta reads this module's lines; imported when used

        if not byline_names_outlet(found.group("outlet")):
            return None
    return found


# "By" and the reporters' names, then the outlet after a comma or a space: "By Mara Quell, Harbour Gazette", "By
# MARA QUELL and OLEK VARN Associated Press"
_BY_NAMES = re.compile(r"(?:By|BY|by):?[ \t]+(?P<body>[A-Z][^\n|/()]{2,120}?)[ \t]*")
_MAX_CLOSING_OUTLET_WORDS = 5


def _closing_outlet(line: str) -> tuple[int, int] | None:
    """Where the outlet closing a byline stands in ``line``, or None: after the last comma a name no person bears
    (``meta.byline_names_outlet``: "By Mara Quell, Harbour Gazette", not "..., Chief Reporter" or "..., Olek
    Varn"); with no comma, a known outlet's name after a person's ("By MARA QUELL Associated Press"), since only
    the table tells where the names end."""
    from storyline.ingest.meta import byline_names_outlet  # meta reads this module's lines; imported when used

    m = _BY_NAMES.fullmatch(line)
    if m is None:
        return None
    body, at = m.group("body"), m.start("body")
    names, comma, tail = body.rpartition(",")
    if comma:
        outlet = tail.strip()
        if _reporters(names) and outlet and byline_names_outlet(outlet):
            first = at + len(names) + 1 + tail.index(outlet)
            return first, first + len(outlet)
        return None
    words = body.split()
    for k in range(min(_MAX_CLOSING_OUTLET_WORDS, len(words) - 2), 0, -1):
        outlet = " ".join(words[-k:])
        if _reporters(" ".join(words[:-k])) and outlets.canonical(outlet) is not None \
                and outlet.lower() not in outlets.AMBIGUOUS_LOWER:
            first = at + body.rindex(outlet)
            return first, first + len(outlet)
    return None


def _reporters(names: str) -> bool:
    """Whether ``names`` reads as a byline's reporters: two capitalised words at least, joined by "and", "&" or
    commas ("Mara Quell", "MARA QUELL and OLEK VARN"), not a clause ("Friday", "late on Friday")."""
    words = [w for w in re.split(r"[\s,]+", names) if w]
    named = [w for w in words if w not in ("and", "&")]
    return len(named) >= 2 and all(w[:1].isupper() for w in named)


def byline_outlet(text: str, lines: list[tuple[int, int]]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The byline near the top of a page that names its outlet, as (the byline's span, the outlet's span), or None:
    a person's name and the outlet on one line ("Mara Quell / Harbour Gazette") or the outlet alone on the line
    right below the name ("Mara Quell" over "HARBOUR GAZETTE"). Only a known outlet or a name that ends like
    an outlet's (``meta.outlet_shaped``): a reporter's name over "Photo: Reuters" or over a section name is none.
    A byline may name the outlet alone, its staff writing as one ("By: Harbour 7", "By Reuters", "By Velm Courier
    Staff"), where the name cannot be a person's (``meta.byline_names_outlet``): "By Mara Quell" names a reporter;
    or close the reporters' names (``_closing_outlet``: "By Mara Quell, Harbour Gazette")."""
    from storyline.ingest.meta import byline_names_outlet, outlet_shaped  # meta reads this module's lines

    top = lines[:_BYLINE_TOP_LINES]
    for n, (start, end) in enumerate(top):
        line = text[start:end]
        alone = _BY_OUTLET.fullmatch(line)
        if alone is not None and byline_names_outlet(alone.group("outlet")):
            return (start, end), (start + alone.start("outlet"), start + alone.end("outlet"))
        one = _BYLINE_OUTLET.fullmatch(line)
        if one is not None and outlet_shaped(one.group("outlet")) and not outlet_shaped(one.group("names")):
            return (start, end), (start + one.start("outlet"), start + one.end("outlet"))
        closing = _closing_outlet(line)
        if closing is not None:
            return (start, end), (start + closing[0], start + closing[1])
        if n + 1 >= len(top) or not _BYLINE_NAMES.fullmatch(line) or outlet_shaped(line):
            continue
        below_start, below_end = top[n + 1]
        below = text[below_start:below_end].strip()
        if outlet_shaped(below):
            at = text.index(below, below_start)
            return (start, below_end), (at, at + len(below))
    return None


def find_furniture(article: Article, doc: Doc | None = None) -> tuple[Furniture, ...]:
    """Captions, credits, headings, bylines and boilerplate of one article, in text order.

    ``doc`` is accepted for the stage signature; the rules only need the text's lines.
    """
    text = article.text
    lines = paragraphs(text)
    found: list[Furniture] = []

    def add(start: int, end: int, kind: str) -> None:
        found.append(Furniture(span=Span(article=article.id, start=start, end=end), kind=kind))

    embedded = _embedded(text, lines)
    bylined = byline_outlet(text, lines)
    signed = dateline.sign_off(text, lines) or dateline.closing_tag(text, lines)
    titled = _title_lines(article, lines)
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if i in embedded:
            add(start, end, "embed")
            continue
        if signed is not None and start <= signed.start < end:
            # a wire's name alone on the last line, or in brackets after its sentence, signs the text: a byline
            # (below), not a credit, and the sentence before a closing tag stays the report's ("... event. (ILKHA)")
            continue
        closing = credit(line)
        if closing is not None and closing.re is _CREDIT_DASHED and i == len(lines) - 1 and closing.start(1) > 0:
            # "... on Friday. — AFP" closing the last paragraph signs the text, as a sign-off line does
            add(start + closing.start(1), start + closing.end(1), "byline")
            continue
        if closing is not None:
            c_start = start + closing.start(1)
            if closing.start(1) > 0:
                add(start, end, "caption")
            add(c_start, start + closing.end(1), "credit")
            continue
        kind = line_kind(line)
        if kind is not None:
            add(start, end, kind)
            continue
        if _is_signature(text, lines, i):
            add(start, end, "signature")
            name = signer(text, start, end)
            if name is not None:
                add(*name, "signer")
            continue
        if (
            (i <= 2 and _BYLINE.match(line))
            or _CREDIT_LINE.match(line)
            or timed_byline(line)
            or (bylined is not None and bylined[0][0] <= start < bylined[0][1])
        ):
            add(start, end, "byline")
            continue
        # the first line below nothing but furniture (a section name, a caption) is where the headline stands, and
        # a headline may be long; a page's first line keeps the short rule (a long one there may be a lede's start)
        at_top = 0 < i <= len(found) and all(
            any(f.span.start == s and f.span.end >= e for f in found) for s, e in lines[:i])
        long_title = at_top or (i == 0 and _titles_the_page(text, lines))
        if _is_heading(line, has_before=i > 0 and not at_top, has_after=i + 1 < len(lines),
                       max_words=_MAX_TITLE_WORDS if long_title else _MAX_HEADING_WORDS) or (
            0 < i < len(lines) - 1
            and (_QUESTION_HEADING.match(line) or _dotted_heading(line) or _said_again_below(text, lines, i)
                 or _over_caption(text, lines, i))
        ) or (start, end) in titled or (i == 0 and _closing_headline(text, lines)):
            add(start, end, "heading")
        elif i > 0 and (run_in := _run_in_heading(text, start, end)) is not None:  # the paragraph goes on after it
            add(*run_in, "heading")
    if signed is not None and not any(f.span.start == signed.start for f in found):
        add(signed.start, signed.end, "byline")
    found.extend(_bare_captions(article, lines, found))
    found.extend(_datelines(article, lines, {f.span.start for f in found}, doc))
    found.extend(_labels(article, lines, {f.span.start for f in found}, doc))
    found.extend(_pointers(article, lines, found))
    found.extend(_lead_ins(article, lines, {f.span.start for f in found}))
    found.extend(_trailing_lines(article, lines, found))
    found.extend(_video_labels(article, lines, {f.span.start for f in found}))
    found.sort(key=lambda f: (f.span.start, -f.span.end))
    return tuple(found)


# a caption's shape: a short line of its own, no one quoted and no reporter's attribution in it
_MAX_CAPTION_WORDS = 40
# a credit alone on its line is a few names ("Jane Roe via Harbour Wire/Images")
_MAX_CREDIT_WORDS = 12
_QUOTE_MARKS = re.compile(r"[\"“”]")
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|tells|reported|reports|according to|asked|added)\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z“\"])")
# what only a caption says: where people stand in the picture ("(left)", "(pictured)"); a name or a run of names
# doing something in the present participle with no finite verb ("Jane Roe arriving for the summit in Velm.");
# a name or names alone with an age ("Ana Ruiz, 40.")
_IN_PICTURE = re.compile(r"\((?:left|right|centre|center|L|R|C|pictured|top|bottom|front|back|file)\)")
_SMALL = r"(?:of|the|and|de|von|van|al|bin)"
# (a run that ends on a possessive or a contraction is no subject: "Ana Ruiz’s getting ...")
_NAME_RUN = rf"(?![A-Za-z]+ly\s)[A-Z][\w.-]*(?:,?\s+(?:{_SMALL}\s+)*[A-Z][\w.-]*)*(?![\w'’])"
_PARTICIPLE_CAPTION = re.compile(
    rf"^{_NAME_RUN}\s+(?!(?:during|including|according|following|regarding|concerning|morning|evening|nothing|"
    r"something|everything|anything|building|king|thing|spring|ring|wing|sing|bring)\b)[a-z]+ing\s+"
    r"(?:for|at|in|on|to|with|from|into|outside|inside|during|after|before|as|near|the|a|an|his|her|their|its|up|"
    r"out|off|down|past|through|during)\b"
)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|"
                     r"[a-z]{2,}ed)\b")
_NAMES_ALONE = re.compile(rf"^{_NAME_RUN}(?:,\s+\d{{1,3}})?\.?$")
# a present-tense verb of the day the report tells of: "Artemis I launches Wednesday from ..." (a caption's tense;
# the report's own sentences put that day in the past: "launched Wednesday")
_PRESENT_DAY = re.compile(
    rf"^{_NAME_RUN}\s+(?!(?:is|was|has|says|does|goes|as|its|this|his|hers|us)\s)[a-z]{{3,}}(?:es|s)\s+"
    r"(?:on\s+)?(?:" + WEEKDAY_NAMES + r"|today)\b"
)
# a person introduced afresh, full name and who they are: "Filmmaker Jane Roe, a festival juror, ..."
_REINTRODUCED = re.compile(
    r"^(?:[A-Z][a-z]+\s+){0,3}?(?P<first>[A-Z][a-z]+)\s+(?P<last>[A-Z][\w'’-]+),\s+(?:a|an|the)\s+[^,]{3,60},\s+[a-z]"
)


# a caption's close on the full day its picture was taken ("... north-western Norland, on October 28, 2023.",
# "... in Velm, Tuesday, May 14, 2024."): a report's own sentence rarely ends on a date with its year
_PICTURE_DAY_CLOSE = re.compile(
    rf"(?:\bon\s+|,\s+)(?:(?:{WEEKDAY_NAMES}),?\s+)?(?:(?:{_MONTH_NAME})\.?\s+\d{{1,2}},?|\d{{1,2}}\s+(?:{_MONTH_NAME}))"
    r"\s+\d{4}\.$"
)


# a caption's close on where and when its picture was taken, a place in capitals before the day with its year ("...
# visits the scene in Velm, Norland, Sunday, Oct. 30, 2022.", "... upon landing at the base in Port Alder on June 10,
# 2023."): the caption's own order, who, what, where, when
_PLACE_DAY_CLOSE = re.compile(
    rf"\b(?:in|at|near|outside|inside|off)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:(?:,\s+|\s+(?:of\s+)?)[A-Z][\w.'’-]*)*,?\s+"
    rf"(?:on\s+)?(?:(?:{WEEKDAY_NAMES}),?\s+)?(?:(?:{_MONTH_NAME})\.?\s+\d{{1,2}},?|\d{{1,2}}\s+(?:{_MONTH_NAME}))"
    r"\s+\d{4}\.$"
)
# the present tense a caption tells its picture in: a name and its verb ("Jane Roe visits ...") or a passive ("One of
# the rescued sailors is carried ashore ..."); a report tells the day in the past, and a present passive of what is
# to come is "set", "due", "expected" or "scheduled" to happen
_CAPTION_PRESENT = re.compile(
    rf"^{_NAME_RUN}\s+(?!(?:is|was|has|says|does|goes|as|its|this|his|hers|us)\s)[a-z]{{3,}}(?:es|s)\s|"
    r"\b(?:is|are)\s+(?:being\s+)?(?!(?:set|due|expected|scheduled|slated|planned|poised|likely|about|going|able|"
    r"supposed|bound|needed|used|based)\b)[a-z]{3,}(?:ed|en|wn)\b(?!\s+to\b)"
)
# such a caption may run longer than a bare one: where and when make it one
_MAX_PRESENT_CAPTION_WORDS = 60


def _present_caption(line: str) -> bool:
    """Whether ``line`` tells a picture as a caption does: one sentence in the present tense (``_CAPTION_PRESENT``)
    closing on the place and the full day the picture was taken (``_PLACE_DAY_CLOSE``), with no quotation, no
    attribution and no future ("will"). A report's own sentence puts that day in the past ("visited the scene on
    Sunday"), and seldom writes the year of a day it tells of."""
    return (
        len(line.split()) <= _MAX_PRESENT_CAPTION_WORDS
        and _one_sentence(line)
        and not _QUOTE_MARKS.search(line)
        and not _ATTRIBUTION.search(line)
        and not re.search(r"\b(?:will|would|shall)\b", line)
        and _CAPTION_PRESENT.search(line) is not None
        and _PLACE_DAY_CLOSE.search(line) is not None
    )


def _caption_shaped(line: str) -> bool:
    """A short line with no quotation and no reporter's attribution: what a caption may be (a report's own
    paragraph most often quotes someone or says who said what)."""
    words = line.split()
    return (
        0 < len(words) <= _MAX_CAPTION_WORDS
        and not _QUOTE_MARKS.search(line)
        and not _ATTRIBUTION.search(line)
        and not line.endswith(("?", ":", ","))
    )


def _caption_cue(line: str) -> bool:
    """Whether ``line`` says what only a caption says (``_IN_PICTURE``, ``_PARTICIPLE_CAPTION`` with no finite verb
    after it, ``_NAMES_ALONE``)."""
    if _IN_PICTURE.search(line) or _NAMES_ALONE.match(line):
        return True
    m = _PARTICIPLE_CAPTION.match(line)
    return m is not None and not _FINITE.search(line, m.end())


def _one_sentence(line: str) -> bool:
    return _SENTENCE_END.search(line) is None


def _bare_captions(article: Article, lines: list[tuple[int, int]], found: list[Furniture]) -> list[Furniture]:
    """Captions that no credit closes: a paragraph of their own that only their shape and place tell.

    - beside a credit alone on its line ("Jane Roe arriving in Velm." over "Ana Ruiz via Harbour Wire/Images"):
      the caption stands above the credit on some pages and below it on others, so the neighbour that reads as
      a caption (``_caption_shaped``, one sentence unless ``_caption_cue``) is taken; where both do, the one with
      a cue, else neither (the report's own short paragraph may stand on the other side). The report's first
      paragraph of text needs a cue: a credit right under the headline is the lead picture's, above the lede;
    - anywhere in the body, a participial line with no finite verb ("Jane Roe arriving for the summit in Velm."):
      a report's sentence has a verb;
    - the first paragraph under a byline or heading below the title, when it puts the report's day in the present
      ("Artemis I launches Wednesday from ..."), one short sentence;
    - the last paragraph, when it introduces afresh, by full name and who they are, a person the report has
      already named and gone on calling by surname ("Filmmaker Jane Roe, a juror, attended the gala." after
      "Roe said"): a caption under the last picture, written to stand alone.

    Does NOT take a line with a quotation mark or an attribution ("said", "according to"), nor the headline (the
    first line). Method: written for storyline against the reports of blind reviews; measured by how many
    paragraphs of the review inputs, the example corpus and PolNeAR change status.
    """
    text = article.text
    taken = {f.span.start for f in found}
    whole_credits = {f.span.start for f in found if f.kind == "credit" and any(f.span.start == s for s, _ in lines)
                     and len(text[f.span.start : f.span.end].split()) <= _MAX_CREDIT_WORDS}
    body = [i for i, (s, _) in enumerate(lines) if i > 0 and s not in taken]
    first_body = body[0] if body else -1
    out: set[int] = set()

    def line(i: int) -> str:
        return text[lines[i][0] : lines[i][1]]

    for i, (start, _) in enumerate(lines):
        if start not in whole_credits:
            continue
        sides = [j for j in (i - 1, i + 1) if j in body and _caption_shaped(line(j))]
        cued = [j for j in sides if _caption_cue(line(j))]
        plain = [j for j in sides if j != first_body and _one_sentence(line(j))]
        pick = cued if len(cued) == 1 else ([] if cued else plain)
        if len(pick) == 1:
            out.add(pick[0])
    credited = {i for i, (start, _) in enumerate(lines) if any(
        f.kind == "caption" and f.span.start == start for f in found)}
    for i in credited:
        # a caption the page split in two: its first paragraph, telling the picture and its day, above the one
        # its credit closes ("Relatives wait at the mine ..., on October 28, 2023." over "Norland said ... (Photo by
        # Jane Roe / HNA)")
        if i - 1 in body and _caption_shaped(line(i - 1)) and _one_sentence(line(i - 1)) \
                and _PICTURE_DAY_CLOSE.search(line(i - 1)):
            out.add(i - 1)
    for n, i in enumerate(body):
        current = line(i)
        if not _caption_shaped(current) or not _one_sentence(current):
            continue
        m = _PARTICIPLE_CAPTION.match(current)
        participial = m is not None and current.endswith(".") and not _FINITE.search(current, m.end())
        # under a byline or a heading of the page's top, with more text below
        under_top = 1 < i <= _TITLE_TOP_LINES and lines[i - 1][0] in taken and n + 1 < len(body)
        last = 0 < n == len(body) - 1 and i == len(lines) - 1
        if (
            participial
            or (under_top and _PRESENT_DAY.match(current))
            or (last and _reintroduced(text, lines[i][0], current))
        ):
            out.add(i)
    for i in body:
        # a picture told in the present, closing on its place and day: a caption anywhere in the body, however long
        if _present_caption(line(i)):
            out.add(i)
    return [Furniture(span=Span(article=article.id, start=lines[i][0], end=lines[i][1]), kind="caption")
            for i in sorted(out)]


def _reintroduced(text: str, at: int, line: str) -> bool:
    """Whether ``line`` opens by introducing afresh a person named before ``at`` by full name and then by surname
    alone (``_REINTRODUCED``)."""
    m = _REINTRODUCED.match(line)
    if m is None:
        return False
    full = f"{m.group('first')} {m.group('last')}"
    first = text.find(full, 0, at)
    if first < 0:
        return False
    later = re.finditer(rf"(?<!{re.escape(m.group('first'))} )\b{re.escape(m.group('last'))}\b", text[: at])
    return any(x.start() > first + len(full) for x in later)


def _title_lines(article: Article, lines: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The line the report's title was read from (``ingest.meta.infer_title``'s evidence), or a given title's
    line among the first few: whatever is taken as the headline is furniture, so it becomes no fact of the
    report, even where its shape alone would not make it a heading ("All six workers missing after the harbour
    bridge fell are presumed dead", in sentence case over a plain lede)."""
    title = article.title
    if not title.value or len(lines) < 2:
        return set()
    found = {(e.start, e.end) for e in title.evidence if e.article == article.id}
    wanted = title.value.strip()
    for start, end in lines[:_TITLE_TOP_LINES]:
        if (start, end) in found or article.text[start:end].strip() == wanted:
            return {(start, end)}
    return set()


def _titles_the_page(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether a page's first line, longer than a section heading, reads as its headline: the paragraph below it
    is the lede, opening on its dateline ("Ferry operator, port officials order urgent checks of every hull" over
    "VELM, Norland — The port ordered ... on Sunday."), runs longer and ends as a sentence does; and the line
    itself has no dateline and no reporter's "said" (a lede that lost its full stop: "Two men were hurt Tuesday,
    police said").

    Over a plain paragraph only when the line is shaped as a headline (``_headline_shape``: a colon after its
    topic, or title case): a long first line over a plain paragraph may be a lede's start, and a headline's names
    over one are read as the title's (``ingest.meta.infer_title``) where a title is read."""
    if len(lines) < 2:
        return False
    (start, end), (n_start, n_end) = lines[0], lines[1]
    line, below = text[start:end], text[n_start:n_end]
    if dateline.find(text, start, end, in_lede=True) is not None or _REPORTED.search(line):
        return False
    if dateline.find(text, n_start, n_end, in_lede=True) is None and not _headline_shape(line):
        return False
    return len(below.split()) > len(line.split()) and below.rstrip("\"”’')").endswith((".", "!", "?"))


# who a headline's claim is from, after its colon, with no full stop: "fire sources", "police", "Velm Wire report"
_HEADLINE_CREDIT = re.compile(
    r"(?:[\w.&'’-]+\s+){0,3}(?:sources?|police|officials?|reports?|says?)|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
)


def _headline_shape(line: str) -> bool:
    """Whether a line is shaped as only a headline is: a topic and a colon before its claim ("Orla Venn: Norland
    frees jailed sailor in swap with smuggler"), a claim and a colon before who makes it ("... burned flat: fire
    sources"), or its words written in title case ("Venn Is Freed in Swap for
    Smuggler in Deal Brokered by Harbour Council"). A lede's opening line has neither."""
    head, colon, rest = line.partition(": ")
    if colon and 1 <= len(head.split()) <= _MAX_LABEL_WORDS and rest[:1].isalnum():
        return True
    claim, colon, credit = line.rpartition(": ")
    if colon and len(claim.split()) > _MAX_LABEL_WORDS and _HEADLINE_CREDIT.fullmatch(credit):
        return True  # the claim, then who makes it: "Heaters left on for days in burned flat: fire sources"
    words = _LONG_WORD.findall(line)
    return len(words) >= _TITLE_MIN_WORDS and sum(w[0].isupper() for w in words) >= _TITLE_SHARE * len(words)


def _embedded(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indexes of the lines of embedded posts: each signature, and the post's text just before it when that
    ends on the post's link."""
    out: set[int] = set()
    for i, (start, end) in enumerate(lines):
        if _EMBED_SIGNATURE.match(text[start:end]):
            out.add(i)
            if i > 0 and _EMBED_LINK.search(text[lines[i - 1][0] : lines[i - 1][1]]):
                out.add(i - 1)
    return out


def _datelines(
    article: Article, lines: list[tuple[int, int]], taken: set[int], doc: Doc | None
) -> list[Furniture]:
    """The datelines opening paragraphs: a bracketed agency's anywhere, the other shapes in the lede only
    (``dateline.lede``: the first paragraph that is not furniture, or the one after a title line). A
    dateline whose words the parse tags as a person ("Donald Trump - The ...") is none."""
    text = article.text
    out: list[Furniture] = []
    body = [(s, e) for s, e in lines if s not in taken]
    lede = dateline.lede(text, body)
    for start, end in body:
        found = dateline.find(text, start, end, in_lede=(start, end) in lede)
        if found is None or (
            not found.bracketed and not found.district and _names_a_person(doc, found.start, found.end)
        ):
            continue
        out.append(Furniture(span=Span(article=article.id, start=found.start, end=found.end), kind="dateline"))
        if (start, end) in lede:
            lede = []  # one dateline opens a report
    if not out:
        out.extend(_caps_dateline(article, body, doc))
    return out


# an attribution alone on its line, closed by a colon: "According to the harbour news site, Velm Wire:", "according
# to Velm Wire:"; after a comma only a name may follow (a lower-case clause, "..., the attackers left a note:", says
# something of its own)
_LEAD_IN = re.compile(
    r"[Aa]ccording to (?:the |a |an )?[^,:;.!?\n\"“”]{2,60}(?:, (?:the )?[A-Z][^,:;.!?\n\"“”]{0,40})?:"
)


# the writer turning to the reader to introduce what follows, closed by a colon: "Let's recap the main points from
# her address:", "Let us look at the figures:"; the line tells no fact of its own
_TURN_LEAD_IN = re.compile(r"(?:Let['’]s|Let us) [a-z][^.!?\n\"“”:]{2,80}:")


def _lead_ins(article: Article, lines: list[tuple[int, int]], taken: set[int]) -> list[Furniture]:
    """The attribution lines that introduce the paragraph below them ("According to the harbour news site, Velm
    Wire:" over the words credited), kind ``lead-in``: the line says nothing of its own, and taken as text it
    becomes a fact that is only a credit. The paragraph below stays text; the citations stage reads the credit
    from the whole text, furniture or not."""
    text = article.text
    return [
        Furniture(span=Span(article=article.id, start=start, end=end), kind="lead-in")
        for (start, end), below in pairwise(lines)
        if start not in taken and below[0] not in taken
        and (_LEAD_IN.fullmatch(text, start, end) is not None or _TURN_LEAD_IN.fullmatch(text, start, end) is not None)
    ]


# a page's own lines under the report's last sentence, none closed as a sentence is: its pictures' captions ("Jane
# Roe passing her judgment on the harbour deal today"), a section heading whose section the copy lost ("Divers searching
# for clues"), a link to a related story ("Remembering those lost in the Velm ferry sinking")
_SENTENCE_CLOSE = re.compile(r"[.!?…][\"”’')\]]*\s*$")
_MAX_TRAILING_LINES = 4
_MAX_TRAILING_WORDS = 30
# the running text above them: a few paragraphs closed as sentences
_MIN_BODY_LINES = 3


def _trailing_line(line: str) -> bool:
    """Whether ``line`` may be a caption, heading or link left under the report's text: a short line, not closed
    as a sentence, not an item of a list (a dash or bullet first), and not a quotation with its speaker (a quote's
    close, or "said" with a quotation mark, is the report's own words that lost their full stop)."""
    return (
        0 < len(line.split()) <= _MAX_TRAILING_WORDS
        and not _SENTENCE_CLOSE.search(line)
        and line[0] not in "\"“‘'(-–—•*·"
        and not line.endswith(("\"", "”", ":", ";", ","))
        and not (_QUOTE_MARKS.search(line) and _ATTRIBUTION.search(line))
    )


def _trailing_lines(article: Article, lines: list[tuple[int, int]], found: list[Furniture]) -> list[Furniture]:
    """The lines under the report's last sentence that are not closed as sentences (``_trailing_line``), up to
    four, kind ``heading`` for a few words and ``caption`` for a longer line: a page's captions, a section's
    heading with nothing after it, a link to a related story. The last line of running text above them ends on
    its full stop (or "?", "!"): a paragraph closed by a colon introduces a list below it, whose items are text
    ("The deal also includes:" over "Raising the starting wage by 20%"). Furniture already found among them
    (a copyright line, a credit) is passed over. A report whose every paragraph lacks its full stop has none."""
    text = article.text
    covered = [(f.span.start, f.span.end) for f in found]
    picked: list[int] = []
    i = len(lines) - 1
    while i >= 0:
        start, end = lines[i]
        if any(s <= start and e >= end for s, e in covered):
            i -= 1  # wholly furniture already ("©2025 Harbour Media", a credit line)
            continue
        if any(s < end and start < e for s, e in covered) or not _trailing_line(text[start:end].strip()):
            break
        picked.append(i)
        i -= 1
    body = [j for j in range(i + 1) if not any(s <= lines[j][0] and e >= lines[j][1] for s, e in covered)]
    if (
        not picked
        or len(picked) > _MAX_TRAILING_LINES
        or len(body) < _MIN_BODY_LINES
        or not _SENTENCE_CLOSE.search(text[lines[i][0] : lines[i][1]])
    ):
        return []
    out = []
    for j in sorted(picked):
        start, end = lines[j]
        kind = "heading" if len(text[start:end].split()) <= _MAX_HEADING_WORDS else "caption"
        out.append(Furniture(span=Span(article=article.id, start=start, end=end), kind=kind))
    return out


# a report's own present tense of speech introducing a quotation ("The ministry warns residents in Velm: “...”")
_SPEECH_PRESENT = (
    "warns|urges|states|writes|explains|notes|claims|insists|argues|tweets|posts|announces|declares|confirms|"
    "responds|replies|asks|admits|stresses|recalls|reveals|vows|pledges|promises|calls|describes|tells"
)
# a video's label opening the paragraph that quotes its clip: who, in the present tense, doing what, where ("Gov. Jane
# Roe speaks on the bridge collapse in Velm, NL: “We are bracing for bad news”"); a report puts what was said in
# the past ("Roe said: ...") or says it with "says", and seldom closes an introduction on a place
_VIDEO_LABEL = re.compile(
    rf"{_NAME_RUN}\s+(?!(?:is|was|has|says|tells|adds|does|goes|as|its|this|his|hers|us|{_SPEECH_PRESENT})\s)"
    r"[a-z]{3,}(?:es|s)\s"
    r"[^:\n\"“”.!?;]{3,150}?\b(?:in|at|near|outside)\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3}:(?=[ \t]*[\"“])"
)


def video_label(text: str, start: int, end: int) -> int | None:
    """Where the video's label opening the paragraph ``text[start:end]`` ends (after its colon), or None
    (``_VIDEO_LABEL``). The sentence splitter makes the label a sentence of its own, so that the quotation after
    it is told apart and the label, furniture, becomes no fact."""
    m = _VIDEO_LABEL.match(text, start, end)
    return None if m is None else m.end()


def _video_labels(article: Article, lines: list[tuple[int, int]], taken: set[int]) -> list[Furniture]:
    """The labels of a page's video clips opening the paragraph that quotes the clip (``video_label``), up to
    and including the colon, kind ``caption``: the label tells the picture, it is no fact of the report, and a
    caption keeps its names (the person in the label, with their title, is the speaker of the quotation after
    it). Never the first line, the headline."""
    text = article.text
    out = []
    for start, end in lines[1:]:
        close = None if start in taken else video_label(text, start, end)
        if close is not None:
            out.append(Furniture(span=Span(article=article.id, start=start, end=close), kind="caption"))
    return out


# a place in capitals opening a paragraph ("NORPORT –", "NEW VELMSTAD —", "CALDER, Ore. —"): the wire's own shape
_CAPS_PLACE = re.compile(r"[A-Z]{3,}(?:[ -][A-Z]{2,}){0,3}(?=[ ,\t—–-])")
# how far below the title a page may put its standfirsts before the dateline
_CAPS_DATELINE_LINES = 6


def _caps_dateline(article: Article, body: list[tuple[int, int]], doc: Doc | None) -> list[Furniture]:
    """The dateline in capitals that opens one of the first paragraphs of a report with no dateline in its lede: a
    page may set a standfirst or two above it ("Several survivors were in critical condition ..." over "NORPORT –
    Cleanup crews ..."), and the lede is then not the first paragraph of the body. Capitals say a wire's place;
    a place in title case there is as likely a sentence's subject, and a kicker ("BREAKING –") ``dateline.find``
    refuses in any case. Only the first: one dateline opens a report."""
    text = article.text
    for start, end in body[:_CAPS_DATELINE_LINES]:
        if _CAPS_PLACE.match(text, start, end) is None:
            continue
        found = dateline.find(text, start, end, in_lede=True)
        if found is None or found.bracketed or _names_a_person(doc, found.start, found.end):
            continue
        return [Furniture(span=Span(article=article.id, start=found.start, end=found.end), kind="dateline")]
    return []


def _pointers(article: Article, lines: list[tuple[int, int]], found: list[Furniture]) -> list[Furniture]:
    """The sentences pointing the reader to the page's player or to what stands above or below (``_POINTER``),
    alone on their line or run into a paragraph of the report: page furniture, no fact of the story. A line
    already taken whole as furniture is left as it is."""
    text = article.text
    out: list[Furniture] = []
    for start, end in lines:
        if any(f.span.start <= start and f.span.end >= end for f in found):
            continue
        out.extend(Furniture(span=Span(article=article.id, start=m.start(), end=m.end()), kind="boilerplate")
                   for m in _POINTER.finditer(text, start, end))
    return out


def _labels(article: Article, lines: list[tuple[int, int]], taken: set[int], doc: Doc | None) -> list[Furniture]:
    """The labels opening paragraphs ("Acquittal denied:"), when the report has two or more of them."""
    text = article.text
    found: list[tuple[int, int, str]] = []
    people = _people(doc)
    for start, end in lines[1:]:  # the first line is the title ("Poll: Trump a big turnoff for ...")
        if start in taken:
            continue  # a heading, a caption, a dateline's paragraph ...
        m = _LABEL.match(text, start, end)
        if m is None:
            continue
        label = m.group(1)
        if (
            len(label) < 2
            or label.isupper()  # "Q:", an interview's or debate's "BENENSON:"
            or (_LABEL_SPEECH.search(label) and not _TOPIC_LABEL.match(label))
            or _FIRST_PERSON.match(text, m.end(), end)
            or label in people  # "Sanders: Win in a walk.", an interview's "Lopez: Well, ..."
            or _names_a_person(doc, start, start + len(label), every=True)
        ):
            continue
        found.append((start, m.end(1) + 1, label))
    labels = [label.casefold() for _, _, label in found]
    kept = [(s, e) for s, e, label in found if labels.count(label.casefold()) == 1]  # a recurring one speaks
    if len(kept) < _MIN_LABELS:
        return []
    return [Furniture(span=Span(article=article.id, start=s, end=e), kind="label") for s, e in kept]


def _people(doc: Doc | None) -> set[str]:
    """The names the parse tags as people, whole and by their last word ("Bernie Sanders", "Sanders")."""
    if doc is None:
        return set()
    out: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            words = ent.text.removesuffix("’s").removesuffix("'s").split()
            if words:
                out.update((" ".join(words), words[-1]))
    return out


def _names_a_person(doc: Doc | None, start: int, end: int, *, every: bool = False) -> bool:
    """Whether the parse tags a word of the span as a person (``every``: each of its words, "Sen." and such aside)."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if not every:
        return any(tok.ent_type_ == "PERSON" for tok in span)
    words = [tok for tok in span if tok.is_alpha]
    return bool(words) and all(tok.ent_type_ == "PERSON" for tok in words)


def skipped(furniture: tuple[Furniture, ...], *, keep: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) ranges of furniture, except the kinds in ``keep``, sorted, for fast lookups."""
    return sorted((f.span.start, f.span.end) for f in furniture if f.kind not in keep)


def inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps one of ``ranges`` (linear; furniture is a handful of ranges)."""
    return any(s < end and start < e for s, e in ranges)
