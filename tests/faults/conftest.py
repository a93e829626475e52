"""The fault suite's fixtures; its helpers are in support.py and redis_support.py."""

import pytest

from tests.faults.support import ScriptedSMTPServer


@pytest.fixture
def scripted_smtp():
    servers = []

    def start(on_data):
        server = ScriptedSMTPServer(on_data)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()
