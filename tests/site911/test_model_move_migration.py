"""`migrate` on a database made before ContactNumbers and SiteAlert moved from home to site911 keeps
every row, value and permission (site911 0002, home 0008: state only, content types renamed in place)."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Site

from site911.alerts import SiteAlert
from site911.contact import ContactNumbers
from site911.demo import ensure_tree_root

BEFORE_THE_MOVE = [("home", "0007_search_index_title_body_gin"), ("site911", "0001_page_cache_generation")]
ENDS_AT = datetime.datetime(2030, 1, 2, 3, 4, tzinfo=datetime.UTC)


def migrate(targets=None):
    """Migrate to `targets` (the latest migrations when None); returns the state's apps there."""
    executor = MigrationExecutor(connection)
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    ContentType.objects.clear_cache()
    return executor.loader.project_state(targets).apps


def grant(old_apps, group, model, codename):
    """The group gets `codename` on home's `model`, through the historical content type and permission."""
    content_type, _ = old_apps.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="home", model=model
    )
    permission, _ = old_apps.get_model("auth", "Permission").objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename}
    )
    old_apps.get_model("auth", "Group").objects.get(pk=group.pk).permissions.add(permission)
    return content_type.pk


@pytest.mark.django_db(transaction=True)
def test_migrating_a_database_from_before_the_move_keeps_rows_values_and_permissions():
    site = Site.objects.create(hostname="move.test", port=80, root_page=ensure_tree_root(), site_name="Move")
    group = Group.objects.create(name="Number keepers")
    try:
        old_apps = migrate(BEFORE_THE_MOVE)
        old_apps.get_model("home", "ContactNumbers").objects.create(
            site_id=site.pk, outside_city_number="(612) 555-0142", non_emergency_hours="Always"
        )
        old_apps.get_model("home", "SiteAlert").objects.create(
            message="911 is down in Ward 3.", level="outage", alternate_number="(612) 673-3000", ends_at=ENDS_AT
        )
        numbers_type = grant(old_apps, group, "contactnumbers", "change_contactnumbers")
        alerts_type = grant(old_apps, group, "sitealert", "add_sitealert")
    finally:
        migrate()  # whatever happened, the database ends at the latest migrations

    numbers = ContactNumbers.objects.get(site=site)
    assert (numbers.outside_city_number, numbers.non_emergency_hours) == ("(612) 555-0142", "Always")
    assert numbers.emergency_number == "911"  # a column default, as the row was made
    alert = SiteAlert.objects.get()
    assert (alert.message, alert.level) == ("911 is down in Ward 3.", "outage")
    assert alert.alternate_number == "(612) 673-3000"
    assert alert.ends_at == ENDS_AT
    assert list(SiteAlert.objects.active()) == [alert]  # active, ending in 2030

    # The same content type rows, now site911's: permissions and groups' permissions followed them.
    assert ContentType.objects.get_for_model(ContactNumbers).pk == numbers_type
    assert ContentType.objects.get_for_model(SiteAlert).pk == alerts_type
    assert not ContentType.objects.filter(app_label="home", model__in=["contactnumbers", "sitealert"]).exists()
    assert set(group.permissions.values_list("content_type__app_label", "codename")) == {
        ("site911", "change_contactnumbers"),
        ("site911", "add_sitealert"),
    }
    keeper = User.objects.create_user("keeper")
    keeper.groups.add(group)
    assert keeper.has_perm("site911.change_contactnumbers")
    assert keeper.has_perm("site911.add_sitealert")
    assert Permission.objects.filter(content_type__app_label="site911", codename="change_contactnumbers").count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/admin/settings/home/contactnumbers/", "/admin/settings/site911/contactnumbers/"),
        ("/admin/settings/home/contactnumbers/1/", "/admin/settings/site911/contactnumbers/1/"),
        ("/admin/snippets/home/sitealert/", "/admin/snippets/site911/sitealert/"),
        ("/admin/snippets/home/sitealert/edit/3/?next=x", "/admin/snippets/site911/sitealert/edit/3/?next=x"),
    ],
)
def test_staff_bookmarks_of_the_old_admin_addresses_lead_to_the_new_ones(client, old, new):
    response = client.get(old)
    assert response.status_code == 302
    assert response["Location"] == new


@pytest.mark.django_db
def test_the_new_admin_address_of_the_contact_numbers_opens_for_an_editor(admin_client, demo_site):
    response = admin_client.get("/admin/settings/home/contactnumbers/", follow=True)
    assert response.status_code == 200
    assert "Contact numbers" in response.content.decode()
