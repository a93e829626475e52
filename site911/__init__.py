"""The core app: settings, URLs, everything site-wide (contact numbers, alerts, search, commands) and caching."""
