"""Dave: turns an exact result and the state of his desk into his answer and a script of beats."""
