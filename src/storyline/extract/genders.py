"""A person mention's grammatical gender, from the words written in it: "Mrs. Clinton", "Janet Yellen".

What it does: ``mention_gender`` reads a courtesy title ("Mr.", "Ms", "Mrs."), a gendered role word
("spokeswoman", "congressman") or a common English given name ("Janet", "Brad") at the front of a person
mention and says "f", "m" or None. Coreference uses it so that "she" does not go to a man and "Mrs. Clinton"
does not join "Bill Clinton".

What it does NOT do: no guess from surnames, no names shared by men and women alike ("Kelly", "Jordan",
"Lindsey", "Leslie" are left out on purpose), and no learned model; a mention it cannot read stays None and
the caller falls back on the pronouns the person takes.

Method: hand-written lists, in the spirit of the gender lists that Lee et al. (2013) take from Bergsma & Lin
(2006); the given names are common ones in English-language news, each kept only where one gender dominates.
"""

from __future__ import annotations

import unicodedata
from itertools import pairwise

from storyline.extract.gazetteer import words

_FEMALE_TITLES = words("mrs mrs. ms ms. miss madam madame dame lady")
_MALE_TITLES = words("mr mr. sir lord")
FEMALE_ROLES = words(
    """spokeswoman chairwoman congresswoman councilwoman businesswoman stateswoman sportswoman anchorwoman
    queen princess empress duchess countess actress widow mother wife daughter sister grandmother aunt niece
    woman girl girlfriend fiancee"""
)
MALE_ROLES = words(
    """spokesman chairman congressman councilman businessman statesman sportsman anchorman king prince emperor
    duke count actor widower father husband son brother grandfather uncle nephew man boy boyfriend fiance"""
)
FEMALE_NAMES = words(
    """abigail alice alison allison amanda amber amy andrea angela angelina ann anna anne annie april ashley
    barbara beatrice betsy betty beverly brenda brittany camila carla carly carmen carol caroline carolyn
    catherine cathy charlotte cheryl chloe christina christine cindy claire claudia condoleezza cynthia
    daniela danielle deborah debbie debra denise diana diane donna doris dorothy edith eleanor elena elise
    elizabeth ellen emily emma erica erin eva evelyn fiona florence frances gabriela gina gloria grace hannah
    heather heidi helen hillary hilary hope huma ilse irene isabel isabella ivanka jacqueline jane janet janice
    jeanne jennifer jessica jill joan joanna joni joyce judith judy julia julie karen katherine kathleen kathryn
    kathy katie kellyanne kimberly kirsten kristen laura lauren linda lisa liz lois loretta lori louise lucy lydia
    madeleine maggie margaret maria marie marilyn marina marsha martha mary maxine megan megyn melania melissa
    michelle mia nancy natalie nicola nicole nikki nina nora olivia pamela patricia paula pauline peggy
    penelope rachel rebecca rita rosa rose ruth sally samantha sandra sara sarah sharon sheila shirley sonia
    sophia sophie stephanie susan susana suzanne sylvia tamara teresa theresa tiffany tina tulsi valerie
    vanessa victoria virginia wendy yvonne zoe stormy fatima aisha olena yulia natalia svetlana marta ines
    sofia sofía lucia lucía"""
)
MALE_NAMES = words(
    """aaron abraham adam alan albert alexander alfred andrew angus anthony antonio arnold arthur barack
    barry ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brian bruce bryan carl
    carlos charles charlie christopher chuck colin craig curtis dan daniel darrell dave david dennis derek
    dick dmitry don donald doug douglas duncan dwight earl ed eddie edward elijah eric ernest eugene frank
    franklin fred frederick gary gavin geoffrey george gerald gilbert glenn gordon greg gregory hank harold
    harry henry herbert howard hugh ian isaac ivan jack jacob jake james jason jeb jeff jeffrey jeremy jerry
    jim jimmy joe joel john johnny jon jonathan jose joseph joshua juan justin karl keith ken kenneth kevin
    kurt larry lawrence leonard lewis louis luis luke malcolm marco mark martin matt matthew max michael mike
    mitch mitt nathan ned neil newt nicholas nick noah norman oliver oscar patrick paul pedro peter philip
    ralph ramon randy ray raymond reince richard richie rick rob robert roberto roger ron ronald roy rudy rupert russell
    ryan sam samuel scott sean sergei sergey seth sheldon stanley stephen steve steven stuart ted terrence
    theodore thomas tim timothy todd tom tony trey victor vincent vladimir walter warren wayne william willie
    xi aleksandar aleksander alexei aleksei andreas andrei andrej ahmed ali mohammed muhammad omar hassan
    hussein ibrahim youssef mustafa abdullah tyrone harrison emiliano matty cristiano lionel kylian erling
    marcus diego pablo javier sergio fernando miguel rafael alejandro bruno thiago mateo francois pierre hans
    klaus jurgen stefan mikhail yuri oleksandr volodymyr dmytro viktor"""
)


# given names that women and men both bear: a person's, but no gender ("Jan Kowalczyk", "Jordan Pell")
_SHARED_NAMES = words("jan jordan kelly leslie lindsey taylor morgan casey jamie alex robin sasha emi shannon")


def _unaccented(word: str) -> str:
    """``word`` without its accents: "maría" is the given name "maria" of the lists."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def given_name(word: str) -> bool:
    """``word`` is a common given name (of either gender), any case."""
    low = _unaccented(word.lower())
    return low in FEMALE_NAMES or low in MALE_NAMES or low in _SHARED_NAMES


def mention_gender(text: str) -> str | None:
    """"f", "m" or None for a person mention as written ("Mrs. Clinton" -> "f", "Texas Sen. Ted Cruz" -> "m").

    A courtesy title or gendered role word decides, unless it is the closing capitalised word, which may be a
    surname ("Billie Jean King", a lone "King"); else the first given name that a capitalised word follows
    (its surname), so that a lone "Rose" or "Hope" says nothing."""
    tokens = [t.strip(",") for t in text.replace("’s", "").replace("'s", "").split()]
    titled = tokens[:-1] if tokens and tokens[-1][:1].isupper() else tokens
    for low in (t.lower() for t in titled):
        if low in _FEMALE_TITLES or low in FEMALE_ROLES:
            return "f"
        if low in _MALE_TITLES or low in MALE_ROLES:
            return "m"
    for raw, after in pairwise(tokens):
        if raw[:1].isupper() and after[:1].isupper():
            low = _unaccented(raw.lower())
            if low in FEMALE_NAMES:
                return "f"
            if low in MALE_NAMES:
                return "m"
    return None
