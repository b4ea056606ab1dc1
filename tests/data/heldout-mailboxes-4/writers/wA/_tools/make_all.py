"""Regenerate every wA mailbox (deterministic), then validate and print the counts."""
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
for n in range(1, 7):
    subprocess.run([sys.executable, os.path.join(here, f"gen_m0{n}.py")], check=True, cwd=here)
subprocess.run([sys.executable, os.path.join(here, "validate.py")], check=True, cwd=here)
subprocess.run([sys.executable, os.path.join(here, "counts.py")], check=True, cwd=here)
