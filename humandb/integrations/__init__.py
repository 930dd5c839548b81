"""Where Dave meets the rest of the Python data world: SQLAlchemy, pandas, IPython and Jupyter.

Each module imports its library only when used, and says which extra to install when it is missing.
"""
