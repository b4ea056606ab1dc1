"""Facts, interviews, intents and errors: the vocabulary shared by every layer.

Only the standard library and pydantic are imported here.
"""
