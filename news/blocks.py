"""The news post body: rich text, figures and quotes, reusing home's shared blocks."""

from wagtail import blocks

from home.blocks import FigureBlock, QuoteBlock


class NewsBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(max_length=120, form_classname="title", template="home/blocks/heading.html")
    paragraph = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul", "h3"])
    figure = FigureBlock()
    quote = QuoteBlock()
