"""Rewrite all six part-H mailboxes byte for byte: python3 gen_all.py"""
import os, runpy
HERE = os.path.dirname(os.path.abspath(__file__))
for i in range(1, 7):
    runpy.run_path(os.path.join(HERE, f"gen_m0{i}.py"), run_name="__main__")
