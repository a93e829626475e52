"""`{% translation_review_state instance as review %}` for wagtail-localize's translation editor (template override)."""

from django import template
from wagtail.models import Page

from site911 import translation_review, translation_workflow

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_review_state(context, instance):
    """The note awaiting review on `instance`, whether the user may clear it, and the page's review workflow."""
    user = context["request"].user
    workflow = instance.get_workflow() if isinstance(instance, Page) else None
    return {
        "note": translation_review.note_for(instance),
        "can_clear": translation_review.can_clear(user),
        "workflow": workflow,
        "in_review": workflow is not None and instance.workflow_in_progress,
        "submit_action": translation_workflow.SUBMIT_ACTION,
    }
