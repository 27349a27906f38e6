"""q problem sets: the problem model, loaders for every supported source, and the checker."""

from q_data.loaders import load_problems
from q_data.problem import DataError, LoadReport, Problem

__all__ = ["DataError", "LoadReport", "Problem", "load_problems"]
