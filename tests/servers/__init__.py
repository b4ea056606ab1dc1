"""Real servers on 127.0.0.1 for integration tests (private instances in temp folders)."""
