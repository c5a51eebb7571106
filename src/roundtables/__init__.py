"""roundtables: a structured, versioned dataset of Track-2 policy roundtables."""

from __future__ import annotations

__version__ = "1.0.0"
DATASET_VERSION = __version__
