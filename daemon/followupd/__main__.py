"""`python -m followupd` is the `followupd` command."""

from followupd.cli import main

raise SystemExit(main())
