#!/bin/sh
# Regenerate all six mailboxes (byte for byte) and validate.
cd "$(dirname "$0")" && for i in 1 2 3 4 5 6; do python3 gen_m0$i.py || exit 1; done && python3 validate.py && python3 counts.py
