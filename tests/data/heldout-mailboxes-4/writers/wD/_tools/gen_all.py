"""Regenerate every wD mailbox (deterministic, byte for byte) and validate."""
import hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for n in range(1, 7):
    subprocess.run([sys.executable, os.path.join(HERE, f"m{n:02d}.py")], check=True, cwd=HERE)
subprocess.run([sys.executable, os.path.join(HERE, "validate.py")], check=True, cwd=HERE)
