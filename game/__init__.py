"""Policía en Modo Niñez: a training game for receiving children and adolescents at police stations."""

__version__ = "0.1.0"
