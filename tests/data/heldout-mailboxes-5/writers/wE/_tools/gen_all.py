#!/usr/bin/env python3
"""Regenerate every mailbox of this folder (byte for byte) and validate them."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for n in range(1, 7):
    subprocess.run([sys.executable, os.path.join(HERE, f"gen_m{n:02d}.py")], check=True, cwd=HERE)
sys.exit(subprocess.run([sys.executable, os.path.join(HERE, "validate.py")], cwd=HERE).returncode)
