"""Regenerate all mailboxes byte for byte: python3 _tools/gen.py"""
import importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
for n in sys.argv[1:] or ["m01", "m02", "m03", "m04", "m05", "m06"]:
    importlib.import_module(n).build()
