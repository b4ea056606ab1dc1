"""The service's lifecycle: the supervisor, the account watchers, reload, shutdown, sd_notify."""

from followupd.service.supervisor import Supervisor, serve

__all__ = ["Supervisor", "serve"]
