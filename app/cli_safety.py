"""`lodestar safety ...`: generate the red-flag data set, train the head, classify messages,
read recent messages again after a model change."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from safety.training import TrainResult

safety_cli = typer.Typer(help="The local red-flag classifier.", no_args_is_help=True)

WeightsOpt = Annotated[
    Path | None, typer.Option(help="Head weights (.safetensors); default: the shipped head.")
]


def _say(message: str) -> None:
    typer.echo(message, err=True)


@safety_cli.command("dataset")
def dataset_command(
    out: Annotated[Path | None, typer.Option(help="Where to write (default: the shipped file).")]
    = None,
) -> None:
    """Regenerate safety/data/dataset.jsonl from the sentence families and print its counts."""
    from safety import dataset

    rows = dataset.generate()
    path = out or dataset.DATASET_PATH
    sha = dataset.write(rows, path)
    typer.echo(f"wrote {len(rows)} rows to {path} (sha256 {sha[:12]})")
    typer.echo(json.dumps(dataset.summary(rows), indent=2))


@safety_cli.command("train")
def train_command(
    weights: WeightsOpt = None,
    epochs: Annotated[int | None, typer.Option(
        min=1, help="Passes over the training rows (default: 2 with adapters; 30 head-only).")
    ] = None,
    seed: Annotated[int | None, typer.Option(help="Random seed (default: the fixed one).")] = None,
    folds: Annotated[int | None, typer.Option(
        min=2, help="Family folds: head-only cross-validates over all of them; with adapters "
        "one of them is held out to tune the thresholds (default 5).")] = None,
    sample: Annotated[
        int, typer.Option(min=0, help="Train on N rows per category only (a quick check).")
    ] = 0,
    jobs: Annotated[int | None, typer.Option(
        min=1, max=2, help="Processes for the adapted model: with 2 the validation model trains "
        "beside the shipped one, which halves the time and gives the same weights (default: 2 "
        "on a machine with 2 or more cores).")] = None,
    head_only: Annotated[bool, typer.Option(
        "--head-only", help="Train only the head over frozen MiniLM vectors (about a minute) "
        "instead of the head with MiniLM adapters (the shipped model, about 30 minutes on "
        "2 cores).")
    ] = False,
) -> None:
    """Train the classifier on the generated data set and save it (seeded, CPU, minutes)."""
    from models.embeddings import MINILM_ID, MiniLMEmbedder
    from safety import adapt, dataset, training
    from safety.classifier import DEFAULT_WEIGHTS

    started = time.perf_counter()
    rows = [r for r in dataset.generate() if r.split == "train"]
    if sample:
        rows = dataset.stratified_sample(rows, per_category=sample)
    _say(f"training set: {len(rows)} generated rows (test families held out)")
    examples = [training.Example(r.text, r.category, r.severity, r.source_template, r.lang)
                for r in rows]
    if not head_only:
        adapted = adapt.train_adapted(
            rows=examples, encoder_id=MINILM_ID, weights_path=weights or DEFAULT_WEIGHTS,
            epochs=epochs or adapt.EPOCHS, folds=folds or adapt.FOLDS,
            jobs=jobs or adapt.default_jobs(),
            seed=training.SEED if seed is None else seed, progress=_say)
        _report(adapted, started)
        return
    embedder = MiniLMEmbedder(batch_size=64)

    def embed(texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        step = 512
        for start in range(0, len(texts), step):
            vectors.extend(embedder.embed_batch(texts[start : start + step]))
            _say(f"  embedded {min(start + step, len(texts))}/{len(texts)}")
        return vectors

    result = training.train(
        rows=examples, embed=embed, encoder_id=MINILM_ID,  # type: ignore[arg-type]
        weights_path=weights or DEFAULT_WEIGHTS, epochs=epochs or training.EPOCHS,
        folds=folds or training.FOLDS, seed=training.SEED if seed is None else seed,
        progress=_say,
    )
    _report(result, started)


def _report(result: TrainResult, started: float) -> None:
    typer.echo(json.dumps({"weights": str(result.weights_path),
                           "weights_sha256": result.weights_sha256,
                           "epochs": result.meta["epochs"],
                           "thresholds": result.meta["thresholds"],
                           "cross_validation": result.meta["cross_validation"],
                           "seconds": round(time.perf_counter() - started, 1)}, indent=2))
    _say("Restart Lodestar to use the new model, then run `lodestar safety reread` so the next "
         "chat turns find their history already read by it.")


@safety_cli.command("classify")
def classify_command(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    conversation: Annotated[
        bool, typer.Option(help="Read the lines as one learner's messages, oldest first.")
    ] = False,
    weights: WeightsOpt = None,
) -> None:
    """Classify each line of stdin as a learner message."""
    from safety.classifier import ClassifierUnavailable, load_local_classifier

    try:
        classifier = load_local_classifier(weights)
    except ClassifierUnavailable as error:
        typer.secho(f"lodestar: {error}", err=True, fg=typer.colors.RED)
        raise typer.Exit(1) from None
    history: list[str] = []
    for line in sys.stdin:
        text = line.rstrip("\r\n")
        if not text.strip():
            continue
        result = classifier.classify(text, history if conversation else [])
        history.append(text)
        if as_json:
            typer.echo(json.dumps({"text": text, "category": result.category,
                                   "severity": result.severity, "score": round(result.score, 4),
                                   "local_only": result.local_only,
                                   "reasons": list(result.reasons)}, ensure_ascii=False))
        else:
            typer.echo(f"{result.severity:<6}  {result.category:<20}  {result.score:5.2f}  {text}")


@safety_cli.command("reread")
def reread_command(
    days: Annotated[int, typer.Option(
        min=1, help="Conversations with a message in the last N days.")] = 30,
    weights: WeightsOpt = None,
) -> None:
    """Read recent learner messages with the current classifier and store the readings.

    Run it after upgrading Lodestar or retraining the classifier, before learners write again:
    a context check never reuses another model's reading, so without it the first message of
    each conversation reads its history again (a few encoder passes in the chat turn).
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from app import migrate, wiring
    from app.settings import get_settings
    from safety.classifier import ClassifierUnavailable, load_local_classifier
    from safety.reread import reread

    settings = get_settings()
    try:
        classifier = load_local_classifier(weights)
    except ClassifierUnavailable as error:
        typer.secho(f"lodestar: {error}", err=True, fg=typer.colors.RED)
        raise typer.Exit(1) from None
    settings.ensure_dirs()
    migrate.upgrade(settings.sqlalchemy_url)
    database = wiring.open_database(settings)
    started = time.perf_counter()
    try:
        with Progress(TextColumn("reading messages"), BarColumn(), MofNCompleteColumn(),
                      transient=True) as bar:
            task = bar.add_task("reread", total=None)
            result = reread(sessions=database.sessions, classifier=classifier, days=days,
                            progress=lambda done, total: bar.update(task, completed=done,
                                                                   total=total))
    finally:
        database.dispose()
    typer.echo(json.dumps({"read": result.read, "fingerprint": result.fingerprint,
                           "seconds": round(time.perf_counter() - started, 1)}))


@safety_cli.command("train-injection")
def train_injection_command(
    weights: WeightsOpt = None,
    seed: Annotated[int | None, typer.Option(help="Random seed (default: the fixed one).")] = None,
) -> None:
    """Regenerate the injection training set and train the learned injection head (seeded)."""
    from safety import injection_model

    started = time.perf_counter()
    result = injection_model.train_shipped(
        weights_path=weights or injection_model.DEFAULT_WEIGHTS,
        seed=injection_model.SEED if seed is None else seed, progress=_say)
    typer.echo(json.dumps({**result, "seconds": round(time.perf_counter() - started, 1)},
                          indent=2))
