"""Regenerate all Part F mailboxes (deterministic) and validate."""
import os, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
for i in range(1, 7):
    subprocess.run([sys.executable, os.path.join(here, f"gen_m0{i}.py")], check=True)
sys.exit(subprocess.run([sys.executable, os.path.join(here, "validate.py")]).returncode)
