"""Read the released-schema records of one split from a Hugging Face hub dataset."""

import re

from q_data.problem import DataError

HUB_NAME = re.compile(r"[A-Za-z0-9][\w.-]*/[\w.-]+")


def looks_like_hub_name(source: str) -> bool:
    """True for an `owner/name` string."""
    return HUB_NAME.fullmatch(source) is not None


def load_hub_split(name: str, split: str) -> list[dict]:
    """Records of `split` of hub dataset `name`; DataError in one sentence when unavailable."""
    try:
        from datasets import load_dataset

        return load_dataset(name, split=split).to_list()
    except Exception as exc:  # offline, unknown repo, missing split: all mean "use a local copy"
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DataError(
            f"could not load the Hugging Face dataset {name!r} (split {split!r}): {reason[:200]}. "
            f"Offline or unreachable? Download it on a connected machine "
            f"(datasets.load_dataset({name!r}).save_to_disk('DIR')) and pass --data DIR, or pass "
            f"a local JSONL/parquet copy or an SFT_Data folder."
        ) from None
