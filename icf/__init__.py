"""The ICF classification engine: categories, code and qualifier grammar, scales, search, ClaML.

Pure Python: no Qt, no database. Everything the application knows about ICF lives here.
"""
