"""claimcheck: find where sources disagree on the same figures."""

__version__ = "0.1.0"
