"""Turn rows into text: formats, tables, pictures. Never opens the fact base."""
