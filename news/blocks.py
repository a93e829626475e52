"""The news post body: rich text, figures and quotes, reusing home's shared blocks."""

from wagtail import blocks

from site911.blocks import FigureBlock, QuoteBlock, heading_block, paragraph_block


class NewsBodyBlock(blocks.StreamBlock):
    heading = heading_block()
    paragraph = paragraph_block()
    figure = FigureBlock()
    quote = QuoteBlock()
