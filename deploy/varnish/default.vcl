# Varnish 7.x in front of site911 (Debian: apt-get install varnish; /etc/varnish/default.vcl).
#
# Caches only what the site marks public: the page cache's `Cache-Control: public, max-age=N`
# (site911/caching/). The app empties it after every change it commits (site911/caching/proxy.py sends
# one BAN), so `max-age` only bounds how long a page lives with nothing published; it is already capped
# at a site alert's end time (PAGE_CACHE_DEADLINE), and grace is 0, so an ended alert leaves on time.
# Everything else goes to the app untouched: the admin, documents, forms, signed-in editors, previews.
vcl 4.1;

# The app (gunicorn). Several instances: one backend each and a directors round-robin.
backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}

# Who may PURGE and BAN: the app's addresses. Edit this list when the app runs on other hosts.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE" || req.method == "BAN") {
        # Varnish appends the client to X-Forwarded-For: a comma means the request came through another
        # proxy (nginx on this host would otherwise look like 127.0.0.1 to the ACL).
        if (client.ip !~ purgers || req.http.X-Forwarded-For ~ ",") {
            return (synth(403, "Forbidden"));
        }
        if (req.method == "BAN") {
            # Everything, every host: the app's page cache is emptied as a whole too (one generation).
            ban("obj.status != 0");
            return (synth(200, "Banned"));
        }
        # One URL on one host, every variant (gzip or not, http or https): what Wagtail's HTTPBackend sends.
        ban("obj.http.X-Url == " + req.url + " && obj.http.X-Host == " + req.http.host);
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);  # forms, the admin
    }
    # Never shared. The admin's path is ADMIN_PATH (default "admin"): edit this line when it is changed
    # (the admin's responses are private anyway, so this is a second guard). /healthz and /readyz must
    # reach the app itself: a probe answered by the proxy would say nothing about the app.
    if (req.url ~ "^/(admin|documents|healthz|readyz)(/|\?|$)" || req.url ~ "[?&]confirmation=") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # Django's own cookies mean a signed-in editor, a preview, a form in progress or a message to show.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken|messages)=") {
        return (pass);
    }
    # Any other cookie (analytics and the like) is one the app never reads: dropped, so anonymous
    # visitors share entries instead of each passing to the app.
    unset req.http.Cookie;
    # Tracking parameters change nothing on the page (the page cache ignores them too: PAGE_CACHE_IGNORED_PARAMS).
    if (req.url ~ "[?&](utm_[a-z_]+|fbclid|gclid|msclkid|mc_cid|mc_eid)=") {
        set req.url = regsuball(req.url, "(?<=[?&])(utm_[a-z_]+|fbclid|gclid|msclkid|mc_cid|mc_eid)=[^&]*&?", "");
        set req.url = regsub(req.url, "[?&]+$", "");
    }
    return (hash);
}

sub vcl_hash {
    # http and https pages may differ (absolute links); the built-in adds the URL and the Host.
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
    # For PURGE (a ban on these, checked by Varnish's ban lurker); removed before delivery.
    set beresp.http.X-Url = bereq.url;
    set beresp.http.X-Host = bereq.http.host;
    if (beresp.http.Cache-Control !~ "(^|,)\s*public"
        || beresp.http.Cache-Control ~ "private|no-store|no-cache"
        || beresp.http.Set-Cookie
        || beresp.http.Vary == "*") {
        # Not shared. Hit-for-miss: later requests go to the app at once (no waiting on each other).
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # The TTL is the app's max-age (Varnish reads Cache-Control and Age). No grace: an expired copy,
    # e.g. one with an alert that has just ended, is never served while a fresh one is fetched.
    set beresp.grace = 0s;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.X-Url;
    unset resp.http.X-Host;
    if (obj.uncacheable) {
        set resp.http.X-Proxy-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Proxy-Cache = "HIT";
    } else {
        set resp.http.X-Proxy-Cache = "MISS";
    }
}
