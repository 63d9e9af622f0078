"""defectcli: source-checked facts about defections from Myanmar's military since the 2021 coup."""

__version__ = "0.1.0"
