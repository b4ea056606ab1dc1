"""Regenerate every mailbox of Part G, then validate.  python3 build_all.py"""
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
for n in range(1, 7):
    subprocess.run([sys.executable, os.path.join(here, f"gen_m0{n}.py")], check=True, cwd=here)
sys.exit(subprocess.run([sys.executable, os.path.join(here, "validate.py")], cwd=here).returncode)
