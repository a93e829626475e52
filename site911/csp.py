"""The Content-Security-Policy of public pages and of the Wagtail admin, as django-csp settings."""


def public_policy(recaptcha=False, media_origins=()):
    """Public pages: nothing inline, nothing from elsewhere (except the speaker form's reCAPTCHA, when configured,
    and images from the media bucket or its CDN, when uploads are on object storage)."""
    policy = {
        "DIRECTIVES": {
            "default-src": ["'self'"],
            "script-src": ["'self'"],
            "style-src": ["'self'"],
            "img-src": ["'self'", "data:", *media_origins],
            "font-src": ["'self'"],
            "connect-src": ["'self'"],
            "frame-src": ["'self'"],
            "form-action": ["'self'"],
            "frame-ancestors": ["'none'"],
            "base-uri": ["'self'"],
            "object-src": ["'none'"],
        }
    }
    if recaptcha:
        # The speaker form's reCAPTCHA loads Google's script and frame.
        policy["DIRECTIVES"]["script-src"] += [
            "https://www.google.com/recaptcha/",
            "https://www.gstatic.com/recaptcha/",
        ]
        policy["DIRECTIVES"]["frame-src"] += ["https://www.google.com/recaptcha/"]
    return policy


def admin_policy(public):
    """The Wagtail admin is as strict as it allows: Wagtail 8 still writes inline <script> for its
    date/time widgets and inline panels (go-live dates, situations) and sets style attributes from
    its scripts, so both need 'unsafe-inline' there; no 'unsafe-eval', nothing from other origins."""
    return {
        "DIRECTIVES": {
            **public["DIRECTIVES"],
            "script-src": ["'self'", "'unsafe-inline'"],
            "style-src": ["'self'", "'unsafe-inline'"],
            "img-src": [*public["DIRECTIVES"]["img-src"], "blob:"],
            "font-src": ["'self'", "data:"],
            "frame-ancestors": ["'self'"],  # the page editor's live preview
        }
    }
