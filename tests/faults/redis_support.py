"""Real redis-server processes for the fault suite, each on a free port, that tests break on purpose.

`RedisServer` starts `redis-server` with no persistence unless asked, and can pause it (SIGSTOP), kill it,
start it again from its last snapshot, fill it (maxmemory with noeviction) or make it a read-only
replica of a master that does not exist. Every server is stopped when the test ends.
"""

import os
import signal
import subprocess
import time
from contextlib import contextmanager

import redis
from django.core.cache import caches
from django.test import override_settings

from site911.caching import redis_backend as fail_open
from tests.helpers import free_port


class RedisServer:
    def __init__(self, directory, *args):
        self.directory = str(directory)
        self.port = free_port()
        self.args = args
        self.process = None
        self.start()

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self):
        return redis.Redis(port=self.port, socket_timeout=2, socket_connect_timeout=2)

    def start(self):
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--appendonly", "no"]
        command += ["--dir", self.directory, "--dbfilename", "dump.rdb", "--save", "", *self.args]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while True:
            try:
                self.client().ping()
                return
            except redis.ConnectionError:
                assert self.process.poll() is None, "redis-server exited"
                assert time.monotonic() < deadline, "redis-server did not start"
                time.sleep(0.02)

    def pause(self):
        os.kill(self.process.pid, signal.SIGSTOP)

    def resume(self):
        os.kill(self.process.pid, signal.SIGCONT)

    def kill(self):
        self.resume()
        self.process.kill()
        self.process.wait()

    def snapshot(self):
        """Write dump.rdb now: what a backup taken at this moment holds."""
        self.client().save()

    def restart_from_snapshot(self):
        """Killed and started again: it loads dump.rdb, as a Redis restored from a backup does."""
        self.kill()
        self.start()

    def fill(self):
        """Set maxmemory just above what it holds, with noeviction: every write then fails with OOM."""
        client = self.client()
        client.config_set("maxmemory-policy", "noeviction")
        used = int(client.info("memory")["used_memory"])
        client.config_set("maxmemory", used + 64 * 1024)
        filler = b"x" * 16 * 1024
        n = 0
        while True:
            try:
                client.set(f"filler:{n}", filler)
            except redis.exceptions.OutOfMemoryError:
                return
            n += 1

    def make_read_only(self):
        """A replica of a master that is not there: it keeps its data and refuses every write (READONLY)."""
        client = self.client()
        client.config_set("replica-read-only", "yes")
        client.replicaof("127.0.0.1", free_port())

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.kill()


@contextmanager
def site_cache_on(server):
    """The site's cache settings (site911.settings.base with REDIS_URL) pointed at `server`."""
    fail_open.reset()
    with override_settings(
        CACHES={
            "default": {
                "BACKEND": "site911.caching.redis_backend.FailOpenRedisCache",
                "LOCATION": server.url,
                "KEY_PREFIX": "site911-faults",
                "OPTIONS": {"SOCKET_TIMEOUT": 0.25, "RETRY_AFTER": 2, "WARN_EVERY": 60},
            }
        }
    ):
        yield caches["default"]
    fail_open.reset()
