"""StreamField blocks of the home and guidance pages (the shared body blocks are in site911/blocks.py)."""

from wagtail import blocks

from site911.lines import NUMBER_CHOICES


class CallOptionBlock(blocks.StructBlock):
    """One way to get help; the number itself comes from the Contact numbers setting."""

    number = blocks.ChoiceBlock(choices=NUMBER_CHOICES)
    who_for = blocks.TextBlock(max_length=400, help_text="Who should call this number, in one or two sentences.")
    examples = blocks.ListBlock(blocks.CharBlock(max_length=160), help_text="Everyday examples.")

    class Meta:
        icon = "mobile-alt"
        template = "home/blocks/call_option.html"


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock()
    title = blocks.CharBlock(required=False, max_length=80, help_text="Defaults to the page title.")
    description = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "link"
