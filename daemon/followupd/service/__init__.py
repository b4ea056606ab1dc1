"""The service's lifecycle: the supervisor, the account watchers, reload, shutdown, sd_notify."""

from followupd.service.supervisor import Supervisor, serve
from followupd.service.watcher import Watcher, WatcherContext

__all__ = ["Supervisor", "Watcher", "WatcherContext", "serve"]
