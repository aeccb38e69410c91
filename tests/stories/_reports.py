"""Small fictional reports for the story tests, written for them (not taken from any data set)."""

from __future__ import annotations

from storyline.model import Article, MetaValue

QUAKE_VAROSIA = (
    "A magnitude 7.1 earthquake struck southern Varosia on Tuesday, killing at least 14 people in the city of "
    "Kelmar, officials said. The quake hit at 4:20 a.m. local time at a depth of 35 kilometres, according to "
    "the Varosian Geophysical Institute. Mayor Lucia Quispe said rescue teams were searching collapsed homes in "
    'the Tollen district. "We are still pulling people out of the rubble," Quispe told reporters. President '
    "Martin Odrava declared a state of emergency in Kelmar province."
)
QUAKE_VAROSIA_OTHER_OUTLET = (
    "Rescue workers in Kelmar dug through rubble after a 7.1 magnitude quake shook southern Varosia early Tuesday, "
    'leaving 14 people dead. The Varosian Geophysical Institute put the depth at 35 kilometres. "We are still '
    'pulling people out of the rubble," said Lucia Quispe, the mayor of Kelmar, whose Tollen district was '
    "worst hit. Odrava announced an emergency for the province."
)
QUAKE_JAPAN = (
    "A magnitude 6.4 earthquake shook the Japanese island of Hokkaido on Saturday, injuring 37 people in Sapporo "
    "and cutting power to 120,000 homes, Japan's Meteorological Agency said. Chief Cabinet Secretary Kenji Mori "
    "said the government had set up a crisis office. Trains on the Hakodate line were halted while engineers "
    "checked the tracks, Hokkaido Railway said. No tsunami warning was issued."
)
ARREST_ONE = (
    "Police in Lyon arrested the singer Pierre Dumont on Friday on suspicion of assault after a fight outside "
    "the Blue Note club, prosecutor Anne Girard said. Dumont, 42, was held overnight and released on bail of "
    "5,000 euros. His lawyer, Marc Lebrun, said the singer denied the charges."
)
ARREST_TWO = (
    "The singer Pierre Dumont was detained at Marseille airport on Wednesday on a warrant over unpaid taxes of "
    "1.2 million euros, customs officials said. Investigating judge Sophie Martel ordered him held until a "
    "hearing next month. His manager said the tax dispute dated back to a 2015 tour of Canada."
)


def article(aid: str, text: str, published: str | None = None) -> Article:
    return Article(id=aid, text=text, published=MetaValue(value=published) if published else MetaValue())


def light_edit(text: str) -> str:
    """A wire copy re-published with a new first line and a couple of words changed."""
    edited = text.replace(" said.", " reported.", 1).replace("officials", "authorities", 1)
    return "UPDATED 10:45 GMT\n" + edited


# A longer wire report in four paragraphs, for the cut-copy tests (a cut paragraph must leave enough text).
FLOOD_WIRE = (
    "Floodwater from the swollen Teller River broke through a levee outside the town of Marrow Creek before "
    "dawn on Sunday, forcing about 2,300 residents from their homes, the county emergency office said.\n\n"
    "Sheriff Dana Okafor said boats from three neighbouring counties had taken 140 people off rooftops by noon "
    "and that no deaths had been reported. Two shelters opened at the Marrow Creek high school and at the "
    "fairground pavilion on Route 9.\n\n"
    '"The water came up faster than anyone here has ever seen it," Okafor said at a briefing in the courthouse. '
    '"We are asking people who stayed behind to put a white sheet out of a window so crews can find them."\n\n'
    "Forecasters at the regional weather office expect the river to crest on Tuesday at 31 feet, four feet "
    "above the record set in 1994. Governor Elena Brandt declared a state of emergency for Teller County and "
    "said the National Guard would deliver sandbags and drinking water from Monday."
)
FLOOD_REWRITE = (
    "About 2,300 people had to leave Marrow Creek on Sunday after the Teller River burst a levee in the early "
    "hours. Rescuers in boats lifted 140 residents from rooftops, according to Sheriff Dana Okafor, who urged "
    "anyone still inside to hang a white sheet from a window. Nobody has died. The river should peak on "
    "Tuesday at 31 feet, beating the 1994 record, and Governor Elena Brandt has called in the National Guard."
)

# three agencies' reports of one flood, each in its own words: they share a few places, the river and the day
VELMORA_ONE = (
    "Flash floods swept through the mountain town of Velmora in northern Kestavia overnight on Thursday, killing "
    "at least 31 people, the civil protection agency said. Torrents of mud tore through the old quarter after "
    "the Sarn river burst its banks. Rescuers from Durance sent boats and helicopters, and hundreds of residents "
    "spent the night on rooftops."
)
VELMORA_TWO = (
    "Rescuers on Friday pulled survivors from wrecked homes in Velmora, where the Sarn river flooded the valley "
    "before dawn on Thursday. The death toll rose past thirty, a spokesman for the Kestavia interior ministry "
    "told reporters in Durance. Bridges were washed away and residents waited on rooftops."
)
VELMORA_THREE = (
    "Witnesses described cars tumbling like toys as the flood hit Velmora late Thursday. Farmer Tomas Brell said "
    "his cattle were lost within minutes when the Sarn river rose. Aid groups appealed for blankets, warning "
    "that landslides had cut the only road from Durance. Schools across Kestavia will stay shut."
)

# a blog's short copy of the Velmora flood: two sentences in its own words, then the page's source line and
# comment form, whose words ("email", "reply", "required") are in no other report
VELMORA_BLOG = (
    "Dozens are feared dead after a wall of water hit Velmora, a valley town in Kestavia, when the Sarn rose in "
    "the night. Neighbours waited for help on their roofs.\n\n"
    "Source\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\n"
    "Sign up for our newsletter"
)


def stories_batch(reports: list[tuple[str, str]], dates: dict[str, str] | None = None) -> dict[str, str]:
    """The story of each report (id, text) clustered in one batch; ``dates`` give some their publication day."""
    from storyline.stories.cluster import cluster

    arts = [article(aid, text, (dates or {}).get(aid)) for aid, text in reports]
    return {a.article: a.story for a in cluster(arts)}


def stories_stream(reports: list[tuple[str, str]], dates: dict[str, str] | None = None) -> dict[str, str]:
    """The story of each report as an incremental ``StoryIndex`` assigns them, in the order given."""
    from storyline.stories.incremental import StoryIndex

    index = StoryIndex()
    index.add_many([article(aid, text, (dates or {}).get(aid)) for aid, text in reports])
    return {a.article: a.story for a in index.assignments()}
