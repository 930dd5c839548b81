"""A held-out corpus for HumanDB's English reader, written without looking at the reader.

Nine schemas of realistic shape (`music`, `trading`, `rental`, `clinic`, the later `library_branch` and
`field_research`, later still `hotel_ops` and `school_district`, and last `fleet_logistics`) build their
tables and seeded data into any DB-API connection; each carries `QUESTIONS`, English questions beside the
SQLite query whose result is the correct answer (``sql=None``: a question that should be refused).
`sample_paraphrases` asks about Dave's own sample company. `score` puts every question to humandb and
counts what came back:

    PYTHONPATH=$PWD python -m tests.heldout.score
"""
