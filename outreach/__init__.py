"""Speaker requests: the request page and form, the stored requests, their e-mail and the admin views."""
