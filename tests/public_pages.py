"""Every public page type of the demo site, for the accessibility, HTML and fuzz checks."""

PUBLIC_PAGES = {
    "home": "/",
    "guidance": "/when-to-call/",
    "guidance with a match": "/when-to-call/?q=broke+into+my+car",
    "guidance with no match": "/when-to-call/?q=xylophone",
    "guidance with an emergency answer": "/when-to-call/?q=someone+is+following+me",
    "standard page": "/about/",
    "speaker request form": "/request-a-speaker/",
    "news list": "/news/",
    "news list filtered": "/news/?year=2013",
    "news post": "/news/staff-honored-at-awards-ceremony/",
    "event list": "/events/",
    "past events": "/events/past/",
    "event": "/events/open-house/",
    "search results": "/search/?q=911",
    "search with no results": "/search/?q=xylophone",
    "how fast we answer": "/how-fast-we-answer/",
    "not found": "/no-such-page/",
}
