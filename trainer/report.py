"""``python rl_trainer.py --report OUTPUT_DIR``: report.png and report.md for a run, no wandb.

The metrics come from the newest complete checkpoint's ``trainer_state.json`` (full precision,
every metric TRL logged) and from ``logs/training_log.txt`` (every logged step, also those after
the last checkpoint); where a step appears in both, the checkpoint's values win, and where a
resumed run logged a step again, its later line wins. The final pass@k comes from
``logs/eval_results.json``. Works on a finished, an interrupted or a still-running run.
"""

import json
import math
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.outputs import RunPaths, write_atomic
from trainer.resume import STATE_FILE, complete_checkpoints

PNG_NAME = "report.png"
MD_NAME = "report.md"
_LOG_ITEM = re.compile(r"(\S+)=(\S+)")
_LOG_RENAMES = {"lr": "learning_rate"}


class ReportError(ValueError):
    """The directory holds nothing to report on (one sentence)."""


@dataclass
class RunHistory:
    """A run's logged metrics: one record per training step and per evaluation, by step."""

    train: list[dict[str, float]] = field(default_factory=list)
    evals: list[dict[str, float]] = field(default_factory=list)
    final_eval: dict[str, Any] | None = None
    checkpoints: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    @property
    def last_step(self) -> int:
        """The highest step anything was logged at (the final evaluation's included)."""
        steps = [int(r["step"]) for r in self.train + self.evals]
        steps.append(int((self.final_eval or {}).get("global_step") or 0))
        return max(steps)

    def series(self, key: str, records: str = "train") -> tuple[list[int], list[float]]:
        """Steps and values of one metric (records that lack it are left out)."""
        steps, values = [], []
        for record in self.train if records == "train" else self.evals:
            value = record.get(key)
            if isinstance(value, int | float) and math.isfinite(value):
                steps.append(int(record["step"]))
                values.append(float(value))
        return steps, values


def parse_log_line(line: str) -> dict[str, float] | None:
    """``step=3 loss=0.01 reward=0.5 lr=2e-06 seconds=9.1`` → a record, or None if not one."""
    record: dict[str, float] = {}
    for key, raw in _LOG_ITEM.findall(line):
        try:
            record[_LOG_RENAMES.get(key, key)] = float(raw)
        except ValueError:
            continue
    return record if "step" in record else None


def _kind(record: dict[str, Any]) -> str | None:
    if any(k.startswith("eval_") for k in record):
        return "eval"
    return "train" if "loss" in record else None


def load_history(run_dir: Path) -> RunHistory:
    """Everything the run logged, merged from its training log and newest checkpoint."""
    paths = RunPaths(run_dir)
    history = RunHistory()
    merged: dict[tuple[str, int], dict[str, float]] = {}
    if paths.training_log.is_file():
        history.sources.append(str(paths.training_log))
        for line in paths.training_log.read_text(errors="replace").splitlines():
            record = parse_log_line(line)
            kind = _kind(record) if record else None
            if record and kind:
                merged[(kind, int(record["step"]))] = record
    checkpoints = complete_checkpoints(paths.checkpoints)
    history.checkpoints = [p.name for p in checkpoints]
    if checkpoints:
        state_file = checkpoints[-1] / STATE_FILE
        history.sources.append(str(state_file))
        for record in json.loads(state_file.read_text()).get("log_history", []):
            kind = _kind(record)
            if kind and "step" in record:
                key = (kind, int(record["step"]))
                merged[key] = {**merged.get(key, {}), **record}
    if paths.eval_results.is_file():
        history.sources.append(str(paths.eval_results))
        history.final_eval = json.loads(paths.eval_results.read_text())
    for (kind, _), record in sorted(merged.items(), key=lambda item: item[0][1]):
        (history.train if kind == "train" else history.evals).append(record)
    if not history.train and not history.evals and history.final_eval is None:
        raise ReportError(
            f"{run_dir} holds no training metrics (no logs/training_log.txt, no complete "
            "checkpoint, no logs/eval_results.json); is it a run's --output_dir?"
        )
    return history


def _components(history: RunHistory) -> list[str]:
    keys = {k for record in history.train for k in record}
    return sorted(k for k in keys if k.startswith("rewards/") and k.endswith("/mean"))


def _plot_lines(ax, history: RunHistory, lines: list[tuple[str, str, str]]) -> bool:
    """Plot (key, label, records) series that exist; True when any did."""
    drawn = False
    for key, label, records in lines:
        steps, values = history.series(key, records)
        if steps:
            style = "o--" if records == "eval" else ".-"
            ax.plot(steps, values, style, label=label, markersize=4)
            drawn = True
    return drawn


def _panel_reward(ax, history: RunHistory) -> bool:
    steps, mean = history.series("reward")
    drawn = False
    if steps:
        ax.plot(steps, mean, ".-", color="black", label="total reward", linewidth=2)
        std_steps, std = history.series("reward_std")
        if std_steps == steps:
            low = [m - s for m, s in zip(mean, std, strict=True)]
            high = [m + s for m, s in zip(mean, std, strict=True)]
            ax.fill_between(steps, low, high, color="grey", alpha=0.2, label="± std")
        drawn = True
    names = [(k, k.split("/")[1], "train") for k in _components(history)]
    drawn |= _plot_lines(ax, history, [*names, ("eval_reward", "eval reward", "eval")])
    ax.set_title("Reward")
    return drawn


def _panel_pass_rate(ax, history: RunHistory) -> bool:
    drawn = _plot_lines(
        ax,
        history,
        [
            ("q/pass_rate", "test pass rate", "train"),
            ("q/perfect_rate", "all tests pass", "train"),
            ("eval_q/pass_rate", "eval test pass rate", "eval"),
        ],
    )
    ax.set_title("Pass rate (training samples)")
    ax.set_ylim(-0.03, 1.03)
    return drawn


def _panel_eval(ax, history: RunHistory) -> bool:
    drawn = _plot_lines(
        ax, history, [("eval_q/perfect_rate", "periodic eval pass@1 (all tests pass)", "eval")]
    )
    final = (history.final_eval or {}).get("pass_at_k", {})
    step = (history.final_eval or {}).get("global_step")
    if step is None and history.train:
        step = int(history.train[-1]["step"])
    scores = final.get("aggregate", {}).items()
    for size, marker, (name, value) in zip((16, 10, 7), "*Ds", scores, strict=False):
        # decreasing sizes keep equal scores (pass@1 = pass@k = 0) all visible
        ax.plot([step or 0], [value], marker, markersize=size, label=f"final {name} = {value:.2f}")
        drawn = True
    ax.set_title("Evaluation pass@k")
    ax.set_ylim(-0.03, 1.03)
    return drawn


def _panel_length(ax, history: RunHistory) -> bool:
    drawn = _plot_lines(
        ax,
        history,
        [
            ("completions/mean_length", "mean", "train"),
            ("completions/min_length", "min", "train"),
            ("completions/max_length", "max", "train"),
        ],
    )
    steps, clipped = history.series("completions/clipped_ratio")
    if steps:
        twin = ax.twinx()
        twin.plot(steps, clipped, ":", color="red", label="clipped ratio")
        twin.set_ylim(-0.03, 1.03)
        twin.set_ylabel("clipped at max length", color="red")
    ax.set_title("Completion length (tokens)")
    return drawn


def _panel_kl_entropy(ax, history: RunHistory) -> bool:
    drawn = _plot_lines(ax, history, [("entropy", "entropy", "train")])
    steps, kl = history.series("kl")
    if steps:
        twin = ax.twinx()
        twin.plot(steps, kl, ".-", color="purple", label="KL")
        twin.set_ylabel("KL", color="purple")
        drawn = True
    ax.set_title("Entropy (KL not logged: beta = 0)" if drawn and not steps else "Entropy and KL")
    return drawn


def _panel_breakdown(ax, history: RunHistory) -> bool:
    kinds = [
        ("q/pass_rate", "pass", "tab:green"),
        ("q/wrong_output_rate", "wrong output", "tab:orange"),
        ("q/error_rate", "error", "tab:red"),
        ("q/timeout_rate", "timeout", "tab:purple"),
        ("q/no_output_rate", "no output", "tab:grey"),
    ]
    columns = [(history.series(key), label, color) for key, label, color in kinds]
    present = [(s, label, color) for s, label, color in columns if s[0]]
    drawn = False
    if present and all(s[0] == present[0][0][0] for s, _, _ in present):
        steps = present[0][0][0]
        ax.stackplot(
            steps,
            *[s[1] for s, _, _ in present],
            labels=[label for _, label, _ in present],
            colors=[color for _, _, color in present],
            alpha=0.8,
        )
        drawn = True
    drawn |= _plot_lines(ax, history, [("q/extraction_failure_rate", "no code found", "train")])
    ax.set_title("q test runs by outcome")
    ax.set_ylim(0, 1.0)
    return drawn


PANELS: list[Callable[[Any, RunHistory], bool]] = [
    _panel_reward,
    _panel_pass_rate,
    _panel_eval,
    _panel_length,
    _panel_kl_entropy,
    _panel_breakdown,
]


def plot_report(history: RunHistory, title: str, png: Path) -> None:
    """Draw the six panels into ``png`` (written atomically)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    fig, axes = plt.subplots(2, 3, figsize=(17, 9), constrained_layout=True)
    last = max(history.last_step, 1)
    for ax, panel in zip(axes.flat, PANELS, strict=True):
        if panel(ax, history):
            ax.legend(fontsize=8, loc="best")
        else:
            ax.text(0.5, 0.5, "not logged", ha="center", va="center", transform=ax.transAxes)
        ax.set_xlabel("step")
        ax.set_xlim(-0.03 * last, 1.05 * last)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.grid(alpha=0.3)
    fig.suptitle(title)
    tmp = png.with_name(f".{png.name}.tmp.png")
    fig.savefig(tmp, dpi=90)
    plt.close(fig)
    tmp.replace(png)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _fmt(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "–"
    return f"{value:.1%}" if percent else f"{value:.3f}"


def _window(history: RunHistory, key: str, first: bool) -> float | None:
    """Mean over the first (or last) five logged steps, at most half of them."""
    _, values = history.series(key)
    size = max(1, min(5, len(values) // 2))
    return _mean(values[:size] if first else values[-size:])


def summary_markdown(history: RunHistory, run_dir: Path, config: dict[str, Any] | None) -> str:
    """The short report.md: what ran, how the reward and pass rate moved, the final pass@k."""
    config = config or {}
    last_step = int(history.train[-1]["step"]) if history.train else 0
    max_steps = config.get("max_steps")
    lines = [
        f"# Training report: {run_dir}",
        "",
        f"![metrics]({PNG_NAME})",
        "",
        "| | |",
        "|---|---|",
        f"| model | {config.get('model') or 'built-in tiny model'} |",
        f"| q backend | {config.get('q_backend_resolved', '–')} |",
        f"| steps logged | {last_step}"
        + (f" of max_steps {max_steps}" if max_steps and max_steps > 0 else "")
        + " |",
        f"| checkpoints | {', '.join(history.checkpoints) or 'none'} |",
        "",
        "## Training (mean of the first and last logged steps, up to 5 each)",
        "",
        "| metric | first | last |",
        "|---|---|---|",
    ]
    rows = [
        ("reward", "reward", False),
        ("test pass rate", "q/pass_rate", True),
        ("all tests pass", "q/perfect_rate", True),
        ("no code found", "q/extraction_failure_rate", True),
        ("timeouts", "q/timeout_rate", True),
        ("errors", "q/error_rate", True),
        ("completion length", "completions/mean_length", False),
    ]
    for label, key, percent in rows:
        if history.series(key)[0]:
            first = _fmt(_window(history, key, True), percent)
            last = _fmt(_window(history, key, False), percent)
            lines.append(f"| {label} | {first} | {last} |")
    lines += ["", "## Evaluation", ""]
    steps, perfect = history.series("eval_q/perfect_rate", "eval")
    if steps:
        lines.append(
            "Periodic eval pass@1 (all tests pass): "
            + ", ".join(f"step {s}: {v:.1%}" for s, v in zip(steps, perfect, strict=True))
        )
        lines.append("")
    final = (history.final_eval or {}).get("pass_at_k")
    if final:
        scores = ", ".join(f"{k} = {v:.3f}" for k, v in final.get("aggregate", {}).items())
        lines.append(
            f"Final: {scores} over {final.get('num_problems')} problems, "
            f"{final.get('n_samples')} samples each ({final.get('sampler')} sampler)."
        )
    elif not steps:
        lines.append("No evaluation results yet.")
    lines += ["", f"Sources: {', '.join(history.sources)}", ""]
    return "\n".join(lines)


def write_report(run_dir: Path) -> tuple[Path, Path]:
    """Write report.png and report.md into ``run_dir``; their paths."""
    import yaml

    if not run_dir.is_dir():
        raise ReportError(f"--report {run_dir}: no such directory.")
    history = load_history(run_dir)
    config_file = RunPaths(run_dir).config
    config = yaml.safe_load(config_file.read_text()) if config_file.is_file() else None
    png, md = run_dir / PNG_NAME, run_dir / MD_NAME
    plot_report(history, f"q GRPO run: {run_dir}", png)
    write_atomic(md, summary_markdown(history, run_dir, config))
    return png, md


def report_command(run_dir: str) -> int:
    """The ``--report`` entry point: 0 on success, 2 with one error line otherwise."""
    try:
        png, md = write_report(Path(run_dir))
    except ReportError as err:
        print(f"rl_trainer.py: error: {err}", file=sys.stderr)
        return 2
    print(f"wrote {png} and {md}")
    return 0
