"""The Python API: a fact base opened once, answering with plain data what the command line answers.

    from defectcli.api import FactBase
    fb = FactBase()                            # the bundled fact base; FactBase("my-facts") for your own
    fb.person("Lin Aung")["attributes"]        # the same fields as `defectcli person "Lin Aung" -f json`
    pandas.DataFrame(fb.stats())               # every answer is plain dicts and lists

Errors are the exceptions of `defectcli.errors`: NotFound (nothing matched), UsageError (an argument
it cannot use), FactBaseError (the fact base has problems), all DefectError.
"""

from ..errors import CannotWrite, DefectError, FactBaseError, NotFound, Problem, UsageError
from .answers import Answer, Hits
from .facts import FactBase
from .grow import Added, Draft, add_source, draft, init
from .proof import Report

__all__ = ["Added", "Answer", "CannotWrite", "DefectError", "Draft", "FactBase", "FactBaseError", "Hits", "NotFound",
           "Problem", "Report", "UsageError", "add_source", "draft", "init"]
