"""JSON-LD (schema.org data for search engines) in a page's head: a news post's NewsArticle (the <script> that
carries it: site911/jsonld.py)."""

from django.conf import settings
from wagtail.models import Site


def news_article(post, request=None, recognition=None, tags=None):
    """schema.org NewsArticle for a news post, with its recognition as `about` and `award`.

    `recognition` and `tags` are the post's own, when its page has already read them.
    """
    site = Site.find_for_request(request) if request else post.get_site()
    site_name = (site and site.site_name) or settings.WAGTAIL_SITE_NAME
    url = post.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": post.title,
        "datePublished": post.date.isoformat(),
        "description": post.summary,
        "url": url,
        "mainEntityOfPage": url,
        "publisher": {"@type": "Organization", "name": site_name, "url": site.root_url + "/" if site else ""},
    }
    if post.last_published_at:
        data["dateModified"] = post.last_published_at.isoformat()
    if post.category_id:
        data["articleSection"] = post.category.name
    keywords = [tag.name for tag in (post.tags.all() if tags is None else tags)]
    if keywords:
        data["keywords"] = keywords
    if recognition is None:
        recognition = post.recognition()
    if recognition:
        award = post.award_summary()
        awarded = post.recognition_status != "nominated"
        if award and awarded:
            data["award"] = award
        if post.awarding_body:
            data["mentions"] = [{"@type": "Organization", "name": post.awarding_body}]
        about = []
        for honoree in recognition["honorees"]:
            entry = {"@type": "Person" if honoree.kind == honoree.PERSON else "Organization", "name": honoree.name}
            if honoree.detail:
                entry["description"] = honoree.detail
            if award and awarded:
                entry["award"] = award
            elif award:
                entry["disambiguatingDescription"] = f"Nominated: {award}"
            about.append(entry)
        if about:
            data["about"] = about
    return data
