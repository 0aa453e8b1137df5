"""Builds the safety layer from Settings: classifier (warmed in the background), resources
directory, case notifier and the chat's safety hook. Made once per process (app lifespan or
CLI) and kept on `app.state.safety`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from app.mail import Mailer
from safety.hook import GuardedSafety, WarmClassifier
from safety.notify import CaseNotifier
from safety.ports import RedFlagClassifier
from safety.resources import load_directory

if TYPE_CHECKING:
    from app.settings import Settings
    from models.ports import Embedder


@dataclass
class SafetyLayer:
    """The classifier, the notifier and the hook built on them."""

    classifier: RedFlagClassifier
    notifier: CaseNotifier
    hook: GuardedSafety

    def close(self) -> None:
        """Send queued alerts, then stop the alert worker."""
        self.notifier.close()


def _loader(embedder: Embedder | None) -> RedFlagClassifier:
    """Load the shipped classifier, sharing the app's MiniLM encoder when it has one."""
    from models.embeddings import MiniLMEmbedder
    from safety.classifier import load_classifier

    shared = embedder if isinstance(embedder, MiniLMEmbedder) else None
    return load_classifier(embedder=shared)


def build_safety(
    settings: Settings,
    *,
    sessions: sessionmaker[Session],
    embedder: Embedder | None = None,
    classifier: RedFlagClassifier | None = None,
) -> SafetyLayer:
    """The safety layer; the classifier loads on a background thread unless one is given.

    Raises ResourcesError (with the file and entry) when the resources directory is invalid:
    a crisis reply without working helplines must fail at start-up, not in a crisis.
    """
    directory = load_directory(settings.crisis_resources_path)
    notifier = CaseNotifier(sessions=sessions, mailer=Mailer.from_settings(settings),
                            public_url=settings.public_url)
    chosen = classifier or WarmClassifier(lambda: _loader(embedder))
    hook = GuardedSafety(classifier=chosen, sessions=sessions, directory=directory,
                         notifier=notifier)
    return SafetyLayer(classifier=chosen, notifier=notifier, hook=hook)
