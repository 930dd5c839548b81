"""The stage: plays Dave's script on a clock, to a terminal, a speaker, or nowhere at all."""
