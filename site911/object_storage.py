"""Where uploaded images, renditions and documents live: local disk, or S3-compatible object storage.

Without `AWS_STORAGE_BUCKET_NAME` everything is under MEDIA_ROOT, as before (site911/media.py serves
images; Wagtail's /documents/ view serves documents). With it, django-storages puts them in the bucket
through two storages, because pages and documents need opposite things from a URL:

- "renditions" (`WAGTAILIMAGES_RENDITION_STORAGE`): the images pages show. Their URLs are unsigned and
  stable (the bucket's address, or `AWS_S3_CUSTOM_DOMAIN`, a CDN in front of it): a page sits in the page
  cache, Varnish or a CDN for minutes, and a signed URL in it would expire while it is still served.
  The bucket makes the `images/` prefix readable (a bucket policy, or the CDN's origin access;
  `AWS_RENDITIONS_ACL=public-read` for a provider that relies on object ACLs). Renditions are re-encoded
  copies: no EXIF (an original's GPS position) reaches the public.
- "default" (Wagtail's `Image.file` originals and `Document.file`): private objects (no ACL: the bucket's
  default, private), URLs signed for `AWS_QUERYSTRING_EXPIRE` seconds, never on the custom domain.
  Documents are served only through Wagtail's /documents/<id>/<name> view with
  `WAGTAILDOCS_SERVE_METHOD = "redirect"`: the view checks the document's collection privacy (login or
  password), then redirects to a short-lived signed URL (site911/media.py marks that redirect
  `private, no-store`, so no shared cache keeps it). Pages link to the view, never to the bucket.

Wagtail binds the rendition storage when its models load, and django-storages reads global AWS_*
settings as defaults: every option is therefore given here, per storage, and none as a global setting.
"""

from urllib.parse import urlsplit

from site911.env import env_int, env_str

FILE_SYSTEM = "django.core.files.storage.FileSystemStorage"
S3 = "storages.backends.s3.S3Storage"
# Renditions have new names when their image changes; a day, as site911/media.py gives local images.
RENDITION_CACHE_CONTROL = "public, max-age=86400"


def from_env():
    """The object-storage configuration from the environment, or None (local disk)."""
    bucket = env_str("AWS_STORAGE_BUCKET_NAME")
    if not bucket:
        return None
    return {
        "bucket_name": bucket,
        # Blank: AWS itself; e.g. https://nyc3.digitaloceanspaces.com or a MinIO address.
        "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
        "region_name": env_str("AWS_S3_REGION_NAME") or None,
        # Blank: boto3 finds credentials itself (an instance or pod role, ~/.aws).
        "access_key": env_str("AWS_ACCESS_KEY_ID") or None,
        "secret_key": env_str("AWS_SECRET_ACCESS_KEY") or None,
        # "path" for MinIO and most self-hosted servers; blank lets boto3 choose.
        "addressing_style": env_str("AWS_S3_ADDRESSING_STYLE") or None,
        "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN") or None,
        "querystring_expire": env_int("AWS_QUERYSTRING_EXPIRE", 300),
        "renditions_acl": env_str("AWS_RENDITIONS_ACL") or None,
    }


def storages(config):
    """Django's STORAGES: "default" (originals, documents), "renditions", and "staticfiles" (always local)."""
    static = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    if config is None:
        return {"default": {"BACKEND": FILE_SYSTEM}, "renditions": {"BACKEND": FILE_SYSTEM}, "staticfiles": static}
    shared = {
        "bucket_name": config["bucket_name"],
        "endpoint_url": config["endpoint_url"],
        "region_name": config["region_name"],
        "access_key": config["access_key"],
        "secret_key": config["secret_key"],
        "addressing_style": config["addressing_style"],
        "file_overwrite": False,  # two uploads called report.pdf must not replace each other
    }
    private = {
        **shared,
        "default_acl": None,
        "querystring_auth": True,
        "querystring_expire": config["querystring_expire"],
        "custom_domain": None,  # a custom domain would give unsigned URLs
    }
    public = {
        **shared,
        "default_acl": config["renditions_acl"],
        "querystring_auth": False,
        "custom_domain": config["custom_domain"],
        "object_parameters": {"CacheControl": RENDITION_CACHE_CONTROL},
    }
    return {
        "default": {"BACKEND": S3, "OPTIONS": private},
        "renditions": {"BACKEND": S3, "OPTIONS": public},
        "staticfiles": static,
    }


def document_serve_method(config):
    """Wagtail's: stream a local file; redirect to a signed URL after the privacy check for the bucket."""
    return "serve_view" if config is None else "redirect"


def media_origins(config):
    """Origins pages load images from besides their own (for the Content-Security-Policy's img-src)."""
    if config is None:
        return []
    if config["custom_domain"]:
        return [f"https://{config['custom_domain']}"]
    bucket = config["bucket_name"]
    if config["endpoint_url"]:
        endpoint = urlsplit(config["endpoint_url"])
        # Path style (endpoint/bucket/key) or virtual-host style (bucket.endpoint/key).
        return [f"{endpoint.scheme}://{endpoint.netloc}", f"{endpoint.scheme}://{bucket}.{endpoint.netloc}"]
    region = config["region_name"]
    origins = [f"https://{bucket}.s3.amazonaws.com"]
    if region:
        origins.append(f"https://{bucket}.s3.{region}.amazonaws.com")
    return origins
