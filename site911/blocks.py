"""StreamField blocks shared by the site's pages: the body of standard pages and news posts."""

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text="Describe the image for people who cannot see it.",
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "site911/blocks/figure.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=80, help_text="Says where the link goes, e.g. “Request a speaker”.")
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, help_text="Used when no page is chosen.")

    class Meta:
        icon = "link"
        template = "site911/blocks/call_to_action.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=1000)
    attribution = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "site911/blocks/quote.html"


def heading_block():
    """A section heading (h2), as standard pages and news posts both use it."""
    return blocks.CharBlock(max_length=120, form_classname="title", template="site911/blocks/heading.html")


def paragraph_block():
    return blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul", "h3"])


class BodyBlock(blocks.StreamBlock):
    heading = heading_block()
    paragraph = paragraph_block()
    figure = FigureBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
