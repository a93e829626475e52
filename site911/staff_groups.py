"""Groups, their permissions and a one-task approval workflow, made when missing: what news's review
(news/workflow.py) and the translations' review (site911/translation_workflow.py) share.

Each function takes an app registry, so a data migration (historical models) and the running site
(the live registry) use the same code; only long-standing Django and Wagtail models are touched.
"""


def permission(apps, app_label, model, codename):
    """The Permission `codename` of `app_label.model`, created with its content type when missing."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
    )[0]


def ensure_groups(apps, model_permissions):
    """{group name: {(app_label, model): [codename]}} → {group name: Group}, each with those permissions."""
    Group = apps.get_model("auth", "Group")
    groups = {}
    for name, by_model in model_permissions.items():
        groups[name], _ = Group.objects.get_or_create(name=name)
        for (app_label, model), codenames in by_model.items():
            for codename in codenames:
                groups[name].permissions.add(permission(apps, app_label, model, codename))
    return groups


def ensure_approval_workflow(apps, workflow_name, task_name, approvers):
    """The workflow `workflow_name` with one group approval task `task_name` for the group `approvers`."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    task = GroupApprovalTask.objects.filter(name=task_name).first()
    if task is None:
        task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=task_name, content_type=task_type, active=True)
        task.groups.add(approvers)
    workflow = Workflow.objects.filter(name=workflow_name).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=workflow_name, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def link_page(page, workflow, page_permissions):
    """Give each group {name: [page codename]} its permissions on `page` (and so below it) and assign `workflow`.

    Adds what is missing; keeps a workflow an administrator already chose for the page.
    """
    from django.apps import apps
    from django.contrib.auth.models import Group
    from wagtail.models import GroupPagePermission, WorkflowPage

    for group_name, codenames in page_permissions.items():
        group = Group.objects.get(name=group_name)
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=permission(apps, "wagtailcore", "page", codename)
            )
    WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
